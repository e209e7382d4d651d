//! [`HttpCode`] and [`WsCode`]: a code together with what the registry says
//! about it. They are what the macros work with while a program compiles,
//! and what statuscode-core's `Status` and `CloseCode` wrap (those add the
//! constants, the parsing and the other crates' traits).

use core::fmt;
use core::num::NonZeroU16;

use crate::resolve::{assigned_code, close_entry, close_range, entry};
use crate::rows::RegistryStatus;

/// An HTTP status code in 100..=599, assigned or not.
///
/// ```
/// use statuscode_registry::HttpCode;
/// let teapot = HttpCode::assigned(418).unwrap();
/// assert_eq!(teapot.name(), "IM_A_TEAPOT");
/// assert_eq!(teapot.to_string(), "418 I'm a teapot");
/// assert!(HttpCode::assigned(499).is_none());
/// assert_eq!(HttpCode::new(499).unwrap().to_string(), "499");
/// ```
// `NonZeroU16`: no code is 0, and the niche keeps `Option<HttpCode>` (and the
// `Status` that wraps it) two bytes.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HttpCode(NonZeroU16);

impl HttpCode {
    /// The lowest code, where a row's code (always in range) needs a fallback.
    pub(crate) const MIN: HttpCode = HttpCode(NonZeroU16::MIN.saturating_add(99));

    /// `code` if it is in 100..=599, assigned or not.
    #[inline]
    pub const fn new(code: u16) -> Option<HttpCode> {
        match NonZeroU16::new(code) {
            Some(nz) if code >= 100 && code <= 599 => Some(HttpCode(nz)),
            _ => None,
        }
    }

    /// `code` if the registry assigns it. One bounds check and one load
    /// from a table that holds each assigned code itself (0 elsewhere).
    #[inline]
    pub const fn assigned(code: u16) -> Option<HttpCode> {
        match NonZeroU16::new(assigned_code(code)) {
            Some(nz) => Some(HttpCode(nz)),
            None => None,
        }
    }

    /// The number.
    #[inline]
    pub const fn get(self) -> u16 {
        self.0.get()
    }

    /// The registry's reason phrase (`Not Found`), or `""` if unassigned.
    #[inline]
    pub const fn reason(self) -> &'static str {
        match entry(self.get()) {
            Some(e) => e.reason,
            None => "",
        }
    }

    /// The canonical name (`NOT_FOUND`), or `""` if unassigned.
    #[inline]
    pub const fn name(self) -> &'static str {
        match entry(self.get()) {
            Some(e) => e.name,
            None => "",
        }
    }

    /// What the code means, in one sentence, or `""` if unassigned.
    pub const fn description(self) -> &'static str {
        match entry(self.get()) {
            Some(e) => e.description,
            None => "",
        }
    }

    /// Where the code is defined, or `""` if unassigned.
    pub const fn reference(self) -> &'static str {
        match entry(self.get()) {
            Some(e) => e.reference,
            None => "",
        }
    }

    /// Where the code stands in the registry.
    pub const fn registry_status(self) -> RegistryStatus {
        match entry(self.get()) {
            Some(e) => e.registry,
            None => RegistryStatus::Unassigned,
        }
    }

    /// Whether the registry assigns the code.
    #[inline]
    pub const fn is_assigned(self) -> bool {
        assigned_code(self.get()) != 0
    }

    /// The header field RFC 9110 requires in a response with this status,
    /// and the section that says so: `Location` for 3xx (not 304),
    /// `Content-Range` for 206, `WWW-Authenticate` for 401, `Allow` for
    /// 405, `Proxy-Authenticate` for 407, `Upgrade` for 426.
    pub const fn required_header(self) -> Option<(&'static str, &'static str)> {
        Some(match self.get() {
            206 => ("Content-Range", "§15.3.7"),
            304 => return None,
            300..=399 => ("Location", "§10.2.2"),
            401 => ("WWW-Authenticate", "§15.5.2"),
            405 => ("Allow", "§15.5.6"),
            407 => ("Proxy-Authenticate", "§15.5.8"),
            426 => ("Upgrade", "§15.5.22"),
            _ => return None,
        })
    }

    /// Whether a response with this status may have content: not 1xx, 204,
    /// 205 or 304 (RFC 9110 §15.2, §15.3.5, §15.3.6, §15.4.5).
    pub const fn allows_content(self) -> bool {
        !matches!(self.get(), 100..=199 | 204 | 205 | 304)
    }
}

impl fmt::Display for HttpCode {
    /// `404 Not Found`, or the number alone if unassigned.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason() {
            "" => write!(f, "{}", self.get()),
            reason => write!(f, "{} {}", self.get(), reason),
        }
    }
}

impl fmt::Debug for HttpCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HttpCode({})", self.get())
    }
}

impl From<HttpCode> for u16 {
    fn from(code: HttpCode) -> u16 {
        code.get()
    }
}

/// A WebSocket close code in 1000..=4999, registered or not.
///
/// ```
/// use statuscode_registry::WsCode;
/// let code = WsCode::new(1008).unwrap();
/// assert_eq!(code.name(), "POLICY_VIOLATION");
/// assert_eq!(code.to_string(), "1008 Policy Violation");
/// assert!(!WsCode::new(1006).unwrap().is_sendable());
/// assert!(WsCode::new(999).is_none());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WsCode(u16);

impl WsCode {
    /// The lowest code, where a row's code (always in range) needs a fallback.
    pub(crate) const MIN: WsCode = WsCode(1000);

    /// `code` if it is in 1000..=4999, registered or not.
    #[inline]
    pub const fn new(code: u16) -> Option<WsCode> {
        if code >= 1000 && code <= 4999 {
            Some(WsCode(code))
        } else {
            None
        }
    }

    /// The number.
    #[inline]
    pub const fn get(self) -> u16 {
        self.0
    }

    /// The registered name (`POLICY_VIOLATION`), or `""`.
    pub const fn name(self) -> &'static str {
        match close_entry(self.0) {
            Some(e) => e.name,
            None => "",
        }
    }

    /// What the code means: its registry row's, or its range's.
    pub const fn meaning(self) -> &'static str {
        match (close_entry(self.0), close_range(self.0)) {
            (Some(e), _) => e.meaning,
            (None, Some(r)) => r.meaning,
            (None, None) => "",
        }
    }

    /// The short label (`Policy Violation`), or `""` if unregistered.
    pub const fn label(self) -> &'static str {
        match close_entry(self.0) {
            Some(e) => e.label,
            None => "",
        }
    }

    /// Where the code, or its range, is defined.
    pub const fn reference(self) -> &'static str {
        match (close_entry(self.0), close_range(self.0)) {
            (Some(e), _) => e.reference,
            (None, Some(r)) => r.reference,
            (None, None) => "",
        }
    }

    /// Whether an endpoint may send it in a Close frame (RFC 6455 §7.4.1).
    pub const fn is_sendable(self) -> bool {
        match (close_entry(self.0), close_range(self.0)) {
            (Some(e), _) => e.sendable,
            (None, Some(r)) => r.sendable,
            (None, None) => false,
        }
    }

    /// Whether the registry has a row for it.
    pub const fn is_registered(self) -> bool {
        close_entry(self.0).is_some()
    }
}

impl fmt::Display for WsCode {
    /// `1008 Policy Violation`, or the number alone if unregistered.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            "" => write!(f, "{}", self.0),
            label => write!(f, "{} {label}", self.0),
        }
    }
}

impl fmt::Debug for WsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WsCode({})", self.0)
    }
}

impl From<WsCode> for u16 {
    fn from(code: WsCode) -> u16 {
        code.0
    }
}
