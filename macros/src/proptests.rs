//! Property tests: every macro entry point (`status!`, `close_code!`,
//! `http_status!`, `http02_status!`, `#[status_code(…)]`, the status
//! argument of `#[status(…)]`, `#[derive(HttpStatus)]`), fed
//! arbitrary token streams, returns either an expansion or a
//! `compile_error!` whose every span lies inside the input; it never panics.
//!
//! The inputs are generated as source text (identifiers, literals of every
//! kind and suffix, punctuation, nested groups, near-miss names one edit away
//! from every table name, empty and huge streams), lexed by proc_macro2's
//! fallback lexer with `span-locations` (a dev-dependency feature only), so
//! each token carries its byte range in the input. Invisible
//! (`Delimiter::None`) groups, which only `macro_rules!` produces, are built
//! after lexing from a marker.

use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use statuscode_registry::{HTTP, resolve_close_name, resolve_name};

use crate::{derive, expand, framework, parse, route, status};

/// Cases per entry point; the issue asks for at least 10,000 in CI.
const CASES: u32 = 10_000;

/// Marks a parenthesised group to turn into a `Delimiter::None` group.
const INVISIBLE: &str = "__STATUSCODE_INVISIBLE__";

/// Separates an attribute's arguments from the item it is on, so both come
/// from one parsed string (and their spans from one "file").
const ITEM: &str = "__STATUSCODE_ITEM__";

/// `ARGS ITEM-marker ITEM` split into the arguments and the item; without a
/// marker, all of it is the arguments.
fn split_attribute(input: TokenStream) -> (TokenStream, TokenStream) {
    let mut args = TokenStream::new();
    let mut iter = input.into_iter();
    for tt in iter.by_ref() {
        if matches!(&tt, TokenTree::Ident(i) if i == ITEM) {
            break;
        }
        args.extend([tt]);
    }
    (args, iter.collect())
}

/// Every name the table knows: canonical names from the HTTP table, their
/// FastAPI spellings, and every name and constant written in the generated
/// files (the table's aliases and deprecated FastAPI names, and the
/// constants and `status` module of `consts.rs`).
fn table_names() -> Vec<String> {
    let mut names: Vec<String> = HTTP
        .iter()
        .flat_map(|s| [s.name.to_owned(), format!("HTTP_{}_{}", s.code, s.name)])
        .collect();
    let table = include_str!("../../registry/src/table.rs");
    let consts = include_str!("../../core/src/consts.rs");
    for line in table.lines().chain(consts.lines()).map(str::trim_start) {
        if let Some(rest) = line.strip_prefix("pub const ") {
            names.extend(rest.split(':').next().map(str::to_owned));
        }
        if let Some((_, rest)) = line.split_once("name: \"") {
            names.extend(rest.split('"').next().map(str::to_owned));
        }
    }
    names.sort();
    names.dedup();
    names
}

/// One edit (insert, delete, substitute, transpose) away from a table name.
fn near_miss() -> impl Strategy<Value = String> {
    let edit_char = select(
        ('A'..='Z')
            .chain('0'..='9')
            .chain(['_', 'a', 'z', 'é'])
            .collect::<Vec<_>>(),
    );
    (
        select(table_names()),
        0..4u8,
        any::<prop::sample::Index>(),
        edit_char,
    )
        .prop_map(|(name, op, at, c)| {
            let mut chars: Vec<char> = name.chars().collect();
            let i = at.index(chars.len());
            match op {
                0 => chars.insert(i, c),
                1 => {
                    chars.remove(i);
                }
                2 => chars[i] = c,
                _ if i + 1 < chars.len() => chars.swap(i, i + 1),
                _ => chars.push(c),
            }
            chars.into_iter().collect()
        })
}

/// A name as written, or in the wrong case, or with the prefix or opt-in
/// keyword around it.
fn name_forms() -> impl Strategy<Value = String> {
    (select(table_names()), 0..6u8).prop_map(|(name, form)| match form {
        0 => name.to_ascii_lowercase(),
        1 => name.replace('_', ""),
        2 => format!("r#{name}"),
        3 => format!("unassigned {name}"),
        _ => name,
    })
}

