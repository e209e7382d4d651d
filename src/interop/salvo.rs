//! salvo 1 responses: [`WithStatus`] is a `Writer`; [`NoBody`],
//! [`HttpError`] and `#[status(response)]` error types are `Scribe`s (so
//! `Writer`s too, and `Result<T, E>` of them is one).

use core::fmt::Display;
use std::boxed::Box;

use salvo_core::http::header::{CONTENT_TYPE, HeaderValue};
use salvo_core::{Depot, Request, Response, Scribe, Writer, async_trait};

use crate::error::detail_body;
use crate::problem::Wire;
use crate::rules::ResponseParts;
use crate::with_status::replaces;
use crate::{HttpError, NoBody, ProblemDetails, Status, WithStatus};

/// `T`'s response with the declared status, when `T` left the status unset
/// or at 200 OK (an error's or a redirect's own status is kept).
#[async_trait]
impl<T: Writer + Send> Writer for WithStatus<T> {
    async fn write(self, req: &mut Request, depot: &mut Depot, res: &mut Response) {
        self.value.write(req, depot, res).await;
        if res.status_code.is_none_or(|code| replaces(code.as_u16())) {
            res.status_code(self.status.into());
        }
    }
}

/// An empty body.
impl Scribe for NoBody {
    fn render(self, _res: &mut Response) {}
}

/// The status, `{"detail":"…"}` as JSON, and the headers.
impl Scribe for HttpError {
    fn render(self, res: &mut Response) {
        render_detail(res, self.status(), &self.detail());
        super::add_headers(res.headers_mut(), &self);
    }
}

/// Writes `status` and the body `{"detail":"<detail>"}` into `res`: what
/// `HttpError` and the `#[status(response)]` derive send.
#[doc(hidden)]
pub fn render_detail(res: &mut Response, status: Status, detail: &dyn Display) {
    res.status_code(status.into());
    res.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    res.body(detail_body(detail));
}

/// The status, the `application/problem+json` body, and the headers.
impl Scribe for ProblemDetails {
    fn render(self, res: &mut Response) {
        render_wire(res, Wire::problem(&self));
    }
}

fn render_wire(res: &mut Response, wire: Wire) {
    res.status_code(wire.status.into());
    super::add_wire_headers(res.headers_mut(), wire.content_type, &wire.headers);
    res.body(wire.body);
}

/// Writes what a `#[status(response)]` or `#[status(problem)]` type sends
/// into `res`: as axum's `derived_response` (the declared headers, problem
/// details for a `problem` type, a 500 for a header value that cannot be
/// sent).
#[doc(hidden)]
pub fn render_derived(
    res: &mut Response,
    status: Status,
    detail: &dyn Display,
    parts: &dyn ResponseParts,
) {
    render_wire(res, Wire::derived(status, detail, parts));
}

/// salvo items the generated code names.
pub mod private {
    pub use super::{render_derived, render_detail};
    pub use salvo_core::{Response, Scribe};
}

/// salvo's `Scribe`: the type's status, `{"detail":"<Display>"}` (or
/// problem details), and the headers it declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_salvo_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::salvo::Scribe for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseParts + ::core::fmt::Display,
        {
            fn render(self, res: &mut $crate::__private::salvo::Response) {
                $crate::__private::salvo::render_derived(
                    res,
                    <Self as $crate::HttpStatus>::status(&self),
                    &self,
                    &self,
                );
            }
        }
    };
}
