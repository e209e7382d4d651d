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
/// - extension members added with [`ProblemDetails::with_extension`], each
///   serialized with serde, so it keeps its JSON type (a number stays a
///   number; strings, booleans, arrays and objects as they are), and the
///   `invalid-params` list of [`ProblemDetails::with_invalid_params`].
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
///         r#""instance":"/account/12345/msgs/abc","balance":30}"#,
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
    extensions: Vec<(String, serde_json::Value)>,
}

/// The members RFC 9457 defines, which an extension cannot take.
const MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// Whether `name` may name an extension member: RFC 9457 §3.2's form (an
/// ASCII letter, then at least two ASCII letters, digits or `_`), or
/// `invalid-params`, the name the RFC's own example uses (§3), and not one
/// of the members the RFC defines.
fn valid_member_name(name: &str) -> bool {
    (name == InvalidParam::MEMBER
        || name.len() >= 3
            && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        && !MEMBERS.contains(&name)
}

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

    /// Adds an extension member: `value` serialized with serde, so it keeps
    /// its JSON type (a number is sent as a number, a `Vec` as an array, a
    /// struct that derives `Serialize` as an object).
    ///
    /// # Errors
    ///
    /// [`InvalidMember::Name`] when `name` does not follow RFC 9457 §3.2 (an
    /// ASCII letter, then at least two ASCII letters, digits or
    /// underscores; `invalid-params`, which the RFC's example uses, is
    /// allowed too), is one of the members the RFC defines, or was added
    /// already; [`InvalidMember::Value`] when serde cannot serialize `value`
    /// as JSON (a map whose keys are not strings, a `Serialize` impl that
    /// fails).
    ///
    /// ```
    /// use statuscode::{status, ProblemDetails};
    /// let p = ProblemDetails::new(status!(429), "Slow down")
    ///     .with_extension("retry_in", 30)?
    ///     .with_extension("limits", ["minute", "hour"])?
    ///     .with_extension("blocked", true)?;
    /// assert!(p.json_body().ends_with(r#""retry_in":30,"limits":["minute","hour"],"blocked":true}"#));
    /// assert!(ProblemDetails::new(status!(429), "x").with_extension("9x", 1).is_err());
    /// assert!(ProblemDetails::new(status!(429), "x").with_extension("status", 1).is_err());
    /// # Ok::<(), statuscode::InvalidMember>(())
    /// ```
    pub fn with_extension(
        mut self,
        name: impl Into<String>,
        value: impl serde::Serialize,
    ) -> Result<Self, InvalidMember> {
        let name = name.into();
        if !valid_member_name(&name) || self.extensions.iter().any(|(n, _)| *n == name) {
            return Err(InvalidMember::Name(name));
        }
        match serde_json::to_value(value) {
            Ok(value) => {
                self.extensions.push((name, value));
                Ok(self)
            }
            Err(error) => Err(InvalidMember::Value {
                name,
                reason: error.to_string(),
            }),
        }
    }

    /// Adds RFC 9457's `invalid-params` member (§3): the list of the
    /// request's parameters that failed validation, each with its name and
    /// the reason, as a 422 Unprocessable Content usually sends. Called
    /// again, it adds to the list.
    ///
    /// ```
    /// use statuscode::{status, InvalidParam, ProblemDetails};
    ///
    /// let problem = ProblemDetails::new(status!(422), "Your request parameters didn't validate.")
    ///     .with_type("https://example.net/validation-error")
    ///     .with_title("Your request is not valid.")
    ///     .with_invalid_params([
    ///         InvalidParam::new("age", "must be a positive integer"),
    ///         InvalidParam::new("color", "must be 'green', 'red' or 'blue'"),
    ///     ]);
    /// assert!(problem.json_body().ends_with(concat!(
    ///     r#""invalid-params":[{"name":"age","reason":"must be a positive integer"},"#,
    ///     r#"{"name":"color","reason":"must be 'green', 'red' or 'blue'"}]}"#,
    /// )));
    /// ```
    #[must_use]
    pub fn with_invalid_params(mut self, params: impl IntoIterator<Item = InvalidParam>) -> Self {
        let params = params.into_iter().map(|p| p.to_json());
        if let Some((_, serde_json::Value::Array(list))) = self
            .extensions
            .iter_mut()
            .find(|(n, _)| n == InvalidParam::MEMBER)
        {
            list.extend(params);
        } else {
            self.extensions.retain(|(n, _)| n != InvalidParam::MEMBER);
            self.extensions.push((
                InvalidParam::MEMBER.to_string(),
                serde_json::Value::Array(params.collect()),
            ));
        }
        self
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

/// Why [`ProblemDetails::with_extension`] refused a member.
///
/// ```
/// use std::collections::BTreeMap;
/// use statuscode::{status, InvalidMember, ProblemDetails};
///
/// let err = ProblemDetails::new(status!(400), "x").with_extension("a-b", 1).unwrap_err();
/// assert_eq!(err, InvalidMember::Name("a-b".into()));
/// assert_eq!(err.to_string(), "`a-b` cannot name an extension member: start with an ASCII letter, then at least two ASCII letters, digits or `_`, and avoid type, title, status, detail, instance and names already added");
///
/// // JSON object keys are strings: a map keyed by numbers cannot be sent.
/// let by_number = BTreeMap::from([((1, 2), "x")]);
/// let err = ProblemDetails::new(status!(400), "x").with_extension("items", by_number).unwrap_err();
/// assert!(matches!(err, InvalidMember::Value { ref name, .. } if name == "items"));
/// assert_eq!(err.to_string(), "the extension member `items` cannot be serialized as JSON: key must be a string");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidMember {
    /// The name does not follow RFC 9457 §3.2, is one of the RFC's own
    /// members, or was added already.
    Name(String),
    /// serde could not serialize the value of the member `name` as JSON,
    /// for `reason` (serde_json's message).
    Value {
        /// The member's name.
        name: String,
        /// Why the value could not be serialized.
        reason: String,
    },
}

impl fmt::Display for InvalidMember {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidMember::Name(name) => write!(
                f,
                "`{name}` cannot name an extension member: start with an ASCII letter, then at least two ASCII letters, digits or `_`, and avoid type, title, status, detail, instance and names already added"
            ),
            InvalidMember::Value { name, reason } => write!(
                f,
                "the extension member `{name}` cannot be serialized as JSON: {reason}"
            ),
        }
    }
}

