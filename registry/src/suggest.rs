//! "Did you mean": the names closest to an unknown one. A name is read as a
//! sequence of words (`NOT_FOUND`, `NotFound` and `StatusNotFound` are all
//! `NOT FOUND`, the last with Go's `STATUS` in front), and compared word by
//! word: a word may be dropped, added or moved, misspelled by an edit or two,
//! abbreviated (`REQ`, `AUTH`) or replaced by the word an older RFC used
//! (`ENTITY` for `CONTENT`). The whole name is also compared letter by letter
//! (optimal-string-alignment distance), for typos that split or join words.
//! Other ecosystems' names (gRPC's `PERMISSION_DENIED`) are candidates too,
//! and an exact one is reported as where the name comes from.
//!
//! It runs only once a name is known to be unknown, and allocates nothing:
//! names are short, and inputs longer than [`MAX`] get no suggestion.

use crate::rows::{Entry, ForeignEntry, NameEntry, NameForm};

/// A name proposed for a misspelled one: a row of the name table, and the
/// FastAPI prefix (`"HTTP"`, `"WS"`) to show it with, or `""`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub(crate) entry: &'static NameEntry,
    pub(crate) prefix: &'static str,
}

/// Up to three [`Hit`]s, best first, each for a different code.
pub(crate) type Hits = [Option<Hit>; 3];

/// What [`suggest`] found: the hits, and the other ecosystem's name the input
/// is, if it is one.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Matches {
    pub(crate) hits: Hits,
    pub(crate) foreign: Option<&'static ForeignEntry>,
}

/// The longest input compared, in letters and digits.
const MAX: usize = 63;

/// The most words a name is read as; the rest join the last word.
const WORDS: usize = 12;

/// Costs, in quarters of a word. A misspelled letter costs half a word, so a
/// word with one typo still beats a word left out.
const EDIT: u32 = 2;
/// A word of the name that the input leaves out.
const DROPPED: u32 = 3;
/// A word of the input that the name does not have.
const ADDED: u32 = 4;
/// A filler word (`A`, `FOR`) or a prefix that says nothing (`STATUS`,
/// `HTTP`, `CLOSE`), dropped or added.
const FILLER: u32 = 1;
/// An abbreviation, an inflection or an older RFC's word for the same thing.
const NEAR: u32 = 1;
/// Two words with a long common stem (`ACCEPTED`, `ACCEPTABLE`).
const STEM: u32 = 2;
/// Words in another order.
const MOVED: u32 = 1;
/// `NOT` left over on either side: it turns the meaning around.
const NEGATION: u32 = 8;

/// A name read as words: its letters and digits upper-cased and joined
/// (`NOTFOUND`), and where each word starts and ends.
#[derive(Clone, Copy)]
struct Words {
    buf: [u8; MAX],
    len: usize,
    bounds: [(u8, u8); WORDS],
    count: usize,
}

impl Words {
    /// Splits at underscores, at a lower-case letter followed by a capital
    /// (`NotFound`), at the last capital of an acronym (`HTTPVersion`) and
    /// between letters and digits. `None` if a character is neither a
    /// letter, a digit nor `_`, or the name is too long.
    fn new(s: &str) -> Option<Words> {
        let mut w = Words {
            buf: [0; MAX],
            len: 0,
            bounds: [(0, 0); WORDS],
            count: 0,
        };
        let bytes = s.as_bytes();
        let mut start = true;
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'_' {
                start = true;
                continue;
            }
            if !b.is_ascii_alphanumeric() {
                return None;
            }
            let prev = if i > 0 { Some(bytes[i - 1]) } else { None };
            let boundary = match prev {
                Some(p) if p.is_ascii_lowercase() && b.is_ascii_uppercase() => true,
                Some(p) if p.is_ascii_digit() != b.is_ascii_digit() && p != b'_' => true,
                Some(p) => {
                    p.is_ascii_uppercase()
                        && b.is_ascii_uppercase()
                        && matches!(bytes.get(i + 1), Some(b'a'..=b'z'))
                }
                None => false,
            };
            if (start || boundary) && w.count < WORDS {
                w.bounds[w.count] = (to_u8(w.len), to_u8(w.len));
                w.count += 1;
            }
            start = false;
            *w.buf.get_mut(w.len)? = b.to_ascii_uppercase();
            w.len += 1;
            w.bounds[w.count - 1].1 = to_u8(w.len);
        }
        Some(w)
    }

    /// All the letters and digits: `NOTFOUND`.
    fn joined(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    fn word(&self, i: usize) -> &[u8] {
        let (a, b) = self.bounds[i];
        &self.buf[usize::from(a)..usize::from(b)]
    }

    /// `NOT` joined to the word after it as `UN…` (`NOT_AUTHORIZED` →
    /// `UNAUTHORIZED`), if the name has a `NOT` before another word.
    fn negated(&self) -> Option<Words> {
        let mut at = None;
        for i in 0..self.count.saturating_sub(1) {
            if self.word(i) == b"NOT" {
                at = Some(i);
                break;
            }
        }
        let at = at?;
        let mut w = *self;
        // `NOT` + `X` becomes `UN` + `X`: one letter fewer, in place.
        let (a, _) = self.bounds[at];
        let a = usize::from(a);
        w.buf[a] = b'U';
        w.buf[a + 1] = b'N';
        w.buf.copy_within(a + 3..self.len, a + 2);
        w.len = self.len - 1;
        w.bounds[at].1 = self.bounds[at + 1].1 - 1;
        for i in at + 1..self.count - 1 {
            let (s, e) = self.bounds[i + 1];
            w.bounds[i] = (s - 1, e - 1);
        }
        w.count = self.count - 1;
        Some(w)
    }
}

