//! What an editor needs to see inside the macros' arguments.
//!
//! rust-analyzer completes inside a macro call by inserting a marker
//! identifier at the cursor (`status!(NOT_F|)` becomes
//! `status!(NOT_FraCompletionMarker)`), expanding the call again, and
//! completing at the token of that expansion that carries the marker, read
//! at the same offset in the real expansion (of `status!(NOT_F)`). A name
//! that does not resolve used to be a `compile_error!` alone, which gives it
//! nothing to complete. So an error now expands, ahead of anything that
//! depends on the input, to a path whose last segment is the identifier
//! written, with its span, into a module of every name the macro accepts
//! (`statuscode_core::__private::names`, the facade's `__private::ide` for
//! the derive's keys): rust-analyzer resolves the path's module and offers
//! its items, each documented with its code, reason phrase and description.
//!
//! rustc never sees that path: it sits under `#[cfg(rust_analyzer)]`, a cfg
//! rust-analyzer sets for the crates it analyses and rustc never does, in a
//! block whose `#[allow(unexpected_cfgs)]` keeps cargo's `--check-cfg`
//! quiet; so rustc still reports one error per mistake, the crate's own. A
//! pattern cannot carry an attribute, so a function-like macro puts that
//! block in a const generic argument (see [`expr_error`]), which expressions
//! and patterns both allow.
//!
//! An empty argument expands to the same path ending in a placeholder
//! ([`EMPTY`]), at the offset where rust-analyzer's marker goes; the key
//! `crate`, which no item can be named, goes where rust-analyzer offers the
//! keyword (see [`statement_trigger`]); the derive and `#[status_code]` write
//! their paths through their `crate = …` when given (a renamed crate).
//! Nothing is added to an expansion that succeeds.
//!
//! The names that resolve take the same road (see `StatusArg::to_tokens`):
//! the name written is the last segment of a path into the same modules, and
//! only that segment carries the user's span, so hover shows the name written
//! (an alias, a FastAPI name) and go-to-definition has one target.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::quote;

use crate::error::Error;
use crate::parse::flatten;

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

