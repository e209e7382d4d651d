//! axum responses: [`WithStatus`], [`NoBody`], [`HttpError`], and the body
//! of `#[status(response)]` error types.

use core::fmt::Display;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};

use crate::error::detail_body;
use crate::{HttpError, NoBody, Status, WithStatus};

/// `T`'s response with the status replaced, as axum's `(StatusCode, T)`.
impl<T: IntoResponse> IntoResponse for WithStatus<T> {
    fn into_response(self) -> Response {
        (http::StatusCode::from(self.status), self.value).into_response()
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
        let mut response = detail_response(self.status(), &self.detail());
        for (name, value) in self.typed_headers::<HeaderName, HeaderValue>() {
            response.headers_mut().append(name, value);
        }
        response
    }
}

/// `status` with the body `{"detail":"<detail>"}`: what `HttpError` and the
/// `#[status(response)]` derive send.
#[doc(hidden)]
pub fn detail_response(status: Status, detail: &dyn Display) -> Response {
    let mut response = Response::new(Body::from(detail_body(detail)));
    *response.status_mut() = status.into();
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

/// axum's `IntoResponse`: the type's status and `{"detail":"<Display>"}`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::axum::IntoResponse for $($ty)* $($where_clause)* {
            fn into_response(self) -> $crate::__private::axum::Response {
                $crate::__private::axum::detail_response(
                    <Self as $crate::HttpStatus>::status(&self),
                    &self,
                )
            }
        }
    };
}
