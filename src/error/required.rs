//! [`HttpError`] constructors for the statuses RFC 9110 sends with a
//! header they cannot go without: 401 `WWW-Authenticate` (§15.5.2), 405
//! `Allow` (§15.5.6), 407 `Proxy-Authenticate` (§15.5.8) and 426 `Upgrade`
//! (§15.5.22).
//!
//! [`HttpError::new`] with one of these statuses and no such header is sent
//! as a `500 Internal Server Error`: no value is right for every server (a
//! challenge names your scheme and realm), so none is invented, and a
//! response without it breaks RFC 9110. [`HttpError::missing_header`] names
//! the header such an error lacks, for a test to catch it early.

use std::borrow::Cow;
use std::string::String;

use crate::{HttpError, Status};

impl HttpError {
    /// `status` with `detail` and the header `name: value`. A value that
    /// cannot be sent (a control character) makes it a 500 Internal Server
    /// Error, as `with_header(…)?` in a handler would: never a panic.
    fn with_required(
        status: Status,
        name: &'static str,
        value: String,
        detail: Cow<'static, str>,
    ) -> Self {
        HttpError::new(status, detail)
            .with_header(name, value)
            .unwrap_or_else(HttpError::from)
    }

    /// `401 Unauthorized` with its `WWW-Authenticate` challenge (RFC 9110
    /// §15.5.2), as FastAPI's
    /// `HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})`.
    ///
    /// ```
    /// use statuscode::{status, HttpError};
    /// let err = HttpError::unauthorized("Bearer realm=\"api\"", "Not authenticated");
    /// assert_eq!(err.status(), status!(401));
    /// assert_eq!(err.headers().collect::<Vec<_>>(), [("WWW-Authenticate", "Bearer realm=\"api\"")]);
    /// assert_eq!(err.missing_header(), None);
    /// ```
    pub fn unauthorized(
        challenge: impl Into<String>,
        detail: impl Into<Cow<'static, str>>,
    ) -> Self {
        HttpError::with_required(
            Status::UNAUTHORIZED,
            "WWW-Authenticate",
            challenge.into(),
            detail.into(),
        )
    }

    /// `405 Method Not Allowed` with the `Allow` header listing the methods
    /// the resource supports (RFC 9110 §15.5.6), such as `"GET, HEAD"`.
    ///
    /// ```
    /// use statuscode::{status, HttpError};
    /// let err = HttpError::method_not_allowed("GET, HEAD", "Read-only");
    /// assert_eq!(err.status(), status!(405));
    /// assert_eq!(err.headers().collect::<Vec<_>>(), [("Allow", "GET, HEAD")]);
    /// ```
    pub fn method_not_allowed(
        allow: impl Into<String>,
        detail: impl Into<Cow<'static, str>>,
    ) -> Self {
        HttpError::with_required(
            Status::METHOD_NOT_ALLOWED,
            "Allow",
            allow.into(),
            detail.into(),
        )
    }

    /// `407 Proxy Authentication Required` with its `Proxy-Authenticate`
    /// challenge (RFC 9110 §15.5.8).
    ///
    /// ```
    /// use statuscode::{status, HttpError};
    /// let err = HttpError::proxy_authentication_required("Basic realm=\"proxy\"", "Log in");
    /// assert_eq!(err.status(), status!(407));
    /// assert_eq!(err.headers().next(), Some(("Proxy-Authenticate", "Basic realm=\"proxy\"")));
    /// ```
    pub fn proxy_authentication_required(
        challenge: impl Into<String>,
        detail: impl Into<Cow<'static, str>>,
    ) -> Self {
        HttpError::with_required(
            Status::PROXY_AUTHENTICATION_REQUIRED,
            "Proxy-Authenticate",
            challenge.into(),
            detail.into(),
        )
    }

    /// `426 Upgrade Required` with the `Upgrade` header naming the
    /// protocols to switch to (RFC 9110 §15.5.22).
    ///
    /// ```
    /// use statuscode::{status, HttpError};
    /// let err = HttpError::upgrade_required("HTTP/3.0", "Use HTTP/3");
    /// assert_eq!(err.status(), status!(426));
    /// assert_eq!(err.headers().next(), Some(("Upgrade", "HTTP/3.0")));
    ///
    /// // A value that cannot be sent: a 500, never a panic.
    /// assert_eq!(HttpError::upgrade_required("a\nb", "x").status(), status!(500));
    /// ```
    pub fn upgrade_required(
        upgrade: impl Into<String>,
        detail: impl Into<Cow<'static, str>>,
    ) -> Self {
        HttpError::with_required(
            Status::UPGRADE_REQUIRED,
            "Upgrade",
            upgrade.into(),
            detail.into(),
        )
    }

    /// The header RFC 9110 requires with this error's status that it does
    /// not carry: `Some("WWW-Authenticate")` for an
    /// `HttpError::new(status!(401), …)` without one, `Some("Location")` for
    /// a redirect without one. Such an error is sent as a 500 Internal
    /// Server Error (nothing is invented, nothing panics); use
    /// [`HttpError::unauthorized`], [`HttpError::method_not_allowed`],
    /// [`HttpError::proxy_authentication_required`] or
    /// [`HttpError::upgrade_required`], or [`HttpError::with_header`].
    ///
    /// ```
    /// use statuscode::{status, HttpError};
    /// let bare = HttpError::new(status!(UNAUTHORIZED), "Not authenticated");
    /// assert_eq!(bare.missing_header(), Some("WWW-Authenticate"));
    /// let fixed = bare.with_header("www-authenticate", "Bearer")?;
    /// assert_eq!(fixed.missing_header(), None);
    /// assert_eq!(HttpError::from_status(status!(404)).missing_header(), None);
    /// # Ok::<(), statuscode::InvalidHeader>(())
    /// ```
    pub fn missing_header(&self) -> Option<&'static str> {
        let (name, _) = self.status().required_header()?;
        (!self.headers().any(|(n, _)| n.eq_ignore_ascii_case(name))).then_some(name)
    }
}
