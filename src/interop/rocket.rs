//! Rocket 0.5 responses: [`WithStatus`], [`NoBody`], [`HttpError`], and
//! `#[status(response)]` error types are `Responder`s. (`Status` converts
//! to and from `rocket::http::Status`: see `statuscode_core`.)
//!
//! Errors are sent as they are, not forwarded to Rocket's catchers, so the
//! wire format is the same as in the other frameworks. Rocket's own errors
//! (a guard that fails, an unknown route, a panic) go to its catchers:
//! [`detail_catchers`] and [`problem_catchers`] answer them in the same
//! format.

use core::fmt::Display;
use std::io::Cursor;

use rocket::Request;
use rocket::response::{self, Responder, Response};

use std::boxed::Box;
use std::vec::Vec;

use rocket::Catcher;

use super::catch;
use crate::response::{Format, Verdict, Wire};
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s response with the declared status, when `T`'s is 200 OK (an error's
/// or a redirect's own status is kept, and so is a `T` that forwards to a
/// catcher). With the status set here, RFC 9110 is applied: a 204, 205 or
/// 304 goes without body and `Content-Type`, and a status whose header is
/// missing (a redirect without `Location` …) is a 500 Internal Server Error.
impl<'r, 'o: 'r, T: Responder<'r, 'o>, const CODE: u16> Responder<'r, 'o> for WithStatus<T, CODE> {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'o> {
        let mut response = self.value.respond_to(request)?;
        if response.status().code != 200 {
            return Ok(response);
        }
        response.set_status(self.status.into());
        let headers = response.headers();
        match crate::response::verdict(self.status, false, &|name| headers.contains(name)) {
            Verdict::Send => {}
            Verdict::NoContent => {
                response.body_mut().take();
                for name in ["Content-Type", "Content-Length", "Transfer-Encoding"] {
                    response.remove_header(name);
                }
            }
            Verdict::Fail => return Ok(wire_response(Wire::refused(self.status))),
        }
        Ok(response)
    }
}

/// An empty body.
impl<'r> Responder<'r, 'static> for NoBody {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        Response::build().ok()
    }
}

/// The status, `{"detail":"…"}` as JSON, and the headers.
impl<'r> Responder<'r, 'static> for HttpError {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        Ok(wire_response(self.wire()))
    }
}

/// The status, the `application/problem+json` body, and the headers.
impl<'r> Responder<'r, 'static> for ProblemDetails {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        Ok(wire_response(self.wire()))
    }
}

/// A [`Wire`] as a Rocket response.
fn wire_response(wire: Wire) -> Response<'static> {
    let mut response = Response::build().status(wire.status.into()).finalize();
    for (name, value, first) in wire.fields() {
        // A fixed name or value stays borrowed (Rocket takes a `Cow`).
        let (name, value) = (name.clone(), value.clone());
        if first {
            response.set_raw_header(name, value);
        } else {
            response.adjoin_raw_header(name, value);
        }
    }
    if let Some(body) = wire.body {
        response.set_sized_body(body.len(), Cursor::new(body));
    }
    response
}

/// Rocket catchers that answer every error Rocket forwards (a guard that
/// fails, such as a JSON body that does not parse (400) or does not fit
/// the type (422); an unknown route or method (404); a panicking handler
/// (500); a bare `Status` returned as an error) with `{"detail": "…"}`:
/// the status's reason phrase (Rocket gives a catcher no message), with
/// `application/json`. Register them with `rocket.register("/", …)`.
///
/// ```ignore
/// // (compiled and run in tests/integration, as the README's example)
/// rocket::build()
///     .mount("/", routes![create])
///     .register("/", statuscode::rocket::detail_catchers())
/// ```
pub fn detail_catchers() -> Vec<Catcher> {
    std::vec![Catcher::new(None, detail_catcher)]
}

/// Rocket catchers that answer every error with RFC 9457 problem details,
/// as [`detail_catchers`].
pub fn problem_catchers() -> Vec<Catcher> {
    std::vec![Catcher::new(None, problem_catcher)]
}

fn detail_catcher<'r>(
    status: rocket::http::Status,
    _: &'r Request<'_>,
) -> rocket::catcher::BoxFuture<'r> {
    Box::pin(async move { Ok(caught(status, Format::Detail)) })
}

fn problem_catcher<'r>(
    status: rocket::http::Status,
    _: &'r Request<'_>,
) -> rocket::catcher::BoxFuture<'r> {
    Box::pin(async move { Ok(caught(status, Format::Problem)) })
}

/// A forwarded error with `status`, in `format`. A non-error status (a
/// catcher for one is Rocket's bug or a misuse) is a 500.
fn caught(status: rocket::http::Status, format: Format) -> Response<'static> {
    let code = if status.code >= 400 { status.code } else { 500 };
    wire_response(catch::wire(code, &[], None, format, false))
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(
    error: &dyn HttpStatus,
    problem: bool,
    detail: &dyn Display,
) -> Response<'static> {
    wire_response(Wire::derived(error, problem, detail))
}

/// Rocket items the generated code names.
pub mod private {
    pub use super::derived_response;
    pub use rocket::Request;
    pub use rocket::response::{Responder, Result};
}

/// Rocket's `Responder`: the type's status, `{"detail":"<Display>"}` (or
/// problem details), and the headers it declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_rocket_response {
    // The impl needs the request's lifetime beside the type's generics:
    // strip the type's `<` … `>` (a `>>` ends `<T: Into<u8>>`).
    ([] $ty:tt $where_clause:tt) => {
        $crate::__impl_rocket_response! { @impl [] $ty $where_clause }
    };
    ([< $($generics:tt)*] $ty:tt $where_clause:tt) => {
        $crate::__impl_rocket_response! { @strip [] [$($generics)*] $ty $where_clause }
    };
    (@strip [$($done:tt)*] [>] $ty:tt $where_clause:tt) => {
        $crate::__impl_rocket_response! { @impl [$($done)*] $ty $where_clause }
    };
    (@strip [$($done:tt)*] [>>] $ty:tt $where_clause:tt) => {
        $crate::__impl_rocket_response! { @impl [$($done)* >] $ty $where_clause }
    };
    (@strip [$($done:tt)*] [$next:tt $($rest:tt)+] $ty:tt $where_clause:tt) => {
        $crate::__impl_rocket_response! { @strip [$($done)* $next] [$($rest)+] $ty $where_clause }
    };
    (@impl [$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl<'__r, $($generics)*> $crate::__private::rocket::Responder<'__r, 'static> for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display,
        {
            fn respond_to(
                self,
                _: &'__r $crate::__private::rocket::Request<'_>,
            ) -> $crate::__private::rocket::Result<'static> {
                ::core::result::Result::Ok($crate::__private::rocket::derived_response(
                    &self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    &self,
                ))
            }
        }
    };
}
