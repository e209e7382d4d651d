//! `#[status(…)]` attributes: parsed from raw tokens, the status argument by
//! the same `status::parse` as `status!`. Duplicates are caught here; where
//! each key may go is checked in `valid.rs`.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Attribute, MacroDelimiter, Meta};

use crate::error::{Error, Errors};
use crate::parse::flatten;
use crate::status::{self, Site, StatusArg, UNASSIGNED};

/// The attribute's name.
pub const STATUS: &str = "status";
/// `#[status(transparent)]`: delegate to the only field.
pub const TRANSPARENT: &str = "transparent";
/// `#[status(response)]`: also make the type a web response.
pub const RESPONSE: &str = "response";
/// `#[status(crate = path)]`: where `statuscode` is.
pub const CRATE: &str = "crate";
/// `#[status(header("Name" = "value"))]` or `header("Name" = field)`: a
/// header sent with the response.
pub const HEADER: &str = "header";

/// `#[status(problem)]`: a web response in RFC 9457's problem details.
pub const PROBLEM: &str = "problem";
/// `type = "uri"`: a problem's type URI.
pub const TYPE: &str = "type";
/// `title = "…"`: a problem's title.
pub const TITLE: &str = "title";
/// `extension("name" = field)`: a problem's extension member.
pub const EXTENSION: &str = "extension";
/// `instance = "uri"` or `instance = field`: a problem's `instance` member.
pub const INSTANCE: &str = "instance";
/// `#[status(expose)]`: a 5xx response sends the `Display`, not the reason
/// phrase.
pub const EXPOSE: &str = "expose";

/// Every key, for "did you mean".
const KEYS: [&str; 11] = [
    TRANSPARENT,
    EXPOSE,
    RESPONSE,
    CRATE,
    HEADER,
    PROBLEM,
    TYPE,
    TITLE,
    EXTENSION,
    INSTANCE,
    UNASSIGNED,
];

/// What `#[status(…)]` says about one type, variant or field.
#[derive(Default)]
pub struct Attrs {
    /// A status code or `transparent`.
    pub status: Option<Spec>,
    /// `response`, at its span.
    pub response: Option<Span>,
    /// `crate = path`: the key's span and the path.
    pub krate: Option<(Span, TokenStream)>,
    /// `header(…)`, in the order written.
    pub headers: Vec<Header>,
    /// `problem`, at its span (`response` is then set to it too).
    pub problem: Option<Span>,
    /// `type = "uri"` and `title = "…"`: the text and the literal's span.
    pub problem_type: Option<(String, Span)>,
    pub title: Option<(String, Span)>,
    /// `extension("name" = …)`, in the order written.
    pub extensions: Vec<Header>,
    /// `instance = …`: its `name` is `instance`, at the key's span.
    pub instance: Option<Header>,
    /// `expose`, at its span.
    pub expose: Option<Span>,
    /// Whether a `#[status]` here was refused (then "no status" is not
    /// reported on top).
    pub failed: bool,
}

/// How a variant or struct gets its status.
pub enum Spec {
    /// A fixed code.
    Code(StatusArg),
    /// `transparent`, at its span.
    Transparent(Span),
}

impl Spec {
    pub fn span(&self) -> Span {
        match self {
            Spec::Code(arg) => arg.span,
            Spec::Transparent(span) => *span,
        }
    }
}

/// `header("Name" = value)`: a header the response carries.
pub struct Header {
    /// The `header` keyword's span.
    pub key: Span,
    /// The name as written, and its literal's span.
    pub name: String,
    pub name_span: Span,
    pub value: HeaderValue,
}

/// Where a header's value comes from.
pub enum HeaderValue {
    /// A string literal, and its span.
    Fixed(String, Span),
    /// A field (`allow`, or `0` in a tuple variant), written through its
    /// `Display`; the span of its token.
    Field(syn::Member, Span),
}

