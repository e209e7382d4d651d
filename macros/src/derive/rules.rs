//! RFC 9110's rules for the statuses of a `#[status(response)]` type, and
//! the `ResponseHeaders` impl its `header(…)`s become.
//!
//! - An error response is never 1xx or 2xx (a failure sent as `200 OK` is a
//!   success to every client, proxy and cache): refused on the status.
//! - 304 carries no content (§15.4.5), and the derive sends a body:
//!   refused. Any other 3xx needs a `Location` header (§10.2.2): declared
//!   with `header("Location" = …)`, or refused with that fix.
//! - 401, 405, 407 and 426 MUST carry `WWW-Authenticate` (§15.5.2), `Allow`
//!   (§15.5.6), `Proxy-Authenticate` (§15.5.8) and `Upgrade` (§15.5.22):
//!   declared on the variant or the type, or refused with the fix.
//!
//! A transparent variant's statuses are its field's, unknown here: the
//! field's own type is checked where it is derived.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use super::ast::{Input, Shape, Variant};
use super::attr::{HEADER, Header, HeaderValue, RESPONSE, Spec};
use crate::error::{Error, Errors};
use crate::rules::required_header;
use crate::status::StatusArg;

pub fn validate(input: &Input, errors: &Errors) {
    let response = input.attrs.response.is_some();
    let ident = input.ident;
    // `header(…)` without `response`: nothing would send it.
    if !response {
        let all =
            std::iter::once(&input.attrs.headers).chain(variants(input).map(|v| &v.attrs.headers));
        for (position, list) in all.enumerate() {
            errors.at(position);
            for header in list {
                errors.push(Error::new(
                    header.key,
                    format!(
                        "`{HEADER}(…)` is sent with the response, and `{ident}` is not one: add `#[status({RESPONSE})]` on `{ident}`"
                    ),
                ));
            }
        }
    }
    errors.at(0);
    match &input.data {
        Shape::Union(_) => {}
        Shape::Struct(body) => {
            headers(errors, &input.attrs.headers, Some(body), "the struct");
            if let (true, Some(Spec::Code(arg))) = (response, &input.attrs.status) {
                status(
                    errors,
                    arg,
                    &input.attrs.headers,
                    &[],
                    &format!("`{ident}`"),
                );
            }
        }
        Shape::Enum(list) => {
            headers(errors, &input.attrs.headers, None, "the enum");
            for (i, v) in list.iter().enumerate() {
                errors.at(i + 1);
                headers(errors, &v.attrs.headers, Some(v), "the variant");
                if !response {
                    continue;
                }
                let what = format!("`{ident}::{}`", v.ident);
                match (&v.attrs.status, &input.attrs.status) {
                    (Some(Spec::Code(arg)), _) | (None, Some(Spec::Code(arg))) => {
                        status(errors, arg, &v.attrs.headers, &input.attrs.headers, &what);
                    }
                    _ => {}
                }
            }
        }
    }
}

fn variants<'i, 'a>(input: &'i Input<'a>) -> impl Iterator<Item = &'i Variant<'a>> {
    let list: &[Variant<'a>] = match &input.data {
        Shape::Enum(list) => list,
        _ => &[],
    };
    list.iter()
}

/// Names and values that can be sent, and fields that exist.
fn headers(errors: &Errors, list: &[Header], body: Option<&Variant>, on: &str) {
    for h in list {
        if h.name.is_empty() || !h.name.bytes().all(is_token_byte) {
            errors.push(Error::new(
                h.name_span,
                format!(
                    "`{:?}` is not a header name: use letters, digits and !#$%&'*+-.^_`|~ (RFC 9110 §5.1)",
                    h.name
                ),
            ));
        }
        match &h.value {
            HeaderValue::Fixed(value, span) => {
                if !value.bytes().all(|b| b == b'\t' || (b >= 0x20 && b != 0x7f)) {
                    errors.push(Error::new(
                        *span,
                        "a header value cannot hold a control character other than tab (RFC 9110 §5.5)",
                    ));
                }
            }
            HeaderValue::Field(member, span) => match body {
                None => errors.push(Error::new(
                    *span,
                    format!(
                        "a header taken from a field goes on the variant that has the field, not on {on}"
                    ),
                )),
                Some(v) if !v.fields.iter().any(|f| f.member == *member) => {
                    let shown = match member {
                        syn::Member::Named(id) => id.to_string(),
                        syn::Member::Unnamed(i) => i.index.to_string(),
                    };
                    errors.push(Error::new(
                        *span,
                        format!("{on} has no field `{shown}` to take the header's value from"),
                    ));
                }
                Some(_) => {}
            },
        }
    }
}

