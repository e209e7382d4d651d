//! The close-code argument of `close_code!(…)`, and of `status!(WS_…)`:
//! parsed without syn, resolved by `statuscode_registry::resolve_close_name`,
//! checked to be sendable, expanded to a const path.

use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::quote_spanned;
use statuscode_registry::{
    ParseCloseCodeError, WsCode, resolve_close_code, resolve_close_name, resolve_name,
};

use crate::error::Error;
use crate::ide::{self, Names};
use crate::parse::{Noun, flatten, integer, one_token, unknown_name, wrong_token};

/// How messages speak of close codes.
const NOUN: Noun = Noun {
    what: "close code",
    range: "1000..=4999",
    number: "1008",
    name: "POLICY_VIOLATION",
    fastapi: "WS_1008_POLICY_VIOLATION",
};

/// A resolved close code that may be sent.
#[derive(Debug, Clone)]
pub struct CloseArg {
    pub code: WsCode,
    /// The span of the token that names the code.
    pub span: Span,
    /// The name as written, if a name (see `StatusArg::written`).
    pub written: Option<String>,
}

impl CloseArg {
    /// A path to the close-code constant, usable in expressions, `const`s and
    /// patterns: `CloseCode::NAME` for a registered code, else the generic
    /// `Close::<N>::CODE`. `krate` is the path of the `statuscode` crate.
    pub fn to_tokens(&self, krate: &TokenStream) -> TokenStream {
        let span = self.span;
        if self.code.is_registered() {
            let name = self.written.as_deref().unwrap_or(self.code.name());
            return ide::name_path(krate, Names::Close, Ident::new(name, span));
        }
        let mut code = Literal::u16_suffixed(self.code.get());
        code.set_span(span);
        quote_spanned!(span=> #krate::__private::Close::<#code>::CODE)
    }
}

/// Whether `status!(…)` was given a FastAPI WebSocket name (`WS_…`), which
/// this module resolves instead of the HTTP one.
pub fn is_ws_name(tokens: &TokenStream) -> bool {
    match flatten(tokens.clone()).as_slice() {
        [TokenTree::Ident(ident)] => ident.to_string().starts_with("WS_"),
        _ => false,
    }
}

/// Parses one close code from the whole of `tokens`; `caller` is the macro
/// written (`close_code`, `status`), for messages that show the fix in
/// place. `empty` is the span to blame when there is no token at all.
pub fn parse(tokens: TokenStream, caller: &'static str, empty: Span) -> Result<CloseArg, Error> {
    let tokens = flatten(tokens);
    let show = |args: &str| format!("{caller}!({args})");
    let arg = match one_token(&tokens, &NOUN, &show, empty)? {
        TokenTree::Literal(lit) => parse_literal(lit, &show)?,
        TokenTree::Ident(ident) => parse_ident(ident)?,
        other => return Err(wrong_token(other, &NOUN)),
    };
    match unsendable_why(arg.code) {
        None => Ok(arg),
        Some(why) => Err(Error::new(
            arg.span,
            format!(
                "close code {} ({}) may not be sent in a Close frame: RFC 6455 §7.4.1 {why}; to compare against a code an endpoint reports, use `CloseCode::{}`",
                arg.code.get(),
                arg.code.label(),
                arg.code.name()
            ),
        )),
    }
}

/// Why RFC 6455 §7.4.1 forbids sending a registered code, or `None` if it
/// may be sent.
fn unsendable_why(code: WsCode) -> Option<&'static str> {
    if code.is_sendable() {
        return None;
    }
    Some(match code.get() {
        1004 => "reserves 1004 for a meaning it may define later",
        1005 => "keeps 1005 for reporting that a Close frame arrived without a status code",
        1006 => {
            "keeps 1006 for reporting that the connection closed abnormally, without a Close frame"
        }
        1015 => {
            "keeps 1015 for reporting that the connection closed because the TLS handshake failed"
        }
        _ => "does not allow it",
    })
}

