//! Names and numbers to [`Status`]: the public resolver ([`resolve_name`],
//! [`resolve_code`]), its result and error types, and the `Status`
//! constructors that go through it (`from_u16`, `unassigned`, `from_name`,
//! `FromStr`, `TryFrom<u16>`). The lookups themselves are
//! statuscode-registry's, on its `HttpCode`; this layer wraps them in
//! `Status`.

use core::str::FromStr;

use statuscode_registry::{HttpCode, split_wire_text, unassigned_neighbours};

use crate::close::CloseCode;
use crate::http::Status;

/// A name or number that resolved: the [`Status`] it names (`status`), how
/// it was written (`form`, a [`NameForm`](crate::NameForm)), and
/// `deprecated`: `Some(replacement)` when the name is deprecated (the four
/// FastAPI names Starlette deprecates), the name to write instead.
pub type Resolved = statuscode_registry::Resolved<Status>;

/// Why a name or number is not a status code. Its `Display` says what to
/// write instead.
///
/// Its variants hold [`Status`] and, for a FastAPI WebSocket name, the
/// [`CloseCode`] it names (the enum is statuscode-registry's, shared with
/// the macros, so the messages are written once).
///
/// ```
/// use statuscode_core::{ParseStatusError, Status};
/// assert_eq!("600".parse::<Status>(), Err(ParseStatusError::OutOfRange));
/// assert_eq!(
///     Status::from_name("299").unwrap_err().to_string(),
///     "299 is not assigned in the IANA registry; the nearest assigned codes are 226 (IM Used) and 300 (Multiple Choices)"
/// );
/// ```
pub type ParseStatusError = statuscode_registry::ParseStatusError<Status, CloseCode>;

impl Status {
    /// The status with this code, if the IANA registry assigns it.
    ///
    /// # Errors
    ///
    /// Numbers outside 100..=599 and unassigned codes are an `Err` whose
    /// message names the nearest assigned codes.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert_eq!(Status::from_u16(404), Ok(Status::NOT_FOUND));
    /// assert!(Status::from_u16(499).is_err());
    /// assert!(Status::from_u16(4040).is_err());
    /// ```
    #[inline]
    pub const fn from_u16(code: u16) -> Result<Status, ParseStatusError> {
        // One bounds check and one load (statuscode-registry's table holds
        // each assigned code itself, 0 elsewhere).
        match HttpCode::assigned(code) {
            Some(code) => Ok(Status::from_code(code)),
            None => Err(code_error(code as u64)),
        }
    }

    /// Any three-digit code in 100..=599, assigned or not: the run-time
    /// counterpart of `status!(unassigned 499)`. Prefer [`Status::from_u16`],
    /// which refuses codes the registry does not know. For a code the program
    /// received rather than chose, [`Status::from_wire`] says so (it is the
    /// same range).
    ///
    /// # Errors
    ///
    /// [`ParseStatusError::OutOfRange`] outside 100..=599.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// let closed = Status::unassigned(499)?; // nginx's "client closed request"
    /// assert_eq!(closed.as_u16(), 499);
    /// assert_eq!(closed.reason(), "");
    /// assert!(Status::unassigned(600).is_err());
    /// # Ok::<(), statuscode_core::ParseStatusError>(())
    /// ```
    pub const fn unassigned(code: u16) -> Result<Status, ParseStatusError> {
        if code >= 100 && code <= 599 {
            Ok(Status::new_unchecked(code))
        } else {
            Err(ParseStatusError::OutOfRange)
        }
    }

    /// A status as received: any code RFC 9110 allows on the wire, a
    /// three-digit number in 100..=599 (§15), assigned or not, so that a
    /// client can hold nginx's 499 or Cloudflare's 520. This is the door for
    /// codes from elsewhere, and what `TryFrom` of http's `StatusCode`,
    /// deserializing a number, and [`FromStr`] on a number use; a program
    /// choosing a status uses `status!`, [`Status::from_u16`] or a name,
    /// which keep to the registry.
    ///
    /// # Errors
    ///
    /// [`ParseStatusError::OutOfRange`] outside 100..=599.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// let received = Status::from_wire(520)?; // Cloudflare: "web server returned an unknown error"
    /// assert_eq!((received.as_u16(), received.is_server_error(), received.is_assigned()), (520, true, false));
    /// assert_eq!(Status::from_wire(404), Ok(Status::NOT_FOUND));
    /// assert!(Status::from_wire(600).is_err());
    /// # Ok::<(), statuscode_core::ParseStatusError>(())
    /// ```
    #[inline]
    pub const fn from_wire(code: u16) -> Result<Status, ParseStatusError> {
        Status::unassigned(code)
    }

    /// The status for any name form `status!` accepts (canonical name, alias,
    /// FastAPI name) or a decimal number; the same resolver as the macro.
    ///
    /// # Errors
    ///
    /// A [`ParseStatusError`] saying what is wrong, with suggestions for a
    /// misspelled name.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert_eq!(Status::from_name("UNPROCESSABLE_ENTITY"), Ok(Status::UNPROCESSABLE_CONTENT));
    /// assert_eq!(Status::from_name("HTTP_201_CREATED"), Ok(Status::CREATED));
    /// assert_eq!(
    ///     Status::from_name("HTTP_404_FORBIDDEN").unwrap_err().to_string(),
    ///     "`HTTP_404_FORBIDDEN` names two codes: 404 is `HTTP_404_NOT_FOUND` and FORBIDDEN is `HTTP_403_FORBIDDEN`"
    /// );
    /// ```
    #[inline]
    pub fn from_name(name: &str) -> Result<Status, ParseStatusError> {
        // The code alone first: the error (and its suggestions) only for a
        // name that does not resolve.
        match statuscode_registry::status_named(name) {
            Some(code) => Ok(Status::from_code(code)),
            None => resolve_name(name).map(|r| r.status),
        }
    }
}

