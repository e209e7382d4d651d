//! Names and numbers to [`Status`]: the public resolver ([`resolve_name`],
//! [`resolve_code`]), its result and error types, and the `Status`
//! constructors that go through it (`from_u16`, `unassigned`, `from_name`,
//! `FromStr`, `TryFrom<u16>`). The lookups themselves are `resolve.rs`'s, on
//! raw codes; this layer wraps them in types.

use core::fmt;
use core::num::NonZeroU16;
use core::str::FromStr;

use crate::close::{CloseCode, resolve_close_name};
use crate::http::Status;
use crate::registry::{NameEntry, NameForm};
use crate::resolve::{Found, HTTP_NAMES, assigned, assigned_code, find, nearest};
use crate::suggest;
use crate::suggestion::{Suggestion, Suggestions};
use crate::table::{FOREIGN, HTTP, NAMES};

/// A name or number that resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The status it names.
    pub status: Status,
    /// How it was written.
    pub form: NameForm,
    /// `Some(replacement)` when the name is deprecated (the four FastAPI names
    /// Starlette deprecates): the name to write instead.
    pub deprecated: Option<&'static str>,
}

/// Why a name or number is not a status code. Its `Display` says what to
/// write instead.
///
/// ```
/// use statuscode_core::{ParseStatusError, Status};
/// assert_eq!("600".parse::<Status>(), Err(ParseStatusError::OutOfRange));
/// assert_eq!(
///     Status::from_name("299").unwrap_err().to_string(),
///     "299 is not assigned in the IANA registry; the nearest assigned codes are 226 (IM Used) and 300 (Multiple Choices)"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseStatusError {
    /// The input was empty.
    Empty,
    /// Neither a name nor a decimal number (`4.04`, `-404`, `"404"`).
    Malformed,
    /// A number outside 100..=599: status codes run from 100 to 599.
    OutOfRange,
    /// A number in 100..=599 that the registry does not assign.
    Unassigned {
        /// The number written.
        code: u16,
        /// The nearest assigned code below it.
        below: Option<Status>,
        /// The nearest assigned code above it.
        above: Option<Status>,
    },
    /// A name no table knows, with the closest known names.
    UnknownName {
        /// The closest names, best first; may be empty.
        suggestions: Suggestions,
    },
    /// A FastAPI name whose number and name disagree: `HTTP_404_FORBIDDEN`.
    FastApiMismatch {
        /// The number written (`404`).
        number: u32,
        /// The status of that number, if it is assigned (`404`).
        number_status: Option<Status>,
        /// The name written after the number (`FORBIDDEN`).
        name: &'static str,
        /// The status that name belongs to (`403`).
        name_status: Status,
    },
    /// A FastAPI WebSocket name (`WS_1008_POLICY_VIOLATION`): a close code,
    /// not an HTTP status. Parse it as a [`CloseCode`].
    WebSocketName {
        /// The close code the name resolves to.
        close_code: CloseCode,
    },
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseStatusError::Empty => f.write_str("empty status code"),
            ParseStatusError::Malformed => {
                f.write_str("expected a decimal number such as 404 or a name such as NOT_FOUND")
            }
            ParseStatusError::OutOfRange => {
                f.write_str("status codes run from 100 to 599 (RFC 9110 §15)")
            }
            ParseStatusError::Unassigned { code, below, above } => {
                write!(f, "{code} is not assigned in the IANA registry")?;
                match (below, above) {
                    (Some(b), Some(a)) => write!(
                        f,
                        "; the nearest assigned codes are {} ({}) and {} ({})",
                        b.as_u16(),
                        b.reason(),
                        a.as_u16(),
                        a.reason()
                    ),
                    (Some(s), None) | (None, Some(s)) => {
                        write!(
                            f,
                            "; the nearest assigned code is {} ({})",
                            s.as_u16(),
                            s.reason()
                        )
                    }
                    (None, None) => Ok(()),
                }
            }
            ParseStatusError::UnknownName { suggestions } => {
                suggestions.fmt_unknown(f, "status", "NOT_FOUND", "HTTP_404_NOT_FOUND")
            }
            ParseStatusError::FastApiMismatch {
                number,
                number_status,
                name,
                name_status,
            } => {
                write!(f, "`HTTP_{number}_{name}` names two codes: ")?;
                match number_status {
                    Some(s) => write!(f, "{number} is `HTTP_{number}_{}`", s.name())?,
                    None => write!(f, "{number} is not an assigned status code")?,
                }
                write!(f, " and {name} is `HTTP_{}_{name}`", name_status.as_u16())
            }
            ParseStatusError::WebSocketName { close_code } => write!(
                f,
                "`WS_{}_{}` is a WebSocket close code ({close_code}), not an HTTP status; parse it as a `CloseCode`",
                close_code.as_u16(),
                close_code.name()
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseStatusError {}

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
        // The table holds the code itself (0 where unassigned), so the value
        // is known non-zero without testing `code` again.
        match NonZeroU16::new(assigned_code(code)) {
            Some(code) => Ok(Status::from_non_zero(code)),
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
        resolve_name(name).map(|r| r.status)
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
        Status::from_name(s).or_else(|err| {
            let (code, label) = crate::resolve::split_wire_text(s, 3).ok_or(err)?;
            match Status::from_wire(code) {
                Ok(status)
                    if label.is_none_or(|label| label == status.reason() && !label.is_empty()) =>
                {
                    Ok(status)
                }
                _ => Err(err),
            }
        })
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
    if code <= u16::MAX as u64 && assigned(code as u16) {
        Ok(Status::new_unchecked(code as u16))
    } else {
        Err(code_error(code))
    }
}

/// The error for a number that is not an assigned code.
#[allow(
    clippy::cast_possible_truncation,
    reason = "in 100..=599 once past the first check"
)]
#[cold]
const fn code_error(code: u64) -> ParseStatusError {
    if code < 100 || code > 599 {
        return ParseStatusError::OutOfRange;
    }
    // In range, so it fits a u16.
    let code = code as u16;
    let (below, above) = nearest(code);
    ParseStatusError::Unassigned {
        code,
        below: match below {
            Some(c) => Some(Status::new_unchecked(c)),
            None => None,
        },
        above: match above {
            Some(c) => Some(Status::new_unchecked(c)),
            None => None,
        },
    }
}

