//! Small parsing helpers over `proc_macro2` tokens, in the manner of
//! seq-macro: no syn, each error at the exact token.

use core::fmt;

use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};
use statuscode_registry::Suggestions;

use crate::error::Error;

/// The tokens of `input`, with invisible (`Delimiter::None`) groups opened:
/// `macro_rules!` wraps a forwarded `$x:literal` or `$x:expr` in one.
pub fn flatten(input: TokenStream) -> Vec<TokenTree> {
    let mut out = Vec::new();
    for tt in input {
        match tt {
            TokenTree::Group(g) if g.delimiter() == Delimiter::None => {
                out.extend(flatten(g.stream()));
            }
            tt => out.push(tt),
        }
    }
    out
}

/// An error on the tokens `rest` (the first to the last), saying they were
/// not expected.
pub fn unexpected(rest: &[TokenTree], what: &str) -> Error {
    let start = rest.first().map_or_else(Span::call_site, TokenTree::span);
    let end = rest.last().map_or(start, TokenTree::span);
    Error::spanning(start, end, what)
}

/// A readable name for a token, for messages.
pub fn describe(tt: &TokenTree) -> &'static str {
    match tt {
        TokenTree::Group(g) => match g.delimiter() {
            Delimiter::Parenthesis => "parentheses",
            Delimiter::Brace => "braces",
            Delimiter::Bracket => "brackets",
            Delimiter::None => "a group",
        },
        TokenTree::Ident(_) => "an identifier",
        TokenTree::Punct(_) => "punctuation",
        TokenTree::Literal(_) => "a literal",
    }
}

/// How messages speak of one kind of code: HTTP status or WebSocket close
/// code.
pub struct Noun {
    /// `status code`, `close code`.
    pub what: &'static str,
    /// The valid numbers, in words: `three digits, 100..=599`.
    pub range: &'static str,
    /// A number and names to show as examples: `404`, `NOT_FOUND`,
    /// `HTTP_404_NOT_FOUND`.
    pub number: &'static str,
    pub name: &'static str,
    pub fastapi: &'static str,
}

/// The one token of a macro argument: refuses nothing, a leading `-` and
/// trailing tokens, each at the offending tokens. `show` writes the call
/// with the given arguments (`status!(404)`); `empty` is the span to blame
/// when there is no token.
pub fn one_token<'a>(
    tokens: &'a [TokenTree],
    noun: &Noun,
    show: &dyn Fn(&str) -> String,
    empty: Span,
) -> Result<&'a TokenTree, Error> {
    let Some((first, trailing)) = tokens.split_first() else {
        return Err(Error::new(
            empty,
            format!(
                "expected a {}: write a number or a name, as in `{}`, `{}` or `{}`",
                noun.what,
                show(noun.number),
                show(noun.name),
                show(noun.fastapi)
            ),
        ));
    };
    if let TokenTree::Punct(minus) = first
        && minus.as_char() == '-'
    {
        let end = tokens.get(1).map_or(minus.span(), TokenTree::span);
        return Err(Error::spanning(
            minus.span(),
            end,
            format!("{}s are positive: {}", noun.what, noun.range),
        ));
    }
    if let Some(last) = path_end(tokens) {
        return Err(unexpected(
            tokens,
            format!(
                "write the name alone, `{}`: the macro resolves status names itself, so a path such as `StatusCode::{last}` or `Status::{last}` is not needed",
                show(&last.to_string())
            )
            .as_str(),
        ));
    }
    if !trailing.is_empty() {
        return Err(unexpected(
            trailing,
            format!(
                "unexpected `{}` after the {}: `{}` takes exactly one code",
                trailing[0],
                noun.what,
                show("…")
            )
            .as_str(),
        ));
    }
    Ok(first)
}

/// The last identifier of `tokens` when they are a path (`A::B`,
/// `::a::B::C`): `None` for anything else.
fn path_end(tokens: &[TokenTree]) -> Option<&proc_macro2::Ident> {
    let mut rest = tokens;
    let mut last = None;
    loop {
        match rest {
            [TokenTree::Punct(a), TokenTree::Punct(b), tail @ ..]
                if a.as_char() == ':' && b.as_char() == ':' =>
            {
                rest = tail;
            }
            _ if last.is_some() => return None,
            _ => {}
        }
        match rest {
            [TokenTree::Ident(id), tail @ ..] => {
                last = Some(id);
                rest = tail;
            }
            _ => return None,
        }
        if rest.is_empty() {
            // One identifier alone is not a path.
            return (tokens.len() > 1).then_some(last).flatten();
        }
    }
}