/// A position in a [`Words`] buffer, which is under 64 bytes long.
#[allow(
    clippy::cast_possible_truncation,
    reason = "positions are below MAX, 63"
)]
fn to_u8(n: usize) -> u8 {
    n as u8
}

/// Words that carry little meaning: cheap to drop or add.
fn is_filler(w: &[u8]) -> bool {
    matches!(
        w,
        b"A" | b"AN" | b"THE" | b"FOR" | b"OF" | b"IS" | b"AM" | b"ALSO"
    )
}

/// Prefixes that name the kind of constant, not the status: `STATUS` (Go's
/// `StatusNotFound`), `HTTP`, `SC` (Java servlets), `CODE`, `CLOSE`
/// (gorilla's `CloseGoingAway`), `WS`, and digits.
fn is_noise(w: &[u8]) -> bool {
    matches!(
        w,
        b"STATUS" | b"HTTP" | b"SC" | b"CODE" | b"CLOSE" | b"WS" | b"RESPONSE"
    ) || digits(w) == w.len()
}

/// How many ASCII digits `bytes` starts with.
fn digits(bytes: &[u8]) -> usize {
    let mut n = 0;
    while n < bytes.len() && bytes[n].is_ascii_digit() {
        n += 1;
    }
    n
}

/// Words that name the same thing: the RFCs renamed `ENTITY` to `PAYLOAD`
/// to `CONTENT`, WebSocket says `BIG` where HTTP says `LARGE`, and a few
/// abbreviations are not prefixes of their word.
const SAME: &[&[&[u8]]] = &[
    &[b"CONTENT", b"ENTITY", b"PAYLOAD"],
    &[b"LARGE", b"BIG"],
    &[b"URI", b"URL"],
    &[b"SERVICE", b"SVC"],
    &[b"GATEWAY", b"GW"],
    &[b"MESSAGE", b"MSG"],
    &[b"RECEIVED", b"RCVD"],
    &[b"REQUEST", b"RQ"],
];

/// How far a word of the input is from a word of the name, in quarter
/// words, or `None` when they are different words.
fn word_cost(input: &[u8], name: &[u8]) -> Option<u32> {
    if input == name {
        return Some(0);
    }
    for group in SAME {
        if group.contains(&input) && group.contains(&name) {
            return Some(NEAR);
        }
    }
    // An abbreviation (`REQ`, `AUTH`, `INFO`, `TEMP`) or an inflection
    // (`REQUESTS`, `FAILED` for `FAIL`).
    let (short, long) = if input.len() < name.len() {
        (input, name)
    } else {
        (name, input)
    };
    if short.len() >= 3
        && long.starts_with(short)
        && (input == short || long.len() - short.len() <= 3)
    {
        return Some(NEAR);
    }
    // A common stem of most of the shorter word (`ACCEPTED`, `ACCEPTABLE`).
    let mut stem = 0;
    while stem < short.len() && input[stem] == name[stem] {
        stem += 1;
    }
    if stem >= 4 && stem * 10 >= short.len() * 6 {
        return Some(STEM);
    }
    let limit = match long.len() {
        0..=3 => 0,
        4..=5 => 1,
        6..=9 => 2,
        _ => 3,
    };
    distance(input, name, limit).map(|d| to_u32(d) * EDIT)
}

