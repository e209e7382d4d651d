//! salvo 1 responses: [`WithStatus`] is a `Writer`; [`NoBody`],
//! [`HttpError`] and `#[status(response)]` error types are `Scribe`s (so
//! `Writer`s too, and `Result<T, E>` of them is one).

use core::fmt::Display;
use std::boxed::Box;

use salvo_core::http::ResBody;
use salvo_core::{Depot, FlowCtrl, Handler, Request, Response, Scribe, Writer, async_trait};

use super::catch;
use crate::response::{Format, Verdict, Wire};
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s response with the declared status, when `T` left the status unset
/// or at 200 OK (an error's or a redirect's own status is kept). With the
/// status set here, RFC 9110 is applied: a 204, 205 or 304 goes without
/// body and `Content-Type`, and a status whose header is missing (a
/// redirect without `Location` …) is a 500 Internal Server Error.
#[async_trait]
impl<T: Writer + Send, const CODE: u16> Writer for WithStatus<T, CODE> {
    async fn write(self, req: &mut Request, depot: &mut Depot, res: &mut Response) {
        self.value.write(req, depot, res).await;
        if res.status_code.is_some_and(|code| code.as_u16() != 200) {
            return;
        }
        res.status_code(self.status.into());
        match super::verdict(self.status, res.headers()) {
            Verdict::Send => {}
            Verdict::NoContent => {
                res.body(ResBody::None);
                super::strip_content_headers(res.headers_mut());
            }
            Verdict::Fail => {
                res.headers_mut().clear();
                render_wire(res, Wire::refused(self.status));
            }
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
        render_wire(res, self.wire());
    }
}

/// The status, the `application/problem+json` body, and the headers.
impl Scribe for ProblemDetails {
    fn render(self, res: &mut Response) {
        render_wire(res, self.wire());
    }
}

/// Writes a [`Wire`] into `res`.
fn render_wire(res: &mut Response, wire: Wire) {
    res.status_code(wire.status.into());
    super::set_headers(res.headers_mut(), &wire);
    match wire.body {
        Some(body) => res.body(body),
        None => res.body(ResBody::None),
    };
}

/// A catcher hoop that answers salvo's own errors in `{"detail"}` instead
/// of its HTML (or JSON, XML, text) error pages: an unknown route (404), a
/// wrong method (405, with the `Allow` salvo adds), a body or query that
/// does not parse, a `StatusError` a handler rendered (its `brief` or
/// `detail` is the message), a bare `Status`. A 5xx says only its reason
/// phrase; its message goes to the [error
/// reporter](crate::set_error_reporter).
///
/// ```ignore
/// // (compiled and run in tests/integration, as the README's example)
/// use salvo::catcher::Catcher;
///
/// let service = Service::new(router).catcher(Catcher::default().hoop(statuscode::salvo::DetailErrors));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct DetailErrors;

/// A catcher hoop that answers salvo's own errors as RFC 9457 problem
/// details, as [`DetailErrors`].
#[derive(Clone, Copy, Debug, Default)]
pub struct ProblemErrors;

#[async_trait]
impl Handler for DetailErrors {
    async fn handle(
        &self,
        _: &mut Request,
        _: &mut Depot,
        res: &mut Response,
        ctrl: &mut FlowCtrl,
    ) {
        caught(res, ctrl, Format::Detail);
    }
}

#[async_trait]
impl Handler for ProblemErrors {
    async fn handle(
        &self,
        _: &mut Request,
        _: &mut Depot,
        res: &mut Response,
        ctrl: &mut FlowCtrl,
    ) {
        caught(res, ctrl, Format::Problem);
    }
}

/// The error in `res` (salvo calls a catcher for an error status whose
/// body is empty or a `StatusError`) written in `format`.
fn caught(res: &mut Response, ctrl: &mut FlowCtrl, format: Format) {
    let Some(status) = res.status_code else {
        return;
    };
    let content_type = res
        .headers()
        .get(::http::header::CONTENT_TYPE)
        .map(::http::HeaderValue::as_bytes);
    if !catch::is_foreign_error(status.as_u16(), content_type) {
        return;
    }
    let message = match &res.body {
        ResBody::Error(error) => Some(error.detail.clone().unwrap_or_else(|| error.brief.clone())),
        _ => None,
    };
    let headers = catch::http_headers(res.headers());
    // salvo's service adds `Allow` to its 405 after the catcher has run.
    let wire = catch::wire(status.as_u16(), &headers, message.as_deref(), format, true);
    res.headers_mut().remove(::http::header::CONTENT_TYPE);
    render_wire(res, wire);
    ctrl.skip_rest();
}

/// Writes what a `#[status(response)]` (`problem` false) or
/// `#[status(problem)]` type sends into `res`.
#[doc(hidden)]
pub fn render_derived(
    res: &mut Response,
    error: &dyn HttpStatus,
    problem: bool,
    detail: &dyn Display,
) {
    render_wire(res, Wire::derived(error, problem, detail));
}

/// salvo items the generated code names.
pub mod private {
    pub use super::render_derived;
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
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display,
        {
            fn render(self, res: &mut $crate::__private::salvo::Response) {
                $crate::__private::salvo::render_derived(
                    res,
                    &self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    &self,
                );
            }
        }
    };
}
