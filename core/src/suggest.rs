//! "Did you mean": the closest known names to a misspelled one, comparing
//! with case and underscores ignored, by optimal-string-alignment distance
//! (Levenshtein plus adjacent transpositions). No allocation: names are short,
//! and inputs longer than [`MAX`] get no suggestion.
//!
//! It works on the rows of a name table and returns rows; the public
//! [`Suggestions`](crate::Suggestions) wrap them in typed codes.

use crate::registry::{NameEntry, NameForm};

/// A name proposed for a misspelled one: a row of the name table, and the
/// FastAPI prefix (`"HTTP"`, `"WS"`) to show it with, or `""`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    pub(crate) entry: &'static NameEntry,
    pub(crate) prefix: &'static str,
}

/// Up to three [`Hit`]s, best first.
pub(crate) type Hits = [Option<Hit>; 3];

/// The longest normalised input compared.
const MAX: usize = 63;

/// A name with case and underscores dropped: `not_Found` → `NOTFOUND`.
struct Normal {
    buf: [u8; MAX],
    len: usize,
}

impl Normal {
    /// `None` if the input has a character no name has, or is too long.
    fn new(s: &str) -> Option<Normal> {
        let mut buf = [0; MAX];
        let mut len = 0;
        for b in s.bytes() {
            match b {
                b'_' => {}
                b if b.is_ascii_alphanumeric() => {
                    *buf.get_mut(len)? = b.to_ascii_uppercase();
                    len += 1;
                }
                _ => return None,
            }
        }
        Some(Normal { buf, len })
    }

    fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Strips a FastAPI prefix (`HTTP` or `WS`, then digits) from a normalised
/// name.
fn strip_prefixed<'a>(n: &'a [u8], prefix: &str) -> Option<&'a [u8]> {
    let tail = n.strip_prefix(prefix.as_bytes())?;
    let digits = tail.iter().take_while(|b| b.is_ascii_digit()).count();
    (digits > 0).then(|| &tail[digits..])
}

/// Optimal-string-alignment distance, or `None` once it exceeds `limit`.
fn distance(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Rows i-2, i-1 and i of the table; a and b are at most MAX long.
    let mut rows = [[0usize; MAX + 1]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
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

/// How far a name may be from the input and still be suggested.
fn limit(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=6 => 1,
        7..=10 => 2,
        _ => 3,
    }
}

/// How close `candidate` is to `input` (both normalised), lower is better.
fn score(input: &[u8], candidate: &[u8]) -> Option<usize> {
    let limit = limit(input.len());
    distance(input, candidate, limit).or_else(|| {
        // A fragment of a long name: `UNPROCESSABLE` for `UNPROCESSABLE_CONTENT`.
        (input.len() >= 4 && candidate.windows(input.len()).any(|w| w == input))
            .then_some(limit + 1)
    })
}

/// The closest names of `table` to `input`, best first. A FastAPI-shaped input (`prefix` then digits:
/// `HTTP_404_NOT_FUOND`, `WS_1008_POLICY_VIOLATOIN`) is compared by its name
/// part and gets FastAPI names back (`HTTP_404_NOT_FOUND`).
pub(crate) fn suggest(input: &str, table: &'static [NameEntry], prefix: &'static str) -> Hits {
    let mut out = [None; 3];
    let Some(normal) = Normal::new(input) else {
        return out;
    };
    let (fastapi, wanted) = match strip_prefixed(normal.as_bytes(), prefix) {
        Some(rest) if !rest.is_empty() => (true, rest),
        _ => (false, normal.as_bytes()),
    };
    // (score, rank, code, suggestion), kept sorted; rank prefers canonical names.
    let mut best: [Option<Ranked>; 3] = [None, None, None];
    for e in table {
        let Some((rank, name)) = candidate(e, fastapi) else {
            continue;
        };
        let Some(cand) = Normal::new(name) else {
            continue;
        };
        let cand = match (fastapi, e.form) {
            (true, NameForm::FastApi) => {
                strip_prefixed(cand.as_bytes(), prefix).unwrap_or_default()
            }
            _ => cand.as_bytes(),
        };
        let Some(score) = score(wanted, cand) else {
            continue;
        };
        let shown = if fastapi && e.form != NameForm::FastApi {
            prefix
        } else {
            ""
        };
        let hit = Hit {
            entry: e,
            prefix: shown,
        };
        insert(&mut best, (score, rank, e.code, hit));
    }
    for (slot, item) in out.iter_mut().zip(best) {
        *slot = item.map(|(_, _, _, s)| s);
    }
    out
}

/// A candidate with its sort key: score, rank, code.
type Ranked = (usize, u8, u16, Hit);

/// Whether `e` may be proposed, and its rank among equal scores.
fn candidate(e: &NameEntry, fastapi: bool) -> Option<(u8, &'static str)> {
    match e.form {
        NameForm::Canonical => Some((0, e.name)),
        NameForm::Alias => Some((1, e.name)),
        // Only the FastAPI names that are not deprecated, and only for
        // FastAPI-shaped input.
        NameForm::FastApi if fastapi && e.replacement.is_none() => Some((0, e.name)),
        _ => None,
    }
}

fn insert(best: &mut [Option<Ranked>; 3], item: Ranked) {
    let key = |x: &Ranked| (x.0, x.1, x.2);
    let pos = best
        .iter()
        .position(|slot| slot.as_ref().is_none_or(|b| key(&item) < key(b)));
    if let Some(pos) = pos {
        best.copy_within(pos..2, pos + 1);
        best[pos] = Some(item);
    }
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn distance_counts_edits_and_transpositions() {
        assert_eq!(distance(b"TEAPOTT", b"TEAPOT", 3), Some(1));
        assert_eq!(distance(b"NOTFUOND", b"NOTFOUND", 3), Some(1));
        assert_eq!(distance(b"ABC", b"ABC", 0), Some(0));
        assert_eq!(distance(b"KITTEN", b"SITTING", 3), Some(3));
        assert_eq!(distance(b"KITTEN", b"SITTING", 2), None);
        assert_eq!(distance(b"", b"AB", 2), Some(2));
    }
}
