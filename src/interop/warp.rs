//! warp 0.4 replies: [`WithStatus`], [`NoBody`], [`HttpError`], and
//! `#[status(response)]` error types are `Reply`s.
//!
//! Errors are replies, not rejections: a warp `Rejection` means "this filter
//! does not match, try the next one" and becomes a response only through
//! `recover`, while an `HttpError` is the answer. A handler used with
//! `.then(…)` (or `.map(…)`) returns `Result<T, HttpError>`, which warp
//! sends as it is (`Result<T, E>` is a `Reply` when both are). A derived
//! error may also reject (`?` in an `and_then` handler, through the
//! derive's `From<E> for warp::Rejection`): [`detail_errors`], for
//! `recover`, sends it whole, and answers warp's own rejections in the same
//! format.

use core::convert::Infallible;
use core::fmt::Display;
use std::string::{String, ToString};

use warp::reply::Response;
use warp::{Rejection, Reply};

use super::catch;
use crate::response::{Format, Wire};
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s reply with the declared status, when `T`'s is 200 OK (an error's or
/// a redirect's own status is kept). With the status set here, RFC 9110 is
/// applied: a 204, 205 or 304 goes without body and `Content-Type`, and a
/// status whose header is missing (a redirect without `Location` …) is a
/// 500 Internal Server Error.
impl<T: Reply, const CODE: u16> Reply for WithStatus<T, CODE> {
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

/// A rejection carrying an error's whole response (status, headers, body):
/// what `From<E> for warp::Rejection` makes of a `#[status(response)]` or
/// `#[status(problem)]` type, and what [`detail_errors`] sends back.
#[doc(hidden)]
#[derive(Debug)]
pub struct Rejected(Wire);

impl warp::reject::Reject for Rejected {}

/// `error` as a rejection that [`detail_errors`] answers with its response.
#[doc(hidden)]
pub fn reject(error: &dyn HttpStatus, problem: bool, detail: &dyn Display) -> Rejection {
    warp::reject::custom(Rejected(Wire::derived(error, problem, detail)))
}

/// The response of a `#[status(response)]` or `#[status(problem)]` error
/// you hold by reference, e.g. one your own `recover` found with
/// `rejection.find::<ApiError>()`: its status, declared headers and body,
/// as if it had been returned.
pub fn error_reply<E>(error: &E) -> Response
where
    E: HttpStatus + crate::__private::ResponseFormat + Display,
{
    wire_response(Wire::derived(error, E::PROBLEM_MEMBERS.is_some(), error))
}

/// warp's rejections in `{"detail"}`, for `Filter::recover`: a derived
/// error turned into a rejection (`Err(ApiError::…)?` in an `and_then`
/// handler, through the derive's `From<ApiError> for warp::Rejection`) is
/// sent with its whole response; warp's own rejections keep their status
/// (400 for a body or query that does not parse, 411, 413, 415) with
/// warp's message as `detail`. An unknown route is a 404; so is a wrong
/// method, since warp cannot say which methods a path has (a 405 must, RFC
/// 9110 §15.5.6; warp also rejects an unknown path with 405 when a method
/// filter ran first). A rejection this does not know is a 500 whose
/// message goes to the [error reporter](crate::set_error_reporter).
///
/// ```ignore
/// // (compiled and run in tests/integration, as the README's example)
/// let routes = items.recover(statuscode::warp::detail_errors);
/// ```
///
/// # Errors
///
/// Never: the `Result` is the shape `recover` takes.
pub async fn detail_errors(rejection: Rejection) -> Result<Response, Infallible> {
    Ok(recover(&rejection, Format::Detail))
}

/// warp's rejections as RFC 9457 problem details, as [`detail_errors`].
///
/// # Errors
///
/// Never: the `Result` is the shape `recover` takes.
pub async fn problem_errors(rejection: Rejection) -> Result<Response, Infallible> {
    Ok(recover(&rejection, Format::Problem))
}

fn recover(rejection: &Rejection, format: Format) -> Response {
    if let Some(Rejected(wire)) = rejection.find() {
        return wire_response(wire.clone());
    }
    let (status, message) = known(rejection);
    wire_response(catch::wire(status, &[], Some(&message), format, false))
}

/// The status and message of one of warp's own rejections, in warp's order
/// of preference (a specific rejection before "method not allowed", which
/// is before "not found").
fn known(rejection: &Rejection) -> (u16, String) {
    use warp::filters::body::BodyDeserializeError;
    use warp::reject::{
        InvalidHeader, InvalidQuery, LengthRequired, MethodNotAllowed, MissingCookie,
        MissingHeader, PayloadTooLarge, UnsupportedMediaType,
    };
    macro_rules! find {
        ($($ty:ty => $status:literal,)*) => {$(
            if let Some(error) = rejection.find::<$ty>() {
                return ($status, error.to_string());
            }
        )*};
    }
    find! {
        BodyDeserializeError => 400,
        InvalidQuery => 400,
        InvalidHeader => 400,
        MissingHeader => 400,
        MissingCookie => 400,
        LengthRequired => 411,
        PayloadTooLarge => 413,
        UnsupportedMediaType => 415,
        MethodNotAllowed => 405,
    }
    if rejection.is_not_found() {
        (404, String::new())
    } else {
        (500, std::format!("unhandled rejection: {rejection:?}"))
    }
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(error: &dyn HttpStatus, problem: bool, detail: &dyn Display) -> Response {
    wire_response(Wire::derived(error, problem, detail))
}

/// warp items the generated code names.
pub mod private {
    pub use super::{derived_response, reject};
    pub use warp::reply::Response;
    pub use warp::{Rejection, Reply};
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

        /// `?` on an error in a warp handler rejects with its whole
        /// response, which `statuscode::warp::detail_errors` sends.
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* ::core::convert::From<$($ty)*> for $crate::__private::warp::Rejection
        where
            $($predicates)*
            $($ty)*: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display,
        {
            fn from(error: $($ty)*) -> Self {
                $crate::__private::warp::reject(
                    &error,
                    <$($ty)* as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    &error,
                )
            }
        }
    };
}