#[allow(
    clippy::cast_possible_truncation,
    reason = "distances and word counts are below MAX, 63"
)]
fn to_u32(n: usize) -> u32 {
    n as u32
}

/// The cost of reading `input` as `name`, word by word: each word of the
/// input paired with the word of the name it is nearest to (the cheapest
/// pairs first), plus the words left over on either side and a little for a
/// changed order. `None` when no word pairs well, or too little of the input
/// is accounted for.
fn words_cost(input: &Words, name: &Words) -> Option<u32> {
    let mut paired_in = [false; WORDS];
    let mut paired_name = [None::<usize>; WORDS];
    let mut cost = 0;
    let mut strong = false;
    loop {
        let mut best: Option<(u32, usize, usize)> = None;
        for i in 0..input.count {
            if paired_in[i] {
                continue;
            }
            for j in 0..name.count {
                if paired_name[j].is_some() {
                    continue;
                }
                let Some(c) = word_cost(input.word(i), name.word(j)) else {
                    continue;
                };
                match best {
                    Some((b, _, _)) if c >= b => {}
                    _ => best = Some((c, i, j)),
                }
            }
        }
        let Some((c, i, j)) = best else { break };
        paired_in[i] = true;
        paired_name[j] = Some(i);
        cost += c;
        strong |= c <= EDIT && !is_filler(input.word(i)) && !is_noise(input.word(i));
    }
    if !strong {
        return None;
    }
    let mut weight = 0;
    for i in 0..input.count {
        let (w, paired) = (input.word(i), paired_in[i]);
        let each = if is_filler(w) || is_noise(w) {
            FILLER
        } else {
            ADDED
        };
        weight += each;
        if !paired {
            cost += if w == b"NOT" { NEGATION } else { each };
        }
    }
    for j in 0..name.count {
        let n = name.word(j);
        if paired_name[j].is_none() {
            cost += if is_filler(n) {
                FILLER
            } else if n == b"NOT" {
                NEGATION
            } else {
                DROPPED
            };
        }
    }
    // Pairs out of order: the name's words should meet the input's in order.
    let (mut moved, mut last) = (0, None);
    for &paired in &paired_name[..name.count] {
        let Some(i) = paired else { continue };
        if last.is_some_and(|l| l > i) {
            moved += 1;
        }
        last = Some(i);
    }
    cost += MOVED * moved.min(2);
    // Enough of the input must be found in the name: at most 60% of its
    // weight may go to words left over.
    (cost * 10 <= (weight * 6).max(40)).then_some(cost)
}

/// How close `name` is to `input`, lower is better: the better of the word
/// reading and the letter-by-letter distance, each also tried with `NOT X`
/// read as `UNX` on either side.
fn score(input: &Words, negated: Option<&Words>, name: &Words) -> Option<u32> {
    let letters = {
        let limit = match input.len {
            0..=3 => 0,
            4..=6 => 1,
            7..=10 => 2,
            _ => 3,
        };
        distance(input.joined(), name.joined(), limit).map(|d| to_u32(d) * EDIT)
    };
    let name_negated = name.negated();
    let mut best = letters;
    for i in [Some(input), negated] {
        for n in [Some(name), name_negated.as_ref()] {
            if let (Some(i), Some(n)) = (i, n)
                && let Some(c) = words_cost(i, n)
            {
                best = Some(match best {
                    Some(b) => b.min(c),
                    None => c,
                });
            }
        }
    }
    best
}

/// Optimal-string-alignment distance, or `None` once it exceeds `limit`.
fn distance(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Rows i-2, i-1 and i of the table; a and b are at most MAX long.
    let mut rows = [[0usize; MAX + 1]; 3];
    let mut j = 0;
    while j <= b.len() {
        rows[0][j] = j;
        j += 1;
    }
    for i in 1..=a.len() {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur][0] = i;
        let mut best = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = d;
            best = best.min(d);
        }
        if best > limit {
            return None;
        }
    }
    let d = rows[a.len() % 3][b.len()];
    (d <= limit).then_some(d)
}

