//! What an editor needs to see inside the macros' arguments.
//!
//! rust-analyzer completes inside a macro call by inserting a marker
//! identifier at the cursor (`status!(NOT_F|)` becomes
//! `status!(NOT_FraCompletionMarker)`), expanding the call again, and
//! completing at the token of the expansion that carries the marker. A name
//! that does not resolve is normally a `compile_error!` alone, which gives it
//! nothing to complete. So when an argument holds the marker, the macros
//! expand to nothing but a path whose last segment is that identifier, with
//! its span, into a module of every name they accept
//! (`statuscode_core::__private::names`): rust-analyzer then offers the
//! module's items, each documented with its code, reason phrase and
//! description.
//!
//! The marker never reaches rustc (nobody writes it), so the compiler's side
//! costs nothing: no second error, no `cfg` in the user's crate, and the
//! shape is a plain path, valid in expressions, `const`s and patterns alike.
//! The marker's text is rust-analyzer's own (`raCompletionMarker` since
//! 2025, `intellijRulezz` before); if it changes, completion stops working
//! and nothing else does. `tests/editor/` checks it against a real
//! rust-analyzer.
//!
//! The names that resolve take the same road (see `StatusArg::to_tokens`):
//! the name written is the last segment of a path into the same modules, and
//! only that segment carries the user's span, so hover shows the name written
//! (an alias, a FastAPI name) and go-to-definition has one target.

use proc_macro2::{Delimiter, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

/// The identifiers rust-analyzer inserts at the cursor to complete.
const MARKERS: [&str; 2] = ["raCompletionMarker", "intellijRulezz"];

/// The modules of names a path can point into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Names {
    /// HTTP status names: `statuscode_core::__private::names::http`.
    Http,
    /// Close-code names: `statuscode_core::__private::names::close`.
    Close,
    /// `#[status(…)]`'s first argument: an HTTP status name or a key
    /// (the facade's `__private::ide::attr`).
    Attr,
    /// `#[status(…)]`'s later arguments: the keys (`__private::ide::keys`).
    Keys,
}

/// Whether `ident` holds rust-analyzer's completion marker.
pub fn is_marker(ident: &Ident) -> bool {
    let text = ident.to_string();
    MARKERS.iter().any(|m| text.contains(m))
}

/// The first identifier holding the marker in `tokens`, looking into groups,
/// and whether it is the first token of its group (the status position of
/// `#[status(…)]`).
pub fn find_marker(tokens: &TokenStream) -> Option<(Ident, bool)> {
    let mut first = true;
    for tt in tokens.clone() {
        match tt {
            TokenTree::Ident(ident) if is_marker(&ident) => return Some((ident, first)),
            TokenTree::Group(g) => {
                if let Some(found) = find_marker(&g.stream()) {
                    // An invisible group (`$x` from `macro_rules!`) is not a
                    // position of its own.
                    let first_here = found.1 && (first || g.delimiter() != Delimiter::None);
                    return Some((found.0, first_here));
                }
            }
            _ => {}
        }
        first = false;
    }
    None
}

/// `#krate::__private::<module>::#name`: only `name` carries the user's span,
/// so hover and go-to-definition on the user's token reach the name's own
/// item, once; every other token is the call site's.
pub fn name_path(krate: &TokenStream, module: Names, name: Ident) -> TokenStream {
    let segments: &[&str] = match module {
        Names::Http => &["__private", "names", "http"],
        Names::Close => &["__private", "names", "close"],
        Names::Attr => &["__private", "ide", "attr"],
        Names::Keys => &["__private", "ide", "keys"],
    };
    let mut out = krate.clone();
    let colons = |out: &mut TokenStream| {
        out.extend([
            TokenTree::Punct(Punct::new(':', Spacing::Joint)),
            TokenTree::Punct(Punct::new(':', Spacing::Alone)),
        ]);
    };
    for segment in segments {
        colons(&mut out);
        out.extend([TokenTree::Ident(Ident::new(segment, Span::call_site()))]);
    }
    colons(&mut out);
    out.extend([TokenTree::Ident(name)]);
    out
}

