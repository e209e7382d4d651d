//! axum responses: [`WithStatus`], [`NoBody`], [`HttpError`],
//! [`ProblemDetails`], and `#[status(response)]` / `#[status(problem)]`
//! types, each the response model's [`Wire`] made an axum `Response`.

use core::any::Any;
use core::fmt::Display;
use std::boxed::Box;
use std::string::String;
use std::vec::Vec;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};

use super::catch;
use crate::response::{Format, Wire};
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s response, sent with this status if `T` left it at the default
/// `200 OK`; any other status (an error's, a redirect's, a deliberate 202)
/// is kept. With the status set here, RFC 9110 is applied: a 204, 205 or
/// 304 goes without body and `Content-Type`, and a status whose header is
/// missing (a redirect without `Location` …) is a 500 Internal Server Error.
impl<T: IntoResponse, const CODE: u16> IntoResponse for WithStatus<T, CODE> {
    fn into_response(self) -> Response {
        super::with_status(self.value.into_response(), self.status, wire_response)
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

/// The status, the `application/problem+json` body, and the headers.
impl IntoResponse for ProblemDetails {
    fn into_response(self) -> Response {
        wire_response(self.wire())
    }
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(error: &dyn HttpStatus, problem: bool, detail: &dyn Display) -> Response {
    wire_response(Wire::derived(error, problem, detail))
}

/// axum's own error responses in `{"detail"}`: a middleware for
/// `axum::middleware::map_response`, applied to the whole router.
///
/// Every 4xx or 5xx response whose body is not JSON is given the body
/// `{"detail": "…"}` with `application/json`, keeping its status and
/// headers (the `Allow` of a 405): axum's extractor rejections (400, 413,
/// 415, 422, with axum's text as the detail), the empty 404 of an unknown
/// route and 405 of a wrong method, and any plain-text error a handler
/// wrote. A 5xx says only its reason phrase; its text goes to the
/// [error reporter](crate::set_error_reporter). Errors already in JSON (the
/// application's own: [`HttpError`], derived types) pass unchanged.
///
/// ```ignore
/// // (compiled and run in tests/integration, as the README's example)
/// use axum::{Router, middleware::map_response, routing::post};
///
/// async fn create(axum::Json(item): axum::Json<u32>) -> String {
///     item.to_string()
/// }
///
/// let app: Router = Router::new()
///     .route("/items", post(create))
///     .layer(map_response(statuscode::axum::detail_errors));
/// ```
///
/// With `tower_http::catch_panic::CatchPanicLayer::custom(statuscode::axum::detail_panic)`
/// a panic is answered in the same format.
pub async fn detail_errors(response: Response) -> Response {
    reformat(response, Format::Detail).await
}

/// axum's own error responses as RFC 9457 problem details, as
/// [`detail_errors`] does for `{"detail"}`: `type` `about:blank`, the
/// status's reason phrase as `title`, axum's text as `detail`.
pub async fn problem_errors(response: Response) -> Response {
    reformat(response, Format::Problem).await
}

/// A panicking handler's response in `{"detail"}`, for
/// `tower_http::catch_panic::CatchPanicLayer::custom`: a 500 that says
/// "Internal Server Error"; the panic's message goes to the
/// [error reporter](crate::set_error_reporter).
#[allow(clippy::needless_pass_by_value)] // the signature tower-http calls
pub fn detail_panic(payload: Box<dyn Any + Send + 'static>) -> Response {
    wire_response(catch::panic_wire(&*payload, Format::Detail))
}

/// A panicking handler's response as problem details, as [`detail_panic`].
#[allow(clippy::needless_pass_by_value)] // the signature tower-http calls
pub fn problem_panic(payload: Box<dyn Any + Send + 'static>) -> Response {
    wire_response(catch::panic_wire(&*payload, Format::Problem))
}

async fn reformat(response: Response, format: Format) -> Response {
    let content_type = response
        .headers()
        .get(::http::header::CONTENT_TYPE)
        .map(::http::HeaderValue::as_bytes);
    if !catch::is_foreign_error(response.status().as_u16(), content_type) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let message = read_text(body).await;
    let headers = catch::http_headers(&parts.headers);
    wire_response(catch::wire(
        parts.status.as_u16(),
        &headers,
        message.as_deref(),
        format,
        true,
    ))
}

/// The body as text, if it is UTF-8 and no longer than a framework's
/// message (`catch::MAX_MESSAGE`); a longer body is not read to its end.
async fn read_text(mut body: Body) -> Option<String> {
    use http_body::Body as _;
    if body
        .size_hint()
        .lower()
        .try_into()
        .map_or(true, |len: usize| len > catch::MAX_MESSAGE)
    {
        return None;
    }
    let mut text = Vec::new();
    while let Some(frame) =
        core::future::poll_fn(|cx| core::pin::Pin::new(&mut body).poll_frame(cx)).await
    {
        let Ok(data) = frame.ok()?.into_data() else {
            continue;
        };
        if text.len() + data.len() > catch::MAX_MESSAGE {
            return None;
        }
        text.extend_from_slice(&data);
    }
    String::from_utf8(text).ok()
}

/// A [`Wire`] as an axum response.
fn wire_response(wire: Wire) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = wire.status.into();
    super::set_headers(response.headers_mut(), &wire);
    if let Some(body) = wire.body {
        *response.body_mut() = Body::from(body);
    }
    response
}

/// axum's `IntoResponse`: the type's status, `{"detail":"<Display>"}` (or
/// problem details), and the headers it declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::axum::IntoResponse for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Display,
        {
            fn into_response(self) -> $crate::__private::axum::Response {
                $crate::__private::axum::derived_response(
                    &self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    &self,
                )
            }
        }
    };
}
