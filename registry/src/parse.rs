//! Names and numbers to codes: the resolvers ([`resolve_name`],
//! [`resolve_close_name`] and the number-only ones), what they return and
//! their errors. The errors and results are generic in the code type:
//! here and in the macros they hold [`HttpCode`] and [`WsCode`],
//! statuscode-core's `ParseStatusError` and `ParseCloseCodeError` are the
//! same enums holding its `Status` and `CloseCode` ([`ParseStatusError::map`]
//! turns one into the other), so the messages are written once.

use core::fmt;

use crate::codes::{HttpCode, WsCode};
use crate::resolve::{
    CLOSE_NAMES_INDEX, Found, HTTP_NAMES, close_entry, entry, find, nearest, registered_below_3000,
};
use crate::rows::{NameEntry, NameForm};
use crate::suggest;
use crate::suggestion::{Suggestion, Suggestions};
use crate::table::{CLOSE_FOREIGN, CLOSE_NAMES, FOREIGN, HTTP, NAMES};

/// A name or number that resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved<S> {
    /// The status it names.
    pub status: S,
    /// How it was written.
    pub form: NameForm,
    /// `Some(replacement)` when the name is deprecated (the four FastAPI names
    /// Starlette deprecates): the name to write instead.
    pub deprecated: Option<&'static str>,
}

/// Why a name or number is not a status code. Its `Display` says what to
/// write instead. `S` is the status type, `W` the close-code type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseStatusError<S, W> {
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
        below: Option<S>,
        /// The nearest assigned code above it.
        above: Option<S>,
    },
    /// A name no table knows, with the closest known names.
    UnknownName {
        /// The closest names, best first; may be empty.
        suggestions: Suggestions<S>,
    },
    /// A FastAPI name whose number and name disagree: `HTTP_404_FORBIDDEN`.
    FastApiMismatch {
        /// The number written (`404`).
        number: u32,
        /// The status of that number, if it is assigned (`404`).
        number_status: Option<S>,
        /// The name written after the number (`FORBIDDEN`).
        name: &'static str,
        /// The status that name belongs to (`403`).
        name_status: S,
    },
    /// A FastAPI WebSocket name (`WS_1008_POLICY_VIOLATION`): a close code,
    /// not an HTTP status. Parse it as a close code.
    WebSocketName {
        /// The close code the name resolves to.
        close_code: W,
    },
}

/// The reason phrase of an assigned HTTP status, `""` otherwise.
fn reason(code: u16) -> &'static str {
    entry(code).map_or("", |e| e.reason)
}

impl<S, W> ParseStatusError<S, W> {
    /// The same error with its codes converted.
    pub fn map<S2, W2>(
        self,
        status: impl Fn(S) -> S2,
        close: impl FnOnce(W) -> W2,
    ) -> ParseStatusError<S2, W2> {
        match self {
            ParseStatusError::Empty => ParseStatusError::Empty,
            ParseStatusError::Malformed => ParseStatusError::Malformed,
            ParseStatusError::OutOfRange => ParseStatusError::OutOfRange,
            ParseStatusError::Unassigned { code, below, above } => ParseStatusError::Unassigned {
                code,
                below: below.map(&status),
                above: above.map(&status),
            },
            ParseStatusError::UnknownName { suggestions } => ParseStatusError::UnknownName {
                suggestions: suggestions.map(&status),
            },
            ParseStatusError::FastApiMismatch {
                number,
                number_status,
                name,
                name_status,
            } => ParseStatusError::FastApiMismatch {
                number,
                number_status: number_status.map(&status),
                name,
                name_status: status(name_status),
            },
            ParseStatusError::WebSocketName { close_code } => ParseStatusError::WebSocketName {
                close_code: close(close_code),
            },
        }
    }
}

