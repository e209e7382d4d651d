//! RFC 9110's rules for the statuses of a `#[status(response)]` type, and
//! the body of `HttpStatus::__response_parts` its `header(…)`, `type`,
//! `title`, `extension(…)` and `expose` keys become (the facade's response
//! model reads it, and applies the rules again at run time for what is only
//! known then: a transparent field's status).
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
//! - Framing fields (`Content-Length`, `Transfer-Encoding`, `Connection` …)
//!   are the framework's: refused at the name.
//! - A problem `title` without a `type` would not be sent (RFC 9457
//!   §4.2.1): refused at the title.
//!
//! A transparent variant's statuses are its field's, unknown here: the
//! response model checks them when the response is made.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use super::ast::{Input, Shape, Variant};
use super::attr::{
    Attrs, EXTENSION, HEADER, Header, HeaderValue, INSTANCE, PROBLEM, RESPONSE, Spec, TITLE, TYPE,
};
use crate::error::{Error, Errors};
use crate::status::StatusArg;
use statuscode_registry::FRAMING_HEADERS;

pub fn validate(input: &Input, errors: &Errors) {
    let response = input.attrs.response.is_some();
    let ident = input.ident;
    // `header(…)` without `response` is allowed: a type that wraps this one
    // with `#[status(transparent)]` sends it.
    let problem = input.attrs.problem.is_some();
    let lists = attr_lists(input);
    for (position, attrs) in lists.iter().enumerate() {
        errors.at(position);
        if problem {
            continue;
        }
        let mut keys = Vec::new();
        if let Some((_, span)) = &attrs.problem_type {
            keys.push((TYPE, *span));
        }
        if let Some((_, span)) = &attrs.title {
            keys.push((TITLE, *span));
        }
        for e in &attrs.extensions {
            keys.push((EXTENSION, e.key));
        }
        if let Some(i) = &attrs.instance {
            keys.push((INSTANCE, i.key));
        }
        for (key, span) in keys {
            errors.push(Error::new(
                span,
                format!(
                    "`{key}` describes RFC 9457 problem details, and `{ident}` is not sent as one: put `#[status({PROBLEM})]` on `{ident}`"
                ),
            ));
        }
    }
    // A title without a type: with `about:blank` the title is the reason
    // phrase (RFC 9457 §4.2.1), so it would be dropped.
    if problem {
        let own = input.attrs.problem_type.is_some();
        for (position, attrs) in lists.iter().enumerate() {
            errors.at(position);
            if let (Some((_, span)), None, false, false) =
                (&attrs.title, &attrs.problem_type, own, attrs.failed)
            {
                errors.push(Error::new(
                    *span,
                    format!(
                        "this `{TITLE}` would not be sent: without a `{TYPE}`, a problem is `about:blank`, whose title is the status's reason phrase (RFC 9457 §4.2.1); add `{TYPE} = \"https://…\"` naming the problem, or remove the title"
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
            members(errors, &input.attrs.extensions, Some(body), "the struct");
            instance(errors, &input.attrs, Some(body), "the struct");
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
            instance(errors, &input.attrs, None, "the enum");
            for (i, v) in list.iter().enumerate() {
                errors.at(i + 1);
                headers(errors, &v.attrs.headers, Some(v), "the variant");
                members(errors, &v.attrs.extensions, Some(v), "the variant");
                instance(errors, &v.attrs, Some(v), "the variant");
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

/// The type's attributes, then each variant's: at the positions
/// `Errors::at` sorts by.
fn attr_lists<'i>(input: &'i Input) -> Vec<&'i Attrs> {
    let mut lists = vec![&input.attrs];
    if let Shape::Enum(list) = &input.data {
        for v in list {
            lists.push(&v.attrs);
        }
    }
    lists
}

/// An `instance = field` names a field that exists.
fn instance(errors: &Errors, attrs: &Attrs, body: Option<&Variant>, on: &str) {
    let list = attrs.instance.as_slice();
    field_values(errors, list, body, on, "the `instance` member");
}

/// Extension member names RFC 9457 §3.2 allows (and `invalid-params`, the
/// name of the RFC's own example), and fields that exist.
fn members(errors: &Errors, list: &[Header], body: Option<&Variant>, on: &str) {
    for (i, m) in list.iter().enumerate() {
        let name = &m.name;
        let valid = name == "invalid-params"
            || name.len() >= 3
                && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !valid {
            errors.push(Error::new(
                m.name_span,
                format!(
                    "`{name}` cannot name an extension member: RFC 9457 §3.2 asks for an ASCII letter, then at least two ASCII letters, digits or `_` (or `invalid-params`, as in the RFC's example)"
                ),
            ));
        } else if ["type", "title", "status", "detail", "instance"].contains(&name.as_str()) {
            errors.push(Error::new(
                m.name_span,
                format!(
                    "`{name}` is a member RFC 9457 defines (§3.1), set by the derive: name the extension otherwise"
                ),
            ));
        } else if named(&list[..i], name).is_some() {
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
                Some(v) if field(v, member).is_none() => {
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
        let mut framing = None;
        for f in FRAMING_HEADERS {
            if f.eq_ignore_ascii_case(&h.name) {
                framing = Some(f);
                break;
            }
        }
        if let Some(framing) = framing {
            errors.push(Error::new(
                h.name_span,
                format!(
                    "`{framing}` frames the message or the connection (RFC 9110 §7.6.1, RFC 9112 §6): the framework writes it from the body it sends; remove this header{}",
                    if framing.eq_ignore_ascii_case("Connection") {
                        " (with an `Upgrade` header, `Connection: upgrade` is sent for you)"
                    } else {
                        ""
                    }
                ),
            ));
        }
        match &h.value {
            HeaderValue::Fixed(value, span) => {
                let mut sendable = true;
                for b in value.bytes() {
                    sendable &= b == b'\t' || (b >= 0x20 && b != 0x7f);
                }
                if !sendable {
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
    let code = arg.status.get();
    let status = arg.status;
    let has = |name: &str| declares(own, name) || declares(shared, name);
    let message = match code {
        100..=299 => format!(
            "{what} is an error response sent as `{status}`: an error is never 1xx or 2xx (RFC 9110 §15), or every client, proxy and cache takes the failure for a success; use a 4xx or 5xx status such as `BAD_REQUEST` or `INTERNAL_SERVER_ERROR`"
        ),
        304 => format!(
            "{what} is sent as `304 Not Modified`, which has no content (RFC 9110 §15.4.5), and a `#[status({RESPONSE})]` type sends a body: let the framework answer conditional requests, or use a 4xx or 5xx status"
        ),
        _ => match status.required_header() {
            Some(("Location", _)) if !has("Location") => format!(
                "{what} is sent as `{status}`, and a redirect without a `Location` header goes nowhere (RFC 9110 §10.2.2): add `{HEADER}(\"Location\" = location)` with a field holding the target, or return the framework's redirect (axum's `Redirect`, actix-web's `web::Redirect`)"
            ),
            Some((header, section)) if !has(header) => {
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

/// The field of `body` that is `member`.
fn field<'v, 'a>(body: &'v Variant<'a>, member: &syn::Member) -> Option<&'v super::ast::Field<'a>> {
    for f in &body.fields {
        if f.member == *member {
            return Some(f);
        }
    }
    None
}

/// The entry of `list` named `name`, exactly.
fn named<'l>(list: &'l [Header], name: &str) -> Option<&'l Header> {
    for h in list {
        if h.name == name {
            return Some(h);
        }
    }
    None
}

/// Whether `list` has a header named `name`, in any case.
fn declares(list: &[Header], name: &str) -> bool {
    for h in list {
        if h.name.eq_ignore_ascii_case(name) {
            return true;
        }
    }
    false
}

/// RFC 9110 `tchar`.
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// The body of `HttpStatus::__response_parts`: what a response of the type
/// carries beside its status, in layers (a transparent field's own parts,
/// then the type's declarations, then the variant's), and the field types
/// it writes (bounds for the impl: `Display` for a header or the instance,
/// serde's `Serialize` for an extension member). Empty when the type
/// declares nothing and wraps nothing.
pub fn parts<'a>(input: &Input<'a>, krate: &TokenStream) -> (TokenStream, Vec<Bound<'a>>) {
    let sink = format_ident!("__statuscode_sink");
    let mut bounds = Vec::new();
    let mut body = TokenStream::new();
    let list: &[Variant<'a>] = match &input.data {
        Shape::Enum(list) => list,
        Shape::Struct(v) => std::slice::from_ref(v),
        Shape::Union(_) => return (body, bounds),
    };
    let is_enum = matches!(input.data, Shape::Enum(_));
    // The transparent fields' own parts.
    let mut inner = TokenStream::new();
    let mut count = 0;
    for v in list {
        let transparent = match (&v.attrs.status, &input.attrs.status) {
            (Some(Spec::Transparent(_)), _) => true,
            (None, Some(Spec::Transparent(_))) => !is_enum,
            _ => false,
        };
        if let (true, Some(field)) = (transparent, v.fields.first()) {
            let (member, ty, vi) = (&field.member, field.ty, v.ident);
            let call =
                quote!(<#ty as #krate::HttpStatus>::__response_parts(__statuscode_field, #sink););
            count += 1;
            inner.extend(if is_enum {
                quote!(Self::#vi { #member: __statuscode_field, .. } => { #call })
            } else {
                quote!(Self { #member: __statuscode_field, .. } => { #call })
            });
        }
    }
    if !inner.is_empty() {
        body.extend(if count < list.len() {
            quote!(match self { #inner _ => {} })
        } else {
            quote!(match self { #inner })
        });
    }
    // The type's declarations: for a struct, with its fields.
    let own = if is_enum {
        declarations(&input.attrs, None, &sink, krate, &mut bounds)
    } else {
        let own = declarations(&input.attrs, Some(&list[0]), &sink, krate, &mut bounds);
        let binds = bindings(&input.attrs);
        if binds.is_empty() {
            own
        } else {
            quote!(match self { Self { #(#binds,)* .. } => { #own } })
        }
    };
    if !own.is_empty() {
        body.extend(quote!(#sink.layer(); #own));
    }
    // Each variant's.
    if is_enum {
        let (mut arms, mut count) = (TokenStream::new(), 0);
        for v in list {
            let own = declarations(&v.attrs, Some(v), &sink, krate, &mut bounds);
            if !own.is_empty() {
                count += 1;
                let vi = v.ident;
                let binds = bindings(&v.attrs);
                arms.extend(quote!(Self::#vi { #(#binds,)* .. } => { #own }));
            }
        }
        let rest = (count < list.len()).then(|| quote!(_ => {}));
        if count > 0 {
            body.extend(quote!(#sink.layer(); match self { #arms #rest }));
        }
    }
    (body, bounds)
}

/// The fields `attrs` takes values from, each once, bound to
/// `__statuscode_<member>` in a pattern.
fn bindings(attrs: &Attrs) -> Vec<TokenStream> {
    let mut seen: Vec<&syn::Member> = Vec::new();
    for list in [&attrs.headers, &attrs.extensions, attrs.instance.as_slice()] {
        for h in list {
            if let HeaderValue::Field(member, _) = &h.value
                && !seen.contains(&member)
            {
                seen.push(member);
            }
        }
    }
    let mut out = Vec::with_capacity(seen.len());
    for m in seen {
        let local = local(m);
        out.push(quote!(#m: #local));
    }
    out
}

fn local(member: &syn::Member) -> syn::Ident {
    match member {
        syn::Member::Named(id) => format_ident!("__statuscode_{}", id),
        syn::Member::Unnamed(i) => format_ident!("__statuscode_{}", i.index),
    }
}

/// A field type the response writes, and how.
pub enum Bound<'a> {
    /// Its `Display` (a header, the instance).
    Display(&'a syn::Type),
    /// Serialized with serde (an extension member).
    Member(&'a syn::Type),
}

/// The sink calls for one level's declarations: its problem type, title and
/// instance, headers and extension members. `body` is the variant (or
/// struct) whose fields values come from, bound by the caller as
/// [`bindings`] says; none for an enum's own level (which takes no field).
fn declarations<'a>(
    attrs: &Attrs,
    body: Option<&Variant<'a>>,
    sink: &syn::Ident,
    krate: &TokenStream,
    bounds: &mut Vec<Bound<'a>>,
) -> TokenStream {
    let mut out = TokenStream::new();
    if attrs.expose.is_some() {
        out.extend(quote!(#sink.expose();));
    }
    if attrs.problem_type.is_some() || attrs.title.is_some() {
        let ty = literal(attrs.problem_type.as_ref());
        let title = literal(attrs.title.as_ref());
        out.extend(quote!(#sink.problem(#ty, #title);));
    }
    let lists = [
        (attrs.instance.as_slice(), INSTANCE),
        (&attrs.headers, HEADER),
        (&attrs.extensions, EXTENSION),
    ];
    for (list, kind) in lists {
        let member = kind == EXTENSION;
        for h in list {
            let name = &h.name;
            let value = match &h.value {
                HeaderValue::Fixed(v, _) => quote!(&#v),
                HeaderValue::Field(field, _) => {
                    let Some(v) = body else { continue };
                    if let Some(f) = self::field(v, field) {
                        bounds.push(if member {
                            Bound::Member(f.ty)
                        } else {
                            Bound::Display(f.ty)
                        });
                    }
                    let local = local(field);
                    quote!(#local)
                }
            };
            out.extend(match (kind, &h.value) {
                (EXTENSION, _) => quote!(#krate::__private::member(#sink, #name, #value);),
                (INSTANCE, _) => quote!(#sink.instance(#value);),
                // Lowercase, as http's `HeaderName` holds it, so a framework
                // can take it as it is (`HeaderName::from_static`).
                (_, HeaderValue::Fixed(v, _)) => {
                    let name = name.to_ascii_lowercase();
                    quote!(#sink.header_static(#name, #v);)
                }
                _ => quote!(#sink.header(#name, #value);),
            });
        }
    }
    out
}

/// The `ResponseFormat` impl of a `#[status(response)]` or
/// `#[status(problem)]` type (nothing for another type).
pub fn expand(input: &Input, krate: &TokenStream) -> TokenStream {
    if input.attrs.response.is_none() {
        return TokenStream::new();
    }
    format(input, krate)
}

/// `ResponseFormat`: whether the type is sent as problem details, the
/// extension member names it declares (the type's, then each variant's,
/// each once), and their schemas, for the OpenAPI glue. Only the type's own
/// where clause bounds it: the format does not depend on the parameters.
fn format(input: &Input, krate: &TokenStream) -> TokenStream {
    let mut names: Vec<&str> = Vec::new();
    let mut schemas = TokenStream::new();
    if input.attrs.problem.is_some() {
        let mut levels: Vec<(&Attrs, Option<&Variant>)> = Vec::new();
        match &input.data {
            Shape::Enum(list) => {
                levels.push((&input.attrs, None));
                for v in list {
                    levels.push((&v.attrs, Some(v)));
                }
            }
            Shape::Struct(v) => levels.push((&input.attrs, Some(v))),
            Shape::Union(_) => {}
        }
        let params = super::expand::type_params(input.generics);
        for (attrs, body) in levels {
            for e in &attrs.extensions {
                if names.contains(&e.name.as_str()) {
                    continue;
                }
                names.push(&e.name);
                schemas.extend(member_schema(e, body, &params, krate));
            }
        }
    }
    let members = if input.attrs.problem.is_some() {
        quote!(::core::option::Option::Some(&[#(#names),*]))
    } else {
        quote!(::core::option::Option::None)
    };
    let describe = (!schemas.is_empty()).then(|| {
        quote! {
            // The borrows are the probe (autoref specialization).
            #[allow(clippy::needless_borrow)]
            fn member_schemas(
                __describe: &mut dyn ::core::ops::FnMut(#krate::__private::MemberSchema),
            ) {
                #[allow(unused_imports)]
                use #krate::__private::{
                    SchemarsTyped as _, SchemarsUntyped as _, UtoipaTyped as _,
                    UtoipaUntyped as _,
                };
                #schemas
            }
        }
    });
    let kinds = (input.attrs.problem.is_some()).then(|| problem_kinds(input, krate));
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let span = Span::call_site();
    quote_spanned! {span=>
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #krate::__private::ResponseFormat for #ident #ty_generics #where_clause {
            const PROBLEM_MEMBERS: ::core::option::Option<&'static [&'static ::core::primitive::str]> =
                #members;
            #describe
            #kinds
        }
    }
}

/// `ResponseFormat::problem_kinds` of a problem type: each variant's (or
/// the struct's) fixed status with the `type` and `title` it sends (its
/// own, else the type's); a transparent variant's statuses as unknown (its
/// field chooses them when it is sent); `false` when a transparent field's
/// type names a type parameter or the type itself (its statuses cannot be
/// listed here).
fn problem_kinds(input: &Input, krate: &TokenStream) -> TokenStream {
    let mut list: Vec<(&Attrs, &Variant)> = Vec::new();
    match &input.data {
        Shape::Enum(variants) => {
            for v in variants {
                list.push((&v.attrs, v));
            }
        }
        Shape::Struct(v) => list.push((&input.attrs, v)),
        Shape::Union(_) => {}
    }
    let mut params = super::expand::type_params(input.generics);
    let this = syn::Ident::new("Self", Span::call_site());
    params.extend([input.ident, &this]);
    let mut complete = true;
    let mut calls = TokenStream::new();
    for (attrs, v) in list {
        // A struct's own attributes are the type's; a variant's fall back
        // to the type's.
        let status = attrs.status.as_ref().or(input.attrs.status.as_ref());
        let ty = attrs
            .problem_type
            .as_ref()
            .or(input.attrs.problem_type.as_ref());
        let title = attrs.title.as_ref().or(input.attrs.title.as_ref());
        match (status, v.fields.first()) {
            (Some(Spec::Code(arg)), _) => {
                let code = StatusArg {
                    deprecated: None,
                    ..arg.clone()
                }
                .to_tokens(krate);
                let ty = literal(ty);
                let title = literal(title);
                calls.extend(
                    quote!(__describe(#code, ::core::option::Option::Some((#ty, #title)));),
                );
            }
            (Some(Spec::Transparent(_)), Some(field)) if !mentions(field.ty, &params) => {
                let field = field.ty;
                calls.extend(quote! {
                    for __status in <#field as #krate::HttpStatus>::statuses().iter() {
                        __describe(__status, ::core::option::Option::None);
                    }
                });
            }
            _ => complete = false,
        }
    }
    quote! {
        fn problem_kinds(
            __describe: &mut dyn ::core::ops::FnMut(
                #krate::Status,
                ::core::option::Option<(
                    ::core::option::Option<&'static ::core::primitive::str>,
                    ::core::option::Option<&'static ::core::primitive::str>,
                )>,
            ),
        ) -> ::core::primitive::bool {
            #calls
            #complete
        }
    }
}

/// `__describe(MemberSchema)` for one extension member: the schema of its
/// field's type as the probes find it (a string for a fixed value; any JSON
/// value for a type that names a type parameter).
fn member_schema(
    member: &Header,
    body: Option<&Variant>,
    params: &[&syn::Ident],
    krate: &TokenStream,
) -> TokenStream {
    let name = &member.name;
    let ty = match &member.value {
        HeaderValue::Fixed(..) => quote!(::core::primitive::str),
        HeaderValue::Field(field, _) => match body.and_then(|v| self::field(v, field)) {
            Some(f) if !mentions(f.ty, params) => {
                let ty = f.ty;
                quote!(#ty)
            }
            _ => return quote!(__describe(#krate::__private::MemberSchema::untyped(#name));),
        },
    };
    let probe = quote!((&&#krate::__private::Probe::<#ty>::NEW));
    quote! {
        __describe(#krate::__private::MemberSchema::new(
            #name,
            #probe.utoipa_schema(),
            #probe.schemars_schema(),
        ));
    }
}

/// Whether `ty` names one of `params`.
fn mentions(ty: &syn::Type, params: &[&syn::Ident]) -> bool {
    super::expand::mentions(quote!(#ty), params)
}

fn literal(value: Option<&(String, Span)>) -> TokenStream {
    value.map_or_else(
        || quote!(::core::option::Option::None),
        |(text, _)| quote!(::core::option::Option::Some(#text)),
    )
}
