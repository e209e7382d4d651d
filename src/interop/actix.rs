//! actix-web 4 responses: [`WithStatus`], [`NoBody`], [`HttpError`],
//! [`ProblemDetails`], and `#[status(response)]` / `#[status(problem)]`
//! types, each the response model's [`Wire`] made an `HttpResponse`.

use core::fmt::Display;

use std::string::{String, ToString};
use std::vec::Vec;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::{ErrorHandlerResponse, Next};
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

use super::catch;
use crate::response::{Format, Verdict, Wire};
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// `T`'s response, sent with this status if `T` left it at the default
/// `200 OK`; any other status (an error's, `None`'s 404, a deliberate 202)
/// is kept. With the status set here, RFC 9110 is applied: a 204, 205 or
/// 304 goes without body and `Content-Type` (actix-web would otherwise
/// write the body bytes after a 204's header), and a status whose header is
/// missing (a redirect without `Location` …) is a 500 Internal Server Error.
impl<T: Responder, const CODE: u16> Responder for WithStatus<T, CODE> {
    type Body = BoxBody;

    fn respond_to(self, req: &HttpRequest) -> HttpResponse<BoxBody> {
        let mut response = self.value.respond_to(req).map_into_boxed_body();
        if response.status() != StatusCode::OK {
            return response;
        }
        *response.status_mut() = self.status.into();
        let headers = response.headers();
        match crate::response::verdict(self.status, false, &|name| headers.contains_key(name)) {
            Verdict::Send => response,
            Verdict::NoContent => {
                for name in [
                    header::CONTENT_TYPE,
                    header::CONTENT_LENGTH,
                    header::TRANSFER_ENCODING,
                ] {
                    response.headers_mut().remove(name);
                }
                response.set_body(BoxBody::new(()))
            }
            Verdict::Fail => wire_response(Wire::refused(self.status)),
        }
    }
}

/// An empty body (actix-web has no `Responder` for `()`).
impl Responder for NoBody {
    type Body = BoxBody;

    fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
        HttpResponse::new(StatusCode::OK)
    }
}

/// The status, `{"detail":"…"}` as JSON, and the headers; `Err(HttpError)`
/// from a handler is sent this way.
impl ResponseError for HttpError {
    fn status_code(&self) -> StatusCode {
        error_status(self)
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        wire_response(self.wire())
    }
}

/// The same response when a handler returns an `HttpError` itself.
impl Responder for HttpError {
    type Body = BoxBody;

    fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
        self.error_response()
    }
}

/// The status, the `application/problem+json` body, and the headers.
impl ResponseError for ProblemDetails {
    fn status_code(&self) -> StatusCode {
        error_status(self)
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        wire_response(self.wire())
    }
}

/// The same response when a handler returns it itself.
impl Responder for ProblemDetails {
    type Body = BoxBody;

    fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
        self.error_response()
    }
}

/// The status an error's response is sent with (its own, or 500 if the
/// response would break a rule), without building the response.
#[doc(hidden)]
pub fn error_status(error: &dyn HttpStatus) -> StatusCode {
    Wire::error_status(error).into()
}

/// actix-web's own error responses in `{"detail"}`, for
/// `actix_web::middleware::ErrorHandlers::default_handler`: every 4xx or
/// 5xx response whose body is not JSON (a `JsonConfig`, `QueryConfig`,
/// `PathConfig` or `FormConfig` error, the empty 404 of an unknown route,
/// the 405 of a wrong method) keeps its status and headers (`Allow`) and
/// gets the body `{"detail": "…"}` with actix-web's message. A 5xx says
/// only its reason phrase; its message goes to the
/// [error reporter](crate::set_error_reporter). The application's errors in
/// JSON pass unchanged.
///
/// ```ignore
/// // (compiled and run in tests/integration, as the README's example)
/// use actix_web::middleware::{ErrorHandlers, from_fn};
///
/// App::new()
///     .service(create)
///     .wrap(from_fn(statuscode::actix::detail_panics))
///     .wrap(ErrorHandlers::new().default_handler(statuscode::actix::detail_errors))
/// ```
///
/// # Errors
///
/// Never: the `Result` is the shape `ErrorHandlers` takes.
pub fn detail_errors<B>(
    response: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    Ok(reformat(response, Format::Detail))
}

