//! The one response model. Every response the crate makes from an error
//! ([`HttpError`], [`ProblemDetails`], a `#[status(response)]` or
//! `#[status(problem)]` type, through any depth of `transparent`) is built
//! here as a [`Wire`], and every status a `#[status_code]` handler's
//! response is given is judged here ([`verdict`]), so RFC 9110's rules are
//! applied in one place. Each framework file turns a `Wire` into its own
//! response type and applies a `Verdict` to its own response, nothing more.
//!
//! The rules (the statuses' side of them is `Status::required_header` and
//! `Status::allows_content`, in statuscode-core, which the macros use at
//! compile time too):
//!
//! - a final response is never 1xx, and an error response never 2xx;
//! - a response with a status that requires a header (`Location` for a
//!   redirect, `Content-Range` for 206, `WWW-Authenticate` for 401, `Allow`
//!   for 405, `Proxy-Authenticate` for 407, `Upgrade` for 426) carries it;
//! - a 204, 205 or 304 carries no body, `Content-Type` or `Content-Length`;
//! - header values can be sent (no control character), and framing fields
//!   (`Content-Length`, `Transfer-Encoding`, `Connection` …) are the
//!   framework's, never declared.
//!
//! A response that would break one is replaced by a `500 Internal Server
//! Error` in the same body format, with no declared header: a bug in the
//! program becomes a server error, never a response that misleads a client,
//! a proxy or a cache, and never a panic. The error reporter
//! (`crate::set_error_reporter`) is told.
//!
//! A 5xx error's message stays on the server: its body says the reason
//! phrase, and the message goes to the error reporter, unless the type
//! declares `#[status(expose)]` (an `HttpError` or `ProblemDetails` sends
//! the text the program wrote for it).
//!
//! Headers are declared in layers, least specific first: a transparent
//! field's own, then the type's, then the variant's (an `HttpError`'s
//! headers are one layer). A header replaces every header of its name from
//! earlier layers and the default `Content-Type`; within one layer, a field
//! that holds one value (`Content-Type`, `Location`, `Retry-After`, `ETag`
//! …) keeps the last, and a list field (`WWW-Authenticate`, `Vary`,
//! `Set-Cookie` …) keeps each.
//!
//! [`HttpError`]: crate::HttpError
//! [`ProblemDetails`]: crate::ProblemDetails

use core::fmt;
use std::borrow::Cow;
use std::borrow::ToOwned;
use std::string::{String, ToString};
use std::vec::Vec;

use statuscode_core::__private::{FRAMING_HEADERS, ResponseSink};

use crate::error::{detail_body, json_string, valid_header_name, valid_header_value};
use crate::{HttpStatus, Status};

/// The body format of an error response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// FastAPI's `{"detail": "…"}`, `application/json`.
    Detail,
    /// RFC 9457 problem details, `application/problem+json`.
    Problem,
}

impl Format {
    fn content_type(self) -> &'static str {
        match self {
            Format::Detail => "application/json",
            Format::Problem => "application/problem+json",
        }
    }
}

/// A response that obeys the rules: what a framework sends as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Wire {
    /// The status.
    pub(crate) status: Status,
    /// Every header, `Content-Type` included when there is a body, each
    /// name and value valid for http's types; added in order (a name may
    /// repeat). A fixed name or value is borrowed, not copied.
    pub(crate) headers: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    /// The body; `None` for a status that has no content.
    pub(crate) body: Option<String>,
}

/// What the rules say of a response with some status and headers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Send it as it is.
    Send,
    /// Send it without body, `Content-Type` and `Content-Length` (1xx is
    /// never sent: see `Fail`).
    NoContent,
    /// It breaks a rule: send [`Wire::fallback`] instead.
    Fail,
}

/// The verdict on a response with `status` whose headers include a name
/// when `has` says so: an `error` response (an error type's) may not be 1xx
/// or 2xx; no response may be 1xx (a handler's response is final) or lack
/// the header its status requires; a status without content is sent
/// without.
pub(crate) fn verdict(status: Status, error: bool, has: &dyn Fn(&str) -> bool) -> Verdict {
    if status.is_informational() || (error && status.is_success()) {
        return Verdict::Fail;
    }
    if let Some((header, _)) = status.required_header()
        && !has(header)
    {
        return Verdict::Fail;
    }
    if status.allows_content() {
        Verdict::Send
    } else {
        Verdict::NoContent
    }
}