/// One comma-separated item of `#[status(…)]`.
enum Item {
    Spec(Spec),
    Response(Span),
    Crate(Span, TokenStream),
    Header(Header),
    Problem(Span),
    Expose(Span),
    /// `type = …` or `title = …`: the key, its span, the text and its span.
    Text(&'static str, Span, String, Span),
    Extension(Header),
    Instance(Header),
}

/// Parses every `#[status]` among `attrs`, reporting to `errors` and
/// carrying on. `what` names the item for messages ("variant `NotFound`").
pub fn parse(attrs: &[Attribute], what: &str, errors: &Errors) -> Attrs {
    let mut out = Attrs::default();
    // The text of the first status item, for the duplicate message.
    let mut first_text = String::new();
    for attr in attrs {
        if !attr.path().is_ident(STATUS) {
            continue;
        }
        let Some((tokens, parens)) = errors.ok(list(attr)) else {
            out.failed = true;
            continue;
        };
        for (tokens, start) in split(tokens, parens, errors, &mut out.failed) {
            let text = joined(&tokens);
            let Some(item) = errors.ok(item(tokens, start)) else {
                out.failed = true;
                continue;
            };
            match item {
                Item::Spec(spec) => match &out.status {
                    None => {
                        first_text = text;
                        out.status = Some(spec);
                    }
                    Some(first) => duplicate(
                        errors,
                        first.span(),
                        spec.span(),
                        &format!(
                            "{what} already has `#[status({first_text})]`: give it one status code or `transparent`, and remove this `#[status({text})]`"
                        ),
                    ),
                },
                Item::Response(span) => match out.response {
                    None => out.response = Some(span),
                    Some(first) if out.problem.is_some() => duplicate(
                        errors,
                        first,
                        span,
                        &format!(
                            "`{PROBLEM}` and `{RESPONSE}` are two body formats, and {what} can have one: keep `{RESPONSE}` for `{{\"detail\": …}}` or `{PROBLEM}` for RFC 9457 problem details"
                        ),
                    ),
                    Some(first) => duplicate(
                        errors,
                        first,
                        span,
                        &format!("`{RESPONSE}` is given twice on {what}: remove this one"),
                    ),
                },
                Item::Expose(span) => once(errors, &mut out.expose, span, EXPOSE, what),
                Item::Header(header) => out.headers.push(header),
                Item::Extension(member) => out.extensions.push(member),
                Item::Instance(instance) => {
                    instance_once(errors, &mut out.instance, instance, what);
                }
                Item::Problem(span) => match (out.problem, out.response) {
                    (Some(_), _) => once(errors, &mut out.problem, span, PROBLEM, what),
                    (None, Some(first)) => duplicate(
                        errors,
                        first,
                        span,
                        &format!(
                            "`{PROBLEM}` and `{RESPONSE}` are two body formats, and {what} can have one: keep `{RESPONSE}` for `{{\"detail\": …}}` or `{PROBLEM}` for RFC 9457 problem details"
                        ),
                    ),
                    (None, None) => {
                        out.problem = Some(span);
                        out.response = Some(span);
                    }
                },
                Item::Text(key, span, text, lit) => {
                    let slot = if key == TYPE {
                        &mut out.problem_type
                    } else {
                        &mut out.title
                    };
                    match slot {
                        Some((_, first)) => duplicate(
                            errors,
                            *first,
                            span,
                            &format!("`{key} = …` is given twice on {what}: remove this one"),
                        ),
                        None => *slot = Some((text, lit)),
                    }
                }
                Item::Crate(span, path) => match &out.krate {
                    None => out.krate = Some((span, path)),
                    Some((first, _)) => duplicate(
                        errors,
                        *first,
                        span,
                        &format!("`{CRATE} = …` is given twice on {what}: remove this one"),
                    ),
                },
            }
        }
    }
    out
}

/// The tokens as text, separated by spaces.
fn joined(tokens: &[TokenTree]) -> String {
    let mut text = String::new();
    for (i, tt) in tokens.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(&tt.to_string());
    }
    text
}

/// A key that may be given once: the first sets `slot`, another is a
/// duplicate.
fn once(errors: &Errors, slot: &mut Option<Span>, span: Span, key: &str, what: &str) {
    match *slot {
        None => *slot = Some(span),
        Some(first) => duplicate(
            errors,
            first,
            span,
            &format!("`{key}` is given twice on {what}: remove this one"),
        ),
    }
}

/// `instance = …`, which may be given once.
fn instance_once(errors: &Errors, slot: &mut Option<Header>, instance: Header, what: &str) {
    match slot {
        None => *slot = Some(instance),
        Some(first) => duplicate(
            errors,
            first.key,
            instance.key,
            &format!("`{INSTANCE} = …` is given twice on {what}: remove this one"),
        ),
    }
}

/// A duplicate: the error on the second, and (stable proc macros cannot emit
/// notes) a second error on the first saying it is the first.
fn duplicate(errors: &Errors, first: Span, second: Span, msg: &str) {
    errors.push(Error::new(second, format!("duplicate `#[status]`: {msg}")));
    errors.push(Error::new(
        first,
        "the first `#[status]` is here (a duplicate follows)",
    ));
}

