//! [`ProblemDetails`]: RFC 9457 problem details, the run-time counterpart
//! of [`HttpError`] for `application/problem+json`.

use std::borrow::Cow;
use std::fmt;
use std::string::{String, ToString};
use std::vec::Vec;

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
/// Headers are added as on [`HttpError`], and it is held to RFC 9110 as an
/// `HttpError` is: a status that breaks a rule (a 2xx, a 401 without its
/// challenge) is sent as a 500 Internal Server Error problem.
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
    /// JSON string. (A name given again replaces the earlier one in the
    /// body only when declared by a derived type that wraps this one.)
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
        self.extensions.push((name, value.to_string()));
        Ok(self)
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
        crate::response::Parts::of(self).problem_body(self.status(), &self.detail())
    }

    /// The response this problem is sent as, in every framework: its
    /// status, the `application/problem+json` body and its headers, held to
    /// RFC 9110 as an [`HttpError`]'s are.
    #[cfg(any(
        feature = "axum",
        feature = "actix-web",
        feature = "poem",
        feature = "rocket",
        feature = "salvo",
        feature = "warp"
    ))]
    pub(crate) fn wire(&self) -> crate::response::Wire {
        crate::response::Wire::error(self, crate::response::Format::Problem, &self.detail())
    }
}

/// Its status, every status as its statuses (it is built at run time), and
/// its headers and members, so a derived `#[status(problem)]` type can wrap
/// it with `#[status(transparent)]`.
impl crate::HttpStatus for ProblemDetails {
    fn status(&self) -> Status {
        self.error.status()
    }

    fn statuses() -> crate::StatusSet {
        crate::StatusSet::ALL
    }

    fn __response_parts(&self, sink: &mut dyn statuscode_core::__private::ResponseSink) {
        self.error.__response_parts(sink);
        sink.problem(self.type_uri.as_deref(), self.title.as_deref());
        if let Some(instance) = &self.instance {
            sink.instance(instance);
        }
        for (name, value) in &self.extensions {
            sink.member(name, value);
        }
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
