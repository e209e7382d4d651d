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
use warp::reply::Response;

use crate::response::Wire;
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s reply with the declared status, when `T`'s is 200 OK (an error's or
/// a redirect's own status is kept). With the status set here, RFC 9110 is
/// applied: a 204, 205 or 304 goes without body and `Content-Type`, and a
/// status whose header is missing (a redirect without `Location` …) is a
/// 500 Internal Server Error.
impl<T: Reply> Reply for WithStatus<T> {
    fn into_response(self) -> Response {
        super::with_status(self.value.into_response(), self.status, wire_response)
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
        wire_response(self.wire())
    }
}

/// The status, the `application/problem+json` body, and the headers.
impl Reply for ProblemDetails {
    fn into_response(self) -> Response {
        wire_response(self.wire())
    }
}

/// A [`Wire`] as a warp reply.
fn wire_response(mut wire: Wire) -> Response {
    let mut response = match wire.body.take() {
        Some(body) => body.into_response(),
        None => Response::default(),
    };
    *response.status_mut() = wire.status.into();
    super::strip_content_headers(response.headers_mut());
    super::set_headers(response.headers_mut(), &wire);
    response
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(error: &dyn HttpStatus, problem: bool, detail: &dyn Display) -> Response {
    wire_response(Wire::derived(error, problem, detail))
}

/// warp items the generated code names.
pub mod private {
    pub use super::derived_response;
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
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display + ::core::marker::Send,
        {
            fn into_response(self) -> $crate::__private::warp::Response {
                $crate::__private::warp::derived_response(
                    &self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    &self,
                )
            }
        }
    };
}