/// Strips a FastAPI prefix (`HTTP` or `WS` in any case, then `_`, digits
/// and `_`) from a name as written.
fn strip_prefixed<'a>(name: &'a str, prefix: &str) -> Option<&'a str> {
    let head = name.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let tail = name[prefix.len()..].strip_prefix('_')?;
    let digits = digits(tail.as_bytes());
    let mut rest = &tail[digits..];
    while let Some(after) = rest.strip_prefix('_') {
        rest = after;
    }
    (digits > 0 && !rest.is_empty()).then_some(rest)
}

/// A candidate kept while scanning: its sort key (score, form, code) and
/// what it proposes.
#[derive(Clone, Copy)]
struct Ranked {
    score: u32,
    /// 0 for a canonical name, 1 for an alias, 2 for another ecosystem's.
    form: u8,
    code: u16,
    hit: Hit,
}

impl Ranked {
    fn key(&self) -> (u32, u8, u16) {
        (self.score, self.form, self.code)
    }
}

/// The closest names of `table` to `input`, best first, at most one per
/// code; other ecosystems' names (`foreign`) count as names of their code,
/// shown as its canonical name. A FastAPI-shaped input (`prefix` then
/// digits: `HTTP_404_NOT_FUOND`, `WS_1008_POLICY_VIOLATOIN`) is compared by
/// its name part and gets FastAPI names back (`HTTP_404_NOT_FOUND`).
pub(crate) fn suggest(
    input: &str,
    table: &'static [NameEntry],
    foreign: &'static [ForeignEntry],
    prefix: &'static str,
) -> Matches {
    let mut out = Matches {
        hits: [None; 3],
        foreign: None,
    };
    let (fastapi, wanted) = match strip_prefixed(input, prefix) {
        Some(rest) => (true, rest),
        None => (false, input),
    };
    let Some(words) = Words::new(wanted) else {
        return out;
    };
    let negated = words.negated();
    let shown = if fastapi { prefix } else { "" };
    // At most one per code, the best first; kept sorted.
    let mut best: [Option<Ranked>; 3] = [None; 3];
    for e in table {
        let rank = match e.form {
            NameForm::Canonical => 0,
            NameForm::Alias => 1,
            // The FastAPI names that are not `HTTP_<code>_<name>` (306's
            // `RESERVED`), for FastAPI-shaped input only.
            NameForm::FastApi if fastapi && e.replacement.is_none() => 0,
            _ => continue,
        };
        let name = match e.form {
            NameForm::FastApi => strip_prefixed(e.name, prefix).unwrap_or(e.name),
            _ => e.name,
        };
        let Some(cand) = Words::new(name) else {
            continue;
        };
        if let Some(score) = score(&words, negated.as_ref(), &cand) {
            let hit = Hit {
                entry: e,
                prefix: if e.form == NameForm::FastApi {
                    ""
                } else {
                    shown
                },
            };
            insert(
                &mut best,
                Ranked {
                    score,
                    form: rank,
                    code: e.code,
                    hit,
                },
            );
        }
    }
    if !fastapi {
        for f in foreign {
            let Some(cand) = Words::new(f.name) else {
                continue;
            };
            // The vocabulary of `intent-words.csv` (no ecosystem) is
            // a candidate, never an origin.
            if cand.joined() == words.joined() && out.foreign.is_none() && !f.ecosystem.is_empty() {
                out.foreign = Some(f);
            }
            let Some(canonical) = canonical(table, f.code) else {
                continue;
            };
            if let Some(score) = score(&words, negated.as_ref(), &cand) {
                let hit = Hit {
                    entry: canonical,
                    prefix: "",
                };
                insert(
                    &mut best,
                    Ranked {
                        score,
                        form: 2,
                        code: f.code,
                        hit,
                    },
                );
            }
        }
    }
    // The ecosystem's own code comes first when the input is its name.
    if let Some(f) = out.foreign {
        for first in 0..best.len() {
            if best[first].is_some_and(|r| r.code == f.code) {
                let own = best[first];
                best.copy_within(..first, 1);
                best[0] = own;
                break;
            }
        }
    }
    out.hits = hits(best);
    out
}

/// The hits of the three best.
fn hits(best: [Option<Ranked>; 3]) -> Hits {
    let hit = |r: Option<Ranked>| r.map(|r| r.hit);
    [hit(best[0]), hit(best[1]), hit(best[2])]
}