/// The rules for one status of a response type, whose headers are `own`
/// and `shared` (the enum's).
fn status(errors: &Errors, arg: &StatusArg, own: &[Header], shared: &[Header], what: &str) {
    let code = arg.status.as_u16();
    let status = arg.status;
    let has = |name: &str| {
        own.iter()
            .chain(shared)
            .any(|h| h.name.eq_ignore_ascii_case(name))
    };
    let message = match code {
        100..=299 => format!(
            "{what} is an error response sent as `{status}`: an error is never 1xx or 2xx (RFC 9110 §15), or every client, proxy and cache takes the failure for a success; use a 4xx or 5xx status such as `BAD_REQUEST` or `INTERNAL_SERVER_ERROR`"
        ),
        304 => format!(
            "{what} is sent as `304 Not Modified`, which has no content (RFC 9110 §15.4.5), and a `#[status({RESPONSE})]` type sends a body: let the framework answer conditional requests, or use a 4xx or 5xx status"
        ),
        300..=399 if !has("Location") => format!(
            "{what} is sent as `{status}`, and a redirect without a `Location` header goes nowhere (RFC 9110 §10.2.2): add `{HEADER}(\"Location\" = location)` with a field holding the target, or return the framework's redirect (axum's `Redirect`, actix-web's `web::Redirect`)"
        ),
        _ => match required_header(code) {
            Some((header, section, _)) if !has(header) => {
                let example = match header {
                    "Allow" => "\"GET, HEAD\"",
                    "Upgrade" => "\"HTTP/3.0\"",
                    _ => "\"Bearer\"",
                };
                format!(
                    "{what} is sent as `{status}`, which MUST carry the `{header}` header (RFC 9110 {section}): add `{HEADER}(\"{header}\" = {example})` (or `= field` to send a field's value) to its `#[status(…)]`"
                )
            }
            _ => return,
        },
    };
    errors.push(Error::new(arg.span, message));
}

/// RFC 9110 `tchar`.
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// `ResponseHeaders` for a `#[status(response)]` type: each variant's
/// headers, then the type's. `body` false gives an empty one, for the
/// fallback beside errors.
pub fn expand(input: &Input, krate: &TokenStream, body: bool) -> TokenStream {
    if input.attrs.response.is_none() {
        return TokenStream::new();
    }
    let header = format_ident!("__statuscode_header");
    let mut bounds = Vec::new();
    let calls = |list: &[Header], bind: &dyn Fn(&syn::Member) -> TokenStream| -> TokenStream {
        list.iter()
            .map(|h| {
                let name = &h.name;
                let value = match &h.value {
                    HeaderValue::Fixed(v, _) => quote!(&#v),
                    HeaderValue::Field(member, _) => bind(member),
                };
                quote!(#header(#name, #value);)
            })
            .collect()
    };
    let shared = calls(&input.attrs.headers, &|_| quote!(&""));
    let own = match &input.data {
        Shape::Struct(v) => {
            for f in &v.fields {
                if input
                    .attrs
                    .headers
                    .iter()
                    .any(|h| matches!(&h.value, HeaderValue::Field(m, _) if *m == f.member))
                {
                    bounds.push(f.ty);
                }
            }
            // A struct's headers are the type's: fields are `self.field`.
            let fields = calls(&input.attrs.headers, &|m| quote!(&self.#m));
            return finish(input, krate, body, &header, &fields, &bounds);
        }
        // Nothing after the match: it diverges.
        Shape::Enum(list) if list.is_empty() => {
            return finish(
                input,
                krate,
                body,
                &header,
                &quote!(match *self {}),
                &bounds,
            );
        }
        Shape::Enum(list) => {
            let mut arms = TokenStream::new();
            for v in list {
                let vi = v.ident;
                let mut binds = Vec::new();
                for (i, h) in v.attrs.headers.iter().enumerate() {
                    if let HeaderValue::Field(member, _) = &h.value {
                        let local = format_ident!("__statuscode_h{}", i);
                        binds.push(quote!(#member: #local));
                        if let Some(f) = v.fields.iter().find(|f| f.member == *member) {
                            bounds.push(f.ty);
                        }
                    }
                }
                let own_calls: TokenStream = v
                    .attrs
                    .headers
                    .iter()
                    .enumerate()
                    .map(|(i, h)| {
                        let name = &h.name;
                        let value = match &h.value {
                            HeaderValue::Fixed(v, _) => quote!(&#v),
                            HeaderValue::Field(..) => {
                                let local = format_ident!("__statuscode_h{}", i);
                                quote!(#local)
                            }
                        };
                        quote!(#header(#name, #value);)
                    })
                    .collect();
                arms.extend(quote!(Self::#vi { #(#binds,)* .. } => { #own_calls }));
            }
            quote!(match self { #arms })
        }
        Shape::Union(_) => return TokenStream::new(),
    };
    let all = quote!(#own #shared);
    finish(input, krate, body, &header, &all, &bounds)
}

fn finish(
    input: &Input,
    krate: &TokenStream,
    body: bool,
    header: &syn::Ident,
    calls: &TokenStream,
    bounds: &[&syn::Type],
) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut predicates: Vec<TokenStream> = where_clause
        .map(|w| w.predicates.iter().map(|p| quote!(#p)).collect())
        .unwrap_or_default();
    for ty in bounds {
        predicates.push(quote!(#ty: ::core::fmt::Display));
    }
    let where_clause = (!predicates.is_empty()).then(|| quote!(where #(#predicates),*));
    let calls = if body {
        calls.clone()
    } else {
        TokenStream::new()
    };
    let span = Span::call_site();
    quote_spanned! {span=>
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #krate::__private::ResponseHeaders for #ident #ty_generics #where_clause {
            fn response_headers(
                &self,
                #header: &mut dyn ::core::ops::FnMut(&'static str, &dyn ::core::fmt::Display),
            ) {
                #calls
            }
        }
    }
}
