//! actix-web 4 responses: [`WithStatus`], [`NoBody`], [`HttpError`], and the
//! body of `#[status(response)]` error types.

use core::fmt::Display;

use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

use crate::error::detail_body;
use crate::rules::ResponseParts;
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
        for (name, value, first) in self.typed_headers::<HeaderName, HeaderValue>() {
            if first {
                response.headers_mut().insert(name, value);
            } else {
                response.headers_mut().append(name, value);
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
        .body(detail_body(detail))
}

/// `detail_response` with the headers a `#[status(response)]` type
/// declares. A header value that cannot be sent (a field whose `Display`
/// writes a control character) makes it a 500 Internal Server Error, as for
/// `HttpError::with_header(…)?`: never a panic, never a response without the
/// header it declared.
#[doc(hidden)]
pub fn derived_response(
    status: Status,
    detail: &dyn Display,
    headers: &dyn ResponseParts,
) -> HttpResponse<BoxBody> {
    wire_response(crate::problem::Wire::derived(status, detail, headers))
}

/// What [`Wire`](crate::problem::Wire) says, as an actix-web response (http
/// 0.2's header types; `Wire` checked every header as they check them).
pub(crate) fn wire_response(wire: crate::problem::Wire) -> HttpResponse<BoxBody> {
    let mut response = HttpResponse::build(wire.status.into())
        .insert_header((CONTENT_TYPE, HeaderValue::from_static(wire.content_type)))
        .body(wire.body);
    for (name, value, replace) in wire.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::try_from(value),
        ) {
            if replace {
                response.headers_mut().insert(name, value);
            } else {
                response.headers_mut().append(name, value);
            }
        }
    }
    response
}

/// actix-web's `ResponseError`: the type's status,
/// `{"detail":"<Display>"}`, and the headers it declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::actix::ResponseError for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseParts + ::core::fmt::Debug + ::core::fmt::Display,
        {
            fn status_code(&self) -> $crate::__private::actix::StatusCode {
                ::core::convert::From::from(<Self as $crate::HttpStatus>::status(self))
            }

            fn error_response(&self) -> $crate::__private::actix::HttpResponse {
                $crate::__private::actix::derived_response(
                    <Self as $crate::HttpStatus>::status(self),
                    self,
                    self,
                )
            }
        }
    };
}
