//! The [`CloseCode`] type: WebSocket close codes (RFC 6455 §7.4 and the IANA
//! WebSocket Close Code Number Registry), their names, and the resolver for
//! them. The lookups are statuscode-registry's, on its `WsCode`; this layer
//! wraps them in `CloseCode`. The constants (`CloseCode::POLICY_VIOLATION`) are in the
//! generated `consts.rs`.

use core::fmt;
use core::str::FromStr;

use statuscode_registry::{CLOSE, WsCode, close_code_error, split_wire_text};

/// A WebSocket close code (RFC 6455 §7.4): the status code of a Close frame.
///
/// A `CloseCode` holds one of
///
/// * a code of the IANA registry, 1000..=1015, 3000, 3003 and 3008, each an
///   associated constant (`CloseCode::POLICY_VIOLATION`), including the four
///   that may not be sent in a Close frame (1004, 1005, 1006, 1015): an
///   endpoint may still *report* them, so they are values to compare with;
/// * any other code of 3000..=3999 (for libraries, frameworks and
///   applications, registered with IANA first come first served) or of
///   4000..=4999 (private use).
///
/// It never holds 0..=999 (not used), 1016..=2999 (reserved for the protocol
/// and not assigned) or 5000 and above (undefined):
/// [`CloseCode::from_u16`] refuses them.
/// [`is_sendable`](CloseCode::is_sendable) says whether a code may go in a
/// Close frame; the `close_code!` macro only accepts codes that may.
///
/// ```
/// use statuscode_core::CloseCode;
///
/// fn retry_later(code: CloseCode) -> bool {
///     matches!(code, CloseCode::TRY_AGAIN_LATER | CloseCode::SERVICE_RESTART)
/// }
/// assert!(retry_later(CloseCode::from_u16(1013)?));
/// assert_eq!(CloseCode::POLICY_VIOLATION.to_string(), "1008 Policy Violation");
/// assert!(!CloseCode::ABNORMAL_CLOSURE.is_sendable());
/// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CloseCode(WsCode);

impl CloseCode {
    /// The close code `code`, if a `CloseCode` may hold it: the registered
    /// codes (1000..=1015, 3000, 3003, 3008, including those that may not be
    /// sent), and 3000..=4999.
    ///
    /// # Errors
    ///
    /// [`ParseCloseCodeError::Unused`] for 0..=999,
    /// [`ParseCloseCodeError::Unassigned`] for 1016..=2999 and
    /// [`ParseCloseCodeError::OutOfRange`] from 5000.
    ///
    /// ```
    /// use statuscode_core::{CloseCode, ParseCloseCodeError};
    /// assert_eq!(CloseCode::from_u16(1000), Ok(CloseCode::NORMAL_CLOSURE));
    /// assert_eq!(CloseCode::from_u16(1006), Ok(CloseCode::ABNORMAL_CLOSURE)); // may be reported
    /// assert_eq!(CloseCode::from_u16(4001)?.as_u16(), 4001); // private use
    /// assert_eq!(CloseCode::from_u16(999), Err(ParseCloseCodeError::Unused { code: 999 }));
    /// assert_eq!(CloseCode::from_u16(2000), Err(ParseCloseCodeError::Unassigned { code: 2000 }));
    /// assert_eq!(CloseCode::from_u16(5000), Err(ParseCloseCodeError::OutOfRange));
    /// # Ok::<(), ParseCloseCodeError>(())
    /// ```
    #[inline]
    pub const fn from_u16(code: u16) -> Result<CloseCode, ParseCloseCodeError> {
        resolve_close_code(code as u64)
    }