/// `#krate::<module>::#name` (`#krate::__http::NOT_FOUND`). Only `name` carries the user's span, so hover and go-to-definition on
/// the user's token reach the name's own item, once; every other token is
/// the call site's.
pub fn name_path(krate: &TokenStream, module: Names, name: Ident) -> TokenStream {
    let segments: &[&str] = match module {
        // The facade's short re-exports of `__private::names::{http, close}`.
        Names::Http => &["__http"],
        Names::Close => &["__close"],
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

/// The last segment of the path for an empty argument (`status!()`,
/// `#[status()]`, `#[status(UNAUTHORIZED, )]`). rust-analyzer completes
/// `status!(|)` by expanding `status!(raCompletionMarker)` (the path ending
/// in the marker) and reading the real expansion, of `status!()`, at the
/// marker's offset: so the real expansion must be the same text up to there,
/// the same `let _ = PATH::`, and then any identifier (rustc parses the
/// statement before `cfg` drops it, so the path cannot end in `::`). It
/// resolves to nothing, like a half-typed name.
pub const EMPTY: &str = "__";

fn placeholder() -> Ident {
    Ident::new(EMPTY, Span::call_site())
}

/// What a function-like macro's argument is, for rust-analyzer.
enum Written {
    /// One identifier (after `unassigned`, if any): what it completes.
    Name(Ident),
    /// Nothing at all.
    Empty,
    /// Anything else (a number, a string): nothing to complete.
    Other,
}

fn written(input: &TokenStream) -> Written {
    let tokens = flatten(input.clone());
    match tokens.as_slice() {
        [] => Written::Empty,
        [TokenTree::Ident(kw), TokenTree::Ident(ident)] if kw == "unassigned" => {
            Written::Name(ident.clone())
        }
        [TokenTree::Ident(ident)] => Written::Name(ident.clone()),
        _ => Written::Other,
    }
}

/// `(::core::compile_error! { … })`: an expression and a pattern.
pub fn paren_error(e: &Error) -> TokenStream {
    TokenTree::Group(Group::new(Delimiter::Parenthesis, e.to_compile_error())).into()
}

/// `#[allow(unexpected_cfgs)] { #[cfg(rust_analyzer)] { #ide } }`: tokens
/// for rust-analyzer alone (it sets `cfg(rust_analyzer)` for the crates it
/// analyses; rustc never does, and the `allow` one block up keeps cargo's
/// `--check-cfg` quiet in the user's crate). The inner block puts every
/// statement of `ide` under the `cfg`, not only the first.
fn for_ide_only(ide: &TokenStream) -> TokenStream {
    quote!(#[allow(unexpected_cfgs)] { #[cfg(rust_analyzer)] { #ide } })
}

/// The error of a function-like macro (an expression or a pattern) whose
/// argument is `input`. When the argument is a name (or empty):
/// `<KRATE::__private::ide::Trigger<{ IDE; 0 }, ERROR>>::VALUE`, where `IDE`
/// is `let _ = PATH;` for rust-analyzer alone (see [`for_ide_only`]) and
/// `ERROR` the `compile_error!`, in type position: one error for rustc, in
/// an expression and a pattern alike, of a type rust-analyzer leaves unknown
/// (no spurious "expected `Status`, found `()`"). Otherwise the error alone,
/// in parentheses.
pub fn expr_error(
    e: &Error,
    input: &TokenStream,
    krate: &TokenStream,
    module: Names,
) -> TokenStream {
    let ide = match written(input) {
        Written::Name(name) => {
            // `status!(WS_…)` is a close code.
            let module = if module == Names::Http && name.to_string().starts_with("WS_") {
                Names::Close
            } else {
                module
            };
            let path = name_path(krate, module, name);
            for_ide_only(&quote!(let _ = #path;))
        }
        // An empty argument: the same `let _ = PATH;`, ending in a
        // placeholder (see [`EMPTY`]).
        Written::Empty => {
            let path = name_path(krate, module, placeholder());
            for_ide_only(&quote!(let _ = #path;))
        }
        Written::Other => return paren_error(e),
    };
    let error = e.to_compile_error();
    quote!(<#krate::__private::ide::Trigger<{ #ide #error; 0 }, _>>::VALUE)
}

/// For an item-position macro (an attribute, a derive) that refuses its
/// input: `const _: () = { let _ = PATH; … };` for rust-analyzer alone, one
/// path per name, to go ahead of the rest of the expansion.
pub fn item_trigger(names: &[(Ident, Names)], krate: &TokenStream) -> TokenStream {
    if names.is_empty() {
        return TokenStream::new();
    }
    let ide = statement_trigger(names, krate);
    quote!(const _: () = { #ide };)
}

/// The statement inside [`item_trigger`], also what `#[status_code]` puts
/// first in the function's body (a `const _` item is not allowed in a trait
/// or an impl).
pub fn statement_trigger(names: &[(Ident, Names)], krate: &TokenStream) -> TokenStream {
    if names.is_empty() {
        return TokenStream::new();
    }
    let mut lets = TokenStream::new();
    for (name, module) in names {
        // `crate = …` is a key no item can be named after: where what is
        // written is its start (`c`, `cr`, …), the name goes where
        // rust-analyzer offers the keyword `crate` (and `self`, `in`):
        // a restricted visibility, `pub(in cr)`.
        if starts_crate(&name.to_string()) {
            lets.extend(quote!(pub(in #name) struct __;));
            continue;
        }
        let path = name_path(krate, *module, name.clone());
        lets.extend(quote!(let _ = #path;));
    }
    for_ide_only(&lets)
}

/// Whether `written` is the start of the key `crate` (`c`, `cr`, …, `crate`),
/// with or without rust-analyzer's marker after it (`crraCompletionMarker`;
/// `intellijRulezz` in its older releases): the real expansion and
/// rust-analyzer's must take the same road. Anything else (`con`, which may
/// be the start of `CONFLICT` typed in lowercase) is a name.
fn starts_crate(written: &str) -> bool {
    let typed = match written.strip_suffix("raCompletionMarker") {
        Some(typed) => typed,
        None => written.strip_suffix("intellijRulezz").unwrap_or(written),
    };
    !typed.is_empty() && "crate".starts_with(typed)
}

/// The first identifier of each comma-separated argument of a
/// `#[status(…)]`, with the module it is completed from: the status names
/// and keys for the first argument, the keys after. An empty argument
/// (`#[status()]`, `#[status(UNAUTHORIZED, )]`) is the placeholder
/// [`EMPTY`], where rust-analyzer's marker would be. `type` becomes
/// `r#type` (which the derive accepts too); `crate`, `self` and `super`
/// cannot be the last segment of a path and are left out.
pub fn attr_names(args: &TokenStream) -> Vec<(Ident, Names)> {
    let mut out = Vec::new();
    let mut start = true;
    // No argument but `crate = …` yet: a status name may come
    // (`#[status(crate = sc, TEAPOT)]`).
    let mut first = true;
    let mut krate = false;
    let module = |first: bool| if first { Names::Attr } else { Names::Keys };
    for tt in flatten(args.clone()) {
        match tt {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                if start {
                    out.push((placeholder(), module(first)));
                }
                start = true;
                first = first && krate;
                krate = false;
                continue;
            }
            TokenTree::Ident(ident) if start => match ident.to_string().as_str() {
                "crate" => krate = true,
                "self" | "super" | "Self" => {}
                "type" => out.push((Ident::new_raw("type", ident.span()), module(first))),
                _ => out.push((ident, module(first))),
            },
            _ => {}
        }
        start = false;
    }
    if start {
        out.push((placeholder(), module(first)));
    }
    out
}

/// The expansion shapes rust-analyzer depends on, checked without it (CI
/// runs these; `tests/editor/harness.py` checks the same cases in a real
/// rust-analyzer where one is installed).
#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// A macro entry point over `proc_macro2` tokens.
    type Entry = fn(TokenStream) -> TokenStream;

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

    const HTTP: &str = ":: statuscode :: __http ::";
    const CLOSE: &str = ":: statuscode :: __close ::";
    /// What goes before the path: the trigger type, and the block that only
    /// rust-analyzer keeps.
    const TRIGGER: &str = "< :: statuscode :: __private :: ide :: Trigger < { # [allow (unexpected_cfgs)] { # [cfg (rust_analyzer)] {";
    const BODY: &str = "# [allow (unexpected_cfgs)] { # [cfg (rust_analyzer)] {";

    /// An unknown name, and the same name with rust-analyzer's marker
    /// appended, expand alike: first the path to the module of names, ending
    /// in the name written with its span (the first token with a user's
    /// span), under `#[cfg(rust_analyzer)]`; then the one `compile_error!`.
    /// What comes before the name is the same text with and without the
    /// marker, so rust-analyzer finds the marker at the offset of the name in
    /// the real expansion.
    #[test]
    fn an_unknown_name_expands_to_a_path_ahead_of_the_error() {
        let cases: [(&str, Entry, &str); 8] = [
            ("NOT_F", crate::expand::status, HTTP),
            ("TEA", crate::expand::status, HTTP),
            ("HTTP_40", crate::expand::status, HTTP),
            ("WS_10", crate::expand::status, CLOSE),
            ("unassigned NOT_F", crate::expand::status, HTTP),
            ("POLICY_", crate::expand::close_code, CLOSE),
            ("http, NOT_F", crate::framework::expand, HTTP),
            ("http02, TEA", crate::framework::expand, HTTP),
        ];
        for (args, entry, module) in cases {
            let name = args.rsplit([' ', ',']).next().unwrap();
            for written in [name.to_owned(), format!("{name}raCompletionMarker")] {
                let args = args.replace(name, &written);
                let out = entry(user(&args)).to_string();
                let prefix = format!(
                    "{TRIGGER} let _ = {module} {written} ; }} }} :: core :: compile_error ! {{"
                );
                assert!(out.starts_with(&prefix), "{args}: {out}");
                assert_eq!(out.matches("compile_error").count(), 1, "{out}");
                assert!(out.ends_with("; 0 } , _ >> :: VALUE"), "{out}");
            }
            let out = entry(user(args));
            assert_eq!(user_idents(&out).first().map(String::as_str), Some(name));
        }
    }

    /// `status!()` and `close_code!()`: the same path, ending in the
    /// placeholder where the marker would be (`status!(raCompletionMarker)`
    /// is an unknown name, above), so rust-analyzer finds the same text
    /// before it in both expansions and offers the module's names.
    #[test]
    fn an_empty_argument_expands_to_the_same_path_ending_in_a_placeholder() {
        let cases: [(Entry, &str, &str); 3] = [
            (crate::expand::status, "", HTTP),
            (crate::expand::close_code, "", CLOSE),
            (crate::framework::expand, "http,", HTTP),
        ];
        for (entry, args, module) in cases {
            let out = entry(user(args)).to_string();
            assert!(
                out.starts_with(&format!(
                    "{TRIGGER} let _ = {module} {EMPTY} ; }} }} :: core :: compile_error ! {{"
                )),
                "{out}"
            );
            let marked = entry(user(&format!("{args} raCompletionMarker"))).to_string();
            let at = out.find(EMPTY).unwrap();
            assert_eq!(marked[..at], out[..at]);
        }
    }

    /// A number or another token is an error alone, in parentheses.
    #[test]
    fn other_errors_are_the_error_alone() {
        for args in ["4040", "\"404\"", "NOT_FOUND NOT_FOUND"] {
            let out = crate::expand::status(user(args)).to_string();
            assert!(out.starts_with("(:: core :: compile_error ! {"), "{out}");
            assert!(!out.contains("rust_analyzer"), "{out}");
        }
    }

    /// `#[status_code]`: the function, its body led by the name for
    /// rust-analyzer, then the error. The derive: the names first, in a
    /// `const _`, then the rest.
    #[test]
    fn attributes_and_the_derive_put_the_names_first_on_an_error() {
        let out = crate::route::expand(user("CRE"), user("fn f() {}")).to_string();
        assert!(
            out.starts_with(&format!(
                "fn f () {{ {BODY} let _ = {HTTP} CRE ; }} }} }} :: core :: compile_error ! {{"
            )),
            "{out}"
        );
        let out = crate::route::expand(user("CRE"), user("impl S {}")).to_string();
        assert!(
            out.starts_with("impl S { } :: core :: compile_error"),
            "{out}"
        );
        let out = crate::derive::derive(user(
            "#[status(response, crate = x)] enum E { #[status(UNAUTHORIZED, resp)] A, #[status(NOT_)] B }",
        ));
        let text = out.to_string();
        // Through the derive's `crate = x`.
        let keys = "x :: __private :: ide :: keys ::";
        let attr = "x :: __private :: ide :: attr ::";
        assert!(
            text.starts_with(&format!(
                "const _ : () = {{ {BODY} let _ = {attr} response ; let _ = {attr} UNAUTHORIZED ; let _ = {keys} resp ; let _ = {attr} NOT_ ; }} }} }} ;"
            )),
            "{text}"
        );
        let names = attr_names(&user("problem, type = \"x\", title = \"t\""));
        let names: Vec<String> = names.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(names, ["problem", "r#type", "title"]);
    }

    /// Which module each argument of a `#[status(…)]` completes from, and
    /// the placeholder for an empty one (where rust-analyzer's marker would
    /// be): `#[status()]`, `#[status(A, )]`, `#[status(A, , B)]`.
    #[test]
    fn attribute_arguments_and_empty_ones() {
        let names = |args: &str| -> Vec<(String, Names)> {
            attr_names(&user(args))
                .into_iter()
                .map(|(n, m)| (n.to_string(), m))
                .collect()
        };
        let e = || EMPTY.to_owned();
        assert_eq!(names(""), [(e(), Names::Attr)]);
        assert_eq!(
            names("UNAUTHORIZED,"),
            [("UNAUTHORIZED".into(), Names::Attr), (e(), Names::Keys)]
        );
        assert_eq!(
            names("A, , b"),
            [
                ("A".into(), Names::Attr),
                (e(), Names::Keys),
                ("b".into(), Names::Keys)
            ]
        );
        // `crate = …` first: a status name may still come.
        assert_eq!(names("crate = sc, TEA"), [("TEA".into(), Names::Attr)]);
        assert_eq!(names("404"), []);
    }

    /// `#[status(cr…)]`: a restricted visibility, where rust-analyzer offers
    /// the keyword `crate`; the derive's and `#[status_code]`'s paths go
    /// through their `crate = …` (a renamed `statuscode`).
    #[test]
    fn the_crate_key_and_a_renamed_crate() {
        assert!(starts_crate("c") && starts_crate("crat") && starts_crate("crraCompletionMarker"));
        assert!(!starts_crate("con") && !starts_crate("raCompletionMarker") && !starts_crate(""));
        for name in ["cr", "craCompletionMarker"] {
            let out = crate::derive::derive(user(&format!(
                "#[status({name})] enum E {{ #[status(NOT_FOUND)] A }}"
            )))
            .to_string();
            assert!(
                out.starts_with(&format!(
                    "const _ : () = {{ {BODY} pub (in {name}) struct __ ; let _ ="
                )),
                "{out}"
            );
        }
        let out = crate::derive::derive(user("#[status(crate = sc)] enum E { #[status(NOT_)] A }"))
            .to_string();
        assert!(
            out.starts_with(&format!(
                "const _ : () = {{ {BODY} let _ = sc :: __private :: ide :: attr :: NOT_ ; }} }} }} ;"
            )),
            "{out}"
        );
        let out = crate::route::expand(user("CRE, crate = ::sc"), user("fn f() {}")).to_string();
        assert!(
            out.starts_with(&format!(
                "fn f () {{ {BODY} let _ = :: sc :: __http :: CRE ; }} }} }} :: core :: compile_error ! {{"
            )),
            "{out}"
        );
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
            assert!(
                out.to_string().contains("__http ::") || out.to_string().contains("__close ::"),
                "{out}"
            );
            assert!(!out.to_string().contains("rust_analyzer"), "{out}");
        }
    }
}
