//! actix-web 4 responses: [`WithStatus`], [`NoBody`], [`HttpError`],
//! [`ProblemDetails`], and `#[status(response)]` / `#[status(problem)]`
//! types, each the response model's [`Wire`] made an `HttpResponse`.

use core::fmt::Display;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

use crate::response::{Verdict, Wire};
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s response, sent with this status if `T` left it at the default
/// `200 OK`; any other status (an error's, `None`'s 404, a deliberate 202)
/// is kept. With the status set here, RFC 9110 is applied: a 204, 205 or
/// 304 goes without body and `Content-Type` (actix-web would otherwise
/// write the body bytes after a 204's header), and a status whose header is
/// missing (a redirect without `Location` …) is a 500 Internal Server Error.
impl<T: Responder> Responder for WithStatus<T> {
    type Body = BoxBody;

    fn respond_to(self, req: &HttpRequest) -> HttpResponse<BoxBody> {
        let mut response = self.value.respond_to(req).map_into_boxed_body();
        if response.status() != StatusCode::OK {
            return response;
        }
        *response.status_mut() = self.status.into();
        let headers = response.headers();
        match crate::response::verdict(self.status, false, &|name| headers.contains_key(name)) {
            Verdict::Send => response,
            Verdict::NoContent => {
                for name in [
                    header::CONTENT_TYPE,
                    header::CONTENT_LENGTH,
                    header::TRANSFER_ENCODING,
                ] {
                    response.headers_mut().remove(name);
                }
                response.set_body(BoxBody::new(()))
            }
            Verdict::Fail => wire_response(Wire::refused(self.status)),
        }
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
        self.wire().status.into()
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        wire_response(self.wire())
    }
}

/// The same response when a handler returns an `HttpError` itself.
impl Responder for HttpError {
    type Body = BoxBody;

    fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
        self.error_response()
    }
}

/// The status, the `application/problem+json` body, and the headers.
impl ResponseError for ProblemDetails {
    fn status_code(&self) -> StatusCode {
        self.wire().status.into()
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        wire_response(self.wire())
    }
}

/// The same response when a handler returns it itself.
impl Responder for ProblemDetails {
    type Body = BoxBody;

    fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
        self.error_response()
    }
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(
    error: &dyn HttpStatus,
    problem: bool,
    detail: &dyn Display,
) -> HttpResponse<BoxBody> {
    wire_response(Wire::derived(error, problem, detail))
}

/// A [`Wire`] as an actix-web response (http 0.2's header types; the model
/// checked every header as they check them).
fn wire_response(wire: Wire) -> HttpResponse<BoxBody> {
    let mut response = HttpResponse::new(wire.status.into());
    for (name, value, first) in wire.fields() {
        let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) else {
            continue;
        };
        if first {
            response.headers_mut().insert(name, value);
        } else {
            response.headers_mut().append(name, value);
        }
    }
    match wire.body {
        Some(body) => response.set_body(body.boxed()),
        None => response,
    }
}

/// actix-web's `ResponseError`: the type's status,
/// `{"detail":"<Display>"}` (or problem details), and the headers it
/// declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::actix::ResponseError for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Debug + ::core::fmt::Display,
        {
            fn status_code(&self) -> $crate::__private::actix::StatusCode {
                self.error_response().status()
            }

            fn error_response(&self) -> $crate::__private::actix::HttpResponse {
                $crate::__private::actix::derived_response(
                    self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    self,
                )
            }
        }
    };
}