    /// A close code as received from a peer: any code RFC 6455 §7.4 lets a
    /// Close frame carry or an endpoint report, 1000..=4999, registered or
    /// not, so that a code from a newer revision of the protocol
    /// (1016..=2999) is held rather than refused. This is the door for codes
    /// from elsewhere, and what the tungstenite and axum conversions,
    /// deserializing a number and [`FromStr`] on a number use; a program
    /// choosing a code uses `close_code!`, [`CloseCode::from_u16`] or a name.
    ///
    /// # Errors
    ///
    /// As [`CloseCode::from_u16`] for numbers outside 1000..=4999.
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert_eq!(CloseCode::from_wire(2000)?.as_u16(), 2000);
    /// assert_eq!(CloseCode::from_wire(1008), Ok(CloseCode::POLICY_VIOLATION));
    /// assert!(CloseCode::from_wire(999).is_err());
    /// assert!(CloseCode::from_wire(5000).is_err());
    /// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
    /// ```
    #[inline]
    pub const fn from_wire(code: u16) -> Result<CloseCode, ParseCloseCodeError> {
        match WsCode::new(code) {
            Some(code) => Ok(CloseCode(code)),
            None => resolve_close_code(code as u64),
        }
    }

    /// The numeric code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::CloseCode::GOING_AWAY.as_u16(), 1001);
    /// ```
    pub const fn as_u16(self) -> u16 {
        self.0.get()
    }

    /// The constant name of a registered code (`"POLICY_VIOLATION"`), or `""`
    /// for a code without one (3001, 4000).
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert_eq!(CloseCode::MANDATORY_EXTENSION.name(), "MANDATORY_EXT");
    /// assert_eq!(CloseCode::from_u16(4000)?.name(), "");
    /// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
    /// ```
    pub const fn name(self) -> &'static str {
        self.0.name()
    }

    /// The registry's Meaning, as IANA writes it (`"Policy Violation"`,
    /// `"Mandatory Ext."`); for a code without a name, the description of
    /// its range (`"Reserved for Private Use"` for 4000..=4999).
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert_eq!(CloseCode::INTERNAL_ERROR.meaning(), "Internal Error");
    /// assert_eq!(CloseCode::from_u16(4321)?.meaning(), "Reserved for Private Use");
    /// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
    /// ```
    pub const fn meaning(self) -> &'static str {
        self.0.meaning()
    }

    /// A short phrase for the code, which [`Display`](fmt::Display) prints:
    /// the registry's Meaning, except for 1014, whose Meaning is a sentence
    /// (`"Bad Gateway"`, as Starlette and Python `websockets` call it); `""`
    /// for a code without a name.
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert_eq!(CloseCode::BAD_GATEWAY.label(), "Bad Gateway");
    /// assert_eq!(CloseCode::TRY_AGAIN_LATER.label(), "Try Again Later");
    /// ```
    pub const fn label(self) -> &'static str {
        self.0.label()
    }

    /// The registry's reference (`"[RFC6455]"`); for a code without a name,
    /// the reference of its range (`"[RFC6455]"` for 4000..=4999, `""` for
    /// the unassigned parts of 3000..=3999).
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert_eq!(CloseCode::INTERNAL_ERROR.reference(), "[RFC6455][RFC Errata 3227]");
    /// ```
    pub const fn reference(self) -> &'static str {
        self.0.reference()
    }

    /// Whether an endpoint may send this code in a Close frame. False for
    /// 1004 (reserved), 1005, 1006 and 1015 (RFC 6455 §7.4.1: for reporting
    /// only); true for every other code a `CloseCode` can hold.
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert!(CloseCode::POLICY_VIOLATION.is_sendable());
    /// assert!(CloseCode::from_u16(4000)?.is_sendable());
    /// assert!(!CloseCode::NO_STATUS_RCVD.is_sendable());
    /// assert!(!CloseCode::TLS_HANDSHAKE.is_sendable());
    /// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
    /// ```
    pub const fn is_sendable(self) -> bool {
        self.0.is_sendable()
    }

    /// Whether the IANA registry lists this code by name.
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert!(CloseCode::TIMEOUT.is_registered());
    /// assert!(!CloseCode::from_u16(3001)?.is_registered());
    /// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
    /// ```
    pub const fn is_registered(self) -> bool {
        self.0.is_registered()
    }

    /// Whether the code is in 4000..=4999, reserved for private use: codes an
    /// application agrees on with its peers, never registered.
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert!(CloseCode::from_u16(4001)?.is_private_use());
    /// assert!(!CloseCode::NORMAL_CLOSURE.is_private_use());
    /// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
    /// ```
    pub const fn is_private_use(self) -> bool {
        self.0.get() >= 4000
    }

    /// The close code for a name (`POLICY_VIOLATION`), an alias
    /// (`INVALID_DATA`), a FastAPI name (`WS_1008_POLICY_VIOLATION`) or a
    /// decimal number; the same resolver as `close_code!`, which in addition
    /// refuses codes that may not be sent.
    ///
    /// # Errors
    ///
    /// A [`ParseCloseCodeError`] saying what is wrong, with suggestions for a
    /// misspelled name.
    ///
    /// ```
    /// use statuscode_core::CloseCode;
    /// assert_eq!(CloseCode::from_name("WS_1011_INTERNAL_ERROR"), Ok(CloseCode::INTERNAL_ERROR));
    /// assert_eq!(CloseCode::from_name("INVALID_DATA"), Ok(CloseCode::INVALID_FRAME_PAYLOAD_DATA));
    /// assert_eq!(
    ///     CloseCode::from_name("POLICY_VIOLATOIN").unwrap_err().to_string(),
    ///     "unknown close code name; did you mean `POLICY_VIOLATION` (1008 Policy Violation)?"
    /// );
    /// ```
    pub fn from_name(name: &str) -> Result<CloseCode, ParseCloseCodeError> {
        // As `Status::from_name`: the error only for a name that does not
        // resolve.
        match statuscode_registry::close_code_named(name) {
            Some(code) => Ok(CloseCode::from_code(code)),
            None => resolve_close_name(name).map(|r| r.code),
        }
    }

    /// Every registered code, in ascending order.
    ///
    /// ```
    /// let all: Vec<_> = statuscode_core::CloseCode::all().collect();
    /// assert_eq!(all.len(), 19);
    /// assert_eq!(all[0], statuscode_core::CloseCode::NORMAL_CLOSURE);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = CloseCode> + DoubleEndedIterator + Clone {
        CLOSE.iter().map(|e| CloseCode::new_unchecked(e.code))
    }

    /// Used by the generated constants and by [`Close`].
    #[inline]
    pub(crate) const fn new_unchecked(code: u16) -> CloseCode {
        match WsCode::new(code) {
            Some(code) => CloseCode(code),
            // Every caller passes a code in 1000..=4999.
            None => panic!("a close code is in 1000..=4999"),
        }
    }

    /// The `CloseCode` of a code statuscode-registry resolved.
    pub(crate) const fn from_code(code: WsCode) -> CloseCode {
        CloseCode(code)
    }
}

