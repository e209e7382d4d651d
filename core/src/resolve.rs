//! The one resolver: names and numbers to [`Status`], with the errors and
//! suggestions that both the macros and [`Status::from_name`] report.

use core::fmt;

use crate::close::{CloseCode, resolve_close_name};
use crate::http::{Status, entry};
use crate::suggest;
use crate::table::{CLOSE_NAMES, HTTP, NAMES};

/// How a name was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameForm {
    /// A decimal number: `404`.
    Number,
    /// The registry's canonical name: `NOT_FOUND`, `CONTENT_TOO_LARGE`.
    Canonical,
    /// A name other libraries use: `PAYLOAD_TOO_LARGE`, `TEAPOT`.
    Alias,
    /// A FastAPI / FastrAPI (Starlette) name: `HTTP_404_NOT_FOUND`,
    /// `WS_1008_POLICY_VIOLATION`.
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
    /// A FastAPI WebSocket name (`WS_1008_POLICY_VIOLATION`): a close code,
    /// not an HTTP status. Parse it as a [`CloseCode`].
    WebSocketName {
        /// The close code the name resolves to.
        close_code: CloseCode,
    },
}

/// A name the resolver proposes for a misspelled one: for an HTTP status
/// (`Suggestion<Status>`, the default) or a WebSocket close code
/// (`Suggestion<CloseCode>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion<C = Status> {
    /// The code the name resolves to.
    pub status: C,
    name: &'static str,
    /// `"HTTP"` or `"WS"` when the name is proposed in its FastAPI form
    /// (`HTTP_404_NOT_FOUND`), else `""`.
    prefix: &'static str,
}

impl<C> Suggestion<C> {
    pub(crate) const fn new(status: C, name: &'static str, prefix: &'static str) -> Self {
        Suggestion {
            status,
            name,
            prefix,
        }
    }
}

impl<C: Copy + Into<u16>> fmt::Display for Suggestion<C> {
    /// The name as the user should write it: `NOT_FOUND` or
    /// `HTTP_404_NOT_FOUND`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.prefix.is_empty() {
            f.write_str(self.name)
        } else {
            let code: u16 = self.status.into();
            write!(f, "{}_{code}_{}", self.prefix, self.name)
        }
    }
}

/// Up to three [`Suggestion`]s, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestions<C = Status> {
    pub(crate) items: [Option<Suggestion<C>>; 3],
}

impl<C> Default for Suggestions<C> {
    fn default() -> Self {
        Suggestions {
            items: [None, None, None],
        }
    }
}

impl<C> Suggestions<C> {
    /// Just `best`.
    pub(crate) const fn one(best: Suggestion<C>) -> Self {
        Suggestions {
            items: [Some(best), None, None],
        }
    }
}

impl<C: Copy> Suggestions<C> {
    /// The suggestions, best first.
    ///
    /// ```
    /// use statuscode_core::{ParseStatusError, Status};
    /// let Err(ParseStatusError::UnknownName { suggestions }) = Status::from_name("TEAPOTT") else {
    ///     unreachable!()
    /// };
    /// assert_eq!(suggestions.iter().next().map(|s| s.status), Some(Status::IM_A_TEAPOT));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Suggestion<C>> + '_ {
        self.items.iter().flatten().copied()
    }

    /// Whether there is none.
    ///
    /// ```
    /// use statuscode_core::{ParseStatusError, Status};
    /// let Err(ParseStatusError::UnknownName { suggestions }) = Status::from_name("XYZZY") else {
    ///     unreachable!()
    /// };
    /// assert!(suggestions.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items[0].is_none()
    }
}