impl<S, W> fmt::Display for ParseStatusError<S, W>
where
    S: Copy + Into<u16> + fmt::Display,
    W: Copy + Into<u16> + fmt::Display,
{
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
                match (below.map(Into::into), above.map(Into::into)) {
                    (Some(b), Some(a)) => write!(
                        f,
                        "; the nearest assigned codes are {b} ({}) and {a} ({})",
                        reason(b),
                        reason(a)
                    ),
                    (Some(s), None) | (None, Some(s)) => {
                        write!(f, "; the nearest assigned code is {s} ({})", reason(s))
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
                match number_status.map(Into::into) {
                    Some(s) => write!(
                        f,
                        "{number} is `HTTP_{number}_{}`",
                        entry(s).map_or("", |e| e.name)
                    )?,
                    None => write!(f, "{number} is not an assigned status code")?,
                }
                let name_code: u16 = name_status.into();
                write!(f, " and {name} is `HTTP_{name_code}_{name}`")
            }
            ParseStatusError::WebSocketName { close_code } => {
                let code: u16 = close_code.into();
                write!(
                    f,
                    "`WS_{code}_{}` is a WebSocket close code ({close_code}), not an HTTP status; parse it as a `CloseCode`",
                    close_entry(code).map_or("", |e| e.name)
                )
            }
        }
    }
}

impl<S, W> core::error::Error for ParseStatusError<S, W>
where
    S: Copy + Into<u16> + fmt::Display + fmt::Debug,
    W: Copy + Into<u16> + fmt::Display + fmt::Debug,
{
}

/// A close-code name or number that resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResolvedClose<W> {
    /// The close code it names.
    pub code: W,
    /// How it was written.
    pub form: NameForm,
}

/// Why a name or number is not a close code. Its `Display` says what to write
/// instead. `W` is the close-code type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseCloseCodeError<W> {
    /// The input was empty.
    Empty,
    /// Neither a name nor a decimal number (`10.08`, `-1008`, `"1008"`).
    Malformed,
    /// 0..=999: not used (RFC 6455 §7.4.2).
    Unused {
        /// The number written.
        code: u16,
    },
    /// 1016..=2999: reserved for the protocol, not assigned.
    Unassigned {
        /// The number written.
        code: u16,
    },
    /// 5000 or more: no close code is that large.
    OutOfRange,
    /// A name no table knows, with the closest known names.
    UnknownName {
        /// The closest names, best first; may be empty.
        suggestions: Suggestions<W>,
    },
    /// A FastAPI name whose number and name disagree:
    /// `WS_1000_POLICY_VIOLATION`.
    FastApiMismatch {
        /// The number written (`1000`).
        number: u32,
        /// The registered close code of that number, if any (`1000`).
        number_code: Option<W>,
        /// The name written after the number (`POLICY_VIOLATION`).
        name: &'static str,
        /// The code that name belongs to (`1008`).
        name_code: W,
    },
}

impl<W> ParseCloseCodeError<W> {
    /// The same error with its codes converted.
    pub fn map<W2>(self, close: impl Fn(W) -> W2) -> ParseCloseCodeError<W2> {
        match self {
            ParseCloseCodeError::Empty => ParseCloseCodeError::Empty,
            ParseCloseCodeError::Malformed => ParseCloseCodeError::Malformed,
            ParseCloseCodeError::Unused { code } => ParseCloseCodeError::Unused { code },
            ParseCloseCodeError::Unassigned { code } => ParseCloseCodeError::Unassigned { code },
            ParseCloseCodeError::OutOfRange => ParseCloseCodeError::OutOfRange,
            ParseCloseCodeError::UnknownName { suggestions } => ParseCloseCodeError::UnknownName {
                suggestions: suggestions.map(&close),
            },
            ParseCloseCodeError::FastApiMismatch {
                number,
                number_code,
                name,
                name_code,
            } => ParseCloseCodeError::FastApiMismatch {
                number,
                number_code: number_code.map(&close),
                name,
                name_code: close(name_code),
            },
        }
    }
}

