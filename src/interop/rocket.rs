//! Rocket 0.5 responses: [`WithStatus`], [`NoBody`], [`HttpError`], and
//! `#[status(response)]` error types are `Responder`s. (`Status` converts
//! to and from `rocket::http::Status`: see `statuscode_core`.)
//!
//! Errors are sent as they are, not forwarded to Rocket's catchers, so the
//! wire format is the same as in the other frameworks.

use core::fmt::Display;
use std::borrow::ToOwned;
use std::io::Cursor;

use rocket::Request;
use rocket::http::ContentType;
use rocket::response::{self, Responder, Response};

use crate::error::detail_body;
use crate::problem::Wire;
use crate::rules::ResponseParts;
use crate::with_status::replaces;
use crate::{HttpError, NoBody, ProblemDetails, Status, WithStatus};

/// `T`'s response with the declared status, when `T`'s is 200 OK (an error's
/// or a redirect's own status is kept, and so is a `T` that forwards to a
/// catcher).
impl<'r, 'o: 'r, T: Responder<'r, 'o>> Responder<'r, 'o> for WithStatus<T> {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'o> {
        let mut response = self.value.respond_to(request)?;
        if replaces(response.status().code) {
            response.set_status(self.status.into());
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
        let mut response = detail_response(self.status(), &self.detail());
        // The first of each name replaces the default of that name
        // (`content-type`); later ones are added beside it.
        for (name, value, first) in self.headers_to_send() {
            let (name, value) = (name.to_owned(), value.to_owned());
            if first {
                response.set_raw_header(name, value);
            } else {
                response.adjoin_raw_header(name, value);
            }
        }
        Ok(response)
    }
}

/// `status` with the body `{"detail":"<detail>"}`: what `HttpError` and the
/// `#[status(response)]` derive send.
#[doc(hidden)]
pub fn detail_response(status: Status, detail: &dyn Display) -> Response<'static> {
    let body = detail_body(detail);
    Response::build()
        .status(status.into())
        .header(ContentType::JSON)
        .sized_body(body.len(), Cursor::new(body))
        .finalize()
}

/// The status, the `application/problem+json` body, and the headers.
impl<'r> Responder<'r, 'static> for ProblemDetails {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        Ok(wire_response(Wire::problem(&self)))
    }
}

fn wire_response(wire: Wire) -> Response<'static> {
    let mut response = Response::build()
        .status(wire.status.into())
        .raw_header("Content-Type", wire.content_type)
        .sized_body(wire.body.len(), Cursor::new(wire.body))
        .finalize();
    for (name, value, replace) in wire.headers {
        if replace {
            response.set_raw_header(name, value);
        } else {
            response.adjoin_raw_header(name, value);
        }
    }
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
) -> Response<'static> {
    wire_response(Wire::derived(status, detail, parts))
}

/// Rocket items the generated code names.
pub mod private {
    pub use super::{derived_response, detail_response};
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
            Self: $crate::HttpStatus + $crate::__private::ResponseParts + ::core::fmt::Display,
        {
            fn respond_to(
                self,
                _: &'__r $crate::__private::rocket::Request<'_>,
            ) -> $crate::__private::rocket::Result<'static> {
                ::core::result::Result::Ok($crate::__private::rocket::derived_response(
                    <Self as $crate::HttpStatus>::status(&self),
                    &self,
                    &self,
                ))
            }
        }
    };
}