/// Which rule a response with `status` that got `Verdict::Fail` broke, in
/// words: the class it may not have, or the header it lacks.
/// Why an error response is not sent as it is (see `Parts::judge`).
enum Refusal<'a> {
    /// An extension member that does not serialize: its name and why.
    Unserializable(&'a str, &'a str),
    /// A header value that cannot be sent.
    InvalidHeader,
    /// The status breaks a rule with these headers (RFC 9110).
    Rule,
}

impl Refusal<'_> {
    /// Tells the error reporter, with the response's `detail`.
    fn report(&self, status: Status, detail: &dyn fmt::Display) {
        match *self {
            Refusal::Unserializable(name, reason) => {
                let why = std::format!(
                    "the extension member `{name}` cannot be serialized as JSON ({reason})"
                );
                crate::report::unsendable(status, &why, detail);
            }
            Refusal::InvalidHeader => {
                crate::report::broken(status, &"a header value that cannot be sent", detail);
            }
            Refusal::Rule => crate::report::broken(status, &broken_rule(status), detail),
        }
    }
}

fn broken_rule(status: Status) -> impl fmt::Display {
    struct Rule(Status);
    impl fmt::Display for Rule {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.0.required_header() {
                _ if self.0.is_informational() => f.write_str("a final response is never 1xx"),
                _ if self.0.is_success() => f.write_str("an error is never 2xx"),
                Some((header, section)) => {
                    write!(f, "it requires the `{header}` header, {section}")
                }
                None => f.write_str("a rule of RFC 9110"),
            }
        }
    }
    Rule(status)
}

/// Fields that hold one value: a later declaration in the same layer
/// replaces an earlier one instead of being sent beside it.
const SINGLETONS: [&str; 10] = [
    "Content-Type",
    "Content-Location",
    "Content-Range",
    "Location",
    "Retry-After",
    "ETag",
    "Last-Modified",
    "Expires",
    "Age",
    "Date",
];

fn one_of(list: &[&str], name: &str) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Whether `name` is a framing or connection field (never declared).
pub(crate) fn is_framing(name: &str) -> bool {
    one_of(FRAMING_HEADERS, name)
}

/// The problem members and headers an error declares, merged by layer.
#[derive(Default)]
pub(crate) struct Parts {
    /// Where the current layer's headers start in `headers` (those before
    /// are earlier, less specific layers').
    layer_start: usize,
    /// (name, value), in the order they are sent.
    headers: Vec<(Cow<'static, str>, Cow<'static, str>)>,
    type_uri: Option<String>,
    title: Option<String>,
    instance: Option<String>,
    /// Extension members, each with its JSON value.
    members: Vec<(String, serde_json::Value)>,
    /// A header that cannot be sent was declared.
    invalid: bool,
    /// An extension member whose value could not be serialized: its name
    /// and serde's reason.
    unserializable: Option<(String, String)>,
    /// The message may be sent with a 5xx (`#[status(expose)]`, or an
    /// `HttpError`'s own text).
    exposed: bool,
}

impl Parts {
    /// What `error` declares.
    pub(crate) fn of(error: &dyn HttpStatus) -> Parts {
        let mut parts = Parts::default();
        error.__response_parts(&mut parts);
        parts
    }

