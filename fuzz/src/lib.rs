//! What the macro targets share: the macro crate's own parsing modules
//! (compiled here from their source files, since a proc-macro crate's
//! functions cannot be called from another crate) and the span check.

use std::str::FromStr;

use proc_macro2::{Span, TokenStream, TokenTree};

#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/close.rs"]
mod close;
#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/derive/mod.rs"]
pub mod derive;
#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/error.rs"]
mod error;
#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/expand.rs"]
pub mod expand;
#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/framework.rs"]
pub mod framework;
#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/ide.rs"]
mod ide;

#[path = "../../macros/src/parse.rs"]
mod parse;
#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/route.rs"]
pub mod route;
#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/rules.rs"]
mod rules;
#[allow(dead_code, unused_imports)]
#[path = "../../macros/src/status.rs"]
mod status;

/// `bytes` as a token stream, if they are UTF-8 that proc_macro2 can lex.
pub fn tokens(bytes: &[u8]) -> Option<(TokenStream, usize)> {
    let text = std::str::from_utf8(bytes).ok()?;
    Some((TokenStream::from_str(text).ok()?, text.len()))
}

/// Byte positions of a span. Under `cfg(fuzzing)` proc_macro2 keeps no
/// source map, so `byte_range()` is unavailable, but its `Debug` still
/// prints the raw positions: `bytes(lo..hi)`, `0..0` for `call_site`, and
/// `1..=len+1` for the single string a target parses.
fn positions(span: Span) -> (usize, usize) {
    let text = format!("{span:?}");
    let inner = text
        .strip_prefix("bytes(")
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or_else(|| panic!("proc_macro2 without span-locations: {text}"));
    let (lo, hi) = inner.split_once("..").expect("bytes(lo..hi)");
    (lo.parse().expect("lo"), hi.parse().expect("hi"))
}

fn each_span(stream: &TokenStream, f: &mut impl FnMut(Span)) {
    for tt in stream.clone() {
        f(tt.span());
        if let TokenTree::Group(g) = &tt {
            f(g.span_open());
            f(g.span_close());
            each_span(&g.stream(), f);
        }
    }
}

/// Asserts what the property tests assert: an expansion names the status
/// with a token spanned inside the input (only its crate path, `$crate` from
/// the facade, is not), and every span of a `compile_error!` lies inside
/// the parsed input of `len` bytes, or is `call_site` when the input held no
/// token to blame.
pub fn assert_spans_inside(input: &TokenStream, len: usize, output: &TokenStream) {
    let inside = |span| {
        let (lo, hi) = positions(span);
        1 <= lo && lo <= hi && hi <= len + 1
    };
    assert!(!output.is_empty(), "no output for `{input}`");
    let output = &error_part(output);
    let is_error = output
        .clone()
        .into_iter()
        .any(|tt| matches!(tt, TokenTree::Ident(i) if i == "compile_error"));
    if !is_error {
        // The name (or the unassigned code) is the user's token; the path
        // around it is the call site's, so an editor's hover has one target.
        let mut spanned = 0;
        each_span(output, &mut |span| spanned += usize::from(inside(span)));
        assert!(
            spanned >= 1,
            "expansion `{output}` of `{input}` not spanned on the input"
        );
        return;
    }
    let empty = parse::flatten(input.clone()).is_empty();
    each_span(output, &mut |span| {
        let call_site = positions(span) == (0, 0);
        assert!(
            inside(span) || (empty && call_site),
            "span {:?} outside the input (1..={}) in `{output}` for `{input}`",
            positions(span),
            len + 1
        );
    });
}

/// The part of an expansion the span rules are about: for an error in
/// `<…::Trigger<{ …; compile_error!{…}; 0 }, _>>::VALUE` (the path beside it
/// is for rust-analyzer only, `macros/src/ide.rs`), its `compile_error!`
/// invocations, as the property tests read it (`unparen`); otherwise the
/// expansion as it is.
fn error_part(output: &TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    let trigger = tokens
        .iter()
        .any(|tt| matches!(tt, TokenTree::Ident(i) if i == "Trigger"));
    let block = tokens.iter().find_map(|tt| match tt {
        TokenTree::Group(g) if g.delimiter() == proc_macro2::Delimiter::Brace => Some(g.stream()),
        _ => None,
    });
    match (trigger, block) {
        (true, Some(block)) => {
            let inner: Vec<TokenTree> = block.into_iter().collect();
            let mut errors = TokenStream::new();
            for (i, tt) in inner.iter().enumerate() {
                if matches!(tt, TokenTree::Ident(id) if id == "compile_error") {
                    errors.extend(inner[i..(i + 3).min(inner.len())].iter().cloned());
                }
            }
            errors
        }
        _ => output.clone(),
    }
}

/// For a derive, whose output holds impls beside the errors: every span of
/// each `::core::compile_error! { … }` lies inside the input of `len` bytes
/// (a derive's input is never empty).
pub fn assert_error_spans_inside(len: usize, output: &TokenStream) {
    assert!(!output.is_empty(), "no output");
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    for (i, tt) in tokens.iter().enumerate() {
        if matches!(tt, TokenTree::Ident(id) if id == "compile_error") {
            // `:: core :: compile_error ! { "…" }`
            let error: TokenStream = tokens[i.saturating_sub(5)..(i + 3).min(tokens.len())]
                .iter()
                .cloned()
                .collect();
            each_span(&error, &mut |span| {
                let (lo, hi) = positions(span);
                assert!(
                    1 <= lo && lo <= hi && hi <= len + 1,
                    "span {lo}..{hi} outside the input (1..={}) in `{error}`",
                    len + 1
                );
            });
        }
    }
}