/// The tokens inside `#[status(…)]` and the span of the parentheses.
fn list(attr: &Attribute) -> Result<(TokenStream, Span), Error> {
    let fix = "write `#[status(NOT_FOUND)]` (any form `status!` takes), `#[status(transparent)]` or `#[status(response)]`";
    match &attr.meta {
        Meta::List(list) => match &list.delimiter {
            MacroDelimiter::Paren(paren) => Ok((list.tokens.clone(), paren.span.join())),
            MacroDelimiter::Brace(b) => Err(Error::new(
                b.span.join(),
                format!("expected parentheses: {fix}"),
            )),
            MacroDelimiter::Bracket(b) => Err(Error::new(
                b.span.join(),
                format!("expected parentheses: {fix}"),
            )),
        },
        Meta::Path(path) => Err(Error::new(
            path.segments[0].ident.span(),
            format!("`#[status]` needs an argument: {fix}"),
        )),
        Meta::NameValue(nv) => Err(Error::spanning(
            nv.eq_token.span,
            nv.value
                .to_token_stream()
                .into_iter()
                .last()
                .map_or(nv.eq_token.span, |t| t.span()),
            format!("expected `#[status(…)]`, not `#[status = …]`: {fix}"),
        )),
    }
}

/// Splits `tokens` at top-level commas. Each item comes with the span to
/// blame when it is empty: the parentheses for `#[status()]`, else the comma
/// before it. A single trailing comma is allowed.
fn split(
    tokens: TokenStream,
    parens: Span,
    errors: &Errors,
    failed: &mut bool,
) -> Vec<(Vec<TokenTree>, Span)> {
    let mut items = Vec::new();
    let mut current = Vec::new();
    let mut start = parens;
    for tt in flatten(tokens) {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                if current.is_empty() {
                    *failed = true;
                    errors.push(Error::new(
                        p.span(),
                        "unexpected `,`: expected a status code, `transparent` or `response` before it",
                    ));
                } else {
                    items.push((std::mem::take(&mut current), start));
                }
                start = p.span();
            }
            _ => current.push(tt),
        }
    }
    if !current.is_empty() || items.is_empty() {
        items.push((current, start));
    }
    items
}