    /// Whether an error response of `status` with these parts is sent
    /// with content (`Ok(true)`), without (`Ok(false)`: 204, 205, 304), or
    /// not at all: the one judgement [`Wire::error`] sends by and
    /// [`Wire::error_status`] reports.
    fn judge(&self, status: Status) -> Result<bool, Refusal<'_>> {
        if let Some((name, reason)) = &self.unserializable {
            return Err(Refusal::Unserializable(name, reason));
        }
        if self.invalid {
            return Err(Refusal::InvalidHeader);
        }
        match verdict(status, true, &|name| self.has(name)) {
            Verdict::Fail => Err(Refusal::Rule),
            Verdict::Send => Ok(true),
            Verdict::NoContent => Ok(false),
        }
    }

    fn has(&self, name: &str) -> bool {
        self.headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
    }

    /// The `title` member: the reason phrase with `about:blank` (RFC 9457
    /// §4.2.1), else the title declared or the reason phrase.
    fn title(&self, status: Status) -> &str {
        match (&self.type_uri, &self.title) {
            (Some(uri), Some(title)) if uri != "about:blank" => title,
            _ => status.reason(),
        }
    }

    /// The `application/problem+json` body for `status` and `detail`: the
    /// RFC 9457 members in its order, then the extensions, each with its
    /// JSON value as serde_json writes it (numbers stay numbers). Written
    /// into one `String` (see `detail_body` for why not through serde_json's
    /// serializer); a `Display` that fails keeps what it wrote.
    pub(crate) fn problem_body(&self, status: Status, detail: &dyn fmt::Display) -> String {
        use fmt::Write as _;
        let mut out = String::with_capacity(160);
        out.push_str("{\"type\":");
        json_string(&mut out, &self.type_uri.as_deref().unwrap_or("about:blank"));
        out.push_str(",\"title\":");
        json_string(&mut out, &self.title(status));
        // Writing to a `String` cannot fail.
        let _ = write!(out, ",\"status\":{},\"detail\":", status.as_u16());
        json_string(&mut out, detail);
        if let Some(instance) = &self.instance {
            out.push_str(",\"instance\":");
            json_string(&mut out, instance);
        }
        for (name, value) in &self.members {
            out.push(',');
            json_string(&mut out, name);
            // `Value`'s `Display` is its compact JSON.
            let _ = write!(out, ":{value}");
        }
        out.push('}');
        out
    }
}

/// `value`'s `Display` as a `String`. A `Display` that fails (which
/// `to_string` would panic on) leaves what it wrote before.
pub(crate) fn display(value: &dyn fmt::Display) -> String {
    use fmt::Write as _;
    let mut out = String::new();
    let _ = write!(out, "{value}");
    out
}

/// What [`member`] hands the sink: an extension member's JSON value, or
/// why its serialization failed.
pub(crate) type MemberValue = Result<serde_json::Value, serde_json::Error>;

impl Parts {
    /// A declared header, checked, then merged by layer.
    fn push_header(&mut self, name: Cow<'static, str>, value: Cow<'static, str>) {
        if !valid_header_name(&name) || !valid_header_value(&value) {
            self.invalid = true;
            return;
        }
        // Refused where declared (the derive, `with_header`): a second line.
        if is_framing(&name) {
            return;
        }
        // The name replaces its earlier layers' headers, and a single-value
        // field its own layer's too.
        let singleton = one_of(&SINGLETONS, &name);
        let mut at = 0;
        while at < self.headers.len() {
            if self.headers[at].0.eq_ignore_ascii_case(&name)
                && (at < self.layer_start || singleton)
            {
                self.headers.remove(at);
                if at < self.layer_start {
                    self.layer_start -= 1;
                }
            } else {
                at += 1;
            }
        }
        self.headers.push((name, value));
    }
}

impl ResponseSink for Parts {
    fn layer(&mut self) {
        self.layer_start = self.headers.len();
    }

    fn header(&mut self, name: &str, value: &dyn fmt::Display) {
        self.push_header(Cow::Owned(name.to_owned()), Cow::Owned(display(value)));
    }

    fn header_static(&mut self, name: &'static str, value: &'static str) {
        self.push_header(Cow::Borrowed(name), Cow::Borrowed(value));
    }

    fn problem(&mut self, type_uri: Option<&str>, title: Option<&str>) {
        if let Some(uri) = type_uri {
            self.type_uri = Some(uri.to_owned());
        }
        if let Some(title) = title {
            self.title = Some(title.to_owned());
        }
    }

    fn instance(&mut self, uri: &dyn fmt::Display) {
        self.instance = Some(display(uri));
    }

