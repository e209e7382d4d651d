//! The [`Status`] type and what the registry says about each code. Turning
//! text and numbers into a `Status` (`from_u16`, `from_name`, the errors) is
//! in `parse.rs`, one layer up; the constants (`Status::NOT_FOUND`) are in the
//! generated `consts.rs`.

use core::fmt;

use statuscode_registry::{HTTP, HttpCode, RegistryStatus};

/// An HTTP status code: one the IANA registry assigns, or an unassigned
/// three-digit code (100..=599) that the program opted in to with
/// [`Status::unassigned`] or `status!(unassigned 499)`.
///
/// Every registry name is an associated constant (`Status::NOT_FOUND`), so a
/// `Status` can be matched on:
///
/// ```
/// use statuscode_core::Status;
///
/// fn retry(status: Status) -> bool {
///     matches!(status, Status::TOO_MANY_REQUESTS | Status::SERVICE_UNAVAILABLE)
/// }
/// assert!(retry(Status::from_u16(503)?));
/// assert!(!retry(Status::NOT_FOUND));
/// # Ok::<(), statuscode_core::ParseStatusError>(())
/// ```
// statuscode-registry's `HttpCode`: a `NonZeroU16` in 100..=599 (no code is
// 0, and the niche makes `Option<Status>`, and `Result<Status, _>`'s `ok()`,
// two bytes, as http's `StatusCode` is) with the registry's lookups.
// Ordering and hashing are the number's.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Status(HttpCode);

// The niche at work: `Option<Status>` is as small as `Status`.
const _: () =
    assert!(size_of::<Option<Status>>() == size_of::<Status>() && size_of::<Status>() == 2);

/// The class of a status code: its first digit (RFC 9110 §15).
///
/// ```
/// use statuscode_core::{Status, StatusClass};
/// assert_eq!(Status::CREATED.class(), StatusClass::Success);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    /// 1xx: the request was received, continuing process.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Success,
    /// 3xx: further action needs to be taken to complete the request.
    Redirection,
    /// 4xx: the request contains bad syntax or cannot be fulfilled.
    ClientError,
    /// 5xx: the server failed to fulfil an apparently valid request.
    ServerError,
}

impl Status {
    /// The numeric code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::Status::NOT_FOUND.as_u16(), 404);
    /// ```
    #[inline]
    pub const fn as_u16(self) -> u16 {
        self.0.get()
    }