/// A literal: a decimal integer, optionally `u16`-suffixed.
fn parse_literal(lit: &Literal, show: &dyn Fn(&str) -> String) -> Result<CloseArg, Error> {
    let span = lit.span();
    let unquoted = |quoted: &str| resolve_close_name(quoted).is_ok().then(|| show(quoted));
    let (value, digits) = integer(lit, &NOUN, &unquoted)?;
    match resolve_close_code(value) {
        Ok(code) => Ok(CloseArg {
            code,
            span,
            written: None,
        }),
        Err(ParseCloseCodeError::OutOfRange) => Err(Error::new(
            span,
            format!(
                "`{digits}` is not a close code: {}",
                ParseCloseCodeError::<WsCode>::OutOfRange
            ),
        )),
        Err(e) => Err(Error::new(span, e.to_string())),
    }
}

/// A name: canonical, alias or FastAPI (`WS_1008_POLICY_VIOLATION`).
fn parse_ident(ident: &Ident) -> Result<CloseArg, Error> {
    let span = ident.span();
    let written = ident.to_string();
    let name = written.strip_prefix("r#").unwrap_or(&written);
    match resolve_close_name(name) {
        Ok(r) => Ok(CloseArg {
            code: r.code,
            span,
            written: Some(name.to_owned()),
        }),
        Err(ParseCloseCodeError::UnknownName { suggestions }) => match resolve_name(name) {
            Ok(r) if suggestions.is_empty() => Err(Error::new(
                span,
                format!(
                    "`{name}` is an HTTP status ({}), not a WebSocket close code: write `status!({name})`, or a close code such as `{}`",
                    r.status, NOUN.name
                ),
            )),
            _ => Err(Error::new(span, unknown_name(&NOUN, name, &suggestions))),
        },
        Err(e @ ParseCloseCodeError::FastApiMismatch { .. }) => {
            Err(Error::new(span, format!("{e}; write one of them")))
        }
        Err(e) => Err(Error::new(
            span,
            format!("`{name}` is not a close code: {e}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Span, TokenStream};

    use crate::status::{Site, parse as parse_status};

    fn tokens(s: &str) -> TokenStream {
        s.parse().unwrap()
    }

    #[test]
    fn status_attributes_refuse_close_codes() {
        let err = parse_status(
            tokens("WS_1008_POLICY_VIOLATION"),
            Site::Attribute("status"),
            Span::call_site(),
        )
        .unwrap_err();
        assert_eq!(
            err.messages().collect::<Vec<_>>(),
            [
                "`WS_1008_POLICY_VIOLATION` is a WebSocket close code (1008 Policy Violation), not an HTTP status code: `#[status(…)]` needs an HTTP status such as `#[status(HTTP_404_NOT_FOUND)]`"
            ]
        );
    }

    #[test]
    fn status_macro_routes_ws_names_to_close_codes() {
        assert!(super::is_ws_name(&tokens("WS_1008_POLICY_VIOLATION")));
        assert!(!super::is_ws_name(&tokens("HTTP_404_NOT_FOUND")));
        assert!(!super::is_ws_name(&tokens(
            "WS_1000_NORMAL_CLOSURE WS_1001_GOING_AWAY"
        )));
        let arg = super::parse(
            tokens("WS_1008_POLICY_VIOLATION"),
            "status",
            Span::call_site(),
        )
        .unwrap();
        assert_eq!(arg.code.get(), 1008);
        assert_eq!(
            arg.to_tokens(&tokens("::statuscode")).to_string(),
            ":: statuscode :: __close :: WS_1008_POLICY_VIOLATION"
        );
        let private = super::parse(tokens("4001"), "close_code", Span::call_site()).unwrap();
        assert_eq!(
            private.to_tokens(&tokens("::statuscode")).to_string(),
            ":: statuscode :: __private :: Close :: < 4001u16 > :: CODE"
        );
    }
}