/// The error for a token that is neither a literal nor a name.
pub fn wrong_token(tt: &TokenTree, noun: &Noun) -> Error {
    Error::new(
        tt.span(),
        format!(
            "expected a {}, found {}: write a number such as `{}` or a name such as `{}`",
            noun.what,
            describe(tt),
            noun.number,
            noun.name
        ),
    )
}

/// A literal that must be a decimal integer, optionally `u16`-suffixed: its
/// value (saturating) and its digits as written. For a string literal,
/// `unquoted` gives the call to write instead if the contents resolve.
pub fn integer(
    lit: &Literal,
    noun: &Noun,
    unquoted: &dyn Fn(&str) -> Option<String>,
) -> Result<(u64, String), Error> {
    let span = lit.span();
    let text = lit.to_string();
    let err = |msg: String| Err(Error::new(span, msg));
    if let Some(quoted) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        let fix = match unquoted(quoted) {
            Some(call) if !quoted.is_empty() => format!(": remove the quotes, `{call}`"),
            _ => String::new(),
        };
        return err(format!(
            "expected a {}, found a string literal{fix}",
            noun.what
        ));
    }
    if !matches!(text.as_bytes().first(), Some(b'0'..=b'9')) {
        return err(format!(
            "expected a {}, found the literal `{text}`: write a number such as `{}` or a name such as `{}`",
            noun.what, noun.number, noun.name
        ));
    }
    if let Some(radix @ ("0x" | "0o" | "0b")) = text.get(..2) {
        return err(format!(
            "{}s are written in decimal, not with `{radix}`",
            noun.what
        ));
    }
    let mut digits_end = text.len();
    for (i, b) in text.bytes().enumerate() {
        if !b.is_ascii_digit() && b != b'_' {
            digits_end = i;
            break;
        }
    }
    let (digits, suffix) = text.split_at(digits_end);
    if matches!(suffix.as_bytes().first(), Some(b'.' | b'e' | b'E' | b'f')) {
        return err(format!("{}s are integers: {}", noun.what, noun.range));
    }
    if !suffix.is_empty() && suffix.trim_start_matches('_') != "u16" {
        return err(format!(
            "{}s are `u16`: remove the `{}` suffix or write `u16`",
            noun.what,
            suffix.trim_start_matches('_')
        ));
    }
    let mut value = 0u64;
    for d in digits.bytes() {
        if d.is_ascii_digit() {
            value = value.saturating_mul(10).saturating_add(u64::from(d - b'0'));
        }
    }
    Ok((value, digits.to_owned()))
}

/// The message for a name no table knows: a case hint when only case or
/// underscores differ from the best suggestion, else "did you mean".
pub fn unknown_name<C>(noun: &Noun, name: &str, suggestions: &Suggestions<C>) -> String
where
    C: Copy + Into<u16> + fmt::Display,
{
    // The generic part only turns the suggestions into text; the message is
    // written once, by `unknown_message`, for both kinds of code.
    let best = suggestions
        .iter()
        .next()
        .map(|b| (b.to_string(), b.status.to_string()));
    let origin = suggestions.origin().map(|o| ForeignOrigin {
        text: o.to_string(),
        name: o.foreign.name(),
        code: o.foreign.code(),
        mapped: o.target.is_some(),
    });
    unknown_message(noun, name, best, origin, &suggestions.to_string())
}

/// Another ecosystem's name among the suggestions, as text.
struct ForeignOrigin {
    text: String,
    name: &'static str,
    code: u16,
    /// Whether it maps to an assigned code.
    mapped: bool,
}

fn unknown_message(
    noun: &Noun,
    name: &str,
    best: Option<(String, String)>,
    origin: Option<ForeignOrigin>,
    suggestions: &str,
) -> String {
    let same_spelling = match &best {
        Some((best, _)) => normalized(best) == normalized(name),
        None => false,
    };
    if let Some(origin) = origin
        && !same_spelling
    {
        // Another ecosystem's name: say whose, and what to write here.
        let said = if origin.name == name {
            origin.text
        } else {
            format!("unknown {} `{name}`: {}", noun.what, origin.text)
        };
        return if origin.mapped {
            said
        } else {
            format!("{said}; write `unassigned {}` to opt in", origin.code)
        };
    }
    match best {
        Some((best, status)) if same_spelling => format!(
            "unknown {} `{name}`: names are written in SCREAMING_SNAKE_CASE, `{best}` ({status})",
            noun.what
        ),
        Some(_) => format!(
            "unknown {} `{name}`; did you mean {suggestions}?",
            noun.what
        ),
        None => format!(
            "unknown {} `{name}`: write a registry name such as `{}`, a FastAPI name such as `{}`, or a number",
            noun.what, noun.name, noun.fastapi
        ),
    }
}

/// `s` without underscores, in upper case.
fn normalized(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c != '_' {
            out.push(c.to_ascii_uppercase());
        }
    }
    out
}
