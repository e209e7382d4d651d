//! The one resolver: names and numbers to [`Status`], with the errors and
//! suggestions that both the macros and [`Status::from_name`] report.

use core::fmt;

use crate::http::{Status, entry};
use crate::suggest;
use crate::table::{HTTP, NAMES};

/// How a name was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameForm {
    /// A decimal number: `404`.
    Number,
    /// The registry's canonical name: `NOT_FOUND`, `CONTENT_TOO_LARGE`.
    Canonical,
    /// A name other libraries use: `PAYLOAD_TOO_LARGE`, `TEAPOT`.
    Alias,
    /// A FastAPI / FastrAPI (Starlette) name: `HTTP_404_NOT_FOUND`.
    FastApi,
}

/// One row of the name table: a name a user may write, and its code.
#[derive(Debug)]
pub(crate) struct NameEntry {
    pub(crate) name: &'static str,
    pub(crate) code: u16,
    pub(crate) form: NameForm,
    /// For a name Starlette deprecates, the name to use instead.
    pub(crate) replacement: Option<&'static str>,
}

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
///     "299".parse::<Status>().unwrap_err().to_string(),
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
    /// A number outside 100..=599: status codes are three digits.
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
}

/// A name the resolver proposes for a misspelled one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The status the name resolves to.
    pub status: Status,
    name: &'static str,
    fastapi: bool,
}

impl Suggestion {
    pub(crate) const fn new(status: Status, name: &'static str, fastapi: bool) -> Self {
        Suggestion {
            status,
            name,
            fastapi,
        }
    }
}

impl fmt::Display for Suggestion {
    /// The name as the user should write it: `NOT_FOUND` or
    /// `HTTP_404_NOT_FOUND`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fastapi {
            write!(f, "HTTP_{}_{}", self.status.as_u16(), self.name)
        } else {
            f.write_str(self.name)
        }
    }
}

/// Up to three [`Suggestion`]s, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Suggestions {
    pub(crate) items: [Option<Suggestion>; 3],
}

impl Suggestions {
    /// The suggestions, best first.
    pub fn iter(&self) -> impl Iterator<Item = Suggestion> + '_ {
        self.items.iter().flatten().copied()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.items[0].is_none()
    }
}

impl fmt::Display for Suggestions {
    /// `` `TEAPOT` (418 I'm a teapot) or `IM_A_TEAPOT` (418 I'm a teapot) ``
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.iter().count();
        for (i, s) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(if i + 1 == count { " or " } else { ", " })?;
            }
            write!(f, "`{s}` ({})", s.status)?;
        }
        Ok(())
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseStatusError::Empty => f.write_str("empty status code"),
            ParseStatusError::Malformed => {
                f.write_str("expected a decimal number such as 404 or a name such as NOT_FOUND")
            }
            ParseStatusError::OutOfRange => f.write_str("status codes are three digits, 100..=599"),
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
                f.write_str("unknown status name")?;
                if suggestions.is_empty() {
                    f.write_str("; write a name such as NOT_FOUND, a FastAPI name such as HTTP_404_NOT_FOUND, or a number")
                } else {
                    write!(f, "; did you mean {suggestions}?")
                }
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
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseStatusError {}

/// Slots in [`NAME_INDEX`]: a power of two, over three times the names, so
/// most lookups (hits and misses) touch one slot.
const SLOTS: usize = 256;

/// Marks an empty slot in [`NAME_INDEX`].
const EMPTY: u8 = u8::MAX;

/// The multiplier of FxHash (rustc's own hasher): one multiply per 8 bytes.
const SEED: u64 = 0xf135_7aea_2e62_a9c5;

/// A fast, non-cryptographic hash of a name: 8 bytes at a time, the last
/// (partial) word read overlapping the one before, so no byte loop except
/// for names under 8 bytes. Callers only ever probe [`NAME_INDEX`] with it,
/// so an adversarial input costs at most a longer probe.
const fn hash(bytes: &[u8]) -> usize {
    let mut h = bytes.len() as u64;
    let mut rest = bytes;
    while let Some((word, tail)) = rest.split_first_chunk::<8>() {
        h = (h.rotate_left(26) ^ u64::from_le_bytes(*word)).wrapping_mul(SEED);
        rest = tail;
    }
    if !rest.is_empty() {
        let word = if let Some(word) = bytes.last_chunk::<8>() {
            u64::from_le_bytes(*word)
        } else {
            let mut word = 0u64;
            let mut i = 0;
            while i < rest.len() {
                word |= (rest[i] as u64) << (8 * i);
                i += 1;
            }
            word
        };
        h = (h.rotate_left(26) ^ word).wrapping_mul(SEED);
    }
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the top 8 bits, which fit any usize"
    )]
    let slot = (h >> 56) as usize;
    slot
}

/// Whether two byte strings are equal, usable in a `const`.
const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// An open-addressing hash index (linear probing) over a sorted name
/// table, built at compile time from the generated table, so the table stays
/// the only source: one hash and, usually, one comparison per lookup.
pub(crate) struct NameIndex {
    table: &'static [NameEntry],
    /// A position in `table`, or [`EMPTY`].
    slots: [u8; SLOTS],
}

