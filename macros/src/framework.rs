//! `http_status!` and `http02_status!`: a status as a framework's own
//! `StatusCode` constant, through the facade's `HttpCode::<N>::CODE`.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use statuscode_registry::HTTP02_WITHOUT_CONST;

use crate::error::Error;
use crate::ide::{Names, expr_error, paren_error};
use crate::status::{self, Site};

/// `$crate, http|http02, [unassigned] CODE` to the constant path, or a
/// spanned error.
pub fn expand(input: TokenStream) -> TokenStream {
    let (krate, input) = status::split_crate(input);
    let mut iter = input.into_iter();
    let (Some(TokenTree::Ident(flavour)), Some(TokenTree::Punct(comma))) =
        (iter.next(), iter.next())
    else {
        return Error::new(
            Span::call_site(),
            "use `statuscode::http_status!` or `statuscode::http02_status!`",
        )
        .to_compile_error();
    };
    let rest: TokenStream = iter.collect();
    let http02 = flavour == "http02";
    if comma.as_char() != ',' || !(http02 || flavour == "http") {
        return Error::new(
            flavour.span(),
            "use `statuscode::http_status!` or `statuscode::http02_status!`",
        )
        .to_compile_error();
    }
    let site = Site::NamedMacro(if http02 {
        "http02_status"
    } else {
        "http_status"
    });
    let arg = match status::parse(rest.clone(), site, Span::call_site()) {
        Ok(arg) => arg,
        Err(e) => return expr_error(&e, &rest, &krate, Names::Http),
    };
    let code = arg.status.get();
    if http02 && (arg.unassigned || HTTP02_WITHOUT_CONST.contains(&code)) {
        let e = Error::new(
            arg.span,
            format!(
                "http 0.2 (actix-web 4) has no `StatusCode` constant for {} and cannot build one at compile time; convert at run time instead: `StatusCode::from(statuscode::status!({}))`",
                arg.status,
                if arg.unassigned {
                    format!("unassigned {code}")
                } else {
                    code.to_string()
                },
            ),
        );
        return paren_error(&e);
    }
    let status = arg.to_tokens(&krate);
    let holder = if http02 {
        quote!(Http02Code)
    } else {
        quote!(HttpCode)
    };
    // The code goes through the `Status` constant so a deprecated name still
    // warns at the user's token; a const block is allowed in patterns. Only
    // the name inside `#status` carries the user's span (one hover, one
    // definition).
    quote!(#krate::__private::#holder::<{ #status.as_u16() }>::CODE)
}