fn ident() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z_][A-Za-z0-9_]{0,24}",
        1 => "r#[a-z][A-Za-z0-9_]{0,8}",
        1 => select(vec![
            "unassigned", "r#unassigned", "crate", "self", "super", "Self", "_", "fn", "match",
            "status", "statuscode", "core", "std", "é", "NOT_FOUNDé", "Δ", "ñame", "HTTP_", "HTTP_404",
            "HTTP_404_", "HTTP__NOT_FOUND", "HTTP_99999999999999999999_OK", "WS_1000_NORMAL_CLOSURE",
        ])
        .prop_map(str::to_owned),
        1 => "[A-Z_]{200,400}",
    ]
}

const SUFFIXES: &[&str] = &[
    "", "", "", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128",
    "isize", "f32", "f64", "_u16", "u16_", "_", "abc", "e3", "E10", "é",
];

fn integer() -> impl Strategy<Value = String> {
    let digits = prop_oneof![
        4 => (0u64..1000).prop_map(|n| n.to_string()),
        2 => "[0-9][0-9_]{0,8}",
        1 => "[1-9][0-9]{19,60}",
        1 => "[1-9][0-9]{2000,3000}",
        1 => select(vec!["0x194", "0o624", "0b110010100", "0x", "0xFFFF_FFFF", "00404", "4_0_4"])
            .prop_map(str::to_owned),
    ];
    (digits, select(SUFFIXES)).prop_map(|(d, s)| format!("{d}{s}"))
}

fn float() -> impl Strategy<Value = String> {
    (0u32..1000, 0u32..100, 0..4u8, select(SUFFIXES)).prop_map(|(a, b, form, s)| match form {
        0 => format!("{a}.{b}{s}"),
        1 => format!("{a}e{b}{s}"),
        2 => format!("{a}.{b}e-{b}"),
        _ => format!("{a}. "),
    })
}

fn text_literal() -> impl Strategy<Value = String> {
    let content = prop_oneof![
        3 => any::<String>(),
        2 => select(table_names()),
        1 => (100u16..600).prop_map(|n| n.to_string()),
    ];
    (content, any::<char>(), 0..8u8, select(SUFFIXES)).prop_map(|(text, c, kind, s)| {
        let ascii: String = text.chars().filter(char::is_ascii).collect();
        match kind {
            0 | 1 => format!("{text:?}{s}"),
            2 => format!("r#\"{}\"#", text.replace("\"#", "")),
            3 => format!("b{ascii:?}"),
            4 => format!("c{:?}", text.replace('\0', "")),
            5 => format!("{c:?}"),
            6 => format!("b'{}'", if c.is_ascii_alphanumeric() { c } else { 'x' }),
            _ => format!("'{}", if c.is_alphabetic() { c } else { 'a' }),
        }
    })
}

fn punct() -> impl Strategy<Value = String> {
    select(vec![
        "-",
        "+",
        "*",
        "/",
        "%",
        "^",
        "!",
        "&",
        "|",
        "=",
        "<",
        ">",
        "@",
        ".",
        ",",
        ";",
        ":",
        "#",
        "$",
        "?",
        "~",
        "::",
        "=>",
        "->",
        "..=",
        "...",
        "&&",
        "<<=",
        "- 404",
        "-404",
        "--",
        "/// doc\n",
        "/** doc */",
        "#[attr]",
        "$crate",
        "$crate,",
    ])
    .prop_map(str::to_owned)
}

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => near_miss(),
        2 => name_forms(),
        2 => ident(),
        3 => integer(),
        1 => float(),
        2 => text_literal(),
        2 => punct(),
    ]
}

/// Source text of a token tree: a leaf, a delimited group or an invisible
/// group (written as the marker followed by parentheses).
fn tree() -> impl Strategy<Value = String> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        (prop::collection::vec(inner, 0..6), 0..4u8).prop_map(|(items, kind)| {
            let body = items.join(" ");
            match kind {
                0 => format!("({body})"),
                1 => format!("[{body}]"),
                2 => format!("{{{body}}}"),
                _ => format!("{INVISIBLE}({body})"),
            }
        })
    })
}