    /// The registry's reason phrase (`"Not Found"`), or `""` for an
    /// unassigned code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::Status::CONTENT_TOO_LARGE.reason(), "Content Too Large");
    /// ```
    #[inline]
    pub const fn reason(self) -> &'static str {
        self.0.reason()
    }

    /// The canonical constant name (`"NOT_FOUND"`), or `""` for an unassigned
    /// code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::Status::PAYLOAD_TOO_LARGE.name(), "CONTENT_TOO_LARGE");
    /// ```
    #[inline]
    pub const fn name(self) -> &'static str {
        self.0.name()
    }

    /// One sentence on what the code means, or `""` for an unassigned code.
    ///
    /// ```
    /// assert_eq!(
    ///     statuscode_core::Status::NOT_FOUND.description(),
    ///     "The server cannot find the requested resource."
    /// );
    /// ```
    pub const fn description(self) -> &'static str {
        self.0.description()
    }

    /// The registry's reference, as IANA writes it
    /// (`"[RFC9110, Section 15.5.5]"`), or `""` for an unassigned code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::Status::NOT_FOUND.reference(), "[RFC9110, Section 15.5.5]");
    /// ```
    pub const fn reference(self) -> &'static str {
        self.0.reference()
    }

    /// Where the code stands in the IANA registry.
    ///
    /// ```
    /// use statuscode_core::{RegistryStatus, Status};
    /// assert_eq!(Status::NOT_EXTENDED.registry_status(), RegistryStatus::Obsoleted);
    /// ```
    pub const fn registry_status(self) -> RegistryStatus {
        self.0.registry_status()
    }

    /// Whether the registry assigns this code (any [`RegistryStatus`] but
    /// `Unassigned`).
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert!(Status::OK.is_assigned());
    /// assert!(!Status::unassigned(499)?.is_assigned());
    /// # Ok::<(), statuscode_core::ParseStatusError>(())
    /// ```
    #[inline]
    pub const fn is_assigned(self) -> bool {
        self.0.is_assigned()
    }

    /// The class: the code's first digit.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusClass};
    /// assert_eq!(Status::BAD_GATEWAY.class(), StatusClass::ServerError);
    /// ```
    pub const fn class(self) -> StatusClass {
        match self.as_u16() / 100 {
            1 => StatusClass::Informational,
            2 => StatusClass::Success,
            3 => StatusClass::Redirection,
            4 => StatusClass::ClientError,
            // Every constructor keeps the code in 100..=599.
            _ => StatusClass::ServerError,
        }
    }

    /// 1xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::CONTINUE.is_informational());
    /// ```
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), StatusClass::Informational)
    }

    /// 2xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::NO_CONTENT.is_success());
    /// ```
    pub const fn is_success(self) -> bool {
        matches!(self.class(), StatusClass::Success)
    }

    /// 3xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::SEE_OTHER.is_redirection());
    /// ```
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), StatusClass::Redirection)
    }

    /// 4xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::IM_A_TEAPOT.is_client_error());
    /// ```
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), StatusClass::ClientError)
    }

    /// 5xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::GATEWAY_TIMEOUT.is_server_error());
    /// ```
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), StatusClass::ServerError)
    }

    /// 4xx or 5xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::NOT_FOUND.is_error());
    /// ```
    pub const fn is_error(self) -> bool {
        self.as_u16() >= 400
    }

    /// The header RFC 9110 says a response with this status carries, with
    /// the section that says so: `WWW-Authenticate` for 401 (§15.5.2),
    /// `Allow` for 405 (§15.5.6), `Proxy-Authenticate` for 407 (§15.5.8),
    /// `Upgrade` for 426 (§15.5.22), `Content-Range` for 206 (§15.3.7), and
    /// `Location` for a redirect other than 304 (§10.2.2: without it a
    /// redirect goes nowhere). statuscode sends no response with this status
    /// without that header: the derive and `#[status_code]` refuse it at
    /// compile time where the status is known there, and the run-time paths
    /// send a 500 Internal Server Error instead.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert_eq!(Status::UNAUTHORIZED.required_header(), Some(("WWW-Authenticate", "§15.5.2")));
    /// assert_eq!(Status::SEE_OTHER.required_header(), Some(("Location", "§10.2.2")));
    /// assert_eq!(Status::NOT_MODIFIED.required_header(), None);
    /// assert_eq!(Status::NOT_FOUND.required_header(), None);
    /// ```
    pub const fn required_header(self) -> Option<(&'static str, &'static str)> {
        self.0.required_header()
    }

    /// Whether a response with this status may carry content: not 1xx, 204
    /// No Content, 205 Reset Content or 304 Not Modified (RFC 9110 §15.2,
    /// §15.3.5, §15.3.6, §15.4.5). Such a response is sent with neither a
    /// body nor `Content-Type` and `Content-Length`.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert!(!Status::NO_CONTENT.allows_content());
    /// assert!(!Status::NOT_MODIFIED.allows_content());
    /// assert!(Status::OK.allows_content());
    /// ```
    pub const fn allows_content(self) -> bool {
        self.0.allows_content()
    }

    /// The status a response sent with nothing but this status goes out
    /// with (a bare `Status` returned by a handler): itself, unless RFC 9110
    /// asks for more than a status line (a 1xx is interim, a redirect needs
    /// `Location`, a 401 its challenge, see [`Status::required_header`]),
    /// then `500 Internal Server Error`.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert_eq!(Status::NO_CONTENT.bare(), Status::NO_CONTENT);
    /// assert_eq!(Status::UNAUTHORIZED.bare(), Status::INTERNAL_SERVER_ERROR);
    /// assert_eq!(Status::CONTINUE.bare(), Status::INTERNAL_SERVER_ERROR);
    /// ```
    #[must_use]
    pub const fn bare(self) -> Status {
        if self.as_u16() < 200 || self.required_header().is_some() {
            Status::INTERNAL_SERVER_ERROR
        } else {
            self
        }
    }

    /// Every code in the registry, in ascending order.
    ///
    /// ```
    /// let all: Vec<_> = statuscode_core::Status::all().collect();
    /// assert_eq!(all.len(), 64);
    /// assert_eq!(all[0], statuscode_core::Status::CONTINUE);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Status> + DoubleEndedIterator + Clone {
        HTTP.iter().map(|e| Status::new_unchecked(e.code))
    }

    /// Used by the generated constants and by the resolver's callers, with
    /// a code they have checked.
    #[inline]
    pub(crate) const fn new_unchecked(code: u16) -> Status {
        match HttpCode::new(code) {
            Some(code) => Status(code),
            // Every caller passes a code in 100..=599.
            None => panic!("a status code is in 100..=599"),
        }
    }

    /// The `Status` of a code statuscode-registry resolved.
    pub(crate) const fn from_code(code: HttpCode) -> Status {
        Status(code)
    }
}

impl fmt::Display for Status {
    /// `404 Not Found`; an unassigned code prints its number alone.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            "" => write!(f, "Status({})", self.as_u16()),
            name => write!(f, "Status::{name}"),
        }
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.as_u16()
    }
}

impl PartialEq<u16> for Status {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<Status> for u16 {
    fn eq(&self, other: &Status) -> bool {
        *self == other.as_u16()
    }
}
