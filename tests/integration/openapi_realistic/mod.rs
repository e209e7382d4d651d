//! A realistic service's errors, whose OpenAPI documents `openapi_poem.rs`
//! (poem-openapi) and `openapi_salvo.rs` (salvo-oapi) both pin: the same
//! declarations, two integrations.

use serde_json::{Value, json};
use statuscode::HttpStatus;

/// Why an item cannot be read.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
pub enum ApiError {
    /// No item has this id.
    #[error("no item has the id {0}")]
    #[status(NOT_FOUND)]
    NotFound(u32),
    /// Log in first.
    #[error("log in first")]
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
    LoggedOut,
    /// Too many requests: try again after the given seconds.
    #[error("slow down")]
    #[status(TOO_MANY_REQUESTS, header("Retry-After" = 0))]
    Throttled(u32),
}

/// Why an item cannot be bought, as RFC 9457 problem details.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(problem)]
pub enum BuyError {
    /// The balance is too low for the item.
    #[error("your balance is {balance}")]
    #[status(
        FORBIDDEN,
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit.",
        extension("balance" = balance)
    )]
    OutOfCredit { balance: u32 },
    /// No item has this id.
    #[error("no such item")]
    #[status(NOT_FOUND)]
    Missing,
}

/// Uses every variant, so none is dead code.
pub fn all() -> (Vec<ApiError>, Vec<BuyError>) {
    (
        vec![
            ApiError::NotFound(1),
            ApiError::LoggedOut,
            ApiError::Throttled(3),
        ],
        vec![BuyError::OutOfCredit { balance: 30 }, BuyError::Missing],
    )
}

/// `{"detail": string}` as `application/json`.
pub fn detail_content() -> Value {
    json!({
        "application/json": {
            "schema": {
                "type": "object",
                "properties": { "detail": { "type": "string" } },
                "required": ["detail"],
            },
        },
    })
}

/// The problem object as `application/problem+json`, with `members` (any
/// JSON value: the derive finds member schemas for utoipa and schemars
/// only), and for `ProblemDetails` the optional `invalid-params` list.
pub fn problem_content(members: &[&str], invalid_params: bool) -> Value {
    let mut properties = json!({
        "type": { "type": "string", "format": "uri-reference" },
        "title": { "type": "string" },
        "status": { "type": "integer" },
        "detail": { "type": "string" },
        "instance": { "type": "string" },
    });
    for member in members {
        properties[*member] = json!({});
    }
    if invalid_params {
        properties["invalid-params"] = json!({
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": { "type": "string" },
                    "reason": { "type": "string" },
                },
                "required": ["name", "reason"],
            },
        });
    }
    json!({
        "application/problem+json": {
            "schema": {
                "type": "object",
                "properties": properties,
                "required": ["type", "title", "status", "detail"],
            },
        },
    })
}

/// `content` (a `problem_content`) with the `type` URIs and `title`s its
/// body can carry listed as the `enum` of those members (utoipa, aide,
/// poem-openapi and salvo-oapi list them).
pub fn with_kinds(mut content: Value, types: &[&str], titles: &[&str]) -> Value {
    let properties = &mut content["application/problem+json"]["schema"]["properties"];
    properties["type"]["enum"] = types.into();
    properties["title"]["enum"] = titles.into();
    content
}
