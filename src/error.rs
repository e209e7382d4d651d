//! [`HttpError`], FastAPI's `HTTPException`.

use std::borrow::Cow;
use std::fmt;
use std::string::String;
use std::vec::Vec;

use crate::Status;

mod required;

/// An error a handler returns to answer with a status and a message, as
/// FastAPI's `raise HTTPException(status_code=404, detail="Item not found")`.
///
/// With the `axum` or `actix-web` feature it is a response in that framework:
/// its status, the body `{"detail":"Item not found"}` with
/// `content-type: application/json` (what FastAPI sends), and its headers.
/// The detail is a string (FastAPI also allows any JSON value there).
///
/// ```
/// use statuscode::{status, HttpError};
///
/// fn find(id: u32) -> Result<&'static str, HttpError> {
///     match id {
///         1 => Ok("hammer"),
///         _ => Err(HttpError::new(status!(HTTP_404_NOT_FOUND), "Item not found")),
///     }
/// }
///
/// let err = find(7).unwrap_err();
/// assert_eq!(err.status(), status!(404));
/// assert_eq!(err.detail(), "Item not found");
/// assert_eq!(err.to_string(), "404 Not Found: Item not found");
/// assert_eq!(err.json_body(), r#"{"detail":"Item not found"}"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpError {
    status: Status,
    detail: Cow<'static, str>,
    headers: Vec<(String, String)>,
}

impl HttpError {
    /// An error with this status and message.
    ///
    /// It is sent as RFC 9110 allows, in every framework: an error's status
    /// is 3xx, 4xx or 5xx, and one that needs a header carries it (a
    /// redirect its `Location`, 401 its `WWW-Authenticate` … see
    /// [`HttpError::missing_header`]). An error that breaks a rule (a
    /// `HttpError::new(status!(OK), …)`, a 401 without its challenge) is
    /// sent as `500 Internal Server Error` with
    /// `{"detail":"Internal Server Error"}` and no header: a bug in the
    /// program is a server error, never a success or a response that
    /// misleads a client. A `304 Not Modified` is sent without a body, with
    /// its headers (`ETag` …).
    ///
    /// ```
    /// use statuscode::{status, HttpError};
    /// let err = HttpError::new(status!(FORBIDDEN), "Admin access required");
    /// assert_eq!(err.detail(), "Admin access required");
    /// ```
    pub fn new(status: Status, detail: impl Into<Cow<'static, str>>) -> Self {
        HttpError {
            status,
            detail: detail.into(),
            headers: Vec::new(),
        }
    }

    /// An error whose message is the status's reason phrase, as FastAPI
    /// does when `detail` is left out. Also `HttpError::from(status)`.
    ///
    /// ```
    /// use statuscode::{status, HttpError};
    /// assert_eq!(HttpError::from_status(status!(404)).detail(), "Not Found");
    /// ```
    pub fn from_status(status: Status) -> Self {
        HttpError::new(status, status.reason())
    }

    /// Adds a response header, as FastAPI's `headers={…}`. It replaces the
    /// response's own header of that name (`Content-Type: text/plain`
    /// replaces `application/json`). Adding a name twice sends both for a
    /// list field (`WWW-Authenticate`, `Vary`, `Set-Cookie` …) and the last
    /// for a field that holds one value (`Content-Type`, `Location`,
    /// `Retry-After`, `ETag` …), as a derived type's declarations do.
    ///
    /// # Errors
    ///
    /// [`InvalidHeader`] when `name` is not an HTTP field name (letters,
    /// digits and ``!#$%&'*+-.^_`|~``), `value` holds a control character
    /// other than tab, or `name` is a field the framework writes
    /// (`Content-Length`, `Transfer-Encoding`, `Connection`, `Keep-Alive`,
    /// `Proxy-Connection`, `TE`, `Trailer`). In a handler that returns `Result<_, HttpError>`,
    /// `?` turns it into a 500 Internal Server Error.
    ///
    /// ```
    /// use statuscode::{status, HttpError};
    ///
    /// let err = HttpError::new(status!(UNAUTHORIZED), "Not authenticated")
    ///     .with_header("WWW-Authenticate", "Bearer")?;
    /// assert_eq!(err.headers().collect::<Vec<_>>(), [("WWW-Authenticate", "Bearer")]);
    ///
    /// assert!(HttpError::from_status(status!(400)).with_header("bad name", "x").is_err());
    /// assert!(HttpError::from_status(status!(400)).with_header("Content-Length", "9").is_err());
    /// # Ok::<(), statuscode::InvalidHeader>(())
    /// ```
    pub fn with_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Result<Self, InvalidHeader> {
        let (name, value) = (name.into(), value.into());
        if !valid_header_name(&name) {
            return Err(InvalidHeader::Name(name));
        }
        if !valid_header_value(&value) {
            return Err(InvalidHeader::Value(name));
        }
        if crate::response::is_framing(&name) {
            return Err(InvalidHeader::Framing(name));
        }
        self.headers.push((name, value));
        Ok(self)
    }

