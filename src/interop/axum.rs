//! axum responses: [`WithStatus`], [`NoBody`], [`HttpError`],
//! [`ProblemDetails`], and `#[status(response)]` / `#[status(problem)]`
//! types, each the response model's [`Wire`] made an axum `Response`.

use core::fmt::Display;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};

use crate::response::Wire;
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s response, sent with this status if `T` left it at the default
/// `200 OK`; any other status (an error's, a redirect's, a deliberate 202)
/// is kept. With the status set here, RFC 9110 is applied: a 204, 205 or
/// 304 goes without body and `Content-Type`, and a status whose header is
/// missing (a redirect without `Location` …) is a 500 Internal Server Error.
impl<T: IntoResponse> IntoResponse for WithStatus<T> {
    fn into_response(self) -> Response {
        super::with_status(self.value.into_response(), self.status, wire_response)
    }
}

/// An empty body.
impl IntoResponse for NoBody {
    fn into_response(self) -> Response {
        ().into_response()
    }
}

/// The status, `{"detail":"…"}` as JSON, and the headers.
impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        wire_response(self.wire())
    }
}

/// The status, the `application/problem+json` body, and the headers.
impl IntoResponse for ProblemDetails {
    fn into_response(self) -> Response {
        wire_response(self.wire())
    }
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(error: &dyn HttpStatus, problem: bool, detail: &dyn Display) -> Response {
    wire_response(Wire::derived(error, problem, detail))
}

/// A [`Wire`] as an axum response.
fn wire_response(wire: Wire) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = wire.status.into();
    super::set_headers(response.headers_mut(), &wire);
    if let Some(body) = wire.body {
        *response.body_mut() = Body::from(body);
    }
    response
}

/// axum's `IntoResponse`: the type's status, `{"detail":"<Display>"}` (or
/// problem details), and the headers it declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::axum::IntoResponse for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display,
        {
            fn into_response(self) -> $crate::__private::axum::Response {
                $crate::__private::axum::derived_response(
                    &self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    &self,
                )
            }
        }
    };
}
