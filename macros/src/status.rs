//! The status argument shared by `status!(…)`, `#[status(…)]` and
//! `#[status_code(…)]`: parsed without syn, resolved by
//! `statuscode_registry::resolve_name`, expanded to a const path.

use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::quote_spanned;
use statuscode_registry::{HttpCode, ParseStatusError, WsCode, resolve_code, resolve_name};

use crate::error::Error;
use crate::ide::{self, Names};
use crate::parse::{Noun, flatten, integer, one_token, unknown_name, wrong_token};

/// How messages speak of HTTP status codes.
const NOUN: Noun = Noun {
    what: "status code",
    range: "three digits, 100..=599",
    number: "404",
    name: "NOT_FOUND",
    fastapi: "HTTP_404_NOT_FOUND",
};

/// The opt-in keyword for codes the registry does not assign.
pub const UNASSIGNED: &str = "unassigned";

/// Where the argument was written, for messages that show the fix in place.
#[derive(Clone, Copy)]
pub enum Site {
    /// `status!(…)`
    Macro,
    /// Another function-like macro: `http_status!(…)`.
    NamedMacro(&'static str),
    /// An attribute: `#[status(…)]`, `#[status_code(…)]`.
    Attribute(&'static str),
}

impl Site {
    /// The call written with `args`: `status!(unassigned 499)`.
    fn show(self, args: &str) -> String {
        match self {
            Site::Macro => format!("status!({args})"),
            Site::NamedMacro(name) => format!("{name}!({args})"),
            Site::Attribute(name) => format!("#[{name}({args})]"),
        }
    }
}

/// A resolved status argument.
#[derive(Debug, Clone)]
pub struct StatusArg {
    pub status: HttpCode,
    /// The span of the token that names the status.
    pub span: Span,
    /// The name as written when it is deprecated: it expands through the
    /// `#[deprecated]` constant of that name so rustc warns at the token.
    pub deprecated: Option<String>,
    /// The name as written when it is a current name (canonical, alias or
    /// FastAPI): the expansion names it, so hover and go-to-definition show
    /// the name written. `None` for a number (the canonical name is used).
    pub written: Option<String>,
    /// Opted in with `unassigned`.
    pub unassigned: bool,
}

impl StatusArg {
    /// A path to the status constant, usable in expressions, `const`s and
    /// patterns. `krate` is the path of the `statuscode` crate.
    ///
    /// A name is `#krate::__http::NAME` (`__private::names::http`; see `ide.rs`), where
    /// only `NAME` carries the user's span: the name written (a deprecated
    /// FastAPI name goes through its `#[deprecated]` re-export, so rustc
    /// warns at the token), or the canonical name for a number.
    pub fn to_tokens(&self, krate: &TokenStream) -> TokenStream {
        let span = self.span;
        if self.unassigned {
            let mut code = Literal::u16_suffixed(self.status.get());
            code.set_span(span);
            return quote_spanned!(span=> #krate::__private::Unassigned::<#code>::STATUS);
        }
        let name = self
            .deprecated
            .as_deref()
            .or(self.written.as_deref())
            .unwrap_or(self.status.name());
        ide::name_path(krate, Names::Http, Ident::new(name, span))
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
    let show = |args: &str| site.show(args);
    let first = one_token(rest, &NOUN, &show, empty)?;
    let arg = match first {
        TokenTree::Literal(lit) => parse_literal(lit, site, unassigned.is_some())?,
        TokenTree::Ident(ident) => parse_ident(ident, site)?,
        other => return Err(wrong_token(other, &NOUN)),
    };
    match unassigned {
        Some(kw) if !arg.unassigned => Err(Error::new(
            kw,
            format!(
                "`{UNASSIGNED}` is for codes the registry does not assign, and {} is assigned ({}): write `{}`",
                arg.status.get(),
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
    let err = |msg: String| Err(Error::new(span, msg));
    let unquoted = |quoted: &str| resolve_name(quoted).is_ok().then(|| site.show(quoted));
    let (value, digits) = integer(lit, &NOUN, &unquoted)?;
    let arg = |status, unassigned| StatusArg {
        status,
        span,
        deprecated: None,
        written: None,
        unassigned,
    };
    match resolve_code(value) {
        Ok(status) => Ok(arg(status, false)),
        Err(ParseStatusError::Unassigned { code, .. }) if opted_in => {
            // `resolve_code` checked the range.
            Ok(arg(
                HttpCode::new(code).ok_or_else(|| {
                    Error::new(
                        span,
                        ParseStatusError::<HttpCode, WsCode>::OutOfRange.to_string(),
                    )
                })?,
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
            written: r.deprecated.is_none().then(|| name.to_owned()),
            unassigned: false,
        }),
        Err(ParseStatusError::UnknownName { suggestions }) => {
            Err(Error::new(span, unknown_name(&NOUN, name, &suggestions)))
        }
        Err(ParseStatusError::WebSocketName { close_code }) => Err(Error::new(
            span,
            match site {
                // `status!(WS_…)` alone is a close code; only `unassigned`
                // leads here.
                Site::Macro => format!(
                    "`{UNASSIGNED}` is for HTTP status codes, and `{name}` is a WebSocket close code ({close_code}): write `{}`",
                    site.show(name)
                ),
                Site::Attribute(_) | Site::NamedMacro(_) => format!(
                    "`{name}` is a WebSocket close code ({close_code}), not an HTTP status code: `{}` needs an HTTP status such as `{}`",
                    site.show("…"),
                    site.show(NOUN.fastapi)
                ),
            },
        )),
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