    /// The status the error is sent with.
    ///
    /// ```
    /// # use statuscode::{status, HttpError};
    /// assert_eq!(HttpError::from_status(status!(409)).status(), status!(CONFLICT));
    /// ```
    pub fn status(&self) -> Status {
        self.status
    }

    /// The message: the `detail` of the JSON body.
    ///
    /// ```
    /// # use statuscode::{status, HttpError};
    /// assert_eq!(HttpError::new(status!(409), "Taken").detail(), "Taken");
    /// ```
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// The headers added with [`HttpError::with_header`], in order.
    ///
    /// ```
    /// # use statuscode::{status, HttpError};
    /// assert_eq!(HttpError::from_status(status!(409)).headers().count(), 0);
    /// ```
    pub fn headers(&self) -> impl ExactSizeIterator<Item = (&str, &str)> {
        self.headers.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    /// The response body: `{"detail":"…"}`, as FastAPI sends it.
    ///
    /// ```
    /// # use statuscode::{status, HttpError};
    /// let err = HttpError::new(status!(422), "Name \"\" is empty");
    /// assert_eq!(err.json_body(), r#"{"detail":"Name \"\" is empty"}"#);
    /// ```
    pub fn json_body(&self) -> String {
        detail_body(&self.detail)
    }

    /// The response this error is sent as, in every framework: its status,
    /// `{"detail":"…"}` and its headers, held to RFC 9110 (see
    /// [`HttpError::new`]).
    #[cfg(any(
        feature = "axum",
        feature = "actix-web",
        feature = "poem",
        feature = "rocket",
        feature = "salvo",
        feature = "warp"
    ))]
    pub(crate) fn wire(&self) -> crate::response::Wire {
        crate::response::Wire::error(self, crate::response::Format::Detail, &self.detail())
    }
}

/// Its status, and every status as its statuses (it is built at run time),
/// so it can be a `#[status(transparent)]` field; its headers go with it.
impl crate::HttpStatus for HttpError {
    fn status(&self) -> Status {
        self.status
    }

    fn statuses() -> crate::StatusSet {
        crate::StatusSet::ALL
    }

    fn __response_parts(&self, sink: &mut dyn statuscode_core::__private::ResponseSink) {
        // The program wrote the message for the client: sent with a 5xx too.
        sink.expose();
        sink.layer();
        for (name, value) in &self.headers {
            sink.header(name, value);
        }
    }
}

impl From<Status> for HttpError {
    fn from(status: Status) -> Self {
        HttpError::from_status(status)
    }
}

/// A header that cannot be sent: `?` in a handler makes it a 500 Internal
/// Server Error, whose detail does not leak the header.
impl From<InvalidHeader> for HttpError {
    fn from(_: InvalidHeader) -> Self {
        HttpError::from_status(Status::INTERNAL_SERVER_ERROR)
    }
}

/// `404 Not Found: Item not found`.
impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status, self.detail)
    }
}

impl std::error::Error for HttpError {}

/// Why [`HttpError::with_header`] refused a header.
///
/// ```
/// use statuscode::{status, HttpError, InvalidHeader};
/// let err = HttpError::from_status(status!(400)).with_header("x-trace", "a\nb").unwrap_err();
/// assert_eq!(err, InvalidHeader::Value("x-trace".into()));
/// assert_eq!(err.to_string(), "the value of header `x-trace` holds a control character");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidHeader {
    /// The name is empty or holds a character HTTP field names cannot.
    Name(String),
    /// The value of this header holds a control character other than tab.
    Value(String),
    /// The header frames the message or holds for one connection
    /// (`Content-Length`, `Transfer-Encoding`, `Connection` …): the
    /// framework writes it.
    Framing(String),
}

