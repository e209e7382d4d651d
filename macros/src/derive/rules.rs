//! RFC 9110's rules for the statuses of a `#[status(response)]` type, and
//! the `ResponseParts` impl its `header(…)`s become.
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
use super::attr::{
    Attrs, EXTENSION, HEADER, Header, HeaderValue, PROBLEM, RESPONSE, Spec, TITLE, TYPE,
};
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
    let problem = input.attrs.problem.is_some();
    let lists = std::iter::once(&input.attrs).chain(variants(input).map(|v| &v.attrs));
    for (position, attrs) in lists.enumerate() {
        errors.at(position);
        if problem {
            continue;
        }
        let keys = attrs
            .problem_type
            .iter()
            .map(|(_, span)| (TYPE, *span))
            .chain(attrs.title.iter().map(|(_, span)| (TITLE, *span)))
            .chain(attrs.extensions.iter().map(|e| (EXTENSION, e.key)));
        for (key, span) in keys {
            errors.push(Error::new(
                span,
                format!(
                    "`{key}` describes RFC 9457 problem details, and `{ident}` is not sent as one: put `#[status({PROBLEM})]` on `{ident}`"
                ),
            ));
        }
    }
    errors.at(0);
    match &input.data {
        Shape::Union(_) => {}
        Shape::Struct(body) => {
            headers(errors, &input.attrs.headers, Some(body), "the struct");
            members(errors, &input.attrs.extensions, Some(body), "the struct");
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
            members(errors, &input.attrs.extensions, None, "the enum");
            for (i, v) in list.iter().enumerate() {
                errors.at(i + 1);
                headers(errors, &v.attrs.headers, Some(v), "the variant");
                members(errors, &v.attrs.extensions, Some(v), "the variant");
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

/// Extension member names RFC 9457 §3.2 allows, and fields that exist.
fn members(errors: &Errors, list: &[Header], body: Option<&Variant>, on: &str) {
    for (i, m) in list.iter().enumerate() {
        let name = &m.name;
        let valid = name.len() >= 3
            && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !valid {
            errors.push(Error::new(
                m.name_span,
                format!(
                    "`{name}` cannot name an extension member: RFC 9457 §3.2 asks for an ASCII letter, then at least two ASCII letters, digits or `_`"
                ),
            ));
        } else if ["type", "title", "status", "detail", "instance"].contains(&name.as_str()) {
            errors.push(Error::new(
                m.name_span,
                format!(
                    "`{name}` is a member RFC 9457 defines (§3.1), set by the derive: name the extension otherwise"
                ),
            ));
        } else if list[..i].iter().any(|e| e.name == *name) {
            errors.push(Error::new(
                m.name_span,
                format!("the extension member `{name}` is given twice: remove this one"),
            ));
        }
    }
    field_values(errors, list, body, on, "an extension member");
}

/// Fields that values are taken from exist, on a variant or struct.
fn field_values(errors: &Errors, list: &[Header], body: Option<&Variant>, on: &str, what: &str) {
    for h in list {
        if let HeaderValue::Field(member, span) = &h.value {
            match body {
                None => errors.push(Error::new(
                    *span,
                    format!(
                        "{what} taken from a field goes on the variant that has the field, not on {on}"
                    ),
                )),
                Some(v) if !v.fields.iter().any(|f| f.member == *member) => {
                    let shown = match member {
                        syn::Member::Named(id) => id.to_string(),
                        syn::Member::Unnamed(i) => i.index.to_string(),
                    };
                    errors.push(Error::new(
                        *span,
                        format!("{on} has no field `{shown}` to take the value of {what} from"),
                    ));
                }
                Some(_) => {}
            }
        }
    }
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
                if !value
                    .bytes()
                    .all(|b| b == b'\t' || (b >= 0x20 && b != 0x7f))
                {
                    errors.push(Error::new(
                        *span,
                        "a header value cannot hold a control character other than tab (RFC 9110 §5.5)",
                    ));
                }
            }
            HeaderValue::Field(..) => {}
        }
    }
    field_values(errors, list, body, on, "a header");
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

/// `ResponseParts` for a `#[status(response)]` or `#[status(problem)]`
/// type: each variant's headers then the type's, and for `problem` the
/// problem type and title (the variant's, else the type's) and extension
/// members. `body` false gives empty methods, for the fallback beside
/// errors.
pub fn expand(input: &Input, krate: &TokenStream, body: bool) -> TokenStream {
    if input.attrs.response.is_none() {
        return TokenStream::new();
    }
    let format = format(input, krate);
    let sink = format_ident!("__statuscode_sink");
    let mut bounds = Vec::new();
    let headers = calls(input, &sink, &mut bounds, |a| &a.headers);
    let problem = input.attrs.problem.map(|_| {
        let members = calls(input, &sink, &mut bounds, |a| &a.extensions);
        let pick = |own: &Attrs| {
            let ty = literal(
                own.problem_type
                    .as_ref()
                    .or(input.attrs.problem_type.as_ref()),
            );
            let title = literal(own.title.as_ref().or(input.attrs.title.as_ref()));
            quote!(::core::option::Option::Some((#ty, #title)))
        };
        let spec = match &input.data {
            Shape::Enum(list) if !list.is_empty() => {
                let arms = list.iter().map(|v| {
                    let vi = v.ident;
                    let value = pick(&v.attrs);
                    quote!(Self::#vi { .. } => #value,)
                });
                quote!(match self { #(#arms)* })
            }
            Shape::Enum(_) => quote!(match *self {}),
            _ => pick(&Attrs::default()),
        };
        (spec, members)
    });
    if !body {
        let problem = problem.map(|_| {
            quote! {
                fn problem(&self) -> ::core::option::Option<(
                    ::core::option::Option<&'static str>,
                    ::core::option::Option<&'static str>,
                )> {
                    ::core::option::Option::None
                }
            }
        });
        let mut out = finish(
            input,
            krate,
            &sink,
            &TokenStream::new(),
            problem.as_ref(),
            &[],
        );
        out.extend(format);
        return out;
    }
    let problem = problem.map(|(spec, members)| {
        quote! {
            fn problem(&self) -> ::core::option::Option<(
                ::core::option::Option<&'static str>,
                ::core::option::Option<&'static str>,
            )> {
                #spec
            }

            fn problem_members(
                &self,
                #sink: &mut dyn ::core::ops::FnMut(&'static str, &dyn ::core::fmt::Display),
            ) {
                #members
            }
        }
    });
    let mut out = finish(input, krate, &sink, &headers, problem.as_ref(), &bounds);
    out.extend(format);
    out
}

/// `ResponseFormat`: whether the type is sent as problem details, and the
/// extension member names it declares (the type's, then each variant's,
/// each once), for the OpenAPI glue. Only the type's own where clause
/// bounds it: the format does not depend on the parameters.
fn format(input: &Input, krate: &TokenStream) -> TokenStream {
    let members = input.attrs.problem.map_or_else(
        || quote!(::core::option::Option::None),
        |_| {
            let mut names: Vec<&str> = Vec::new();
            let variants: Vec<&Attrs> = match &input.data {
                Shape::Enum(list) => list.iter().map(|v| &v.attrs).collect(),
                _ => Vec::new(),
            };
            for attrs in std::iter::once(&input.attrs).chain(variants) {
                for e in &attrs.extensions {
                    if !names.contains(&e.name.as_str()) {
                        names.push(&e.name);
                    }
                }
            }
            quote!(::core::option::Option::Some(&[#(#names),*]))
        },
    );
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let span = Span::call_site();
    quote_spanned! {span=>
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #krate::__private::ResponseFormat for #ident #ty_generics #where_clause {
            const PROBLEM_MEMBERS: ::core::option::Option<&'static [&'static ::core::primitive::str]> =
                #members;
        }
    }
}

fn literal(value: Option<&(String, Span)>) -> TokenStream {
    value.map_or_else(
        || quote!(::core::option::Option::None),
        |(text, _)| quote!(::core::option::Option::Some(#text)),
    )
}

/// `sink(name, &value);` for each entry of the list `pick` selects: the
/// variant's (binding its fields), then the type's. Field types are added
/// to `bounds` (they must be `Display`).
fn calls<'a>(
    input: &Input<'a>,
    sink: &syn::Ident,
    bounds: &mut Vec<&'a syn::Type>,
    pick: impl Fn(&Attrs) -> &Vec<Header>,
) -> TokenStream {
    let emit =
        |list: &[Header], value: &dyn Fn(usize, &syn::Member) -> TokenStream| -> TokenStream {
            list.iter()
                .enumerate()
                .map(|(i, h)| {
                    let name = &h.name;
                    let value = match &h.value {
                        HeaderValue::Fixed(v, _) => quote!(&#v),
                        HeaderValue::Field(member, _) => value(i, member),
                    };
                    quote!(#sink(#name, #value);)
                })
                .collect()
        };
    let local = |i: usize| format_ident!("__statuscode_{}", i);
    match &input.data {
        Shape::Struct(v) => {
            let list = pick(&input.attrs);
            for h in list {
                if let HeaderValue::Field(m, _) = &h.value
                    && let Some(f) = v.fields.iter().find(|f| f.member == *m)
                {
                    bounds.push(f.ty);
                }
            }
            emit(list, &|_, m| quote!(&self.#m))
        }
        // Nothing after the match: it diverges.
        Shape::Enum(list) if list.is_empty() => quote!(match *self {}),
        Shape::Enum(list) => {
            let mut arms = TokenStream::new();
            for v in list {
                let vi = v.ident;
                let own = pick(&v.attrs);
                let mut binds = Vec::new();
                for (i, h) in own.iter().enumerate() {
                    if let HeaderValue::Field(member, _) = &h.value {
                        let name = local(i);
                        binds.push(quote!(#member: #name));
                        if let Some(f) = v.fields.iter().find(|f| f.member == *member) {
                            bounds.push(f.ty);
                        }
                    }
                }
                let own = emit(own, &|i, _| {
                    let name = local(i);
                    quote!(#name)
                });
                arms.extend(quote!(Self::#vi { #(#binds,)* .. } => { #own }));
            }
            let shared = emit(pick(&input.attrs), &|_, _| quote!(&""));
            quote!(match self { #arms } #shared)
        }
        Shape::Union(_) => TokenStream::new(),
    }
}

fn finish(
    input: &Input,
    krate: &TokenStream,
    sink: &syn::Ident,
    headers: &TokenStream,
    problem: Option<&TokenStream>,
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
    let span = Span::call_site();
    quote_spanned! {span=>
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #krate::__private::ResponseParts for #ident #ty_generics #where_clause {
            fn response_headers(
                &self,
                #sink: &mut dyn ::core::ops::FnMut(&'static str, &dyn ::core::fmt::Display),
            ) {
                #headers
            }

            #problem
        }
    }
}