/// A whole macro input: mostly short, sometimes empty, sometimes huge.
fn input() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just(String::new()),
        24 => prop::collection::vec(tree(), 1..4).prop_map(|t| t.join(" ")),
        12 => prop::collection::vec(leaf(), 1..3).prop_map(|t| t.join(" ")),
        // Huge: one token repeated, or a few hundred different ones.
        1 => (leaf(), 1000..5000usize).prop_map(|(t, n)| vec![t; n].join(" ")),
        1 => prop::collection::vec(leaf(), 100..300).prop_map(|t| t.join(" ")),
    ]
}

/// `tokens` with every `MARKER (…)` replaced by an invisible group around
/// `…`, carrying the span of the parentheses.
fn open_markers(tokens: TokenStream) -> TokenStream {
    let mut out = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    while let Some(tt) = iter.next() {
        match tt {
            TokenTree::Ident(marker) if marker == INVISIBLE => {
                if let Some(TokenTree::Group(parens)) = iter.next_if(
                    |next| matches!(next, TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis),
                ) {
                    let mut group = Group::new(Delimiter::None, open_markers(parens.stream()));
                    group.set_span(parens.span());
                    out.push(TokenTree::Group(group));
                } else {
                    out.push(TokenTree::Ident(marker));
                }
            }
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), open_markers(g.stream()));
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
            }
            tt => out.push(tt),
        }
    }
    out.into_iter().collect()
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

/// Each `::core::compile_error! { … }` at the top level of `output`.
fn compile_errors(output: &TokenStream) -> Vec<TokenStream> {
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    let mut out = Vec::new();
    for (i, tt) in tokens.iter().enumerate() {
        if matches!(tt, TokenTree::Ident(id) if id == "compile_error") {
            // `:: core :: compile_error ! { "…" }`
            let start = i.saturating_sub(5);
            let end = (i + 3).min(tokens.len());
            out.push(tokens[start..end].iter().cloned().collect());
        }
    }
    out
}

/// The function-like macros' errors come in parentheses (an expression and
/// a pattern both), or, for a name, in the const argument of
/// `<…::Trigger<{ …; compile_error!{…}; 0 }, _>>::VALUE` beside a path only
/// rust-analyzer keeps (`ide.rs`); the tests look at the `compile_error!`.
fn unparen(output: TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    if tokens
        .iter()
        .any(|tt| matches!(tt, TokenTree::Ident(i) if i == "Trigger"))
        && let Some(TokenTree::Group(block)) = tokens
            .iter()
            .find(|tt| matches!(tt, TokenTree::Group(g) if g.delimiter() == proc_macro2::Delimiter::Brace))
    {
        return compile_errors(&block.stream()).into_iter().collect();
    }
    let mut iter = output.clone().into_iter();
    match (iter.next(), iter.next()) {
        (Some(TokenTree::Group(g)), None)
            if g.delimiter() == proc_macro2::Delimiter::Parenthesis =>
        {
            g.stream()
        }
        _ => output,
    }
}

fn is_error(output: &TokenStream) -> bool {
    output
        .clone()
        .into_iter()
        .any(|tt| matches!(tt, TokenTree::Ident(i) if i == "compile_error"))
}

/// Runs `entry` on `source`: the output is an expansion or an error. An
/// expansion names the status with a token spanned on the user's token
/// (only the crate path, `$crate` from the facade, is not). Every span of an
/// error lies in the input (the same parsed string, within its bytes), or
/// is `call_site` when the input has no token at all.
fn check(source: &str, entry: impl Fn(TokenStream) -> TokenStream) -> Result<(), TestCaseError> {
    check_as(source, entry, Output::Path)
}

/// What an entry point expands to.
#[derive(Clone, Copy, PartialEq)]
enum Output {
    /// A function-like macro: one const path, or errors only.
    Path,
    /// A derive: impls (also beside the errors, so the user sees one error
    /// and not a cascade): only the `compile_error!`s are checked.
    Items,
}

