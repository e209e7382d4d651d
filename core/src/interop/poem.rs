//! `Status` as a poem 3 response.

use poem::{IntoResponse, Response};

use crate::Status;

/// An empty body with this status, as poem's own `StatusCode` gives.
#[cfg(feature = "poem")] // for the docs: see interop/mod.rs
impl IntoResponse for Status {
    fn into_response(self) -> Response {
        http::StatusCode::from(self).into_response()
    }
}