/// One item: a key, or else a status argument for `status::parse`.
fn item(tokens: Vec<TokenTree>, empty: Span) -> Result<Item, Error> {
    let site = Site::Attribute(STATUS);
    let Some(TokenTree::Ident(first)) = tokens.first() else {
        return status::parse(tokens.into_iter().collect(), site, empty)
            .map(|a| Item::Spec(Spec::Code(a)));
    };
    let name = first.to_string();
    let span = first.span();
    let next = tokens.get(1);
    // `r#type`: what an editor inserts for the key `type` (see `ide.rs`).
    let name = if name == "r#type" {
        TYPE
    } else {
        name.as_str()
    };
    match (name, next) {
        (TRANSPARENT, None) => return Ok(Item::Spec(Spec::Transparent(span))),
        (PROBLEM, None) => return Ok(Item::Problem(span)),
        (EXPOSE, None) => return Ok(Item::Expose(span)),
        (key @ (TYPE | TITLE), Some(TokenTree::Punct(eq))) if eq.as_char() == '=' => {
            let key = if key == TYPE { TYPE } else { TITLE };
            return text(key, span, &tokens);
        }
        (EXTENSION, Some(TokenTree::Group(g))) if g.delimiter() == Delimiter::Parenthesis => {
            if let Some(extra) = tokens.get(2) {
                return Err(Error::spanning(
                    extra.span(),
                    tokens.last().map_or(span, TokenTree::span),
                    format!(
                        "unexpected `{extra}` after `{EXTENSION}(…)`: separate keys with commas"
                    ),
                ));
            }
            return header(span, g).map(Item::Extension);
        }
        (INSTANCE, Some(TokenTree::Punct(eq))) if eq.as_char() == '=' => {
            return instance(span, &tokens).map(Item::Instance);
        }
        (RESPONSE, None) => return Ok(Item::Response(span)),
        (CRATE, Some(TokenTree::Punct(eq))) if eq.as_char() == '=' => {
            let path: TokenStream = tokens[2..].iter().cloned().collect();
            return match syn::parse2::<syn::Path>(path.clone()) {
                Ok(_) if !path.is_empty() => Ok(Item::Crate(span, path)),
                Ok(_) | Err(_) => Err(Error::spanning(
                    span,
                    tokens.last().map_or(span, TokenTree::span),
                    "expected a path after `crate =`, as in `#[status(crate = ::statuscode)]`",
                )),
            };
        }
        (HEADER, Some(TokenTree::Group(g))) if g.delimiter() == Delimiter::Parenthesis => {
            if let Some(extra) = tokens.get(2) {
                return Err(Error::spanning(
                    extra.span(),
                    tokens.last().map_or(span, TokenTree::span),
                    format!("unexpected `{extra}` after `{HEADER}(…)`: separate keys with commas"),
                ));
            }
            return header(span, g).map(Item::Header);
        }
        (TRANSPARENT | RESPONSE | PROBLEM, Some(extra)) => {
            return Err(Error::spanning(
                extra.span(),
                tokens.last().map_or(span, TokenTree::span),
                format!(
                    "unexpected `{extra}` after `{name}`: separate keys with commas, as in `#[status({name})]`"
                ),
            ));
        }
        _ => {}
    }
    // `key = …` or `key(…)`: not a status argument in any form.
    let keyish = match next {
        Some(TokenTree::Punct(p)) => p.as_char() == '=',
        Some(TokenTree::Group(g)) => g.delimiter() == Delimiter::Parenthesis,
        _ => false,
    };
    let lowercase = !name.bytes().any(|b| b.is_ascii_uppercase());
    // A lowercase name near a key is a misspelled key, unless it is a status
    // name in the wrong case (`created` is `CREATED`, not `crate`).
    let mut near = None;
    for k in &KEYS {
        if *k != name
            && close(name, k)
            && statuscode_registry::resolve_name(&name.to_ascii_uppercase()).is_err()
        {
            near = Some(k);
            break;
        }
    }
    let alone = lowercase && next.is_none() && name != UNASSIGNED;
    if keyish || (alone && (near.is_some() || unknown_status(name))) {
        let hint = match near {
            Some(k) if *k != UNASSIGNED => format!("did you mean `{k}`? "),
            _ => String::new(),
        };
        return Err(Error::spanning(
            span,
            tokens.last().map_or(span, TokenTree::span),
            format!(
                "unknown key `{name}` in `#[status(…)]`: {hint}expected a status code (`NOT_FOUND`, `404`, `HTTP_404_NOT_FOUND`, `{UNASSIGNED} 499`), `{TRANSPARENT}`, `{RESPONSE}`, `{PROBLEM}`, `{HEADER}(\"Name\" = value)` or `{CRATE} = path`"
            ),
        ));
    }
    status::parse(tokens.into_iter().collect(), site, empty).map(|a| Item::Spec(Spec::Code(a)))
}

/// `type = "…"` or `title = "…"`.
fn text(key: &'static str, span: Span, tokens: &[TokenTree]) -> Result<Item, Error> {
    match (tokens.get(2), tokens.get(3)) {
        (Some(TokenTree::Literal(lit)), None) => match string_literal(lit) {
            Some(text) => Ok(Item::Text(key, span, text, lit.span())),
            None => Err(Error::new(
                lit.span(),
                format!("expected a string after `{key} =`, as in `{key} = \"…\"`"),
            )),
        },
        _ => Err(Error::spanning(
            span,
            tokens.last().map_or(span, TokenTree::span),
            format!("expected a string after `{key} =`, as in `{key} = \"…\"`"),
        )),
    }
}

/// `instance = "uri"`, `instance = field` or `instance = 0`.
fn instance(key: Span, tokens: &[TokenTree]) -> Result<Header, Error> {
    let fix = format!(
        "write `{INSTANCE} = \"/account/12345/msgs/abc\"` (a fixed URI reference) or `{INSTANCE} = field` (the `Display` of a field; `0` in a tuple variant)"
    );
    let value = match &tokens[2..] {
        [TokenTree::Literal(lit)] => {
            if let Some(text) = string_literal(lit) {
                HeaderValue::Fixed(text, lit.span())
            } else if let Ok(index) = lit.to_string().parse::<u32>() {
                let mut member = syn::Index::from(index as usize);
                member.span = lit.span();
                HeaderValue::Field(syn::Member::Unnamed(member), lit.span())
            } else {
                return Err(Error::new(
                    lit.span(),
                    format!("expected a string or a field after `{INSTANCE} =`: {fix}"),
                ));
            }
        }
        [TokenTree::Ident(field)] => {
            HeaderValue::Field(syn::Member::Named(field.clone()), field.span())
        }
        [] => {
            return Err(Error::spanning(
                key,
                tokens[1].span(),
                format!("`{INSTANCE} =` has no value: {fix}"),
            ));
        }
        [first, .., last] | [first @ last] => {
            return Err(Error::spanning(
                first.span(),
                last.span(),
                format!("expected a string or a field after `{INSTANCE} =`: {fix}"),
            ));
        }
    };
    Ok(Header {
        key,
        name: INSTANCE.to_owned(),
        name_span: key,
        value,
    })
}

