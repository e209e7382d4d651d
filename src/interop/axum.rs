//! axum responses: [`WithStatus`], [`NoBody`], [`HttpError`], and the body
//! of `#[status(response)]` error types.

use core::fmt::Display;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};

use crate::error::detail_body;
use crate::rules::ResponseParts;
use crate::{HttpError, NoBody, Status, WithStatus};

/// `T`'s response, sent with this status if `T` left it at the default
/// `200 OK`; any other status (an error's, a redirect's, a deliberate 202)
/// is kept.
impl<T: IntoResponse> IntoResponse for WithStatus<T> {
    fn into_response(self) -> Response {
        let mut response = self.value.into_response();
        if response.status() == http::StatusCode::OK {
            *response.status_mut() = self.status.into();
        }
        response
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
        for (name, value, first) in self.typed_headers::<HeaderName, HeaderValue>() {
            if first {
                response.headers_mut().insert(name, value);
            } else {
                response.headers_mut().append(name, value);
            }
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

/// `detail_response` with the headers a `#[status(response)]` type
/// declares. A header value that cannot be sent (a field whose `Display`
/// writes a control character) makes it a 500 Internal Server Error, as for
/// `HttpError::with_header(…)?`: never a panic, never a response without the
/// header it declared.
#[doc(hidden)]
pub fn derived_response(
    status: Status,
    detail: &dyn Display,
    headers: &dyn ResponseParts,
) -> Response {
    wire_response(crate::problem::Wire::derived(status, detail, headers))
}

/// What [`Wire`](crate::problem::Wire) says, as an axum response.
pub(crate) fn wire_response(wire: crate::problem::Wire) -> Response {
    let mut response = Response::new(Body::from(wire.body));
    *response.status_mut() = wire.status.into();
    super::add_wire_headers(response.headers_mut(), wire.content_type, &wire.headers);
    response
}

/// axum's `IntoResponse`: the type's status, `{"detail":"<Display>"}`, and
/// the headers it declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::axum::IntoResponse for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseParts + ::core::fmt::Display,
        {
            fn into_response(self) -> $crate::__private::axum::Response {
                $crate::__private::axum::derived_response(
                    <Self as $crate::HttpStatus>::status(&self),
                    &self,
                    &self,
                )
            }
        }
    };
}