impl fmt::Display for InvalidHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidHeader::Name(name) => write!(
                f,
                "`{name}` is not a header name: use letters, digits and !#$%&'*+-.^_`|~"
            ),
            InvalidHeader::Value(name) => {
                write!(f, "the value of header `{name}` holds a control character")
            }
            InvalidHeader::Framing(name) => write!(
                f,
                "`{name}` frames the message or the connection: the framework sends it"
            ),
        }
    }
}

impl std::error::Error for InvalidHeader {}

/// RFC 9110 `tchar`.
/// An HTTP field name (RFC 9110 §5.1: a token), as http's `HeaderName`
/// takes it.
pub(crate) fn valid_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(is_token_byte)
}

/// A field value with no control character but tab, as http's
/// `HeaderValue` takes it.
pub(crate) fn valid_header_value(value: &str) -> bool {
    value
        .bytes()
        .all(|b| b == b'\t' || (b >= 0x20 && b != 0x7f))
}

fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// `{"detail":"…"}` with `detail`'s `Display` as a JSON string: the body
/// FastAPI sends, and the one every `{"detail"}` response here is built with
/// ([`HttpError::json_body`], and the responses of `HttpError` and of
/// `#[status(response)]` types in every framework).
///
/// The text is escaped as it is written, into the one `String` the body
/// is: the error → response benchmark measured serde_json's way (the text
/// into a `String`, then serialized into another) as one allocation and a
/// copy more per response. The output is serde_json's, byte for byte (a
/// test compares them). A `Display` that fails keeps what it wrote.
pub(crate) fn detail_body(detail: &dyn fmt::Display) -> String {
    let mut out = String::with_capacity(64);
    out.push_str("{\"detail\":");
    json_string(&mut out, detail);
    out.push('}');
    out
}

/// `text`'s `Display` as a JSON string (quoted, escaped) at the end of
/// `out`.
pub(crate) fn json_string(out: &mut String, text: &dyn fmt::Display) {
    use fmt::Write as _;
    out.push('"');
    let _ = write!(JsonEscaped(out), "{text}");
    out.push('"');
}

/// Writes text into a JSON string's contents, escaped as serde_json does:
/// `"`, `\` and the control characters (`\n`, `\t` … or `\u00XX`).
struct JsonEscaped<'a>(&'a mut String);

impl fmt::Write for JsonEscaped<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let mut plain = 0;
        for (at, byte) in text.bytes().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..0x20 => "",
                _ => continue,
            };
            // Runs of plain text are copied whole (`at` is at an ASCII
            // byte, so a char boundary).
            self.0.push_str(&text[plain..at]);
            plain = at + 1;
            if escape.is_empty() {
                let _ = write!(self.0, "\\u{byte:04x}");
            } else {
                self.0.push_str(escape);
            }
        }
        self.0.push_str(&text[plain..]);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::detail_body;

    /// A `Display` that writes, then fails.
    struct Failing;
    impl std::fmt::Display for Failing {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("partial \"text\"")?;
            Err(std::fmt::Error)
        }
    }

    #[test]
    fn a_failing_display_keeps_what_it_wrote() {
        assert_eq!(detail_body(&Failing), r#"{"detail":"partial \"text\""}"#);
        let problem =
            crate::response::Parts::default().problem_body(crate::Status::CONFLICT, &Failing);
        assert_eq!(
            problem,
            r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"partial \"text\""}"#
        );
    }

    /// The escaper writes what serde_json writes, for every ASCII byte and
    /// beyond.
    #[test]
    fn detail_body_is_serde_jsons() {
        use std::string::{String, ToString};
        use std::vec::Vec;
        let mut texts: Vec<String> = (0u8..128).map(|b| char::from(b).to_string()).collect();
        texts.extend(
            [
                "",
                "plain",
                "é \u{2028} 😀 \"q\" \\ \u{7f}",
                "a\u{0}b\u{1f}c\u{1b}[0m",
            ]
            .map(String::from),
        );
        for text in texts {
            let expected = serde_json::json!({ "detail": text }).to_string();
            assert_eq!(detail_body(&text), expected, "{text:?}");
        }
    }

    #[test]
    fn detail_body_escapes_what_display_writes() {
        assert_eq!(
            detail_body(&"a \"b\" \\ c\nd\te\u{1}"),
            r#"{"detail":"a \"b\" \\ c\nd\te\u0001"}"#
        );
        assert_eq!(
            detail_body(&format_args!("{} {}", 404, "Not \"Found\"")),
            r#"{"detail":"404 Not \"Found\""}"#
        );
    }
}
