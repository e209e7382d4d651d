//! [`ProblemDetails`]: RFC 9457 problem details, the run-time counterpart
//! of [`HttpError`] for `application/problem+json`.

use std::borrow::Cow;
use std::fmt;
use std::string::String;
use std::vec::Vec;

use crate::error::json_string;
use crate::{HttpError, InvalidHeader, Status};

/// An error sent as RFC 9457 problem details: `content-type:
/// application/problem+json` and a JSON object with
///
/// - `type`: a URI naming the problem, `about:blank` unless set (§3.1.1);
/// - `title`: with `about:blank`, the status's reason phrase (§4.2.1);
///   otherwise the title set, or the reason phrase if none was;
/// - `status`: the status the response is sent with (§3.1.2);
/// - `detail`: the explanation of this occurrence (§3.1.4);
/// - `instance`: a URI for this occurrence, when set (§3.1.5);
/// - extension members added with [`ProblemDetails::with_extension`].
///
/// Headers are added as on [`HttpError`], and the statuses RFC 9110 sends
/// with a header (401, 405, 407, 426) take it the same way.
///
/// ```
/// use statuscode::{status, ProblemDetails};
///
/// let problem = ProblemDetails::new(status!(FORBIDDEN), "Your balance is 30, the item costs 50.")
///     .with_type("https://example.com/probs/out-of-credit")
///     .with_title("You do not have enough credit.")
///     .with_instance("/account/12345/msgs/abc")
///     .with_extension("balance", 30)?;
/// assert_eq!(
///     problem.json_body(),
///     concat!(
///         r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","#,
///         r#""status":403,"detail":"Your balance is 30, the item costs 50.","#,
///         r#""instance":"/account/12345/msgs/abc","balance":"30"}"#,
///     )
/// );
///
/// // With `about:blank`, the title is the reason phrase.
/// let blank = ProblemDetails::new(status!(404), "No item 7");
/// assert_eq!(
///     blank.json_body(),
///     r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"No item 7"}"#
/// );
/// # Ok::<(), statuscode::InvalidMember>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemDetails {
    error: HttpError,
    type_uri: Option<Cow<'static, str>>,
    title: Option<Cow<'static, str>>,
    instance: Option<Cow<'static, str>>,
    extensions: Vec<(String, String)>,
}

/// The members RFC 9457 defines, which an extension cannot take.
const MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

impl ProblemDetails {
    /// A problem with this status and `detail`, of type `about:blank`.
    ///
    /// ```
    /// use statuscode::{status, ProblemDetails};
    /// assert_eq!(ProblemDetails::new(status!(409), "Taken").detail(), "Taken");
    /// ```
    pub fn new(status: Status, detail: impl Into<Cow<'static, str>>) -> Self {
        ProblemDetails::from(HttpError::new(status, detail))
    }

