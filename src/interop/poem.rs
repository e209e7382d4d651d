//! poem 3 responses: [`WithStatus`], [`NoBody`], [`HttpError`], and the body
//! of `#[status(response)]` error types. `HttpError` and derived types are
//! also `ResponseError`s, so (being `std::error::Error`s) they convert into
//! `poem::Error` and stay themselves inside it: a `#[handler]` may return
//! `Result<T, E>` with either. [`detail_errors`] answers poem's own errors
//! in the same format.

use core::any::Any;
use core::fmt::Display;
use std::boxed::Box;
use std::string::{String, ToString};

use poem::error::{IntoResult, ResponseError};
use poem::http::StatusCode;
use poem::{IntoResponse, Response};

use super::catch;
use crate::response::{Format, Verdict, Wire};
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s response with the declared status, when `T`'s is 200 OK (an
/// error's or a redirect's own status is kept). With the status set here,
/// RFC 9110 is applied: a 204, 205 or 304 goes without body and
/// `Content-Type`, and a status whose header is missing (a redirect without
/// `Location` …) is a 500 Internal Server Error.
impl<T: IntoResponse, const CODE: u16> IntoResponse for WithStatus<T, CODE> {
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
impl<T, E, const CODE: u16> IntoResult<WithStatus<T, CODE>> for WithStatus<Result<T, E>, CODE>
where
    T: IntoResponse,
    E: Into<poem::Error> + Send + Sync + 'static,
{
    fn into_result(self) -> poem::Result<WithStatus<T, CODE>> {
        let status = self.status;
        self.value
            .map(|value| WithStatus { status, value })
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
        error_status(self)
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
        error_status(self)
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

/// The status an error's response is sent with (its own, or 500 if the
/// response would break a rule).
#[doc(hidden)]
pub fn error_status(error: &dyn HttpStatus) -> StatusCode {
    Wire::error_status(error).into()
}

/// poem's own errors in `{"detail"}`, for `EndpointExt::after` on the
/// whole route: an error that is not the application's (a body that is not
/// JSON, a missing query parameter, an unknown route, a wrong method, a
/// bare `Status` or a plain-text error response) keeps its status and gets
/// the body `{"detail": "…"}` with poem's message. A 405 (poem does not say
/// which methods the route has, which a 405 must) is sent as 404; a 5xx
/// says only its reason phrase, and its message goes to the
/// [error reporter](crate::set_error_reporter). The application's errors
/// ([`HttpError`], derived types: JSON) are sent as they are.
///
/// ```ignore
/// // (compiled and run in tests/integration, as the README's example)
/// use poem::{EndpointExt, Route, get, middleware::CatchPanic};
///
/// let app = Route::new()
///     .at("/items", get(list))
///     .with(CatchPanic::new().with_handler(statuscode::poem::detail_panic))
///     .after(statuscode::poem::detail_errors);
/// ```
///
/// # Errors
///
/// Never: the `Result` is the shape `after` takes.
pub async fn detail_errors(result: poem::Result<Response>) -> poem::Result<Response> {
    Ok(reformat(result, Format::Detail).await)
}

/// poem's own errors as RFC 9457 problem details, as [`detail_errors`].
///
/// # Errors
///
/// Never: the `Result` is the shape `after` takes.
pub async fn problem_errors(result: poem::Result<Response>) -> poem::Result<Response> {
    Ok(reformat(result, Format::Problem).await)
}

/// A panicking handler's response in `{"detail"}`, for poem's
/// `CatchPanic::with_handler`: a 500 that says "Internal Server Error"; the
/// panic's message goes to the [error reporter](crate::set_error_reporter).
#[allow(clippy::needless_pass_by_value)] // the signature poem calls
pub fn detail_panic(payload: Box<dyn Any + Send + 'static>) -> Response {
    wire_response(catch::panic_wire(&*payload, Format::Detail))
}

/// A panicking handler's response as problem details, as [`detail_panic`].
#[allow(clippy::needless_pass_by_value)] // the signature poem calls
pub fn problem_panic(payload: Box<dyn Any + Send + 'static>) -> Response {
    wire_response(catch::panic_wire(&*payload, Format::Problem))
}

async fn reformat(result: poem::Result<Response>, format: Format) -> Response {
    let (mut response, message) = match result {
        Ok(response) => (response, None),
        Err(error) => {
            let message = error.to_string();
            (error.into_response(), Some(message))
        }
    };
    let content_type = response
        .headers()
        .get(poem::http::header::CONTENT_TYPE)
        .map(poem::http::HeaderValue::as_bytes);
    if !catch::is_foreign_error(response.status().as_u16(), content_type) {
        return response;
    }
    let message = match message {
        Some(message) => Some(message),
        None => response
            .take_body()
            .into_bytes_limit(catch::MAX_MESSAGE)
            .await
            .ok()
            .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok()),
    };
    let headers = catch::http_headers(response.headers());
    wire_response(catch::wire(
        response.status().as_u16(),
        &headers,
        message.as_deref(),
        format,
        false,
    ))
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(error: &dyn HttpStatus, problem: bool, detail: &dyn Display) -> Response {
    wire_response(Wire::derived(error, problem, detail))
}

/// poem items the generated code names.
pub mod private {
    pub use super::{derived_response, error_status};
    pub use poem::error::ResponseError;
    pub use poem::http::StatusCode;
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

        /// poem's `From<E: ResponseError + Error> for poem::Error` keeps
        /// the error itself: `downcast_ref`, `catch_error` and `Display`
        /// see it, and its response is the type's.
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::poem::ResponseError for $($ty)*
        where
            $($predicates)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display,
        {
            fn status(&self) -> $crate::__private::poem::StatusCode {
                $crate::__private::poem::error_status(self)
            }

            // `for<'x>` keeps the bound from being checked where the impl
            // is written (a type without `std::error::Error` is no poem
            // error, and still a response).
            fn as_response(&self) -> $crate::__private::poem::Response
            where
                for<'x> Self: ::std::error::Error + ::core::marker::Send + ::core::marker::Sync + 'static,
            {
                $crate::__private::poem::derived_response(
                    self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    self,
                )
            }
        }
    };
}