impl std::error::Error for InvalidMember {}

/// One entry of the `invalid-params` list of RFC 9457 §3: a parameter of the
/// request that failed validation, by its `name`, with the `reason`. Sent as
/// `{"name":"age","reason":"must be a positive integer"}`.
///
/// [`ProblemDetails::with_invalid_params`] adds a list of them; a derived
/// `#[status(problem)]` type sends one from a field with
/// `extension("invalid-params" = field)` (a `Vec<InvalidParam>`). With the
/// `utoipa` or `aide` feature, the OpenAPI documents describe the list as an
/// array of these objects.
///
/// ```
/// use statuscode::{status, HttpStatus, InvalidParam};
///
/// #[derive(Debug, HttpStatus)]
/// #[status(UNPROCESSABLE_CONTENT, problem, type = "https://example.net/validation-error",
///          title = "Your request is not valid.", extension("invalid-params" = params))]
/// struct Invalid {
///     params: Vec<InvalidParam>,
/// }
/// # impl std::fmt::Display for Invalid {
/// #     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
/// #         f.write_str("Your request parameters didn't validate.")
/// #     }
/// # }
///
/// let error = Invalid { params: vec![InvalidParam::new("age", "must be a positive integer")] };
/// assert_eq!(error.params[0].name, "age");
/// # let _ = error.status();
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InvalidParam {
    /// The parameter's name, as the request spelled it (`age`,
    /// `items[0].qty`).
    pub name: String,
    /// Why it is invalid, for the client.
    pub reason: String,
}

impl InvalidParam {
    /// The name of the member the list is sent as: `invalid-params`.
    pub const MEMBER: &'static str = "invalid-params";

    /// The parameter `name` is invalid because of `reason`.
    ///
    /// ```
    /// use statuscode::InvalidParam;
    /// let param = InvalidParam::new("age", "must be a positive integer");
    /// assert_eq!(param.reason, "must be a positive integer");
    /// ```
    pub fn new(name: impl Into<String>, reason: impl Into<String>) -> Self {
        InvalidParam {
            name: name.into(),
            reason: reason.into(),
        }
    }

    fn to_json(&self) -> serde_json::Value {
        let mut object = serde_json::Map::with_capacity(2);
        object.insert("name".to_string(), self.name.clone().into());
        object.insert("reason".to_string(), self.reason.clone().into());
        serde_json::Value::Object(object)
    }
}

/// `{"name": …, "reason": …}`.
impl serde::Serialize for InvalidParam {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut object = serializer.serialize_struct("InvalidParam", 2)?;
        object.serialize_field("name", &self.name)?;
        object.serialize_field("reason", &self.reason)?;
        object.end()
    }
}