/// For an argument being completed in an expression or pattern position:
/// the path alone.
pub fn expr_trigger(
    input: &TokenStream,
    krate: &TokenStream,
    module: Names,
) -> Option<TokenStream> {
    let (ident, _) = find_marker(input)?;
    // `status!(WS_…)` is a close code.
    let module = if module == Names::Http && ident.to_string().starts_with("WS_") {
        Names::Close
    } else {
        module
    };
    Some(name_path(krate, module, ident))
}

/// For an argument being completed in an item position (an attribute, a
/// derive): `const _: () = { let _ = path; };`.
pub fn item_trigger(ident: Ident, krate: &TokenStream, module: Names) -> TokenStream {
    let path = name_path(krate, module, ident);
    quote::quote!(const _: () = { let _ = #path; };)
}

/// The expansion shapes rust-analyzer depends on, checked without it (CI
/// runs these; `tests/editor/` checks the same cases in a real
/// rust-analyzer where one is installed).
#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// Parses `source` as the user's tokens: every token gets a span in its
    /// own "file", told apart from the call site's.
    fn user(source: &str) -> TokenStream {
        TokenStream::from_str(source).unwrap()
    }

    fn is_call_site(span: Span) -> bool {
        span.file() == Span::call_site().file()
    }

    /// Every identifier of `output` with a user's span, in order.
    fn user_idents(output: &TokenStream) -> Vec<String> {
        let mut out = Vec::new();
        for tt in output.clone() {
            match tt {
                TokenTree::Ident(i) if !is_call_site(i.span()) => out.push(i.to_string()),
                TokenTree::Group(g) => out.extend(user_idents(&g.stream())),
                _ => {}
            }
        }
        out
    }

    /// Whether `output` is exactly the path `prefix :: last`.
    fn is_path_to(output: &TokenStream, prefix: &str, last: &str) -> bool {
        let text = output.to_string();
        text == format!("{prefix} :: {last}")
    }

    /// A macro entry point over `proc_macro2` tokens.
    type Entry = fn(TokenStream) -> TokenStream;

    const HTTP: &str = ":: statuscode :: __private :: names :: http";
    const CLOSE: &str = ":: statuscode :: __private :: names :: close";

    /// What rust-analyzer's completion sees: a plain path ending in the
    /// marker identifier, with its span, in the module of the names the
    /// macro accepts; no `compile_error!`.
    #[test]
    fn a_completion_marker_expands_to_a_path_ending_in_it() {
        let cases: [(&str, Entry, &str, &str); 7] = [
            (
                "NOT_FraCompletionMarker",
                crate::expand::status,
                HTTP,
                "NOT_FraCompletionMarker",
            ),
            (
                "raCompletionMarker",
                crate::expand::status,
                HTTP,
                "raCompletionMarker",
            ),
            (
                "HTTP_40raCompletionMarker",
                crate::expand::status,
                HTTP,
                "HTTP_40raCompletionMarker",
            ),
            (
                "WS_10raCompletionMarker",
                crate::expand::status,
                CLOSE,
                "WS_10raCompletionMarker",
            ),
            (
                "POLICY_raCompletionMarker",
                crate::expand::close_code,
                CLOSE,
                "POLICY_raCompletionMarker",
            ),
            (
                "http, NOT_FraCompletionMarker",
                crate::framework::expand,
                HTTP,
                "NOT_FraCompletionMarker",
            ),
            (
                "http02, TEAintellijRulezz",
                crate::framework::expand,
                HTTP,
                "TEAintellijRulezz",
            ),
        ];
        for (args, entry, module, last) in cases {
            let out = entry(user(args));
            assert!(is_path_to(&out, module, last), "{args}: {out}");
            assert_eq!(user_idents(&out), [last], "{args}: {out}");
        }
    }

    #[test]
    fn a_completion_marker_in_an_attribute_expands_to_a_path_beside_the_item() {
        let out = crate::route::expand(user("CREraCompletionMarker"), user("fn f() {}"));
        let text = out.to_string();
        assert!(
            text.starts_with("const _ : () = { let _ = :: statuscode :: __private :: names :: http :: CREraCompletionMarker ; } ;"),
            "{text}"
        );
        assert!(text.ends_with("fn f () { }"), "{text}");
        for (input, module, last) in [
            (
                "#[status(NOT_raCompletionMarker)] struct S;",
                "attr",
                "NOT_raCompletionMarker",
            ),
            (
                "enum E { #[status(UNAUTHORIZED, respraCompletionMarker)] A }",
                "keys",
                "respraCompletionMarker",
            ),
        ] {
            let out = crate::derive::derive(user(input));
            assert_eq!(
                out.to_string(),
                format!(
                    "const _ : () = {{ let _ = :: statuscode :: __private :: ide :: {module} :: {last} ; }} ;"
                ),
            );
            assert_eq!(user_idents(&out), [last]);
        }
    }

    /// Hover and go-to-definition: in a resolved name's expansion, only the
    /// name written carries the user's span, as the last segment of a path
    /// to the item of that name.
    #[test]
    fn only_the_name_written_carries_the_users_span() {
        let cases: [(&str, Entry, &str); 7] = [
            ("TEAPOT", crate::expand::status, "TEAPOT"),
            (
                "HTTP_404_NOT_FOUND",
                crate::expand::status,
                "HTTP_404_NOT_FOUND",
            ),
            (
                "HTTP_422_UNPROCESSABLE_ENTITY",
                crate::expand::status,
                "HTTP_422_UNPROCESSABLE_ENTITY",
            ),
            ("404", crate::expand::status, "NOT_FOUND"),
            (
                "WS_1008_POLICY_VIOLATION",
                crate::expand::status,
                "WS_1008_POLICY_VIOLATION",
            ),
            ("INVALID_DATA", crate::expand::close_code, "INVALID_DATA"),
            (
                "http, PAYLOAD_TOO_LARGE",
                crate::framework::expand,
                "PAYLOAD_TOO_LARGE",
            ),
        ];
        for (args, entry, name) in cases {
            let out = entry(user(args));
            assert_eq!(user_idents(&out), [name], "{args}: {out}");
            assert!(out.to_string().contains("names :: "), "{out}");
        }
    }

    /// An unknown name is one `compile_error!` in parentheses: a valid
    /// expression and pattern, nothing rustc could report twice.
    #[test]
    fn an_unknown_name_is_one_error_in_parentheses() {
        for (args, entry) in [
            (
                "NOT_FUOND",
                crate::expand::status as fn(TokenStream) -> TokenStream,
            ),
            ("POLICY_VIOLATON", crate::expand::close_code),
        ] {
            let out = entry(user(args));
            let text = out.to_string();
            assert!(text.starts_with("(:: core :: compile_error ! {"), "{text}");
            assert_eq!(text.matches("compile_error").count(), 1, "{text}");
            assert!(!text.contains("names"), "{text}");
        }
    }

    #[test]
    fn the_marker_is_found_in_groups_with_its_position() {
        let tokens: TokenStream = "UNAUTHORIZED, header(x = 1), respraCompletionMarker"
            .parse()
            .unwrap();
        let (ident, first) = find_marker(&tokens).unwrap();
        assert_eq!(ident.to_string(), "respraCompletionMarker");
        assert!(!first);
        let tokens: TokenStream = "NOT_raCompletionMarker".parse().unwrap();
        assert!(find_marker(&tokens).unwrap().1);
        let tokens: TokenStream = "NOT_FOUND".parse().unwrap();
        assert!(find_marker(&tokens).is_none());
    }
}