    /// Sets the `type` URI (§3.1.1).
    ///
    /// ```
    /// use statuscode::{status, ProblemDetails};
    /// let p = ProblemDetails::new(status!(403), "No").with_type("https://example.com/probs/no");
    /// assert_eq!(p.type_uri(), "https://example.com/probs/no");
    /// ```
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.type_uri = Some(uri.into());
        self
    }

    /// Sets the `title` (§3.1.3); with the type `about:blank` the reason
    /// phrase is sent instead (§4.2.1).
    ///
    /// ```
    /// use statuscode::{status, ProblemDetails};
    /// let p = ProblemDetails::new(status!(403), "No").with_title("Out of credit");
    /// assert_eq!(p.title(), "Forbidden");
    /// assert_eq!(p.with_type("https://example.com/probs/credit").title(), "Out of credit");
    /// ```
    #[must_use]
    pub fn with_title(mut self, title: impl Into<Cow<'static, str>>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Sets the `instance` URI (§3.1.5).
    ///
    /// ```
    /// use statuscode::{status, ProblemDetails};
    /// let p = ProblemDetails::new(status!(404), "Gone").with_instance("/items/7");
    /// assert!(p.json_body().ends_with(r#""instance":"/items/7"}"#));
    /// ```
    #[must_use]
    pub fn with_instance(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.instance = Some(uri.into());
        self
    }

    /// Adds an extension member whose value is `value`'s `Display`, as a
    /// JSON string.
    ///
    /// # Errors
    ///
    /// [`InvalidMember`] when `name` does not follow RFC 9457 §3.2 (an ASCII
    /// letter, then at least two ASCII letters, digits or underscores) or is
    /// one of the members the RFC defines.
    ///
    /// ```
    /// use statuscode::{status, ProblemDetails};
    /// let p = ProblemDetails::new(status!(429), "Slow down").with_extension("retry_in", 30)?;
    /// assert!(p.json_body().ends_with(r#""retry_in":"30"}"#));
    /// assert!(ProblemDetails::new(status!(429), "x").with_extension("9x", 1).is_err());
    /// assert!(ProblemDetails::new(status!(429), "x").with_extension("status", 1).is_err());
    /// # Ok::<(), statuscode::InvalidMember>(())
    /// ```
    pub fn with_extension(
        mut self,
        name: impl Into<String>,
        value: impl fmt::Display,
    ) -> Result<Self, InvalidMember> {
        let name = name.into();
        let valid = name.len() >= 3
            && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            && !MEMBERS.contains(&name.as_str())
            && !self.extensions.iter().any(|(n, _)| *n == name);
        if !valid {
            return Err(InvalidMember(name));
        }
        self.extensions.push((name, json_string(&value)));
        Ok(self)
    }

    /// Adds an extension member checked by the derive: `false` (and
    /// nothing added) if the name is not allowed.
    #[cfg(any(
        feature = "axum",
        feature = "actix-web",
        feature = "poem",
        feature = "rocket",
        feature = "salvo",
        feature = "warp"
    ))]
    pub(crate) fn push_extension(&mut self, name: &str, value: &dyn fmt::Display) -> bool {
        match self.clone().with_extension(name, value) {
            Ok(next) => {
                *self = next;
                true
            }
            Err(_) => false,
        }
    }

    /// Adds a response header, as [`HttpError::with_header`].
    ///
    /// # Errors
    ///
    /// [`InvalidHeader`], as [`HttpError::with_header`].
    ///
    /// ```
    /// use statuscode::{status, ProblemDetails};
    /// let p = ProblemDetails::new(status!(401), "Log in").with_header("WWW-Authenticate", "Bearer")?;
    /// assert_eq!(p.headers().count(), 1);
    /// # Ok::<(), statuscode::InvalidHeader>(())
    /// ```
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Result<Self, InvalidHeader> {
        self.error = self.error.with_header(name, value)?;
        Ok(self)
    }

    /// The status sent, and the `status` member.
    ///
    /// ```
    /// # use statuscode::{status, ProblemDetails};
    /// assert_eq!(ProblemDetails::new(status!(409), "x").status(), status!(409));
    /// ```
    pub fn status(&self) -> Status {
        self.error.status()
    }

    /// The `detail` member.
    ///
    /// ```
    /// # use statuscode::{status, ProblemDetails};
    /// assert_eq!(ProblemDetails::new(status!(409), "Taken").detail(), "Taken");
    /// ```
    pub fn detail(&self) -> &str {
        self.error.detail()
    }

    /// The `type` member: `about:blank` unless set.
    ///
    /// ```
    /// # use statuscode::{status, ProblemDetails};
    /// assert_eq!(ProblemDetails::new(status!(409), "x").type_uri(), "about:blank");
    /// ```
    pub fn type_uri(&self) -> &str {
        self.type_uri.as_deref().unwrap_or("about:blank")
    }

    /// The `title` member: the reason phrase with `about:blank` (§4.2.1),
    /// else the title set or, without one, the reason phrase.
    ///
    /// ```
    /// # use statuscode::{status, ProblemDetails};
    /// assert_eq!(ProblemDetails::new(status!(409), "x").title(), "Conflict");
    /// ```
    pub fn title(&self) -> &str {
        match (&self.title, self.type_uri()) {
            (Some(title), t) if t != "about:blank" => title,
            _ => self.status().reason(),
        }
    }

    /// The headers, in order.
    ///
    /// ```
    /// # use statuscode::{status, ProblemDetails};
    /// assert_eq!(ProblemDetails::new(status!(409), "x").headers().count(), 0);
    /// ```
    pub fn headers(&self) -> impl ExactSizeIterator<Item = (&str, &str)> {
        self.error.headers()
    }

    /// The `application/problem+json` body.
    ///
    /// ```
    /// # use statuscode::{status, ProblemDetails};
    /// assert_eq!(
    ///     ProblemDetails::new(status!(410), "Gone \"for good\"").json_body(),
    ///     r#"{"type":"about:blank","title":"Gone","status":410,"detail":"Gone \"for good\""}"#
    /// );
    /// ```
    pub fn json_body(&self) -> String {
        let mut out = String::from("{\"type\":");
        out.push_str(&json_string(&self.type_uri()));
        out.push_str(",\"title\":");
        out.push_str(&json_string(&self.title()));
        out.push_str(",\"status\":");
        {
            use fmt::Write as _;
            // Writing to a `String` cannot fail.
            let _ = write!(out, "{}", self.status().as_u16());
        }
        out.push_str(",\"detail\":");
        out.push_str(&json_string(&self.detail()));
        if let Some(instance) = &self.instance {
            out.push_str(",\"instance\":");
            out.push_str(&json_string(instance));
        }
        for (name, value) in &self.extensions {
            out.push(',');
            out.push_str(&json_string(name));
            out.push(':');
            out.push_str(value);
        }
        out.push('}');
        out
    }
}