impl fmt::Display for CloseCode {
    /// `1008 Policy Violation`; a code without a name prints its number
    /// alone.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for CloseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            "" => write!(f, "CloseCode({})", self.as_u16()),
            name => write!(f, "CloseCode::{name}"),
        }
    }
}

/// Reads back what the crate writes: every name form (as
/// [`CloseCode::from_name`]), and a code as it comes from a peer or from
/// [`Display`](core::fmt::Display): a number in 1000..=4999, alone or
/// followed by its own label (`"1008 Policy Violation"`, `"2000"`), as
/// [`CloseCode::from_wire`] takes it. Anything else is `from_name`'s error.
///
/// ```
/// use statuscode_core::CloseCode;
/// assert_eq!("1008 Policy Violation".parse(), Ok(CloseCode::POLICY_VIOLATION));
/// assert_eq!("2000".parse::<CloseCode>()?.as_u16(), 2000);
/// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
/// ```
impl FromStr for CloseCode {
    type Err = ParseCloseCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(code) = statuscode_registry::close_code_named(s) {
            return Ok(CloseCode::from_code(code));
        }
        // What `Display` writes (`1008 Policy Violation`), before the error
        // and its search for suggestions, as for `Status`.
        if let Some((code, label)) = split_wire_text(s, 4)
            && let Ok(close) = CloseCode::from_wire(code)
            && label.is_none_or(|label| label == close.label() && !label.is_empty())
        {
            return Ok(close);
        }
        resolve_close_name(s).map(|r| r.code)
    }
}

impl From<CloseCode> for u16 {
    fn from(code: CloseCode) -> u16 {
        code.as_u16()
    }
}

impl TryFrom<u16> for CloseCode {
    type Error = ParseCloseCodeError;

    /// Same as [`CloseCode::from_u16`].
    fn try_from(code: u16) -> Result<Self, Self::Error> {
        CloseCode::from_u16(code)
    }
}

