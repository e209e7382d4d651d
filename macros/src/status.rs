//! The status argument shared by `status!(…)`, `#[status(…)]` and
//! `#[status_code(…)]`: parsed without syn, resolved by
//! `statuscode_core::resolve_name`, expanded to a const path.

use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::quote_spanned;
use statuscode_core::{ParseStatusError, Status, resolve_code, resolve_name};

use crate::error::Error;
use crate::parse::{describe, flatten, unexpected};

/// The opt-in keyword for codes the registry does not assign.
pub const UNASSIGNED: &str = "unassigned";

/// Where the argument was written, for messages that show the fix in place.
#[derive(Clone, Copy)]
pub enum Site {
    /// `status!(…)`
    Macro,
    /// An attribute: `#[status(…)]`, `#[status_code(…)]`.
    Attribute(&'static str),
}

impl Site {
    /// The call written with `args`: `status!(unassigned 499)`.
    fn show(self, args: &str) -> String {
        match self {
            Site::Macro => format!("status!({args})"),
            Site::Attribute(name) => format!("#[{name}({args})]"),
        }
    }
}

/// A resolved status argument.
#[derive(Debug, Clone)]
pub struct StatusArg {
    pub status: Status,
    /// The span of the token that names the status.
    pub span: Span,
    /// The name as written when it is deprecated: it expands through the
    /// `#[deprecated]` constant of that name so rustc warns at the token.
    pub deprecated: Option<String>,
    /// Opted in with `unassigned`.
    pub unassigned: bool,
}

impl StatusArg {
    /// A path to the status constant, usable in expressions, `const`s and
    /// patterns. `krate` is the path of the `statuscode` crate.
    pub fn to_tokens(&self, krate: &TokenStream) -> TokenStream {
        let span = self.span;
        if self.unassigned {
            let mut code = Literal::u16_suffixed(self.status.as_u16());
            code.set_span(span);
            return quote_spanned!(span=> #krate::__private::Unassigned::<#code>::STATUS);
        }
        if let Some(name) = &self.deprecated {
            let name = Ident::new(name, span);
            return quote_spanned!(span=> #krate::status::#name);
        }
        let name = Ident::new(self.status.name(), span);
        quote_spanned!(span=> #krate::Status::#name)
    }
}

/// The whole of `status!`: `[$crate,] [unassigned] CODE` to a const path, or
/// to a spanned `compile_error!`. Never panics, whatever the tokens.
pub fn expand(input: TokenStream) -> TokenStream {
    let (krate, input) = split_crate(input);
    match parse(input, Site::Macro, Span::call_site()) {
        Ok(arg) => arg.to_tokens(&krate),
        Err(e) => e.to_compile_error(),
    }
}

/// Parses `[unassigned] CODE` from the whole of `tokens`. `empty` is the
/// span to blame when there is no token at all.
pub fn parse(tokens: TokenStream, site: Site, empty: Span) -> Result<StatusArg, Error> {
    let tokens = flatten(tokens);
    let (unassigned, rest) = match tokens.split_first() {
        Some((TokenTree::Ident(kw), rest)) if kw == UNASSIGNED && !rest.is_empty() => {
            (Some(kw.span()), rest)
        }
        _ => (None, &tokens[..]),
    };
    let Some((first, trailing)) = rest.split_first() else {
        return Err(Error::new(
            empty,
            format!(
                "expected a status code: write a number or a name, as in `{}`, `{}` or `{}`",
                site.show("404"),
                site.show("NOT_FOUND"),
                site.show("HTTP_404_NOT_FOUND")
            ),
        ));
    };
    if let TokenTree::Punct(minus) = first
        && minus.as_char() == '-'
    {
        let end = rest.get(1).map_or(minus.span(), TokenTree::span);
        return Err(Error::spanning(
            minus.span(),
            end,
            "status codes are positive: three digits, 100..=599",
        ));
    }
    if !trailing.is_empty() {
        return Err(unexpected(
            trailing,
            format!(
                "unexpected `{}` after the status code: `{}` takes exactly one code",
                trailing[0],
                site.show("…")
            )
            .as_str(),
        ));
    }
    let arg = match first {
        TokenTree::Literal(lit) => parse_literal(lit, site, unassigned.is_some())?,
        TokenTree::Ident(ident) => parse_ident(ident, site)?,
        other => {
            return Err(Error::new(
                other.span(),
                format!(
                    "expected a status code, found {}: write a number such as `404` or a name such as `NOT_FOUND`",
                    describe(other)
                ),
            ));
        }
    };
    match unassigned {
        Some(kw) if !arg.unassigned => Err(Error::new(
            kw,
            format!(
                "`{UNASSIGNED}` is for codes the registry does not assign, and {} is assigned ({}): write `{}`",
                arg.status.as_u16(),
                arg.status.reason(),
                site.show(arg.status.name())
            ),
        )),
        _ => Ok(arg),
    }
}

/// A literal: a decimal integer, optionally `u16`-suffixed.
fn parse_literal(lit: &Literal, site: Site, opted_in: bool) -> Result<StatusArg, Error> {
    let span = lit.span();
    let text = lit.to_string();
    let err = |msg: String| Err(Error::new(span, msg));
    if let Some(quoted) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        let fix = if resolve_name(quoted).is_ok() && !quoted.is_empty() {
            format!(": remove the quotes, `{}`", site.show(quoted))
        } else {
            String::new()
        };
        return err(format!(
            "expected a status code, found a string literal{fix}"
        ));
    }
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return err(format!(
            "expected a status code, found the literal `{text}`: write a number such as `404` or a name such as `NOT_FOUND`"
        ));
    }
    if let Some(radix) = ["0x", "0o", "0b"].iter().find(|p| text.starts_with(**p)) {
        return err(format!(
            "status codes are written in decimal, not with `{radix}`"
        ));
    }
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit() && c != '_')
        .unwrap_or(text.len());
    let (digits, suffix) = text.split_at(digits_end);
    if suffix.starts_with(['.', 'e', 'E']) || suffix.starts_with('f') {
        return err("status codes are integers: three digits, 100..=599".to_owned());
    }
    if !suffix.is_empty() && suffix.trim_start_matches('_') != "u16" {
        return err(format!(
            "status codes are `u16`: remove the `{}` suffix or write `u16`",
            suffix.trim_start_matches('_')
        ));
    }
    let value = digits
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0u64, |acc, d| {
            acc.saturating_mul(10).saturating_add(u64::from(d - b'0'))
        });
    let arg = |status, unassigned| StatusArg {
        status,
        span,
        deprecated: None,
        unassigned,
    };
    match resolve_code(value) {
        Ok(status) => Ok(arg(status, false)),
        Err(ParseStatusError::Unassigned { code, .. }) if opted_in => {
            // `resolve_code` checked the range.
            Ok(arg(
                Status::unassigned(code).map_err(|e| Error::new(span, e.to_string()))?,
                true,
            ))
        }
        Err(e @ ParseStatusError::Unassigned { code, .. }) => err(format!(
            "{e}; to use it anyway, write `{}`",
            site.show(&format!("{UNASSIGNED} {code}"))
        )),
        Err(e) => err(format!("`{digits}` is not a status code: {e}")),
    }
}

