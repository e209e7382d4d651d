//! RFC 9110's rules about the response a `#[status_code(…)]` handler sends,
//! where the status is known while the program compiles.
//!
//! - 1xx is refused on the code: a handler's response is final (§15.2).
//! - 401, 405, 407 and 426 are refused on the code: RFC 9110 requires a
//!   header with them (§15.5.2, §15.5.6, §15.5.8, §15.5.22) that the
//!   attribute cannot add.
//! - 204, 205 and 304 carry no content (§15.3.5, §15.3.6, §15.4.5): the
//!   return type must have no body. That is a trait bound asserted in the
//!   generated code with the return type's tokens (so an alias such as
//!   `ApiResult<()>` is seen through, and the error lands on the return
//!   type); `impl Trait` anywhere in it is refused on the `impl`, since
//!   what it hides cannot be checked.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote_spanned;

use statuscode_registry::HttpCode;

use crate::error::Error;
use crate::status::StatusArg;

/// A status RFC 9110 says carries no content, with its section, the trait
/// and function of `__private` that assert it, and its canonical name.
struct NoContent {
    section: &'static str,
    assert: &'static str,
}

fn no_content(code: u16) -> Option<NoContent> {
    let (section, assert) = match code {
        204 => ("§15.3.5", "no_content_body"),
        205 => ("§15.3.6", "reset_content_body"),
        304 => ("§15.4.5", "not_modified_body"),
        _ => return None,
    };
    Some(NoContent { section, assert })
}

/// A status whose response MUST carry a header that `#[status_code]` cannot
/// add: (header, section, the `HttpError` constructor that adds it). The
/// header and section are statuscode-registry's `HttpCode::required_header`, the
/// table the run-time rules use too.
fn required_header(status: HttpCode) -> Option<(&'static str, &'static str, &'static str)> {
    let constructor = match status.get() {
        401 => "HttpError::unauthorized(challenge, detail)",
        405 => "HttpError::method_not_allowed(allow, detail)",
        407 => "HttpError::proxy_authentication_required(challenge, detail)",
        426 => "HttpError::upgrade_required(upgrade, detail)",
        _ => return None,
    };
    let (header, section) = status.required_header()?;
    Some((header, section, constructor))
}

/// The refusals that need no type information, for `#[status_code(…)]`
/// with `arg` on a function returning `ret` (empty for `()`).
pub fn check_route(arg: &StatusArg, ret: &[TokenTree]) -> Result<(), Error> {
    let code = arg.status.get();
    let status = arg.status;
    if (100..200).contains(&code) {
        return Err(Error::new(
            arg.span,
            format!(
                "`#[status_code]` cannot send `{status}`: a 1xx response is interim (RFC 9110 §15.2), and a handler's response is final; 101 Switching Protocols is sent by the framework's upgrade (WebSocket) machinery. Use a final status such as `OK`"
            ),
        ));
    }
    if let Some((header, section, constructor)) = required_header(status) {
        return Err(Error::new(
            arg.span,
            format!(
                "a `{status}` response MUST carry the `{header}` header (RFC 9110 {section}), which `#[status_code]` cannot add: return `Err({constructor})` from the handler (an error keeps its own status), or build the response with the header yourself without `#[status_code]`"
            ),
        ));
    }
    if let Some(rule) = no_content(code)
        && let Some(span) = find_impl(ret)
    {
        return Err(Error::new(
            span,
            format!(
                "a `{status}` response has no content (RFC 9110 {}), and `impl Trait` hides whether this one carries a body: return `()` (or `Result<(), E>`, `NoBody`), headers only (`HeaderMap`, `[(HeaderName, &str); N]`), or the framework's response type",
                rule.section
            ),
        ));
    }
    Ok(())
}

/// The statement asserting that `ret` carries no body, when `arg` is 204,
/// 205 or 304; nothing otherwise. Spanned on the return type.
pub fn body_assertion(arg: &StatusArg, ret: &[TokenTree], krate: &TokenStream) -> TokenStream {
    let (Some(rule), Some(first)) = (no_content(arg.status.get()), ret.first()) else {
        return TokenStream::new();
    };
    let span = first.span();
    let assert = proc_macro2::Ident::new(rule.assert, span);
    let ty: TokenStream = ret.iter().cloned().collect();
    quote_spanned!(span=> #krate::__private::#assert::<#ty>();)
}

/// The span of the first `impl` in `tokens`, groups included.
pub fn find_impl(tokens: &[TokenTree]) -> Option<Span> {
    for tt in tokens {
        let found = match tt {
            TokenTree::Ident(id) if id == "impl" => Some(id.span()),
            TokenTree::Group(g) => find_impl(&g.stream().into_iter().collect::<Vec<_>>()),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}
