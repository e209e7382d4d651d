//! Error types whose OpenAPI documents `openapi.rs` (utoipa) and
//! `openapi_aide.rs` (aide) both pin: the same declarations, two
//! integrations.

use serde_json::Value;
use statuscode::{HttpError, HttpStatus};

/// A plain type whose status is a success: an error cannot be sent with it.
#[derive(Debug, HttpStatus)]
#[status(OK)]
pub struct Fine;

/// An error with a field whose status is known only at run time (an
/// `HttpError`), one declared status, and a wrapped success status.
#[derive(Debug, HttpStatus, thiserror::Error)]
#[status(response)]
pub enum Mixed {
    /// No such item.
    #[error("missing")]
    #[status(NOT_FOUND)]
    Missing,
    #[error("{0}")]
    #[status(transparent)]
    Http(HttpError),
    #[error("fine")]
    #[status(transparent)]
    Fine(Fine),
}

/// A plain type that declares its challenge.
#[derive(Debug, HttpStatus)]
#[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
pub struct AuthNeeded;

/// Headers on the type, on a variant, and a wrapped type's own.
#[derive(Debug, HttpStatus, thiserror::Error)]
#[status(response, header("Cache-Control" = "no-store"))]
pub enum Limited {
    /// Slow down.
    #[error("slow down")]
    #[status(TOO_MANY_REQUESTS, header("Retry-After" = 0))]
    Slow(u32),
    /// Log in.
    #[error("log in")]
    #[status(transparent)]
    Auth(AuthNeeded),
}

/// `response` (a problem response) with the `type` URIs and `title`s its
/// body can carry listed as the `enum` of those members.
#[allow(dead_code)]
pub fn kinds(mut response: Value, types: &[&str], titles: &[&str]) -> Value {
    let properties = &mut response["content"]["application/problem+json"]["schema"]["properties"];
    properties["type"]["enum"] = types.into();
    properties["title"]["enum"] = titles.into();
    response
}