/// A name: canonical, alias or FastAPI.
fn parse_ident(ident: &Ident, site: Site) -> Result<StatusArg, Error> {
    let span = ident.span();
    let written = ident.to_string();
    let name = written.strip_prefix("r#").unwrap_or(&written);
    if name == UNASSIGNED {
        return Err(Error::new(
            span,
            format!(
                "`{UNASSIGNED}` must be followed by a number, as in `{}`",
                site.show(&format!("{UNASSIGNED} 499"))
            ),
        ));
    }
    match resolve_name(name) {
        Ok(r) => Ok(StatusArg {
            status: r.status,
            span,
            deprecated: r.deprecated.map(|_| name.to_owned()),
            unassigned: false,
        }),
        Err(ParseStatusError::UnknownName { suggestions }) => {
            let normal = |s: &str| s.replace('_', "").to_ascii_uppercase();
            let msg = match suggestions.iter().next() {
                Some(best) if normal(&best.to_string()) == normal(name) => format!(
                    "unknown status code `{name}`: names are written in SCREAMING_SNAKE_CASE, `{best}` ({})",
                    best.status
                ),
                Some(_) => format!("unknown status code `{name}`; did you mean {suggestions}?"),
                None => format!(
                    "unknown status code `{name}`: write a registry name such as `NOT_FOUND`, a FastAPI name such as `HTTP_404_NOT_FOUND`, or a number"
                ),
            };
            Err(Error::new(span, msg))
        }
        Err(e @ ParseStatusError::FastApiMismatch { .. }) => {
            Err(Error::new(span, format!("{e}; write one of them")))
        }
        Err(e) => Err(Error::new(
            span,
            format!("`{name}` is not a status code: {e}"),
        )),
    }
}

/// `$crate` passed by the facade's `macro_rules!` wrapper, followed by a
/// comma; otherwise `::statuscode`.
pub fn split_crate(input: TokenStream) -> (TokenStream, TokenStream) {
    let mut iter = input.clone().into_iter();
    if let (Some(TokenTree::Ident(krate)), Some(TokenTree::Punct(comma))) =
        (iter.next(), iter.next())
        && krate == "$crate"
        && comma.as_char() == ','
    {
        return (TokenTree::Ident(krate).into(), iter.collect());
    }
    (default_crate(), input)
}

/// `::statuscode`, for callers that did not come through the facade.
pub fn default_crate() -> TokenStream {
    quote::quote!(::statuscode)
}
