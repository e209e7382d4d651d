//! The frameworks' own errors in the application's format: what each
//! framework's helpers (`statuscode::axum::detail_errors`,
//! `statuscode::actix::detail_errors` …) share. A framework answers a
//! malformed body, a bad query, an unknown route, a wrong method or a panic
//! in its own words (`text/plain`, HTML, an empty body); the helpers give
//! those answers the body of the application's errors (`{"detail"}` or
//! problem+json), through the one response model, so they keep their
//! status and headers (`Allow` on a 405) and a 5xx keeps its text on the
//! server.

use core::fmt;
use std::string::String;

use statuscode_core::__private::ResponseSink;

use crate::response::{Format, Wire};
use crate::{HttpStatus, Status, StatusSet};

/// Whether a response with `status` and `content_type` is an error the
/// application did not write in its format: a 4xx or 5xx whose body is not
/// JSON (the framework's text, HTML, or nothing). An error in JSON
/// (`application/json`, `application/problem+json`, any `+json`) is the
/// application's, and is left as it is.
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "salvo"
))]
pub(crate) fn is_foreign_error(status: u16, content_type: Option<&[u8]>) -> bool {
    status >= 400 && !content_type.is_some_and(is_json)
}

#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "salvo"
))]
fn is_json(content_type: &[u8]) -> bool {
    let essence = content_type
        .split(|&b| b == b';')
        .next()
        .unwrap_or_default()
        .trim_ascii();
    essence.eq_ignore_ascii_case(b"application/json")
        || essence
            .len()
            .checked_sub(5)
            .is_some_and(|start| essence[start..].eq_ignore_ascii_case(b"+json"))
}

/// A framework's error: its status and the headers it sent, which the
/// response keeps (`Allow`, `WWW-Authenticate`, `Retry-After` …), except
/// those that describe the body it replaces. Its message is internal with a
/// 5xx (never exposed).
struct Foreign<'a> {
    status: Status,
    headers: &'a [(String, String)],
}

impl HttpStatus for Foreign<'_> {
    fn status(&self) -> Status {
        self.status
    }

    fn statuses() -> StatusSet {
        StatusSet::ALL
    }

    fn __response_parts(&self, sink: &mut dyn ResponseSink) {
        sink.layer();
        for (name, value) in self.headers {
            if !crate::response::is_content_header(name) {
                sink.header(name, value);
            }
        }
    }
}

/// The longest framework message sent as `detail`; a longer one (a page
/// of HTML, a dump) is replaced by the reason phrase.
pub(crate) const MAX_MESSAGE: usize = 1024;

/// The response in `format` for a framework's error with `status` (a
/// number from the framework, 400..=599 expected), the `headers` it sent
/// and its `message` (its body or error text, if any). A 4xx says the
/// message, a 5xx its reason phrase (the message is reported).
///
/// A 405 must say which methods the resource has (`Allow`, RFC 9110
/// §15.5.6). Where the framework adds `Allow` to its 405 after this runs
/// (`allow_follows`: axum's method router, salvo's service), the 405 is
/// kept without it; otherwise a 405 without `Allow` (the framework cannot
/// say) is sent as 404 Not Found.
pub(crate) fn wire(
    status: u16,
    headers: &[(String, String)],
    message: Option<&str>,
    format: Format,
    allow_follows: bool,
) -> Wire {
    let mut status = Status::from_wire(status).unwrap_or(Status::INTERNAL_SERVER_ERROR);
    let mut message = message;
    let no_allow = status == Status::METHOD_NOT_ALLOWED
        && !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("Allow"));
    if no_allow && allow_follows {
        // The model sends no 405 without `Allow`: it is shown one, which is
        // taken out again for the framework's own.
        let mut headers = headers.to_vec();
        headers.push(("Allow".into(), "GET".into()));
        let mut wire = self::wire(status.as_u16(), &headers, message, format, false);
        wire.headers
            .retain(|(name, _)| !name.eq_ignore_ascii_case("Allow"));
        return wire;
    }
    if no_allow {
        status = Status::NOT_FOUND;
        message = None;
    }
    let message = message
        .map(str::trim)
        .filter(|m| !m.is_empty() && m.len() <= MAX_MESSAGE && !m.starts_with('<'));
    let reason = status.reason();
    let detail: &dyn fmt::Display = match &message {
        Some(message) => message,
        None => &reason,
    };
    Wire::error(&Foreign { status, headers }, format, detail)
}

/// The response in `format` for a handler that panicked: a 500 whose body
/// says only "Internal Server Error"; the panic's message is reported.
#[cfg(any(feature = "axum", feature = "actix-web", feature = "poem"))]
pub(crate) fn panic_wire(payload: &(dyn core::any::Any + Send), format: Format) -> Wire {
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("a panic with a payload that is not a string");
    let foreign = Foreign {
        status: Status::INTERNAL_SERVER_ERROR,
        headers: &[],
    };
    Wire::error(
        &foreign,
        format,
        &format_args!("a handler panicked: {message}"),
    )
}