fn check_as(
    source: &str,
    entry: impl Fn(TokenStream) -> TokenStream,
    shape: Output,
) -> Result<(), TestCaseError> {
    // Spans from earlier cases are never looked at again.
    proc_macro2::extra::invalidate_current_thread_spans();
    let Ok(lexed) = TokenStream::from_str(source) else {
        return Ok(());
    };
    let input = open_markers(lexed);
    let file = input.clone().into_iter().next().map(|tt| tt.span().file());
    let inside = |span: Span| Some(span.file()) == file && span.byte_range().end <= source.len();
    // The attribute's own arguments, for `#[status_code(…)]`.
    let empty = parse::flatten(split_attribute(input.clone()).0).is_empty();
    let call_site = |span: Span| span.file() == Span::call_site().file();
    let output = unparen(entry(input));
    prop_assert!(!output.is_empty(), "no output for `{source}`");
    if shape == Output::Items {
        let mut bad = Vec::new();
        for error in compile_errors(&output) {
            each_span(&error, &mut |span| {
                if !(inside(span) || (empty && call_site(span))) {
                    bad.push(format!("{:?} in {}", span.byte_range(), span.file()));
                }
            });
        }
        prop_assert!(
            bad.is_empty(),
            "error spans outside the input {source:?}: {bad:?} in `{output}`"
        );
        return Ok(());
    }
    if !is_error(&output) {
        // The name (or the unassigned code) is the user's token; the path
        // around it is the call site's, so hover has one target.
        let mut spanned = 0;
        each_span(&output, &mut |span| spanned += usize::from(inside(span)));
        prop_assert!(
            spanned >= 1,
            "expansion `{output}` of {source:?} not spanned on the input"
        );
        return Ok(());
    }
    let mut bad = Vec::new();
    each_span(&output, &mut |span| {
        let call_site = span.file() == Span::call_site().file();
        if !(inside(span) || (empty && call_site)) {
            bad.push(format!("{:?} in {}", span.byte_range(), span.file()));
        }
    });
    prop_assert!(
        bad.is_empty(),
        "spans outside the input {source:?}: {bad:?} in `{output}`"
    );
    Ok(())
}

/// A single plain identifier resolves in the macro exactly when it resolves
/// at run time: one resolver for both.
fn check_agrees_with_run_time(
    source: &str,
    entry: impl Fn(TokenStream) -> TokenStream,
    refused_at_run_time: impl Fn(&str) -> bool,
) {
    let Ok(input) = TokenStream::from_str(source) else {
        return;
    };
    let mut tokens = input.clone().into_iter();
    if let (Some(TokenTree::Ident(ident)), None) = (tokens.next(), tokens.next()) {
        let name = ident.to_string();
        if name != status::UNASSIGNED && !name.starts_with("r#") {
            assert_eq!(
                is_error(&unparen(entry(input))),
                refused_at_run_time(&name),
                "macro and run time disagree on `{name}`"
            );
        }
    }
}

/// The macros refuse what run time refuses, and also the close codes RFC
/// 6455 forbids sending (run time accepts those, to compare against).
fn close_code_refuses(name: &str) -> bool {
    resolve_close_name(name).map_or(true, |c| !c.code.is_sendable())
}

fn status_macro(input: TokenStream) -> TokenStream {
    expand::status(input)
}

fn close_code_macro(input: TokenStream) -> TokenStream {
    expand::close_code(input)
}

fn derive_http_status(input: TokenStream) -> TokenStream {
    derive::derive(input)
}

fn status_code_attribute(input: TokenStream) -> TokenStream {
    let (args, item) = split_attribute(input);
    route::expand(args, item)
}

/// `http_status!(…)` and `http02_status!(…)`, as the facade calls them
/// (`$crate`, which only the compiler can make, aside).
fn framework_status(flavour: &'static str) -> impl Fn(TokenStream) -> TokenStream {
    move |input| {
        let mut call: TokenStream = [
            TokenTree::Ident(proc_macro2::Ident::new(flavour, Span::call_site())),
            TokenTree::Punct(proc_macro2::Punct::new(',', proc_macro2::Spacing::Alone)),
        ]
        .into_iter()
        .collect();
        call.extend(input);
        framework::expand(call)
    }
}