impl NameIndex {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the table has fewer than 255 rows (asserted)"
    )]
    const fn new(table: &'static [NameEntry]) -> NameIndex {
        assert!(table.len() < EMPTY as usize && table.len() * 3 < SLOTS);
        let mut slots = [EMPTY; SLOTS];
        let mut i = 0;
        while i < table.len() {
            let name = table[i].name.as_bytes();
            let mut slot = hash(name);
            while slots[slot] != EMPTY {
                assert!(
                    !bytes_eq(table[slots[slot] as usize].name.as_bytes(), name),
                    "duplicate name in a name table"
                );
                slot = (slot + 1) % SLOTS;
            }
            slots[slot] = i as u8;
            i += 1;
        }
        NameIndex { table, slots }
    }

    /// The entry named exactly `name` (case-sensitive).
    #[inline]
    pub(crate) fn get(&self, name: &str) -> Option<&'static NameEntry> {
        let mut slot = hash(name.as_bytes());
        loop {
            match self.slots[slot] {
                EMPTY => return None,
                i => {
                    let entry = &self.table[usize::from(i)];
                    if entry.name == name {
                        return Some(entry);
                    }
                }
            }
            slot = (slot + 1) % SLOTS;
        }
    }
}

/// The index over [`NAMES`].
static HTTP_NAMES: NameIndex = NameIndex::new(NAMES);

/// Looks a name up in the name table (exact, case-sensitive).
#[inline]
pub(crate) fn lookup(name: &str) -> Option<&'static NameEntry> {
    HTTP_NAMES.get(name)
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
    if code <= u16::MAX as u64 && entry(code as u16).is_some() {
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
pub(crate) const fn code_error(code: u64) -> ParseStatusError {
    if code < 100 || code > 599 {
        return ParseStatusError::OutOfRange;
    }
    // In range, so it fits a u16.
    let code = code as u16;
    let mut below = None;
    let mut above = None;
    let mut i = 0;
    while i < HTTP.len() {
        let c = HTTP[i].code;
        if c < code {
            below = Some(Status::new_unchecked(c));
        } else if c > code && above.is_none() {
            above = Some(Status::new_unchecked(c));
        }
        i += 1;
    }
    ParseStatusError::Unassigned { code, below, above }
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
    if input.is_empty() {
        return Err(ParseStatusError::Empty);
    }
    let bytes = input.as_bytes();
    if bytes.iter().all(u8::is_ascii_digit) {
        let code = parse_decimal(bytes);
        return resolve_code(code).map(|status| Resolved {
            status,
            form: NameForm::Number,
            deprecated: None,
        });
    }
    if let Some(e) = lookup(input) {
        return Ok(Resolved {
            status: Status::new_unchecked(e.code),
            form: e.form,
            deprecated: e.replacement,
        });
    }
    if let Some((number, rest)) = split_fastapi(input)
        && let Some(e) = lookup(rest).filter(|e| e.form != NameForm::FastApi)
    {
        if u32::from(e.code) == number {
            return Ok(Resolved {
                status: Status::new_unchecked(e.code),
                form: NameForm::FastApi,
                deprecated: None,
            });
        }
        return Err(ParseStatusError::FastApiMismatch {
            number,
            number_status: u16::try_from(number)
                .ok()
                .and_then(|n| Status::from_u16(n).ok()),
            name: e.name,
            name_status: Status::new_unchecked(e.code),
        });
    }
    if let Some(status) = fastapi_without_name(input) {
        let best = Suggestion::new(status, status.name(), true);
        return Err(ParseStatusError::UnknownName {
            suggestions: Suggestions {
                items: [Some(best), None, None],
            },
        });
    }
    if !bytes[0].is_ascii_alphabetic() && bytes[0] != b'_' {
        return Err(ParseStatusError::Malformed);
    }
    Err(ParseStatusError::UnknownName {
        suggestions: suggest::suggest(input),
    })
}

/// Splits `HTTP_<digits>_<rest>` into the number and the rest.
fn split_fastapi(input: &str) -> Option<(u32, &str)> {
    let tail = input.strip_prefix("HTTP_")?;
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let rest = tail[digits..].strip_prefix('_')?;
    if digits == 0 || digits > 9 || rest.is_empty() {
        return None;
    }
    // At most nine digits: fits a u32.
    let number = u32::try_from(parse_decimal(&tail.as_bytes()[..digits])).ok()?;
    Some((number, rest))
}

/// `HTTP_404` or `HTTP_404_`: a FastAPI name missing its words.
fn fastapi_without_name(input: &str) -> Option<Status> {
    let digits = input.strip_prefix("HTTP_")?.trim_end_matches('_');
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    resolve_code(parse_decimal(digits.as_bytes())).ok()
}

/// Parses ASCII digits, saturating at `u64::MAX` (out of range either way).
fn parse_decimal(digits: &[u8]) -> u64 {
    digits.iter().fold(0u64, |acc, d| {
        acc.saturating_mul(10).saturating_add(u64::from(d - b'0'))
    })
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::String;

    use super::{NAMES, lookup};

    #[test]
    fn the_hash_index_finds_every_name_as_itself() {
        for entry in NAMES {
            let found = lookup(entry.name).map(|e| e.name);
            assert_eq!(found, Some(entry.name));
        }
    }

    #[test]
    fn the_hash_index_misses_near_names() {
        assert!(lookup("").is_none());
        for entry in NAMES {
            let name = entry.name;
            let shorter = &name[..name.len() - 1];
            let longer = String::from(name) + "S";
            let lower = name.to_ascii_lowercase();
            for miss in [shorter, &longer, &lower] {
                // A few names are prefixes of others; those are real hits.
                let real = NAMES.iter().any(|e| e.name == miss);
                assert_eq!(lookup(miss).is_some(), real, "{miss}");
            }
        }
    }
}