/// Reads back what the crate writes: every name form (as
/// [`Status::from_name`]), and a status as text comes from the wire or from
/// [`Display`](core::fmt::Display): a number in 100..=599, alone or followed
/// by its own reason phrase (`"404 Not Found"`, `"499"`), as
/// [`Status::from_wire`] takes it. Anything else is `from_name`'s error,
/// with its suggestions.
///
/// ```
/// use statuscode_core::Status;
/// assert_eq!("TEAPOT".parse(), Ok(Status::IM_A_TEAPOT));
/// assert_eq!("404 Not Found".parse(), Ok(Status::NOT_FOUND));
/// assert_eq!("499".parse::<Status>()?.as_u16(), 499);
/// assert!("404 Gone".parse::<Status>().is_err());
/// # Ok::<(), statuscode_core::ParseStatusError>(())
/// ```
impl FromStr for Status {
    type Err = ParseStatusError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(code) = statuscode_registry::status_named(s) {
            return Ok(Status::from_code(code));
        }
        // What `Display` writes (`404 Not Found`, `499`), before the error:
        // its suggestions cost a search of every name.
        if let Some((code, label)) = split_wire_text(s, 3)
            && let Ok(status) = Status::from_wire(code)
            && label.is_none_or(|label| label == status.reason() && !label.is_empty())
        {
            return Ok(status);
        }
        resolve_name(s).map(|r| r.status)
    }
}

impl TryFrom<u16> for Status {
    type Error = ParseStatusError;

    /// Same as [`Status::from_u16`].
    #[inline]
    fn try_from(code: u16) -> Result<Self, Self::Error> {
        Status::from_u16(code)
    }
}

/// Resolves a number: assigned codes are `Ok`; everything else says why not.
///
/// # Errors
///
/// [`ParseStatusError::OutOfRange`] outside 100..=599, and
/// [`ParseStatusError::Unassigned`] (with the nearest assigned codes) for a
/// number the registry does not assign.
///
/// ```
/// use statuscode_core::{resolve_code, Status};
/// assert_eq!(resolve_code(418), Ok(Status::IM_A_TEAPOT));
/// assert!(resolve_code(499).is_err());
/// ```
#[allow(
    clippy::cast_possible_truncation,
    reason = "checked against u16::MAX first"
)]
pub const fn resolve_code(code: u64) -> Result<Status, ParseStatusError> {
    if code <= u16::MAX as u64
        && let Some(status) = HttpCode::assigned(code as u16)
    {
        Ok(Status::from_code(status))
    } else {
        Err(code_error(code))
    }
}

/// The error for a number that is not an assigned code.
#[cold]
const fn code_error(code: u64) -> ParseStatusError {
    match unassigned_neighbours(code) {
        None => ParseStatusError::OutOfRange,
        Some((code, below, above)) => ParseStatusError::Unassigned {
            code,
            below: match below {
                Some(c) => Some(Status::new_unchecked(c)),
                None => None,
            },
            above: match above {
                Some(c) => Some(Status::new_unchecked(c)),
                None => None,
            },
        },
    }
}

/// Resolves every form a user may write: a decimal number, a canonical
/// name, an alias, or a FastAPI name `HTTP_<code>_<NAME>` whose parts agree.
///
/// Names are exact (SCREAMING_SNAKE_CASE); a near miss is an
/// [`ParseStatusError::UnknownName`] carrying the closest names, found with
/// case and underscores ignored.
///
/// # Errors
///
/// A [`ParseStatusError`] that says what is wrong and, for a name, what was
/// probably meant.
///
/// ```
/// use statuscode_core::{resolve_name, NameForm, Status};
/// let r = resolve_name("HTTP_422_UNPROCESSABLE_ENTITY")?;
/// assert_eq!(r.status, Status::UNPROCESSABLE_CONTENT);
/// assert_eq!(r.form, NameForm::FastApi);
/// assert_eq!(r.deprecated, Some("HTTP_422_UNPROCESSABLE_CONTENT"));
/// # Ok::<(), statuscode_core::ParseStatusError>(())
/// ```
pub fn resolve_name(input: &str) -> Result<Resolved, ParseStatusError> {
    match statuscode_registry::resolve_name(input) {
        Ok(r) => Ok(Resolved {
            status: Status::from_code(r.status),
            form: r.form,
            deprecated: r.deprecated,
        }),
        Err(e) => Err(e.map(Status::from_code, CloseCode::from_code)),
    }
}

/// `Unassigned::<N>::STATUS` is the status for the unassigned code `N`, as a
/// path usable in patterns. `status!(unassigned 499)` expands to it; the
/// macro has already checked the range, and the `const` checks it again.
#[doc(hidden)]
pub struct Unassigned<const N: u16>;

impl<const N: u16> Unassigned<N> {
    pub const STATUS: Status = match Status::unassigned(N) {
        Ok(status) => status,
        Err(_) => panic!("status codes run from 100 to 599"),
    };
}