/// The problem with the error's status, detail and headers, of type
/// `about:blank`.
impl From<HttpError> for ProblemDetails {
    fn from(error: HttpError) -> Self {
        ProblemDetails {
            error,
            type_uri: None,
            title: None,
            instance: None,
            extensions: Vec::new(),
        }
    }
}

/// `403 Forbidden: Your balance is 30`.
impl fmt::Display for ProblemDetails {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl std::error::Error for ProblemDetails {}

/// An extension member name RFC 9457 §3.2 does not allow, or one of its own
/// members' names.
///
/// ```
/// use statuscode::{status, ProblemDetails};
/// let err = ProblemDetails::new(status!(400), "x").with_extension("a-b", 1).unwrap_err();
/// assert_eq!(err.to_string(), "`a-b` cannot name an extension member: start with an ASCII letter, then at least two ASCII letters, digits or `_`, and avoid type, title, status, detail, instance and names already added");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidMember(pub String);

impl fmt::Display for InvalidMember {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` cannot name an extension member: start with an ASCII letter, then at least two ASCII letters, digits or `_`, and avoid type, title, status, detail, instance and names already added",
            self.0
        )
    }
}

impl std::error::Error for InvalidMember {}

#[cfg(feature = "axum")]
mod axum {
    use axum_core::response::{IntoResponse, Response};

    use super::ProblemDetails;

    /// The status, the `application/problem+json` body, and the headers.
    impl IntoResponse for ProblemDetails {
        fn into_response(self) -> Response {
            crate::interop::axum::wire_response(super::Wire::problem(&self))
        }
    }
}

#[cfg(feature = "actix-web")]
mod actix {
    use actix_web::body::BoxBody;
    use actix_web::http::StatusCode;
    use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

    use super::ProblemDetails;

    /// The status, the `application/problem+json` body, and the headers.
    impl ResponseError for ProblemDetails {
        fn status_code(&self) -> StatusCode {
            self.status().into()
        }

        fn error_response(&self) -> HttpResponse<BoxBody> {
            crate::interop::actix::wire_response(super::Wire::problem(self))
        }
    }

    /// The same response when a handler returns it itself.
    impl Responder for ProblemDetails {
        type Body = BoxBody;

        fn respond_to(self, _req: &HttpRequest) -> HttpResponse<BoxBody> {
            self.error_response()
        }
    }
}

/// The problem a `#[status(problem)]` type is sent as: its status, its
/// `Display` as `detail`, and what it declares.
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "rocket",
    feature = "salvo",
    feature = "warp"
))]
pub(crate) fn derived_problem(
    status: Status,
    detail: &dyn fmt::Display,
    parts: &dyn crate::rules::ResponseParts,
    (type_uri, title): (Option<&'static str>, Option<&'static str>),
) -> ProblemDetails {
    use std::string::ToString;
    let mut problem = ProblemDetails::new(status, detail.to_string());
    if let Some(uri) = type_uri {
        problem = problem.with_type(uri);
    }
    if let Some(title) = title {
        problem = problem.with_title(title);
    }
    parts.problem_members(&mut |name, value| {
        problem.push_extension(name, value);
    });
    problem
}

