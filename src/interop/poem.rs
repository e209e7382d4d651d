//! poem 3 responses: [`WithStatus`], [`NoBody`], [`HttpError`], and the body
//! of `#[status(response)]` error types. `HttpError` is also a `ResponseError`,
//! and a derived type converts into `poem::Error`, so a `#[handler]` may
//! return `Result<T, E>` with either.

use core::fmt::Display;

use poem::error::{IntoResult, ResponseError};
use poem::http::StatusCode;
use poem::http::header::{CONTENT_TYPE, HeaderValue};
use poem::{IntoResponse, Response};

use crate::error::detail_body;
use crate::problem::Wire;
use crate::rules::ResponseParts;
use crate::with_status::replaces;
use crate::{HttpError, NoBody, ProblemDetails, Status, WithStatus};

/// `T`'s response with the declared status, when `T`'s is 200 OK (an
/// error's or a redirect's own status is kept).
impl<T: IntoResponse> IntoResponse for WithStatus<T> {
    fn into_response(self) -> Response {
        let mut response = self.value.into_response();
        if replaces(response.status().as_u16()) {
            response.set_status(self.status.into());
        }
        response
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
        error_response(&self)
    }
}

/// The same response when a handler returns `Err(HttpError)`.
impl ResponseError for HttpError {
    fn status(&self) -> StatusCode {
        HttpError::status(self).into()
    }

    fn as_response(&self) -> Response {
        error_response(self)
    }
}

fn error_response(error: &HttpError) -> Response {
    let mut response = detail_response(error.status(), &error.detail());
    super::add_headers(response.headers_mut(), error);
    response
}

/// `status` with the body `{"detail":"<detail>"}`: what `HttpError` and the
/// `#[status(response)]` derive send.
#[doc(hidden)]
pub fn detail_response(status: Status, detail: &dyn Display) -> Response {
    Response::builder()
        .status(status.into())
        .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
        .body(detail_body(detail))
}

/// The status, the `application/problem+json` body, and the headers.
impl IntoResponse for ProblemDetails {
    fn into_response(self) -> Response {
        wire_response(Wire::problem(&self))
    }
}

/// The same response when a handler returns `Err(ProblemDetails)`.
impl ResponseError for ProblemDetails {
    fn status(&self) -> StatusCode {
        ProblemDetails::status(self).into()
    }

    fn as_response(&self) -> Response {
        wire_response(Wire::problem(self))
    }
}

fn wire_response(wire: Wire) -> Response {
    let mut response = Response::builder().status(wire.status.into()).finish();
    super::add_wire_headers(response.headers_mut(), wire.content_type, &wire.headers);
    response.set_body(wire.body);
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

/// poem items the generated code names.
pub mod private {
    pub use super::{derived_response, detail_response};
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
            Self: $crate::HttpStatus + $crate::__private::ResponseParts + ::core::fmt::Display + ::core::marker::Send,
        {
            fn into_response(self) -> $crate::__private::poem::Response {
                $crate::__private::poem::derived_response(
                    <Self as $crate::HttpStatus>::status(&self),
                    &self,
                    &self,
                )
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* ::core::convert::From<$($ty)*> for $crate::__private::poem::Error
        where
            $($predicates)*
            $($ty)*: $crate::HttpStatus + $crate::__private::ResponseParts + ::core::fmt::Display + ::core::marker::Send,
        {
            fn from(error: $($ty)*) -> Self {
                $crate::__private::poem::Error::from_response(
                    $crate::__private::poem::derived_response(
                        <$($ty)* as $crate::HttpStatus>::status(&error),
                        &error,
                        &error,
                    ),
                )
            }
        }
    };
}
