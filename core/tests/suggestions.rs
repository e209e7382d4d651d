//! How often the suggestions put the intended code first, measured on a
//! corpus of realistic mistakes (`tests/data/suggestion-corpus.csv`, gathered
//! from public code and other ecosystems' names; see `data/SOURCES.md`,
//! section 5). The corpus is a measure: it is not tuned case by case.

use statuscode_core::{
    CloseCode, ParseCloseCodeError, ParseStatusError, Status, Suggestions, resolve_close_name,
    resolve_name,
};

const CORPUS: &str = include_str!("data/suggestion-corpus.csv");

/// The share of the corpus that must have the intended code first.
const GOAL: f64 = 0.97;

struct Case<'a> {
    input: &'a str,
    close: bool,
    intended: u16,
    category: &'a str,
}

fn corpus() -> Vec<Case<'static>> {
    CORPUS
        .lines()
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| {
            // No field before `seen` has a comma or a quote.
            let f: Vec<&str> = l.splitn(5, ',').collect();
            Case {
                input: f[0],
                close: match f[1] {
                    "status" => false,
                    "close_code" => true,
                    other => panic!("unknown macro {other:?}"),
                },
                intended: f[2].parse().unwrap(),
                category: f[3],
            }
        })
        .collect()
}

/// The codes suggested for `input`, best first, and the whole message.
fn suggested(input: &str, close: bool) -> (Vec<u16>, String) {
    fn codes<C: Copy + Into<u16>>(s: &Suggestions<C>) -> Vec<u16> {
        s.iter().map(|s| s.status.into()).collect()
    }
    if close {
        match resolve_close_name(input) {
            Err(e @ ParseCloseCodeError::UnknownName { suggestions }) => {
                (codes(&suggestions), e.to_string())
            }
            other => panic!("{input}: expected an unknown name, got {other:?}"),
        }
    } else {
        match resolve_name(input) {
            Err(e @ ParseStatusError::UnknownName { suggestions }) => {
                (codes(&suggestions), e.to_string())
            }
            other => panic!("{input}: expected an unknown name, got {other:?}"),
        }
    }
}

#[test]
fn the_intended_code_comes_first() {
    let cases = corpus();
    assert!(cases.len() >= 150, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    let mut by_category: Vec<(&str, usize, usize)> = Vec::new();
    for c in &cases {
        let (codes, message) = suggested(c.input, c.close);
        let hit = codes.first() == Some(&c.intended);
        match by_category.iter_mut().find(|(k, _, _)| *k == c.category) {
            Some((_, n, ok)) => {
                *n += 1;
                *ok += usize::from(hit);
            }
            None => by_category.push((c.category, 1, usize::from(hit))),
        }
        if !hit {
            failures.push(format!(
                "  {} (meant {}): {codes:?} — {message}",
                c.input, c.intended
            ));
        }
    }
    let first = cases.len() - failures.len();
    #[allow(clippy::cast_precision_loss, reason = "a few hundred cases")]
    let share = first as f64 / cases.len() as f64;
    println!(
        "intended code first: {first} of {} ({:.1}%)",
        cases.len(),
        share * 100.0
    );
    for (category, n, ok) in &by_category {
        println!("  {category}: {ok} of {n}");
    }
    if !failures.is_empty() {
        println!("not first:\n{}", failures.join("\n"));
    }
    assert!(share >= GOAL, "below the goal of {:.0}%", GOAL * 100.0);
}

#[test]
fn no_suggestion_list_repeats_a_code() {
    let mut inputs: Vec<(String, bool)> = corpus()
        .iter()
        .map(|c| (c.input.to_owned(), c.close))
        .collect();
    // Fragments and near misses of every name, both tables.
    for s in Status::all() {
        let name = s.name();
        inputs.push((name[..=name.len() / 2].to_owned(), false));
        inputs.push((format!("{name}X"), false));
    }
    for c in CloseCode::all() {
        let name = c.name();
        inputs.push((name[..=name.len() / 2].to_owned(), true));
        inputs.push((format!("{name}X"), true));
    }
    for (input, close) in inputs {
        let r = if close {
            resolve_close_name(&input).err().map(|e| match e {
                ParseCloseCodeError::UnknownName { suggestions } => suggestions
                    .iter()
                    .map(|s| s.status.as_u16())
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            })
        } else {
            resolve_name(&input).err().map(|e| match e {
                ParseStatusError::UnknownName { suggestions } => suggestions
                    .iter()
                    .map(|s| s.status.as_u16())
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            })
        };
        let codes = r.unwrap_or_default();
        assert!(codes.len() <= 3, "{input}: {codes:?}");
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            codes.len(),
            "{input} repeats a code: {codes:?}"
        );
    }
}