/// A response before a framework makes it its own: what poem, Rocket, salvo
/// and warp send for a [`ProblemDetails`] and for a `#[status(response)]` or
/// `#[status(problem)]` type, built once here so that the four send the same
/// bytes as axum's and actix-web's impls.
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "rocket",
    feature = "salvo",
    feature = "warp"
))]
pub(crate) struct Wire {
    /// The status sent.
    pub(crate) status: Status,
    /// `application/json` (`{"detail"}`) or `application/problem+json`.
    pub(crate) content_type: &'static str,
    /// The body.
    pub(crate) body: String,
    /// The headers after `content-type`, each checked as http's types check
    /// them, with whether it replaces one of its name (the first of each
    /// name of a [`ProblemDetails`], as for an `HttpError`) or is added
    /// beside it (a derived type's).
    pub(crate) headers: Vec<(String, String, bool)>,
}

#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "rocket",
    feature = "salvo",
    feature = "warp"
))]
impl Wire {
    /// `status` with `{"detail":"<detail>"}` and no header.
    pub(crate) fn detail(status: Status, detail: &dyn fmt::Display) -> Self {
        Wire {
            status,
            content_type: "application/json",
            body: crate::error::detail_body(detail),
            headers: Vec::new(),
        }
    }

    /// A problem's status, `application/problem+json` body and headers.
    pub(crate) fn problem(problem: &ProblemDetails) -> Self {
        use std::borrow::ToOwned;
        Wire {
            status: problem.status(),
            content_type: "application/problem+json",
            body: problem.json_body(),
            headers: problem
                .error
                .headers_to_send()
                .map(|(name, value, first)| (name.to_owned(), value.to_owned(), first))
                .collect(),
        }
    }

    /// What a `#[status(response)]` or `#[status(problem)]` type sends: its
    /// status, `{"detail"}` or problem details, and the headers it declares.
    /// A header value that cannot be sent (a field whose `Display` writes a
    /// control character) makes it a 500 Internal Server Error with none of
    /// them. Every framework's glue sends what this returns.
    pub(crate) fn derived(
        status: Status,
        detail: &dyn fmt::Display,
        parts: &dyn crate::rules::ResponseParts,
    ) -> Self {
        use std::borrow::ToOwned;
        use std::string::ToString;
        let mut wire = match parts.problem() {
            None => Wire::detail(status, detail),
            Some(problem) => Wire::problem(&derived_problem(status, detail, parts, problem)),
        };
        let mut valid = true;
        parts.response_headers(&mut |name, value| {
            let value = value.to_string();
            if crate::error::valid_header_name(name) && crate::error::valid_header_value(&value) {
                wire.headers.push((name.to_owned(), value, false));
            } else {
                valid = false;
            }
        });
        if valid {
            wire
        } else {
            Wire::detail(
                Status::INTERNAL_SERVER_ERROR,
                &Status::INTERNAL_SERVER_ERROR.reason(),
            )
        }
    }
}
