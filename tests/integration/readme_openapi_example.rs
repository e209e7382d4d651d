//! The README's "One declaration" example, compiled; `readme_openapi.rs`
//! checks that the README shows this file and the document it generates.

use axum::{Json, extract::Path};
use statuscode::{HttpStatus, status_code};

/// Why an order cannot be placed.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)] // an axum response, and utoipa's IntoResponses
pub enum OrderError {
    /// The item is sold out.
    #[error("item {0} is sold out")]
    #[status(CONFLICT)]
    SoldOut(u32),
    /// No item has this id.
    #[error("no item {0}")]
    #[status(NOT_FOUND)]
    NoSuchItem(u32),
}

/// Orders one item; responds with its order number.
#[status_code(CREATED)] // adds 201 to the responses below
#[utoipa::path(post, path = "/orders/{item}", params(("item" = u32, Path)), responses(OrderError))]
pub async fn order(Path(item): Path<u32>) -> Result<Json<u64>, OrderError> {
    Err(OrderError::SoldOut(item))
}