    fn member(&mut self, name: &str, value: &dyn core::any::Any) {
        // A derived type's field, through `member`; a `ProblemDetails`'s
        // own members are JSON already.
        let value = if let Some(value) = value.downcast_ref::<serde_json::Value>() {
            value.clone()
        } else {
            match value.downcast_ref::<MemberValue>() {
                Some(Ok(value)) => value.clone(),
                Some(Err(error)) => {
                    self.unserializable = Some((name.to_owned(), error.to_string()));
                    return;
                }
                // Nothing else calls the sink: a bug, refused as one.
                None => {
                    self.unserializable = Some((name.to_owned(), "not a JSON value".to_owned()));
                    return;
                }
            }
        };
        self.members.retain(|(n, _)| n != name);
        self.members.push((name.to_owned(), value));
    }

    fn expose(&mut self) {
        self.exposed = true;
    }
}

impl Wire {
    /// The headers in order, each with whether it is the first of its name:
    /// a framework sets (replaces) the first and adds the others.
    pub(crate) fn fields(
        &self,
    ) -> impl Iterator<Item = (&Cow<'static, str>, &Cow<'static, str>, bool)> {
        self.headers.iter().enumerate().map(|(i, (name, value))| {
            let first = !self.headers[..i]
                .iter()
                .any(|(earlier, _)| earlier.eq_ignore_ascii_case(name));
            (name, value, first)
        })
    }

    /// The response for `error` in `format`, with `detail` as its message:
    /// its status, its declared headers and problem members (a transparent
    /// field's included), held to the rules.
    pub(crate) fn error(error: &dyn HttpStatus, format: Format, detail: &dyn fmt::Display) -> Wire {
        let status = error.status();
        // The default `Content-Type` first, as a layer of its own: a
        // declared one replaces it.
        let mut parts = Parts::default();
        parts.headers.reserve(4);
        parts.header_static("content-type", format.content_type());
        error.__response_parts(&mut parts);
        let content = match parts.judge(status) {
            Ok(content) => content,
            Err(refusal) => {
                refusal.report(status, detail);
                return Wire::fallback(format);
            }
        };
        // A 5xx's message is internal unless the type exposes it: the
        // reason phrase is sent, the message is reported.
        let reason = status.reason();
        let detail: &dyn fmt::Display = if status.is_server_error() && !parts.exposed {
            crate::report::redacted(status, detail);
            &reason
        } else {
            detail
        };
        let body = content.then(|| match format {
            Format::Detail => detail_body(detail),
            Format::Problem => parts.problem_body(status, detail),
        });
        // RFC 9110 §7.8: a sender of `Upgrade` sends the `upgrade`
        // connection option too (the one `Connection` the model writes).
        let upgrade = parts.has("Upgrade");
        let mut headers = parts.headers;
        if !content {
            headers.retain(|(name, _)| !is_content_header(name));
        }
        if upgrade {
            headers.push((Cow::Borrowed("connection"), Cow::Borrowed("upgrade")));
        }
        Wire {
            status,
            headers,
            body,
        }
    }

    /// The status [`Wire::error`] sends for `error` (its own, or 500 if the
    /// response would break a rule), without building it or telling the
    /// error reporter: for a framework that asks an error for its status
    /// apart from its response (poem's and actix-web's `ResponseError`).
    #[cfg(any(feature = "actix-web", feature = "poem"))]
    pub(crate) fn error_status(error: &dyn HttpStatus) -> Status {
        let status = error.status();
        match Parts::of(error).judge(status) {
            Ok(_) => status,
            Err(_) => Status::INTERNAL_SERVER_ERROR,
        }
    }

    /// The 500 sent in place of a handler's response that `WithStatus` gave
    /// `status` and that breaks a rule with it (reported).
    pub(crate) fn refused(status: Status) -> Wire {
        let message = "the handler's response, which lacks it";
        crate::report::broken(status, &broken_rule(status), &message);
        Wire::fallback(Format::Detail)
    }

    /// What a `#[status(response)]` (`problem` false) or `#[status(problem)]`
    /// type sends: [`Wire::error`] with its `Display` as the message.
    pub(crate) fn derived(
        error: &dyn HttpStatus,
        problem: bool,
        detail: &dyn fmt::Display,
    ) -> Wire {
        let format = if problem {
            Format::Problem
        } else {
            Format::Detail
        };
        Wire::error(error, format, detail)
    }

