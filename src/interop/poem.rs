//! poem 3 responses: [`WithStatus`], [`NoBody`], [`HttpError`], and the body
//! of `#[status(response)]` error types. `HttpError` is also a `ResponseError`,
//! and a derived type converts into `poem::Error`, so a `#[handler]` may
//! return `Result<T, E>` with either.

use core::fmt::Display;

use poem::error::{IntoResult, ResponseError};
use poem::http::StatusCode;
use poem::{IntoResponse, Response};

use crate::response::{Verdict, Wire};
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s response with the declared status, when `T`'s is 200 OK (an
/// error's or a redirect's own status is kept). With the status set here,
/// RFC 9110 is applied: a 204, 205 or 304 goes without body and
/// `Content-Type`, and a status whose header is missing (a redirect without
/// `Location` …) is a 500 Internal Server Error.
impl<T: IntoResponse> IntoResponse for WithStatus<T> {
    fn into_response(self) -> Response {
        let mut response = self.value.into_response();
        if response.status() != StatusCode::OK {
            return response;
        }
        response.set_status(self.status.into());
        match super::verdict(self.status, response.headers()) {
            Verdict::Send => response,
            Verdict::NoContent => {
                response.set_body(());
                super::strip_content_headers(response.headers_mut());
                response
            }
            Verdict::Fail => wire_response(Wire::refused(self.status)),
        }
    }
}

/// What `#[status_code]` makes of a handler returning `Result<T, E>`. poem
/// has no `IntoResponse` for `Result`: its `#[handler]` takes one through
/// `IntoResult`, so this one does the same. `Ok` gets the status as above;
/// `Err` is poem's error, sent with its own status.
impl<T, E> IntoResult<WithStatus<T>> for WithStatus<Result<T, E>>
where
    T: IntoResponse,
    E: Into<poem::Error> + Send + Sync + 'static,
{
    fn into_result(self) -> poem::Result<WithStatus<T>> {
        let status = self.status;
        self.value
            .map(|value| WithStatus::new(status, value))
            .map_err(Into::into)
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

/// The same response when a handler returns `Err(HttpError)`.
impl ResponseError for HttpError {
    fn status(&self) -> StatusCode {
        self.wire().status.into()
    }

    fn as_response(&self) -> Response {
        wire_response(self.wire())
    }
}

/// The status, the `application/problem+json` body, and the headers.
impl IntoResponse for ProblemDetails {
    fn into_response(self) -> Response {
        wire_response(self.wire())
    }
}

/// The same response when a handler returns `Err(ProblemDetails)`.
impl ResponseError for ProblemDetails {
    fn status(&self) -> StatusCode {
        self.wire().status.into()
    }

    fn as_response(&self) -> Response {
        wire_response(self.wire())
    }
}

/// A [`Wire`] as a poem response.
fn wire_response(wire: Wire) -> Response {
    let mut response = Response::builder().status(wire.status.into()).finish();
    super::set_headers(response.headers_mut(), &wire);
    if let Some(body) = wire.body {
        response.set_body(body);
    }
    response
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(error: &dyn HttpStatus, problem: bool, detail: &dyn Display) -> Response {
    wire_response(Wire::derived(error, problem, detail))
}

/// poem items the generated code names.
pub mod private {
    pub use super::derived_response;
    pub use poem::{Error, IntoResponse, Response};
}

/// poem's `IntoResponse`: the type's status, `{"detail":"<Display>"}` (or
/// problem details), and the headers it declares;
/// and `From<Type> for poem::Error` with that response, so `Result<T, Type>`
/// works in a `#[handler]` without `std::error::Error` (which poem's
/// `ResponseError` route would need).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_poem_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($predicates:tt)*]) => {
        // `IntoResponse: Send`: said here so a generic type gets the bound.
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::poem::IntoResponse for $($ty)*
        where
            $($predicates)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display + ::core::marker::Send,
        {
            fn into_response(self) -> $crate::__private::poem::Response {
                $crate::__private::poem::derived_response(
                    &self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    &self,
                )
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* ::core::convert::From<$($ty)*> for $crate::__private::poem::Error
        where
            $($predicates)*
            $($ty)*: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display + ::core::marker::Send,
        {
            fn from(error: $($ty)*) -> Self {
                $crate::__private::poem::Error::from_response(
                    $crate::__private::poem::derived_response(
                        &error,
                        <$($ty)* as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                        &error,
                    ),
                )
            }
        }
    };
}
