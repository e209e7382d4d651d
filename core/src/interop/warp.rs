//! `Status` as a warp 0.4 reply.

use warp::Reply;
use warp::reply::Response;

use crate::Status;

/// An empty body with this status, as warp's own `StatusCode` gives; a status
/// RFC 9110 does not allow alone (1xx, a redirect, 401 …) is a 500
/// Internal Server Error instead (`Status::bare`).
#[cfg(feature = "warp")] // for the docs: see interop/mod.rs
impl Reply for Status {
    fn into_response(self) -> Response {
        http::StatusCode::from(self.bare()).into_response()
    }
}