/// A future that catches a panic of the future it polls (a handler's), for
/// a framework that does not: `Err` with the panic's payload, after which
/// the inner future is not polled again.
#[cfg(feature = "actix-web")]
pub(crate) struct CatchUnwind<F>(core::pin::Pin<std::boxed::Box<F>>);

#[cfg(feature = "actix-web")]
impl<F: core::future::Future> CatchUnwind<F> {
    pub(crate) fn new(future: F) -> Self {
        CatchUnwind(std::boxed::Box::pin(future))
    }
}

#[cfg(feature = "actix-web")]
impl<F: core::future::Future> core::future::Future for CatchUnwind<F> {
    type Output = Result<F::Output, std::boxed::Box<dyn core::any::Any + Send>>;

    fn poll(
        mut self: core::pin::Pin<&mut Self>,
        cx: &mut core::task::Context<'_>,
    ) -> core::task::Poll<Self::Output> {
        use core::task::Poll;
        let inner = self.0.as_mut();
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Err(payload) => Poll::Ready(Err(payload)),
        }
    }
}

/// The headers of an http 1.x map as pairs of strings (a value that is not
/// text is left out).
#[cfg(any(feature = "axum", feature = "poem", feature = "salvo"))]
pub(crate) fn http_headers(map: &::http::HeaderMap) -> std::vec::Vec<(String, String)> {
    map.iter()
        .filter_map(|(name, value)| Some((name.as_str().into(), value.to_str().ok()?.into())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::ToOwned;

    #[test]
    #[cfg(any(
        feature = "axum",
        feature = "actix-web",
        feature = "poem",
        feature = "salvo"
    ))]
    fn json_errors_are_the_applications() {
        assert!(!is_foreign_error(404, Some(b"application/json")));
        assert!(!is_foreign_error(
            422,
            Some(b"application/problem+json; charset=utf-8")
        ));
        assert!(!is_foreign_error(400, Some(b"Application/JSON")));
        assert!(is_foreign_error(400, Some(b"text/plain; charset=utf-8")));
        assert!(is_foreign_error(404, None));
        assert!(is_foreign_error(500, Some(b"text/html")));
        assert!(!is_foreign_error(304, None));
        assert!(!is_foreign_error(200, Some(b"text/plain")));
    }

    #[test]
    fn a_framework_error_keeps_status_and_headers_and_hides_a_5xx_message() {
        let allow = [("allow".to_owned(), "GET,HEAD".to_owned())];
        let wire = wire(405, &allow, None, Format::Detail, false);
        assert_eq!(wire.status, Status::METHOD_NOT_ALLOWED);
        assert!(
            wire.headers
                .iter()
                .any(|(n, v)| n == "allow" && v == "GET,HEAD")
        );
        assert_eq!(
            wire.body.as_deref(),
            Some(r#"{"detail":"Method Not Allowed"}"#)
        );

        let plain = [("content-type".to_owned(), "text/plain".to_owned())];
        let wire = super::wire(415, &plain, Some("Expected JSON"), Format::Detail, false);
        assert_eq!(wire.status, Status::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(
            wire.headers,
            [("content-type".into(), "application/json".into())]
        );
        assert_eq!(wire.body.as_deref(), Some(r#"{"detail":"Expected JSON"}"#));

        let wire = super::wire(500, &[], Some("db password wrong"), Format::Detail, false);
        assert_eq!(
            wire.body.as_deref(),
            Some(r#"{"detail":"Internal Server Error"}"#)
        );
    }

    #[test]
    fn a_405_without_allow_is_a_404_unless_the_framework_adds_it() {
        let wire = super::wire(405, &[], Some("method not allowed"), Format::Problem, false);
        assert_eq!(wire.status, Status::NOT_FOUND);
        let wire = super::wire(405, &[], None, Format::Problem, true);
        assert_eq!(wire.status, Status::METHOD_NOT_ALLOWED);
        assert!(
            !wire
                .headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case("allow"))
        );
    }

    #[test]
    #[cfg(any(feature = "axum", feature = "actix-web", feature = "poem"))]
    fn a_panic_is_a_redacted_500() {
        let payload: std::boxed::Box<dyn core::any::Any + Send> = std::boxed::Box::new("secret");
        let wire = panic_wire(&*payload, Format::Detail);
        assert_eq!(wire.status, Status::INTERNAL_SERVER_ERROR);
        assert!(!wire.body.unwrap().contains("secret"));
    }
}