impl PartialEq<u16> for CloseCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<CloseCode> for u16 {
    fn eq(&self, other: &CloseCode) -> bool {
        *self == other.as_u16()
    }
}

/// Why a name or number is not a close code. Its `Display` says what to write
/// instead.
///
/// Its variants hold [`CloseCode`] (the enum is statuscode-registry's, shared
/// with the macros, so the messages are written once).
///
/// ```
/// use statuscode_core::CloseCode;
/// assert_eq!(
///     CloseCode::from_name("1016").unwrap_err().to_string(),
///     "1016 is not assigned: 1000..=2999 is reserved for the WebSocket protocol and its extensions (RFC 6455 §7.4.2); an application's own codes go in 4000..=4999 (private use) or 3000..=3999 (registered with IANA)"
/// );
/// ```
pub type ParseCloseCodeError = statuscode_registry::ParseCloseCodeError<CloseCode>;

/// A close-code name or number that resolved: the [`CloseCode`] it names
/// (`code`) and how it was written (`form`, a [`NameForm`](crate::NameForm)).
pub type ResolvedClose = statuscode_registry::ResolvedClose<CloseCode>;

/// Resolves a number to a close code; see [`CloseCode::from_u16`].
///
/// # Errors
///
/// [`ParseCloseCodeError::Unused`], [`ParseCloseCodeError::Unassigned`] or
/// [`ParseCloseCodeError::OutOfRange`].
///
/// ```
/// use statuscode_core::{resolve_close_code, CloseCode};
/// assert_eq!(resolve_close_code(1008), Ok(CloseCode::POLICY_VIOLATION));
/// assert!(resolve_close_code(70_000).is_err());
/// ```
#[inline]
pub const fn resolve_close_code(code: u64) -> Result<CloseCode, ParseCloseCodeError> {
    match close_code_error(code) {
        Ok(code) => Ok(CloseCode::new_unchecked(code)),
        Err(e) => Err(e),
    }
}

/// Resolves every form `close_code!` accepts: a decimal number, a canonical
/// name, an alias, or a FastAPI name `WS_<code>_<NAME>` whose parts agree.
/// Unlike the macro it accepts codes that may not be sent (1006): check
/// [`CloseCode::is_sendable`] before sending a code read at run time.
///
/// # Errors
///
/// A [`ParseCloseCodeError`] that says what is wrong and, for a name, what
/// was probably meant.
///
/// ```
/// use statuscode_core::{resolve_close_name, CloseCode, NameForm};
/// let r = resolve_close_name("WS_1008_POLICY_VIOLATION")?;
/// assert_eq!((r.code, r.form), (CloseCode::POLICY_VIOLATION, NameForm::FastApi));
/// # Ok::<(), statuscode_core::ParseCloseCodeError>(())
/// ```
pub fn resolve_close_name(input: &str) -> Result<ResolvedClose, ParseCloseCodeError> {
    match statuscode_registry::resolve_close_name(input) {
        Ok(r) => Ok(ResolvedClose {
            code: CloseCode::from_code(r.code),
            form: r.form,
        }),
        Err(e) => Err(e.map(CloseCode::from_code)),
    }
}

/// `Close::<N>::CODE` is the close code `N`, as a path usable in patterns,
/// for codes without a constant (4001). `close_code!(4001)` expands to it;
/// the macro has already checked the code, and the `const` checks it again.
#[doc(hidden)]
pub struct Close<const N: u16>;

impl<const N: u16> Close<N> {
    pub const CODE: CloseCode = match CloseCode::from_u16(N) {
        Ok(code) if code.is_sendable() => code,
        _ => panic!("not a close code that may be sent"),
    };
}

#[cfg(test)]
mod tests {
    use super::{CLOSE, CloseCode};

    /// The bitmap behind `from_u16` agrees with the table, for every `u16`.
    #[test]
    fn from_u16_accepts_exactly_the_rows_and_3000_to_4999() {
        for code in 0..=u16::MAX {
            let expected = CLOSE.iter().any(|e| e.code == code) || (3000..5000).contains(&code);
            assert_eq!(CloseCode::from_u16(code).is_ok(), expected, "{code}");
        }
    }
}
