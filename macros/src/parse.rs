//! Small parsing helpers over `proc_macro2` tokens, in the manner of
//! seq-macro: no syn, each error at the exact token.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};

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
