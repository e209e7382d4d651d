//! The expansion of `#[derive(HttpStatus)]` under strict lints. rustc's
//! lints are checked by every build of this crate; clippy's only under
//! `cargo clippy`, which CI runs on the whole workspace with `-D warnings`.
//! Every name the expansion uses is also imported here, so a needless
//! qualification would be flagged.
#![deny(
    clippy::pedantic,
    clippy::nursery,
    clippy::cargo_common_metadata,
    unused_qualifications,
    deprecated,
    unused,
    missing_docs,
    missing_debug_implementations,
    rust_2018_idioms,
    single_use_lifetimes,
    trivial_casts,
    unreachable_pub
)]
#![allow(
    clippy::cargo_common_metadata,
    reason = "a test crate, never published"
)]

use statuscode::{HttpStatus, Status, StatusSet, status};

/// Statuses repeated across variants, every variant shape, a default, an
/// unassigned code, transparent variants over generic and concrete types.
#[derive(Debug, HttpStatus)]
#[status(INTERNAL_SERVER_ERROR, response)]
pub enum ApiError<'a, E>
where
    E: core::fmt::Debug + Send,
{
    /// 404.
    #[status(NOT_FOUND)]
    Missing(&'a str),
    /// 404 again, by number: the same arm body twice.
    #[status(404)]
    AlsoMissing {
        /// What was missing.
        id: u64,
    },
    /// 499.
    #[status(unassigned 499)]
    ClientClosed,
    /// The field's status.
    #[status(transparent)]
    Inner(E),
    /// A concrete transparent field.
    #[status(transparent)]
    Teapot {
        /// Always a teapot.
        pot: Teapot,
    },
    /// The default.
    Other,
}

/// `response` makes `ApiError` an axum and actix-web response when those
/// features are on (as `--all-features` builds do), which needs `Display`:
/// the expansion of `impl_response!` is then linted here too.
impl<E> core::fmt::Display for ApiError<'_, E>
where
    E: core::fmt::Debug + Send,
{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{self:?}")
    }
}

/// 418, by its `FastAPI` name.
#[derive(Debug, HttpStatus)]
#[status(HTTP_418_IM_A_TEAPOT)]
pub struct Teapot;

/// A transparent tuple struct over a reference.
#[derive(Debug, HttpStatus)]
#[status(transparent)]
pub struct ByRef<'a, T: HttpStatus>(pub &'a T);

/// No variant at all.
#[derive(Debug, HttpStatus)]
pub enum Never {}

/// The same, next to thiserror.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(BAD_REQUEST)]
pub enum FormError {
    /// Default status.
    #[error("field {0} is empty")]
    Empty(&'static str),
    /// Its own.
    #[error("form too large")]
    #[status(CONTENT_TOO_LARGE)]
    TooLarge,
}

/// Every status `ApiError<Teapot>` can produce, for documentation.
#[must_use]
pub fn api_statuses() -> StatusSet {
    ApiError::<'_, Teapot>::statuses()
}

/// Uses the imports, so that `unused_qualifications` has something to
/// compare the expansion's paths with.
#[must_use]
pub fn is_missing(status: Status) -> bool {
    status == status!(NOT_FOUND)
}

/// A problem with typed members: a field's instance, a number, a fixed
/// string and the `invalid-params` list (the expansion's member probes).
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("invalid request")]
#[status(
    UNPROCESSABLE_CONTENT,
    problem,
    type = "https://example.net/validation-error",
    title = "Your request is not valid.",
    instance = path,
    extension("invalid-params" = params),
    extension("count" = count),
    extension("source" = "form")
)]
pub struct Invalid {
    /// The request's path.
    pub path: String,
    /// What failed.
    pub params: Vec<statuscode::InvalidParam>,
    /// How many.
    pub count: u32,
}

/// A problem whose member has a generic type (documented untyped).
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("conflict")]
#[status(CONFLICT, problem, extension("current" = current))]
pub struct Conflict<T> {
    /// The current value.
    pub current: T,
}