/// A handler for `#[status_code(…)]`: `fn` or `async fn`, generic or not,
/// every return shape the attribute rewrites, with an arbitrary body; or,
/// sometimes, something that is not a function.
fn route_input() -> impl Strategy<Value = String> {
    let ret = select(vec![
        "",
        "-> ()",
        "-> Json<u8>",
        "-> Result<Json<u8>, Error>",
        "-> ::core::result::Result<(), E>",
        "-> impl IntoResponse",
        "-> Result<impl Responder, E>",
        "-> Vec<Result<u8, u8>>",
        "-> Option<T>",
        "-> &'static str",
        "->",
        "-> Result<",
        "-> (u8, u16)",
    ]);
    let head = select(vec![
        "fn",
        "async fn",
        "pub async fn",
        "pub(crate) fn",
        "const fn",
        "unsafe fn",
        "#[inline] pub fn",
        "/// doc\n async fn",
        "extern \"C\" fn",
    ]);
    let generics = select(vec![
        ("", ""),
        ("<T>", "where T: Clone"),
        ("<'a, T: Send + 'a>", ""),
    ]);
    let handler = (
        head,
        "[a-z][a-z0-9_]{0,8}",
        generics,
        ret,
        prop::collection::vec(tree(), 0..4),
    )
        .prop_map(|(head, name, (params, bounds), ret, body)| {
            format!(
                "{head} {name}{params}(x: u8) {ret} {bounds} {{ {} }}",
                body.join(" ")
            )
        });
    let args = prop_oneof![
        4 => input(),
        2 => select(table_names()),
        1 => (select(table_names()), select(vec!["crate = ::statuscode", "crate = sc", "crate", "crate ="]))
            .prop_map(|(name, krate)| format!("{name}, {krate}")),
        1 => select(vec!["status_code = 201", "status_code=HTTP_201_CREATED", "201, 202", ""])
            .prop_map(str::to_owned),
    ];
    let item = prop_oneof![6 => handler, 1 => prop::collection::vec(tree(), 1..4).prop_map(|t| t.join(" "))];
    (args, item).prop_map(|(args, item)| format!("{args} {ITEM} {item}"))
}

/// The arguments of one `#[status(…)]`: a status argument, a key, or a list.
fn status_args() -> impl Strategy<Value = String> {
    let key = select(vec![
        "transparent",
        "response",
        "crate = ::statuscode",
        "crate = sc",
        "crate = self::x",
        "crate",
        "crate =",
        "crate = 404",
        "transparnet",
        "respons",
        "unassigned",
        // RFC 9110 / RFC 9457 keys: headers, problem details.
        "problem",
        "problem, response",
        "header(\"WWW-Authenticate\" = \"Bearer\")",
        "header(\"Allow\" = inner)",
        "header(\"Retry-After\" = 0)",
        "header(\"Location\" = 1)",
        "header(\"Bad Name\" = \"x\")",
        "header(\"X\" = \"a\\nb\")",
        "header()",
        "header(\"X\")",
        "header(X = \"y\")",
        "header(\"X\" = )",
        "header(\"X\" = 1.5)",
        "header(\"X\" = \"y\") extra",
        "heder(\"X\" = \"y\")",
        "type = \"https://example.com/probs/x\"",
        "type = 42",
        "type =",
        "title = \"Out of credit\"",
        "title",
        "extension(\"balance\" = inner)",
        "extension(\"9x\" = \"y\")",
        "extension(\"status\" = 0)",
        "extension(\"ok_name\" = \"v\")",
    ])
    .prop_map(str::to_owned);
    let item = prop_oneof![
        3 => input(),
        3 => select(table_names()),
        1 => (100u16..600).prop_map(|n| n.to_string()),
        2 => key,
    ];
    prop::collection::vec(item, 0..3).prop_map(|items| items.join(", "))
}

/// `#[status(…)]` and its misspellings and other shapes.
fn status_attr() -> impl Strategy<Value = String> {
    (status_args(), 0..8u8).prop_map(|(args, form)| match form {
        0 => "#[status]".to_owned(),
        1 => format!("#[status = {args:?}]"),
        2 => format!("#[status[{args}]]"),
        3 => format!("#[status{{{args}}}]"),
        _ => format!("#[status({args})]"),
    })
}

fn attrs() -> impl Strategy<Value = String> {
    prop::collection::vec(status_attr(), 0..3).prop_map(|a| a.join(" "))
}