/// The canonical name's row of `code` in `table`.
fn canonical(table: &'static [NameEntry], code: u16) -> Option<&'static NameEntry> {
    for e in table {
        if e.code == code && e.form == NameForm::Canonical {
            return Some(e);
        }
    }
    None
}

/// Words too common in the registry's descriptions to tell codes apart.
fn is_common(w: &[u8]) -> bool {
    matches!(
        w,
        b"REQUEST"
            | b"REQUESTS"
            | b"SERVER"
            | b"CLIENT"
            | b"RESOURCE"
            | b"RESPONSE"
            | b"ERROR"
            | b"THE"
            | b"NOT"
            | b"WITH"
            | b"THAT"
            | b"THIS"
            | b"BECAUSE"
            | b"FROM"
            | b"HAS"
            | b"BEEN"
            | b"WAS"
            | b"ARE"
            | b"AND"
            | b"BUT"
    )
}

/// Whether `word` (upper case) is one of the words of `text` (any case), by
/// [`word_cost`]'s reading of a near word (an inflection, an abbreviation,
/// an older RFC's word), not a misspelling.
fn text_has(text: &str, word: &[u8]) -> bool {
    // The runs of ASCII letters and digits (a non-ASCII character's bytes
    // are all separators).
    let text = text.as_bytes();
    let mut start = 0;
    while start < text.len() {
        let mut end = start;
        while end < text.len() && text[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let t = &text[start..end];
        if !t.is_empty() && t.len() <= MAX {
            let mut buf = [0u8; MAX];
            let upper = &mut buf[..t.len()];
            upper.copy_from_slice(t);
            upper.make_ascii_uppercase();
            if word_cost(word, upper).is_some_and(|c| c <= NEAR) {
                return true;
            }
        }
        start = end + 1;
    }
    false
}

/// When no name is near: the codes whose reason phrase or description (the
/// registry's own words, `core/data/descriptions.csv`) uses the input's
/// words. A word counts only if at most three codes use it, so it tells them
/// apart; codes are ranked by how many of the input's words they use, then
/// by how rare those words are. Runs only on the error path, after
/// [`suggest`] found nothing.
pub(crate) fn by_description(
    input: &str,
    rows: &'static [Entry],
    table: &'static [NameEntry],
) -> Hits {
    let Some(words) = Words::new(input) else {
        return [None; 3];
    };
    let text = |e: &Entry, w: &[u8]| text_has(e.reason, w) || text_has(e.description, w);
    // The input's telling words: the ones few codes use.
    let mut rare = [0u32; WORDS];
    for i in 0..words.count {
        let w = words.word(i);
        if w.len() < 4 || is_filler(w) || is_noise(w) || is_common(w) {
            continue;
        }
        let mut users = 0;
        for e in rows {
            users += u32::from(text(e, w));
        }
        if matches!(users, 1..=3) {
            rare[i] = 4 - users;
        }
    }
    let mut best: [Option<Ranked>; 3] = [None; 3];
    for e in rows {
        let mut weight = 0;
        for i in 0..words.count {
            if rare[i] > 0 && text(e, words.word(i)) {
                weight += rare[i];
            }
        }
        if weight == 0 {
            continue;
        }
        let Some(canonical) = canonical(table, e.code) else {
            continue;
        };
        insert(
            &mut best,
            Ranked {
                score: 100 - weight.min(100),
                form: 0,
                code: e.code,
                hit: Hit {
                    entry: canonical,
                    prefix: "",
                },
            },
        );
    }
    hits(best)
}

/// Adds `item` to the three best, keeping one per code: a code already there
/// keeps the better of its two names, and a canonical name over an alias
/// that scores the same.
fn insert(best: &mut [Option<Ranked>; 3], item: Ranked) {
    let mut same = None;
    for (i, b) in best.iter().enumerate() {
        if b.is_some_and(|b| b.code == item.code) {
            same = Some(i);
            break;
        }
    }
    if let Some(i) = same {
        if best[i].is_some_and(|old| item.key() >= old.key()) {
            return;
        }
        // The better name for the same code: take its place, then move it
        // up past the worse ones before it (the rest stay in order). Three
        // slots: swaps, not the standard library's sort, which would be
        // compiled into this crate for one call.
        best[i] = Some(item);
        let mut i = i;
        while i > 0 && best[i - 1].is_some_and(|before| item.key() < before.key()) {
            best.swap(i - 1, i);
            i -= 1;
        }
        return;
    }
    for pos in 0..best.len() {
        if best[pos].is_none_or(|b| item.key() < b.key()) {
            best.copy_within(pos..2, pos + 1);
            best[pos] = Some(item);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::String;
    use std::vec::Vec;

    use super::{Hit, Ranked, Words, by_description, distance, insert};

    #[test]
    fn the_registry_descriptions_answer_when_no_name_is_near() {
        use crate::table::{HTTP, NAMES};
        let codes = |input: &str| -> std::vec::Vec<u16> {
            by_description(input, HTTP, NAMES)
                .iter()
                .flatten()
                .map(|h| h.entry.code)
                .collect()
        };
        // 410's "permanently deleted", 422's "semantic errors".
        assert_eq!(codes("PERMANENTLY_DELETED").first(), Some(&410));
        assert_eq!(codes("SEMANTIC_ERRORS").first(), Some(&422));
        // Words every description uses tell nothing.
        assert!(codes("SERVER_ERROR_REQUEST").is_empty());
    }

    #[test]
    fn the_three_best_stay_ordered_with_one_name_per_code() {
        use crate::table::NAMES;
        let ranked = |code: u16, score: u32, form: u8| Ranked {
            score,
            form,
            code,
            hit: Hit {
                entry: NAMES.iter().find(|e| e.code == code).unwrap(),
                prefix: "",
            },
        };
        let keys = |best: &[Option<Ranked>; 3]| -> Vec<(u16, u32)> {
            best.iter().flatten().map(|r| (r.code, r.score)).collect()
        };
        let mut best = [None; 3];
        for (code, score) in [(404, 20), (410, 10), (418, 30)] {
            insert(&mut best, ranked(code, score, 0));
        }
        assert_eq!(keys(&best), [(410, 10), (404, 20), (418, 30)]);
        // A worse name for a code already there changes nothing.
        insert(&mut best, ranked(404, 25, 0));
        assert_eq!(keys(&best), [(410, 10), (404, 20), (418, 30)]);
        // A better one takes its place and moves up past the worse ones.
        insert(&mut best, ranked(418, 5, 0));
        assert_eq!(keys(&best), [(418, 5), (410, 10), (404, 20)]);
        insert(&mut best, ranked(404, 15, 0));
        // Better, but not better than the one before it: stays in place.
        assert_eq!(keys(&best), [(418, 5), (410, 10), (404, 15)]);
        // Same score: the canonical name (form 0) over an alias.
        insert(&mut best, ranked(410, 10, 1));
        assert_eq!(best[1].unwrap().form, 0);
        // A new code better than the last pushes it out.
        insert(&mut best, ranked(400, 1, 0));
        assert_eq!(keys(&best), [(400, 1), (418, 5), (410, 10)]);
    }

    #[test]
    fn distance_counts_edits_and_transpositions() {
        assert_eq!(distance(b"TEAPOTT", b"TEAPOT", 3), Some(1));
        assert_eq!(distance(b"NOTFUOND", b"NOTFOUND", 3), Some(1));
        assert_eq!(distance(b"ABC", b"ABC", 0), Some(0));
        assert_eq!(distance(b"KITTEN", b"SITTING", 3), Some(3));
        assert_eq!(distance(b"KITTEN", b"SITTING", 2), None);
        assert_eq!(distance(b"", b"AB", 2), Some(2));
    }

    fn words(s: &str) -> Vec<String> {
        let w = Words::new(s).unwrap();
        (0..w.count)
            .map(|i| String::from_utf8(w.word(i).to_vec()).unwrap())
            .collect()
    }

    #[test]
    fn names_are_read_as_words() {
        assert_eq!(words("NOT_FOUND"), ["NOT", "FOUND"]);
        assert_eq!(words("StatusNotFound"), ["STATUS", "NOT", "FOUND"]);
        assert_eq!(
            words("HTTPVersionNotSupported"),
            ["HTTP", "VERSION", "NOT", "SUPPORTED"]
        );
        assert_eq!(words("ImATeapot"), ["IM", "A", "TEAPOT"]);
        assert_eq!(words("HTTP_404_not_found"), ["HTTP", "404", "NOT", "FOUND"]);
        assert_eq!(words("CloseTLSHandshake"), ["CLOSE", "TLS", "HANDSHAKE"]);
    }

    #[test]
    fn not_reads_as_un() {
        let w = Words::new("NOT_AUTHORIZED_X").unwrap().negated().unwrap();
        assert_eq!(w.joined(), b"UNAUTHORIZEDX");
        assert_eq!(w.count, 2);
        assert_eq!(w.word(0), b"UNAUTHORIZED");
        assert_eq!(w.word(1), b"X");
    }
}
