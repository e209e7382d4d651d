//! salvo 1 responses: [`WithStatus`] is a `Writer`; [`NoBody`],
//! [`HttpError`] and `#[status(response)]` error types are `Scribe`s (so
//! `Writer`s too, and `Result<T, E>` of them is one).

use core::fmt::Display;
use std::boxed::Box;

use salvo_core::http::header::{CONTENT_TYPE, HeaderValue};
use salvo_core::{Depot, Request, Response, Scribe, Writer, async_trait};

use crate::error::detail_body;
use crate::with_status::replaces;
use crate::{HttpError, NoBody, Status, WithStatus};

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

/// salvo items the generated code names.
pub mod private {
    pub use super::render_detail;
    pub use salvo_core::{Response, Scribe};
}

/// salvo's `Scribe`: the type's status and `{"detail":"<Display>"}`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_salvo_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::salvo::Scribe for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + ::core::fmt::Display,
        {
            fn render(self, res: &mut $crate::__private::salvo::Response) {
                $crate::__private::salvo::render_detail(
                    res,
                    <Self as $crate::HttpStatus>::status(&self),
                    &self,
                );
            }
        }
    };
}
