//! actix-web 4 responses: [`WithStatus`], [`NoBody`], [`HttpError`], and the
//! body of `#[status(response)]` error types.

use core::fmt::Display;

use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

use crate::error::detail_json;
use crate::{HttpError, NoBody, Status, WithStatus};

/// `T`'s response, sent with this status if `T` left it at the default
/// `200 OK`; any other status (an error's, `None`'s 404, a deliberate 202)
/// is kept.
impl<T: Responder> Responder for WithStatus<T> {
    type Body = T::Body;

    fn respond_to(self, req: &HttpRequest) -> HttpResponse<T::Body> {
        let mut response = self.value.respond_to(req);
        if response.status() == StatusCode::OK {
            *response.status_mut() = self.status.into();
        }
        response
    }
}

/// An empty body (actix-web has no `Responder` for `()`).
impl Responder for NoBody {
    type Body = BoxBody;

    fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
        HttpResponse::new(StatusCode::OK)
    }
}

/// The status, `{"detail":"…"}` as JSON, and the headers; `Err(HttpError)`
/// from a handler is sent this way.
impl ResponseError for HttpError {
    fn status_code(&self) -> StatusCode {
        self.status().into()
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        let mut response = detail_response(self.status(), &self.detail());
        for (name, value, first) in self.headers_to_send() {
            // `with_header` checked both, so neither conversion fails.
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_bytes(value.as_bytes()),
            ) {
                if first {
                    response.headers_mut().insert(name, value);
                } else {
                    response.headers_mut().append(name, value);
                }
            }
        }
        response
    }
}

/// The same response when a handler returns an `HttpError` itself.
impl Responder for HttpError {
    type Body = BoxBody;

    fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
        self.error_response()
    }
}

/// `status` with the body `{"detail":"<detail>"}`: what `HttpError` and the
/// `#[status(response)]` derive send.
#[doc(hidden)]
pub fn detail_response(status: Status, detail: &dyn Display) -> HttpResponse<BoxBody> {
    HttpResponse::build(status.into())
        .insert_header((CONTENT_TYPE, HeaderValue::from_static("application/json")))
        .body(detail_json(&std::format!("{detail}")))
}