    /// `500 Internal Server Error` in `format`, with no other header: what
    /// is sent in place of a response that breaks a rule.
    pub(crate) fn fallback(format: Format) -> Wire {
        let status = Status::INTERNAL_SERVER_ERROR;
        let body = match format {
            Format::Detail => detail_body(&status.reason()),
            Format::Problem => Parts::default().problem_body(status, &status.reason()),
        };
        Wire {
            status,
            headers: std::vec![(
                Cow::Borrowed("content-type"),
                Cow::Borrowed(format.content_type())
            )],
            body: Some(body),
        }
    }
}

/// The fields that describe content, which a response without content does
/// not send.
pub(crate) fn is_content_header(name: &str) -> bool {
    one_of(&["Content-Type", "Content-Length"], name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::HttpError;

    fn wire(error: &HttpError) -> Wire {
        Wire::error(error, Format::Detail, &error.detail())
    }

    #[test]
    fn an_error_with_a_success_status_is_a_500() {
        for code in [100, 101, 200, 201, 204, 206] {
            let error = HttpError::new(Status::from_wire(code).unwrap(), "boom");
            assert_eq!(wire(&error), Wire::fallback(Format::Detail), "{code}");
        }
    }

    #[test]
    fn a_required_header_is_required() {
        let bare = HttpError::new(Status::UNAUTHORIZED, "x");
        assert_eq!(wire(&bare).status, Status::INTERNAL_SERVER_ERROR);
        let ok = HttpError::unauthorized("Bearer", "x");
        assert_eq!(wire(&ok).status, Status::UNAUTHORIZED);
        let moved = HttpError::new(Status::SEE_OTHER, "x");
        assert_eq!(wire(&moved).status, Status::INTERNAL_SERVER_ERROR);
        let moved = moved.with_header("Location", "/there").unwrap();
        assert_eq!(wire(&moved).status, Status::SEE_OTHER);
    }

    #[test]
    fn not_modified_has_no_content_and_keeps_its_validators() {
        let error = HttpError::new(Status::NOT_MODIFIED, "same")
            .with_header("ETag", "\"v1\"")
            .unwrap()
            .with_header("Content-Type", "text/plain")
            .unwrap();
        let wire = wire(&error);
        assert_eq!(wire.status, Status::NOT_MODIFIED);
        assert_eq!(wire.body, None);
        assert_eq!(wire.headers, [("ETag".into(), "\"v1\"".into())]);
    }

    #[test]
    fn headers_merge_by_layer_and_singletons_keep_the_last() {
        let mut parts = Parts::default();
        parts.header("Cache-Control", &"no-store");
        parts.header("Vary", &"Accept");
        parts.layer();
        parts.header("Cache-Control", &"private");
        parts.header("WWW-Authenticate", &"Bearer");
        parts.header("WWW-Authenticate", &"Basic");
        parts.header("Content-Type", &"text/plain");
        parts.header("Content-Type", &"text/html");
        parts.header("Content-Length", &"999");
        let headers: Vec<_> = parts.headers.iter().map(|(n, v)| (&**n, &**v)).collect();
        assert_eq!(
            headers,
            [
                ("Vary", "Accept"),
                ("Cache-Control", "private"),
                ("WWW-Authenticate", "Bearer"),
                ("WWW-Authenticate", "Basic"),
                ("Content-Type", "text/html"),
            ]
        );
    }

    #[test]
    fn every_status_and_format_obeys_the_rules() {
        for code in 100..=599 {
            let status = Status::from_wire(code).unwrap();
            for format in [Format::Detail, Format::Problem] {
                let wire = Wire::error(&HttpError::new(status, "x"), format, &"x");
                let has = |name: &str| {
                    wire.headers
                        .iter()
                        .any(|(n, _)| n.eq_ignore_ascii_case(name))
                };
                assert!(
                    !wire.status.is_informational() && !wire.status.is_success(),
                    "{code}"
                );
                if let Some((header, _)) = wire.status.required_header() {
                    assert!(has(header), "{code}");
                }
                assert_eq!(wire.body.is_some(), wire.status.allows_content(), "{code}");
                assert_eq!(has("Content-Type"), wire.status.allows_content(), "{code}");
            }
        }
    }
}
