//! `Status` as an actix-web 4 responder.

use actix_web::body::BoxBody;
use actix_web::{HttpRequest, HttpResponse, Responder};

use crate::Status;

/// An empty body with this status.
/// A status RFC 9110 does not allow alone (1xx, a redirect, 401 …) is a
/// 500 Internal Server Error instead (`Status::bare`).
#[cfg(feature = "actix-web")] // for the docs: see interop/mod.rs
impl Responder for Status {
    type Body = BoxBody;

    fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
        HttpResponse::new(self.bare().into())
    }
}