/// actix-web's own error responses as RFC 9457 problem details, as
/// [`detail_errors`].
///
/// # Errors
///
/// Never: the `Result` is the shape `ErrorHandlers` takes.
pub fn problem_errors<B>(
    response: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    Ok(reformat(response, Format::Problem))
}

fn reformat<B>(response: ServiceResponse<B>, format: Format) -> ErrorHandlerResponse<B> {
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(HeaderValue::as_bytes);
    if !catch::is_foreign_error(response.status().as_u16(), content_type) {
        return ErrorHandlerResponse::Response(response.map_into_left_body());
    }
    let message = response.response().error().map(ToString::to_string);
    let headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .filter_map(|(name, value)| Some((name.as_str().into(), value.to_str().ok()?.into())))
        .collect();
    let wire = catch::wire(
        response.status().as_u16(),
        &headers,
        message.as_deref(),
        format,
        false,
    );
    let (request, _) = response.into_parts();
    ErrorHandlerResponse::Response(
        ServiceResponse::new(request, wire_response(wire)).map_into_right_body(),
    )
}

/// A middleware for `actix_web::middleware::from_fn` that answers a
/// panicking handler with a 500 in `{"detail"}` that says "Internal Server
/// Error" (the panic's message goes to the
/// [error reporter](crate::set_error_reporter)), instead of a dropped
/// connection.
///
/// # Errors
///
/// The inner service's errors, unchanged, and the panic as an error whose
/// response is the 500.
pub async fn detail_panics<B: MessageBody>(
    request: ServiceRequest,
    next: Next<B>,
) -> actix_web::Result<ServiceResponse<B>> {
    catch_panics(request, next, Format::Detail).await
}

/// A panicking handler's response as problem details, as
/// [`detail_panics`].
///
/// # Errors
///
/// The inner service's errors, unchanged, and the panic as an error whose
/// response is the 500.
pub async fn problem_panics<B: MessageBody>(
    request: ServiceRequest,
    next: Next<B>,
) -> actix_web::Result<ServiceResponse<B>> {
    catch_panics(request, next, Format::Problem).await
}

async fn catch_panics<B: MessageBody>(
    request: ServiceRequest,
    next: Next<B>,
    format: Format,
) -> actix_web::Result<ServiceResponse<B>> {
    match catch::CatchUnwind::new(next.call(request)).await {
        Ok(result) => result,
        Err(payload) => {
            let response = wire_response(catch::panic_wire(&*payload, format));
            Err(
                actix_web::error::InternalError::from_response("a handler panicked", response)
                    .into(),
            )
        }
    }
}

/// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
/// type sends.
#[doc(hidden)]
pub fn derived_response(
    error: &dyn HttpStatus,
    problem: bool,
    detail: &dyn Display,
) -> HttpResponse<BoxBody> {
    wire_response(Wire::derived(error, problem, detail))
}

/// A [`Wire`] as an actix-web response (http 0.2's header types; the model
/// checked every header as they check them).
fn wire_response(wire: Wire) -> HttpResponse<BoxBody> {
    let mut response = HttpResponse::new(wire.status.into());
    for (name, value, first) in wire.fields() {
        let value = match value {
            // A fixed value is not copied (see `interop::set_headers`).
            std::borrow::Cow::Borrowed(value) if value.bytes().all(super::static_value_byte) => {
                Ok(HeaderValue::from_static(value))
            }
            value => HeaderValue::from_str(value),
        };
        let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), value) else {
            continue;
        };
        if first {
            response.headers_mut().insert(name, value);
        } else {
            response.headers_mut().append(name, value);
        }
    }
    match wire.body {
        Some(body) => response.set_body(body.boxed()),
        None => response,
    }
}

/// actix-web's `ResponseError`: the type's status,
/// `{"detail":"<Display>"}` (or problem details), and the headers it
/// declares.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::actix::ResponseError for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat + ::core::fmt::Debug + ::core::fmt::Display,
        {
            fn status_code(&self) -> $crate::__private::actix::StatusCode {
                $crate::__private::actix::error_status(self)
            }

            fn error_response(&self) -> $crate::__private::actix::HttpResponse {
                $crate::__private::actix::derived_response(
                    self,
                    <Self as $crate::__private::ResponseFormat>::PROBLEM_MEMBERS.is_some(),
                    self,
                )
            }
        }
    };
}
