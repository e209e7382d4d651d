//! warp 0.4 replies: [`WithStatus`], [`NoBody`], [`HttpError`], and
//! `#[status(response)]` error types are `Reply`s.
//!
//! Errors are replies, not rejections: a warp `Rejection` means "this filter
//! does not match, try the next one" and becomes a response only through
//! `recover`, while an `HttpError` is the answer. A handler used with
//! `.then(…)` (or `.map(…)`) returns `Result<T, HttpError>`, which warp
//! sends as it is (`Result<T, E>` is a `Reply` when both are).

use core::fmt::Display;

use warp::Reply;
use warp::http::header::{CONTENT_TYPE, HeaderValue};
use warp::reply::Response;

use crate::error::detail_body;
use crate::problem::Wire;
use crate::rules::ResponseParts;
use crate::with_status::replaces;
use crate::{HttpError, NoBody, ProblemDetails, Status, WithStatus};

/// `T`'s reply with the declared status, when `T`'s is 200 OK (an error's or
/// a redirect's own status is kept).
impl<T: Reply> Reply for WithStatus<T> {
    fn into_response(self) -> Response {
        let mut response = self.value.into_response();
        if replaces(response.status().as_u16()) {
            *response.status_mut() = self.status.into();
        }
        response
    }
}

/// An empty body.
impl Reply for NoBody {
    fn into_response(self) -> Response {
        Response::default()
    }
}

/// The status, `{"detail":"…"}` as JSON, and the headers.
impl Reply for HttpError {
    fn into_response(self) -> Response {
        let mut response = detail_response(self.status(), &self.detail());
        super::add_headers(response.headers_mut(), &self);
        response
    }
}

/// `status` with the body `{"detail":"<detail>"}`: what `HttpError` and the
/// `#[status(response)]` derive send.
#[doc(hidden)]
pub fn detail_response(status: Status, detail: &dyn Display) -> Response {
    let mut response = detail_body(detail).into_response();
    *response.status_mut() = status.into();
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// The status, the `application/problem+json` body, and the headers.
impl Reply for ProblemDetails {
    fn into_response(self) -> Response {
        wire_response(Wire::problem(&self))
    }
}

fn wire_response(wire: Wire) -> Response {
    let mut response = wire.body.into_response();
    *response.status_mut() = wire.status.into();
    super::add_wire_headers(response.headers_mut(), wire.content_type, &wire.headers);
    response
}

/// What a `#[status(response)]` or `#[status(problem)]` type sends: as
/// axum's `derived_response` (the declared headers, problem details for a
/// `problem` type, a 500 for a header value that cannot be sent).
#[doc(hidden)]
pub fn derived_response(
    status: Status,
    detail: &dyn Display,
    parts: &dyn ResponseParts,
) -> Response {
    wire_response(Wire::derived(status, detail, parts))
}

/// warp items the generated code names.
pub mod private {
    pub use super::{derived_response, detail_response};
    pub use warp::Reply;
    pub use warp::reply::Response;
}

/// warp's `Reply`: the type's status, `{"detail":"<Display>"}` (or problem
/// details), and the headers it declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_warp_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        // `Reply: Send`: said here so a generic type gets the bound.
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::warp::Reply for $($ty)*
        where
            $($predicates)*
            Self: $crate::HttpStatus + $crate::__private::ResponseParts + ::core::fmt::Display + ::core::marker::Send,
        {
            fn into_response(self) -> $crate::__private::warp::Response {
                $crate::__private::warp::derived_response(
                    <Self as $crate::HttpStatus>::status(&self),
                    &self,
                    &self,
                )
            }
        }
    };
}