impl<C: Copy + Into<u16> + fmt::Display> fmt::Display for Suggestions<C> {
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

/// Slots in a [`NameIndex`]: a power of two, over three times the names, so
/// most lookups (hits and misses) touch one slot.
const SLOTS: usize = 256;

/// Marks an empty slot in a [`NameIndex`].
const EMPTY: u8 = u8::MAX;

/// The multiplier of FxHash (rustc's own hasher): one multiply per 8 bytes.
const SEED: u64 = 0xf135_7aea_2e62_a9c5;

/// A fast, non-cryptographic hash of a name, in constant time: its length,
/// its first 8 bytes and its last 8 bytes (overlapping for names under 16
/// bytes; names under 8 bytes are read byte by byte), two multiplies. Names
/// sharing all three land in the same probe run, where the full comparison
/// tells them apart: the tests bound the longest run, and an adversarial
/// input costs at most a walk over the 256 slots.
const fn hash(bytes: &[u8]) -> usize {
    let (first, last) =
        if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
            (u64::from_le_bytes(*first), u64::from_le_bytes(*last))
        } else {
            let mut word = 0u64;
            let mut i = 0;
            while i < bytes.len() {
                word |= (bytes[i] as u64) << (8 * i);
                i += 1;
            }
            (word, 0)
        };
    let h = ((bytes.len() as u64) ^ first).wrapping_mul(SEED);
    let h = (h.rotate_left(26) ^ last).wrapping_mul(SEED);
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

/// The index over [`NAMES`], the HTTP status names.
pub(crate) static HTTP_NAMES: NameIndex = NameIndex::new(NAMES);

/// The index over [`CLOSE_NAMES`], the WebSocket close-code names.
pub(crate) static CLOSE_NAMES_INDEX: NameIndex = NameIndex::new(CLOSE_NAMES);

/// What [`find`] made of an input; each resolver turns it into its own
/// result and error type.
pub(crate) enum Found {
    Empty,
    /// All digits (saturating at `u64::MAX`).
    Number(u64),
    /// A row of the name table, written as it is there.
    Name(&'static NameEntry),
    /// `<PREFIX>_<code>_<name>` whose number and name agree.
    Prefixed(&'static NameEntry),
    /// `<PREFIX>_<number>_<name>` whose number is not the name's code.
    Mismatch {
        number: u32,
        entry: &'static NameEntry,
    },
    /// Neither a name nor a number.
    Malformed,
    /// `<PREFIX>_<number>` without the name (`HTTP_404`): the number.
    PrefixedNumber(u64),
    /// Shaped like a name, but no table knows it.
    Unknown,
}

/// The lookup both resolvers share: a number, a name of `names`, or
/// `prefix` (`"HTTP_"`, `"WS_"`) followed by a number and a name of `names`.
pub(crate) fn find(input: &str, names: &NameIndex, prefix: &str) -> Found {
    let bytes = input.as_bytes();
    if bytes.is_empty() {
        return Found::Empty;
    }
    if bytes.iter().all(u8::is_ascii_digit) {
        return Found::Number(parse_decimal(bytes));
    }
    if let Some(e) = names.get(input) {
        return Found::Name(e);
    }
    if let Some((number, rest)) = split_prefixed(input, prefix)
        && let Some(e) = names.get(rest).filter(|e| e.form != NameForm::FastApi)
    {
        if u32::from(e.code) == number {
            return Found::Prefixed(e);
        }
        return Found::Mismatch { number, entry: e };
    }
    if let Some(number) = prefix_without_name(input, prefix) {
        return Found::PrefixedNumber(number);
    }
    if !bytes[0].is_ascii_alphabetic() && bytes[0] != b'_' {
        return Found::Malformed;
    }
    Found::Unknown
}

/// `HTTP_404` or `HTTP_404_` (with `prefix` `"HTTP_"`): a FastAPI name
/// missing its words; the number.
fn prefix_without_name(input: &str, prefix: &str) -> Option<u64> {
    let digits = input.strip_prefix(prefix)?.trim_end_matches('_');
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(parse_decimal(digits.as_bytes()))
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
                Err(_) => suggest::suggest(input, NAMES, "HTTP", Status::new_unchecked),
            },
        }),
        Found::Unknown => match resolve_close_name(input) {
            Ok(r) if r.form == NameForm::FastApi => {
                Err(ParseStatusError::WebSocketName { close_code: r.code })
            }
            _ => Err(ParseStatusError::UnknownName {
                suggestions: suggest::suggest(input, NAMES, "HTTP", Status::new_unchecked),
            }),
        },
    }
}

/// Splits `<prefix><digits>_<rest>` into the number and the rest.
fn split_prefixed<'a>(input: &'a str, prefix: &str) -> Option<(u32, &'a str)> {
    let tail = input.strip_prefix(prefix)?;
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    let rest = tail[digits..].strip_prefix('_')?;
    if digits == 0 || digits > 9 || rest.is_empty() {
        return None;
    }
    // At most nine digits: fits a u32.
    let number = u32::try_from(parse_decimal(&tail.as_bytes()[..digits])).ok()?;
    Some((number, rest))
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

    use super::{CLOSE_NAMES, CLOSE_NAMES_INDEX, HTTP_NAMES, NAMES, NameEntry, NameIndex};

    fn tables() -> [(&'static [NameEntry], &'static NameIndex); 2] {
        [(NAMES, &HTTP_NAMES), (CLOSE_NAMES, &CLOSE_NAMES_INDEX)]
    }

    #[test]
    fn the_hash_index_finds_every_name_as_itself() {
        for (table, index) in tables() {
            for entry in table {
                let found = index.get(entry.name).map(|e| e.name);
                assert_eq!(found, Some(entry.name));
            }
        }
    }

    #[test]
    fn every_name_is_found_within_a_short_probe() {
        for (table, index) in tables() {
            for entry in table {
                let home = super::hash(entry.name.as_bytes());
                let mut slot = home;
                while table[usize::from(index.slots[slot])].name != entry.name {
                    slot = (slot + 1) % super::SLOTS;
                }
                let probes = (slot + super::SLOTS - home) % super::SLOTS + 1;
                assert!(probes <= 6, "{} takes {probes} probes", entry.name);
            }
        }
    }

    #[test]
    fn the_hash_index_misses_near_names() {
        for (table, index) in tables() {
            assert!(index.get("").is_none());
            for entry in table {
                let name = entry.name;
                let shorter = &name[..name.len() - 1];
                let longer = String::from(name) + "S";
                let lower = name.to_ascii_lowercase();
                for miss in [shorter, &longer, &lower] {
                    // A few names are prefixes of others; those are real hits.
                    let real = table.iter().any(|e| e.name == miss);
                    assert_eq!(index.get(miss).is_some(), real, "{miss}");
                }
            }
        }
    }
}