/// The inside of `header(…)`: `"Name" = "value"`, `"Name" = field` or
/// `"Name" = 0`.
fn header(key: Span, group: &proc_macro2::Group) -> Result<Header, Error> {
    let fix = format!(
        "write `{HEADER}(\"WWW-Authenticate\" = \"Bearer\")` (a fixed value) or `{HEADER}(\"Allow\" = allow)` (the `Display` of a field; `0` in a tuple variant)"
    );
    let tokens = flatten(group.stream());
    let (name, name_span) = match tokens.first() {
        Some(TokenTree::Literal(lit)) => match string_literal(lit) {
            Some(name) => (name, lit.span()),
            None => {
                return Err(Error::new(
                    lit.span(),
                    format!("expected the header's name as a string: {fix}"),
                ));
            }
        },
        Some(other) => {
            return Err(Error::new(
                other.span(),
                format!("expected the header's name as a string: {fix}"),
            ));
        }
        None => {
            return Err(Error::new(
                group.span(),
                format!("`{HEADER}()` is empty: {fix}"),
            ));
        }
    };
    let value = match &tokens[1..] {
        [TokenTree::Punct(eq), value] if eq.as_char() == '=' => match value {
            TokenTree::Literal(lit) => {
                if let Some(text) = string_literal(lit) {
                    HeaderValue::Fixed(text, lit.span())
                } else if let Ok(index) = lit.to_string().parse::<u32>() {
                    let mut member = syn::Index::from(index as usize);
                    member.span = lit.span();
                    HeaderValue::Field(syn::Member::Unnamed(member), lit.span())
                } else {
                    return Err(Error::new(
                        lit.span(),
                        format!("expected a string or a field: {fix}"),
                    ));
                }
            }
            TokenTree::Ident(field) => {
                HeaderValue::Field(syn::Member::Named(field.clone()), field.span())
            }
            other => {
                return Err(Error::new(
                    other.span(),
                    format!("expected a string or a field: {fix}"),
                ));
            }
        },
        [] => {
            return Err(Error::new(
                name_span,
                format!("`{HEADER}({})` has no value: {fix}", tokens[0]),
            ));
        }
        [first, .., last] | [first @ last] => {
            return Err(Error::spanning(
                first.span(),
                last.span(),
                format!("expected `= value` after the header's name: {fix}"),
            ));
        }
    };
    Ok(Header {
        key,
        name,
        name_span,
        value,
    })
}

/// The value of a string literal (escapes resolved); `None` for any other
/// literal.
fn string_literal(lit: &proc_macro2::Literal) -> Option<String> {
    syn::parse2::<syn::LitStr>(TokenTree::Literal(lit.clone()).into())
        .ok()
        .map(|s| s.value())
}

/// Whether `name` is no status name at all, not even misspelled: then it is
/// reported as an unknown key rather than an unknown status.
fn unknown_status(name: &str) -> bool {
    matches!(
        statuscode_registry::resolve_name(name),
        Err(statuscode_registry::ParseStatusError::UnknownName { suggestions }) if suggestions.is_empty()
    )
}

/// Within two edits (insertions, deletions, substitutions).
fn close(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let mut prev = Vec::with_capacity(b.len() + 1);
    for j in 0..=b.len() {
        prev.push(j);
    }
    for (i, &ca) in a.iter().enumerate() {
        let mut row = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            row.push((prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1));
        }
        prev = row;
    }
    prev[b.len()] <= 2
}

#[cfg(test)]
mod tests {
    use super::close;

    #[test]
    fn close_counts_edits() {
        assert!(close("transparant", "transparent"));
        assert!(close("respone", "response"));
        assert!(close("crat", "crate"));
        assert!(!close("foo", "response"));
        assert!(!close("transparent_x_y", "transparent"));
    }
}