impl<W: Copy + Into<u16> + fmt::Display> fmt::Display for ParseCloseCodeError<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseCloseCodeError::Empty => f.write_str("empty close code"),
            ParseCloseCodeError::Malformed => f.write_str(
                "expected a close code: a decimal number such as 1008 or a name such as POLICY_VIOLATION",
            ),
            ParseCloseCodeError::Unused { code } => write!(
                f,
                "{code} is not a close code: 0..=999 are not used (RFC 6455 §7.4.2); close codes are 1000..=4999"
            ),
            ParseCloseCodeError::Unassigned { code } => write!(
                f,
                "{code} is not assigned: 1000..=2999 is reserved for the WebSocket protocol and its extensions (RFC 6455 §7.4.2); an application's own codes go in 4000..=4999 (private use) or 3000..=3999 (registered with IANA)"
            ),
            ParseCloseCodeError::OutOfRange => f.write_str(
                "close codes are 1000..=4999 (RFC 6455 §7.4.2); an application's own codes go in 4000..=4999 (private use)",
            ),
            ParseCloseCodeError::UnknownName { suggestions } => suggestions.fmt_unknown(
                f,
                "close code",
                "POLICY_VIOLATION",
                "WS_1008_POLICY_VIOLATION",
            ),
            ParseCloseCodeError::FastApiMismatch {
                number,
                number_code,
                name,
                name_code,
            } => {
                write!(f, "`WS_{number}_{name}` names two codes: ")?;
                match number_code.and_then(|c| close_entry(c.into())) {
                    Some(e) => write!(f, "{number} is `WS_{number}_{}`", e.name)?,
                    None => write!(f, "{number} has no registered name")?,
                }
                let name_code: u16 = name_code.into();
                write!(f, " and {name} is `WS_{name_code}_{name}`")
            }
        }
    }
}

impl<W: Copy + Into<u16> + fmt::Display + fmt::Debug> core::error::Error
    for ParseCloseCodeError<W>
{
}

/// What is wrong with a number that is not an assigned HTTP status:
/// `None` when it is outside 100..=599, else the nearest assigned codes
/// below and above it. A `const fn`, for statuscode-core's `const`
/// constructors, which build their own error from it.
#[allow(
    clippy::cast_possible_truncation,
    reason = "in 100..=599 once past the first check"
)]
#[cold]
pub const fn unassigned_neighbours(code: u64) -> Option<(u16, Option<u16>, Option<u16>)> {
    if code < 100 || code > 599 {
        return None;
    }
    let code = code as u16;
    let (below, above) = nearest(code);
    Some((code, below, above))
}

/// Resolves a number to an assigned HTTP status.
///
/// # Errors
///
/// [`ParseStatusError::OutOfRange`] outside 100..=599, and
/// [`ParseStatusError::Unassigned`] (with the nearest assigned codes) for a
/// number the registry does not assign.
pub fn resolve_code(code: u64) -> Result<HttpCode, ParseStatusError<HttpCode, WsCode>> {
    if let Some(status) = u16::try_from(code).ok().and_then(HttpCode::assigned) {
        return Ok(status);
    }
    Err(match unassigned_neighbours(code) {
        None => ParseStatusError::OutOfRange,
        Some((code, below, above)) => ParseStatusError::Unassigned {
            code,
            below: below.and_then(HttpCode::assigned),
            above: above.and_then(HttpCode::assigned),
        },
    })
}

/// The closest HTTP status names to `input`.
fn suggestions(input: &str) -> Suggestions<HttpCode> {
    let mut matches = suggest::suggest(input, NAMES, FOREIGN, "HTTP");
    if matches.hits[0].is_none() && matches.foreign.is_none() {
        // No name is near: what the words mean, by the registry's own
        // descriptions (`RATE_LIMIT` → 429's "too many requests").
        matches.hits = suggest::by_description(input, HTTP, NAMES);
    }
    Suggestions::from_matches(matches, registered)
}

