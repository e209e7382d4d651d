//! `Status` as an axum response.

use axum_core::response::{IntoResponse, Response};

use crate::Status;

/// An empty body with this status, as axum's own `StatusCode` gives.
#[cfg(feature = "axum")] // for the docs: see interop/mod.rs
impl IntoResponse for Status {
    fn into_response(self) -> Response {
        http::StatusCode::from(self).into_response()
    }
}