/// A type a derive may see: enums and structs of every shape, generic with
/// bounds and where-clauses, with `#[status(…)]` on the type, the variants
/// and the fields.
fn derive_input() -> impl Strategy<Value = String> {
    let generics = select(vec![
        ("", ""),
        ("<T>", ""),
        ("<'a, T: ::core::fmt::Debug + 'a, const N: usize>", ""),
        ("<T>", "where T: Clone"),
        ("<E: std::error::Error>", "where E: Send + Sync + 'static"),
    ]);
    let fields = || {
        (attrs(), 0..4u8).prop_map(|(attrs, shape)| match shape {
            0 => String::new(),
            1 => format!("({attrs} u8)"),
            2 => format!("({attrs} String, u16)"),
            _ => format!("{{ {attrs} inner: u8 }}"),
        })
    };
    let variant = (attrs(), "[A-Z][a-z]{0,6}", fields())
        .prop_map(|(attrs, name, fields)| format!("{attrs} {name} {fields}"));
    let variants = prop::collection::vec(variant, 0..4);
    (attrs(), generics, any::<bool>(), variants, fields()).prop_map(
        |(attrs, (params, bounds), is_enum, variants, fields)| {
            if is_enum {
                // Duplicate variant names are a rustc error, not the derive's.
                let body: Vec<String> = variants
                    .iter()
                    .enumerate()
                    .map(|(i, v)| format!("{v}{i}"))
                    .collect();
                format!("{attrs} enum E{params} {bounds} {{ {} }}", body.join(", "))
            } else if fields.starts_with('(') {
                format!("{attrs} struct S{params} {fields} {bounds};")
            } else if fields.is_empty() {
                format!("{attrs} struct S{params} {bounds};")
            } else {
                format!("{attrs} struct S{params} {bounds} {fields}")
            }
        },
    )
}

fn status_attribute_argument(input: TokenStream) -> TokenStream {
    match status::parse(
        input,
        status::Site::Attribute("status_code"),
        Span::call_site(),
    ) {
        Ok(arg) => arg.to_tokens(&status::default_crate()),
        Err(e) => e.to_compile_error(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn status_macro_never_panics_and_errors_point_inside(source in input()) {
        check(&source, status_macro)?;
        check_agrees_with_run_time(&source, status_macro, |name| {
            // `status!` also takes the FastAPI WebSocket names.
            resolve_name(name).is_err() && (!name.starts_with("WS_") || close_code_refuses(name))
        });
    }

    #[test]
    fn status_argument_in_attributes_never_panics_and_errors_point_inside(source in input()) {
        check(&source, status_attribute_argument)?;
    }

    #[test]
    fn close_code_macro_never_panics_and_errors_point_inside(source in input()) {
        check(&source, close_code_macro)?;
        check_agrees_with_run_time(&source, close_code_macro, close_code_refuses);
    }

    #[test]
    fn status_code_attribute_never_panics_and_errors_point_inside(source in route_input()) {
        check_as(&source, status_code_attribute, Output::Items)?;
    }

    #[test]
    fn http_status_macro_never_panics_and_errors_point_inside(source in input()) {
        check(&source, framework_status("http"))?;
    }

    #[test]
    fn http02_status_macro_never_panics_and_errors_point_inside(source in input()) {
        check(&source, framework_status("http02"))?;
    }

    #[test]
    fn derive_never_panics_and_errors_point_inside(source in derive_input()) {
        check_as(&source, derive_http_status, Output::Items)?;
    }
}

/// The generators are worth their cases: nearly every input lexes (an input
/// that does not is skipped by the properties), and the name list holds the
/// aliases and module constants, not only the canonical names.
#[test]
fn generators_mostly_produce_lexable_input() {
    let names = table_names();
    for expected in [
        "NOT_FOUND",
        "HTTP_404_NOT_FOUND",
        "TEAPOT",
        "HTTP_422_UNPROCESSABLE_ENTITY",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} missing from {names:?}"
        );
    }
    let mut runner = TestRunner::new(ProptestConfig::with_cases(CASES));
    let strategy = input();
    let mut lexed = 0;
    for _ in 0..CASES {
        let source = strategy
            .new_tree(&mut runner)
            .unwrap_or_else(|e| panic!("{e}"))
            .current();
        proc_macro2::extra::invalidate_current_thread_spans();
        lexed += usize::from(TokenStream::from_str(&source).is_ok());
    }
    assert!(
        lexed * 10 >= CASES as usize * 9,
        "only {lexed} of {CASES} generated inputs lex"
    );
}