/// The code of a row of a name table (always in 100..=599).
fn registered(code: u16) -> HttpCode {
    HttpCode::new(code).unwrap_or(HttpCode::MIN)
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
/// use statuscode_registry::{resolve_name, NameForm};
/// let r = resolve_name("HTTP_422_UNPROCESSABLE_ENTITY")?;
/// assert_eq!(r.status.get(), 422);
/// assert_eq!(r.form, NameForm::FastApi);
/// assert_eq!(r.deprecated, Some("HTTP_422_UNPROCESSABLE_CONTENT"));
/// let err = resolve_name("NOT_FUOND").unwrap_err();
/// assert_eq!(err.to_string(), "unknown status name; did you mean `NOT_FOUND` (404 Not Found)?");
/// # Ok::<(), statuscode_registry::ParseStatusError<_, _>>(())
/// ```
pub fn resolve_name(input: &str) -> Result<Resolved<HttpCode>, ParseStatusError<HttpCode, WsCode>> {
    let named = |e: &NameEntry, form, deprecated| Resolved {
        status: registered(e.code),
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
            number_status: u16::try_from(number).ok().and_then(HttpCode::assigned),
            name: entry.name,
            name_status: registered(entry.code),
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

/// The status `input` names, if [`resolve_name`] resolves it, without
/// building an error when it does not: for callers that want only the
/// code (statuscode-core's `Status::from_name`), whose failures then call
/// `resolve_name` for the reason. The same cases as `resolve_name`'s `Ok`.
#[must_use]
pub fn status_named(input: &str) -> Option<HttpCode> {
    match find(input, &HTTP_NAMES, "HTTP_") {
        Found::Number(code) => u16::try_from(code).ok().and_then(HttpCode::assigned),
        Found::Name(e) | Found::Prefixed(e) => Some(registered(e.code)),
        _ => None,
    }
}

/// The close code `input` names, if [`resolve_close_name`] resolves it,
/// without building an error when it does not (see [`status_named`]).
#[must_use]
pub fn close_code_named(input: &str) -> Option<WsCode> {
    match find(input, &CLOSE_NAMES_INDEX, "WS_") {
        Found::Number(code) => resolve_close_code(code).ok(),
        Found::Name(e) | Found::Prefixed(e) => Some(close(e.code)),
        _ => None,
    }
}

/// What a number is as a close code: `Ok` for a registered code or one in
/// 3000..=4999, else why not. A `const fn` on the number, for
/// statuscode-core's `const` constructors and [`resolve_close_code`].
///
/// # Errors
///
/// [`ParseCloseCodeError::Unused`], [`ParseCloseCodeError::Unassigned`] or
/// [`ParseCloseCodeError::OutOfRange`].
#[allow(
    clippy::cast_possible_truncation,
    reason = "below 5000 once past the first check"
)]
#[inline]
pub const fn close_code_error<W>(code: u64) -> Result<u16, ParseCloseCodeError<W>> {
    if code >= 5000 {
        return Err(ParseCloseCodeError::OutOfRange);
    }
    let code = code as u16;
    if code < 1000 {
        Err(ParseCloseCodeError::Unused { code })
    } else if code >= 3000 || registered_below_3000(code) {
        Ok(code)
    } else {
        Err(ParseCloseCodeError::Unassigned { code })
    }
}

/// Resolves a number to a close code: a registered one, or one in
/// 3000..=4999.
///
/// # Errors
///
/// [`ParseCloseCodeError::Unused`], [`ParseCloseCodeError::Unassigned`] or
/// [`ParseCloseCodeError::OutOfRange`].
pub fn resolve_close_code(code: u64) -> Result<WsCode, ParseCloseCodeError<WsCode>> {
    close_code_error(code).map(close)
}

/// A close code already checked to be in 1000..=4999.
fn close(code: u16) -> WsCode {
    WsCode::new(code).unwrap_or(WsCode::MIN)
}

fn close_suggestions(input: &str) -> Suggestions<WsCode> {
    Suggestions::from_matches(
        suggest::suggest(input, CLOSE_NAMES, CLOSE_FOREIGN, "WS"),
        close,
    )
}

/// Resolves every form `close_code!` accepts: a decimal number, a canonical
/// name, or a FastAPI name `WS_<code>_<NAME>` whose parts agree.
///
/// # Errors
///
/// A [`ParseCloseCodeError`] that says what is wrong and, for a name, what
/// was probably meant.
pub fn resolve_close_name(
    input: &str,
) -> Result<ResolvedClose<WsCode>, ParseCloseCodeError<WsCode>> {
    let named = |e: &NameEntry, form| ResolvedClose {
        code: close(e.code),
        form,
    };
    match find(input, &CLOSE_NAMES_INDEX, "WS_") {
        Found::Empty => Err(ParseCloseCodeError::Empty),
        Found::Malformed => Err(ParseCloseCodeError::Malformed),
        Found::Number(code) => resolve_close_code(code).map(|code| ResolvedClose {
            code,
            form: NameForm::Number,
        }),
        Found::Name(e) => Ok(named(e, e.form)),
        Found::Prefixed(e) => Ok(named(e, NameForm::FastApi)),
        Found::Mismatch { number, entry } => Err(ParseCloseCodeError::FastApiMismatch {
            number,
            number_code: u16::try_from(number)
                .ok()
                .and_then(|n| resolve_close_code(n.into()).ok()),
            name: entry.name,
            name_code: close(entry.code),
        }),
        Found::PrefixedNumber(number) => Err(ParseCloseCodeError::UnknownName {
            suggestions: match resolve_close_code(number) {
                Ok(code) if code.is_registered() => {
                    Suggestions::one(Suggestion::new(code, code.name(), "WS"))
                }
                _ => close_suggestions(input),
            },
        }),
        Found::Unknown => Err(ParseCloseCodeError::UnknownName {
            suggestions: close_suggestions(input),
        }),
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::format;
    use std::string::{String, ToString};
    use std::vec::Vec;

    use super::{close_code_named, resolve_close_name, resolve_name, status_named};
    use crate::table::{CLOSE, CLOSE_NAMES, HTTP, NAMES};

    /// Every name of both tables, their FastAPI spellings with the right and
    /// a wrong number, every number up to 5,000 as text, and near misses.
    fn inputs() -> Vec<String> {
        let mut inputs: Vec<String> = NAMES
            .iter()
            .chain(CLOSE_NAMES)
            .map(|e| e.name.to_string())
            .collect();
        for e in HTTP {
            inputs.push(format!("HTTP_{}_{}", e.code, e.name));
            inputs.push(format!("HTTP_{}_{}", e.code + 1, e.name));
            inputs.push(format!("HTTP_{}", e.code));
            inputs.push(e.name.to_ascii_lowercase());
        }
        for e in CLOSE {
            inputs.push(format!("WS_{}_{}", e.code, e.name));
            inputs.push(format!("WS_{}_{}", e.code + 1, e.name));
            inputs.push(format!("WS_{}", e.code));
        }
        inputs.extend((0..=5000).map(|n: u32| n.to_string()));
        inputs.extend(
            [
                "",
                " ",
                "4.04",
                "-404",
                "NOT_FUOND",
                "404 Not Found",
                "99999999999999999999",
            ]
            .map(String::from),
        );
        inputs
    }

    /// Every row of the name tables converts to its code type, so the
    /// fallbacks of `registered` and `close` (the lowest code) are never
    /// taken.
    #[test]
    fn every_name_row_is_in_its_code_range() {
        for e in NAMES {
            assert_eq!(super::registered(e.code).get(), e.code, "{}", e.name);
        }
        for e in CLOSE_NAMES {
            assert_eq!(super::close(e.code).get(), e.code, "{}", e.name);
        }
    }

    /// The error-free lookups succeed exactly where the resolvers do, with
    /// the same code.
    #[test]
    fn the_error_free_lookups_agree_with_the_resolvers() {
        for input in inputs() {
            assert_eq!(
                status_named(&input),
                resolve_name(&input).ok().map(|r| r.status),
                "{input:?}"
            );
            assert_eq!(
                close_code_named(&input),
                resolve_close_name(&input).ok().map(|r| r.code),
                "{input:?}"
            );
        }
    }
}
