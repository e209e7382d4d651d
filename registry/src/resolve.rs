//! The resolver: numbers and names to rows of the generated table. It works
//! on raw codes (`u16`) and rows only; the layer above wraps what it finds in
//! [`Status`](crate::Status) and [`CloseCode`](crate::CloseCode) and turns
//! what it does not find into their errors.

use crate::rows::{CloseEntry, CloseRange, Entry, NameEntry, NameForm};
use crate::table::{CLOSE, CLOSE_NAMES, CLOSE_RANGES, HTTP, NAMES};

/// Marks a code with no row in [`INDEX`].
const NONE: u8 = u8::MAX;

/// `INDEX[code - 100]` is the position of `code` in [`HTTP`], or [`NONE`].
/// Built at compile time from the table, so the table stays the only source.
#[allow(
    clippy::cast_possible_truncation,
    reason = "the table has fewer than 255 rows"
)]
const INDEX: [u8; 500] = {
    let mut index = [NONE; 500];
    let mut i = 0;
    while i < HTTP.len() {
        index[(HTTP[i].code - 100) as usize] = i as u8;
        i += 1;
    }
    index
};

/// `ASSIGNED[code]` is `code` when the registry assigns it, else 0 (no
/// code is 0), for every code below 600: the test `Status::from_u16` runs.
/// One bounds check and one load give the status itself, so the only other
/// branch is whether it is 0, as in http's `StatusCode::from_u16` (a bitmap
/// needs a variable shift and a separate non-zero test, which cost more
/// than the 1.2 KB this takes).
const ASSIGNED: [u16; 600] = {
    let mut codes = [0u16; 600];
    let mut i = 0;
    while i < HTTP.len() {
        codes[HTTP[i].code as usize] = HTTP[i].code;
        i += 1;
    }
    codes
};

/// `code` when the registry assigns the HTTP status `code`, else 0.
#[inline]
pub(crate) const fn assigned_code(code: u16) -> u16 {
    if (code as usize) < ASSIGNED.len() {
        ASSIGNED[code as usize]
    } else {
        0
    }
}

/// The registry row of the HTTP status `code`, if the registry has one.
#[inline]
pub(crate) const fn entry(code: u16) -> Option<&'static Entry> {
    if code < 100 || code > 599 {
        return None;
    }
    match INDEX[(code - 100) as usize] {
        NONE => None,
        i => Some(&HTTP[i as usize]),
    }
}

/// The assigned HTTP status codes nearest to `code`: the closest below and
/// the closest above.
pub(crate) const fn nearest(code: u16) -> (Option<u16>, Option<u16>) {
    let mut below = None;
    let mut above = None;
    let mut i = 0;
    while i < HTTP.len() {
        let c = HTTP[i].code;
        if c < code {
            below = Some(c);
        } else if c > code && above.is_none() {
            above = Some(c);
        }
        i += 1;
    }
    (below, above)
}

/// The registry row of the close code `code`, if it is registered.
pub(crate) const fn close_entry(code: u16) -> Option<&'static CloseEntry> {
    let mut i = 0;
    while i < CLOSE.len() {
        if CLOSE[i].code == code {
            return Some(&CLOSE[i]);
        }
        i += 1;
    }
    None
}

/// Bit `code - 1000` is set when the registry has a row for the close code
/// `code`, for the codes below 3000 (from 3000 every code is accepted): what
/// `resolve_close_code` asks, without walking the table.
const REGISTERED_BELOW_3000: [u64; 32] = {
    let mut bits = [0u64; 32];
    let mut i = 0;
    while i < CLOSE.len() {
        let code = CLOSE[i].code;
        if code >= 1000 && code < 3000 {
            let bit = (code - 1000) as usize;
            bits[bit / 64] |= 1 << (bit % 64);
        }
        i += 1;
    }
    bits
};

/// Whether the close code `code` (in 1000..3000) has a registry row.
#[inline]
pub(crate) const fn registered_below_3000(code: u16) -> bool {
    let bit = (code - 1000) as usize;
    (REGISTERED_BELOW_3000[(bit / 64) % 32] >> (bit % 64)) & 1 == 1
}

/// The range the close code `code` falls in; every `u16` below 5000 falls
/// in one or has a row.
pub(crate) const fn close_range(code: u16) -> Option<&'static CloseRange> {
    let mut i = 0;
    while i < CLOSE_RANGES.len() {
        if CLOSE_RANGES[i].first <= code && code <= CLOSE_RANGES[i].last {
            return Some(&CLOSE_RANGES[i]);
        }
        i += 1;
    }
    None
}

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

/// What [`find`] made of an input; `resolve_name` and `resolve_close_name`
/// each turn it into their own result and error type.
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
///
/// This and the two helpers it calls on the way to a name (`split_prefixed`,
/// `parse_decimal`) stay in iterator form, unlike the rest of the crate:
/// `Status::from_name` runs through them, and the loop versions made it
/// 3–8% slower at opt-level 3 (measured old against new in one program).
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
    let mut digits = input.strip_prefix(prefix)?.as_bytes();
    while let [before @ .., b'_'] = digits {
        digits = before;
    }
    if digits.is_empty() || digit_run(digits) != digits.len() {
        return None;
    }
    Some(parse_decimal(digits))
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

/// How many ASCII digits `bytes` starts with.
fn digit_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while n < bytes.len() && bytes[n].is_ascii_digit() {
        n += 1;
    }
    n
}

/// `"404"` or `"404 Not Found"` split into the number and the text after
/// the first space; `None` unless the number has exactly `width` digits (3
/// for a status, 4 for a close code).
pub fn split_wire_text(s: &str, width: usize) -> Option<(u16, Option<&str>)> {
    // The digits end at the first space (an ASCII byte, so a char boundary).
    let mut space = 0;
    while space < s.len() && s.as_bytes()[space] != b' ' {
        space += 1;
    }
    let (digits, label) = match s.get(space + 1..) {
        Some(label) => (&s.as_bytes()[..space], Some(label)),
        None => (s.as_bytes(), None),
    };
    // Exactly as `Display` writes it: `width` digits, no leading zero, so
    // `"0323"` is not read as 323 (the status fuzz target found that).
    if digits.is_empty() || digits.len() != width || digits[0] == b'0' || digit_run(digits) != width
    {
        return None;
    }
    Some((u16::try_from(parse_decimal(digits)).ok()?, label))
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::String;

    use super::{CLOSE_NAMES, CLOSE_NAMES_INDEX, HTTP_NAMES, NAMES, NameEntry, NameIndex};
    use super::{close_entry, entry};

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

    /// The HTTP row lookup agrees with a walk over the table, for every `u16`.
    #[test]
    fn entry_finds_exactly_the_rows() {
        for code in 0..=u16::MAX {
            let walked = super::HTTP.iter().find(|e| e.code == code).map(|e| e.code);
            assert_eq!(entry(code).map(|e| e.code), walked, "{code}");
            assert_eq!(super::assigned_code(code) != 0, walked.is_some(), "{code}");
        }
    }

    /// The bitmap behind `resolve_close_code` agrees with the table.
    #[test]
    fn registered_below_3000_matches_the_rows() {
        for code in 1000..3000 {
            let row = close_entry(code).is_some();
            assert_eq!(super::registered_below_3000(code), row, "{code}");
        }
    }
}
