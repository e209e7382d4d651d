//! `Status` as an axum response.

use axum_core::response::{IntoResponse, Response};

use crate::Status;

/// An empty body with this status, as axum's own `StatusCode` gives; a status
/// RFC 9110 does not allow alone (1xx, a redirect, 401 …) is a 500
/// Internal Server Error instead (`Status::bare`).
#[cfg(feature = "axum")] // for the docs: see interop/mod.rs
impl IntoResponse for Status {
    fn into_response(self) -> Response {
        http::StatusCode::from(self.bare()).into_response()
    }
}