/// The closest HTTP status names to `input`.
fn suggestions(input: &str) -> Suggestions {
    let mut matches = suggest::suggest(input, NAMES, FOREIGN, "HTTP");
    if matches.hits[0].is_none() && matches.foreign.is_none() {
        // No name is near: what the words mean, by the registry's own
        // descriptions (`RATE_LIMIT` → 429's "too many requests").
        matches.hits = suggest::by_description(input, HTTP, NAMES);
    }
    Suggestions::from_matches(matches, Status::new_unchecked)
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
    let named = |e: &NameEntry, form, deprecated| Resolved {
        status: Status::new_unchecked(e.code),
        form,
        deprecated,
    };
    match find(input, &HTTP_NAMES, "HTTP_") {
        Found::Empty => Err(ParseStatusError::Empty),
        Found::Malformed => Err(ParseStatusError::Malformed),
        Found::Number(code) => resolve_code(code).map(|status| Resolved {
            status,
            form: NameForm::Number,
            deprecated: None,
        }),
        Found::Name(e) => Ok(named(e, e.form, e.replacement)),
        Found::Prefixed(e) => Ok(named(e, NameForm::FastApi, None)),
        Found::Mismatch { number, entry } => Err(ParseStatusError::FastApiMismatch {
            number,
            number_status: u16::try_from(number)
                .ok()
                .and_then(|n| Status::from_u16(n).ok()),
            name: entry.name,
            name_status: Status::new_unchecked(entry.code),
        }),
        Found::PrefixedNumber(number) => Err(ParseStatusError::UnknownName {
            suggestions: match resolve_code(number) {
                Ok(status) => Suggestions::one(Suggestion::new(status, status.name(), "HTTP")),
                Err(_) => suggestions(input),
            },
        }),
        Found::Unknown => match resolve_close_name(input) {
            Ok(r) if r.form == NameForm::FastApi => {
                Err(ParseStatusError::WebSocketName { close_code: r.code })
            }
            _ => Err(ParseStatusError::UnknownName {
                suggestions: suggestions(input),
            }),
        },
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
