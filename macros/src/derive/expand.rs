//! Code generation for a validated input. It cannot fail.
//!
//! Every path is fully qualified. The structure of the impl carries the
//! derive's own span, so lints treat it as generated code; the status names
//! carry the user's span (a deprecated FastAPI name warns at the user's
//! token), and delegation to a transparent field is located at the field's
//! type (an error such as "`Inner: HttpStatus` is not satisfied" points there).

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Generics, Ident, Type};

use super::ast::{Input, Shape, Variant};
use super::attr::Spec;
use crate::status::StatusArg;

pub fn expand(input: &Input) -> TokenStream {
    let krate = input.krate();
    let bodies = match &input.data {
        Shape::Struct(body) => struct_body(input, body, &krate),
        Shape::Enum(variants) => enum_body(input, variants, &krate),
        // Refused by `valid.rs`: never expanded.
        Shape::Union(_) => return TokenStream::new(),
    };
    let (parts, shown) = super::rules::parts(input, &krate);
    let mut predicates = bounded(input.ident, input.generics, &bodies.delegated, &krate);
    for bound in shown {
        predicates.push(match bound {
            super::rules::Bound::Display(ty) => {
                let span = at(ty);
                quote_spanned!(span=> #ty: ::core::fmt::Display)
            }
            super::rules::Bound::Member(ty) => {
                let span = at(ty);
                quote_spanned!(span=> #ty: #krate::__private::Member)
            }
        });
    }
    let headers = describe_headers(input, &krate);
    let mut out = impls(
        &krate,
        input.ident,
        input.generics,
        &predicates,
        [
            &bodies.status,
            &bodies.statuses,
            &bodies.describe,
            &headers,
            &parts,
        ],
        input.attrs.response,
    );
    // The deprecated status names, outside the impls (which allow
    // `deprecated` for the user's own deprecated type and variants), so the
    // user's lint level decides.
    let names = &bodies.deprecated;
    if !names.is_empty() {
        out.extend(quote!(const _: () = { #(let _ = #names;)* };));
    }
    out
}

/// The `HttpStatus` impl with the `status()`, `statuses()`,
/// `__describe_statuses()` and `__describe_headers()` (which have the
/// closure `__describe`) and `__response_parts()` (which has
/// `__statuscode_sink`) bodies, and
/// with `response` the facade's response impls; `predicates` go in the
/// where clause of each. Also the fallback's, with bodies never run.
///
/// The impls allow `deprecated`: a deprecated type or variant is named in
/// them, and only the user's own uses of it should warn (as with thiserror).
pub fn impls(
    krate: &TokenStream,
    ident: &Ident,
    generics: &Generics,
    predicates: &[TokenStream],
    [status, statuses, describe, headers, parts]: [&TokenStream; 5],
    response: Option<Span>,
) -> TokenStream {
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    let where_clause = (!predicates.is_empty()).then(|| quote!(where #(#predicates),*));
    // The facade adds `Self: HttpStatus + Display` (and `Debug` for
    // actix-web) after these, so the response impls exist exactly for the
    // parameters that can render.
    // The `response` (or `problem`) keyword, with the user's span: the
    // facade warns at it when no framework feature is on.
    let response = response.map(|span| {
        let key = Ident::new("response", span);
        quote! {
            #krate::__private::impl_response! {
                [#impl_generics] [#ident #ty_generics] [#(#predicates,)*] #key
            }
        }
    });
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics #krate::HttpStatus for #ident #ty_generics #where_clause {
            fn status(&self) -> #krate::Status {
                #status
            }

            fn statuses() -> #krate::StatusSet {
                #statuses
            }

            fn __describe_statuses(
                __describe: &mut dyn ::core::ops::FnMut(#krate::Status, &'static ::core::primitive::str),
            ) {
                #describe
            }

            fn __describe_headers(
                __describe: &mut dyn ::core::ops::FnMut(#krate::Status, &'static ::core::primitive::str),
            ) {
                #headers
            }

            fn __response_parts(
                &self,
                __statuscode_sink: &mut dyn #krate::__private::ResponseSink,
            ) {
                #parts
            }
        }
        #response
    }
}

/// The where-clause predicates written on the type.
pub fn predicates(generics: &Generics) -> Vec<TokenStream> {
    let mut out = Vec::new();
    if let Some(w) = &generics.where_clause {
        for p in &w.predicates {
            out.push(p.to_token_stream());
        }
    }
    out
}

/// The `status()` and `statuses()` bodies, the transparent field types, the
/// deprecated status names used (spanned at the user's tokens), and the
/// `__describe_statuses()` body (each status with its variant's doc comment).
struct Bodies<'a> {
    status: TokenStream,
    statuses: TokenStream,
    describe: TokenStream,
    delegated: Vec<&'a Type>,
    deprecated: Vec<TokenStream>,
}

fn struct_body<'a>(input: &Input, body: &Variant<'a>, krate: &TokenStream) -> Bodies<'a> {
    match (&input.attrs.status, body.fields.first()) {
        (Some(Spec::Transparent(_)), Some(field)) => {
            let member = &field.member;
            Bodies {
                status: delegate(field.ty, krate, &quote!(&self.#member)),
                statuses: if recursive(field.ty, input.ident) {
                    quote!(#krate::StatusSet::new())
                } else {
                    field_statuses(field.ty, krate)
                },
                describe: if recursive(field.ty, input.ident) {
                    TokenStream::new()
                } else {
                    field_describe(field.ty, krate)
                },
                delegated: vec![field.ty],
                deprecated: Vec::new(),
            }
        }
        (Some(Spec::Code(arg)), _) => {
            let set = canonical(arg, krate);
            let doc = &body.doc;
            Bodies {
                status: set.clone(),
                statuses: quote!(#krate::StatusSet::new().with(#set)),
                describe: quote!(__describe(#set, #doc);),
                delegated: Vec::new(),
                deprecated: deprecated(arg, krate).into_iter().collect(),
            }
        }
        // Refused by `valid.rs`.
        (None | Some(Spec::Transparent(_)), _) => Bodies {
            status: TokenStream::new(),
            statuses: TokenStream::new(),
            describe: TokenStream::new(),
            delegated: Vec::new(),
            deprecated: Vec::new(),
        },
    }
}

fn enum_body<'a>(input: &Input, variants: &[Variant<'a>], krate: &TokenStream) -> Bodies<'a> {
    if variants.is_empty() {
        return Bodies {
            status: quote!(match *self {}),
            statuses: quote!(#krate::StatusSet::new()),
            describe: TokenStream::new(),
            delegated: Vec::new(),
            deprecated: Vec::new(),
        };
    }
    let mut arms = TokenStream::new();
    let mut describe = TokenStream::new();
    // Codes (deduplicated by value, first spelling kept) and field types
    // (deduplicated by their tokens), in the order written.
    let mut codes: Vec<(u16, TokenStream)> = Vec::new();
    let mut types: Vec<&'a Type> = Vec::new();
    let mut names = Vec::new();
    // The enum-level default warns (if deprecated) once, at its token.
    if let Some(Spec::Code(arg)) = &input.attrs.status {
        for v in variants {
            if v.attrs.status.is_none() {
                names.extend(deprecated(arg, krate));
                break;
            }
        }
    }
    for v in variants {
        let ident = v.ident;
        match (
            v.attrs.status.as_ref().or(input.attrs.status.as_ref()),
            v.fields.first(),
        ) {
            (Some(Spec::Code(arg)), _) => {
                let code = canonical(arg, krate);
                if v.attrs.status.is_some() {
                    names.extend(deprecated(arg, krate));
                }
                arms.extend(quote!(Self::#ident { .. } => #code,));
                let doc = &v.doc;
                describe.extend(quote!(__describe(#code, #doc);));
                let mut seen = false;
                for (c, _) in &codes {
                    seen |= *c == arg.status.get();
                }
                if !seen {
                    codes.push((arg.status.get(), code));
                }
            }
            (Some(Spec::Transparent(_)), Some(field)) => {
                let member = &field.member;
                let call = delegate(field.ty, krate, &quote!(__status_field));
                arms.extend(quote!(Self::#ident { #member: __status_field } => #call,));
                let text = field.ty.to_token_stream().to_string();
                let mut seen = false;
                for t in &types {
                    seen |= t.to_token_stream().to_string() == text;
                }
                if !seen {
                    types.push(field.ty);
                }
            }
            // Refused by `valid.rs`.
            _ => {}
        }
    }
    let mut set = quote!(#krate::StatusSet::new());
    for (_, code) in &codes {
        set.extend(quote!(.with(#code)));
    }
    for ty in &types {
        if recursive(ty, input.ident) {
            continue;
        }
        let statuses = field_statuses(ty, krate);
        set.extend(quote!(.union(#statuses)));
        describe.extend(field_describe(ty, krate));
    }
    Bodies {
        status: quote!(match self { #arms }),
        statuses: set,
        describe,
        delegated: types,
        deprecated: names,
    }
}

/// The body of `__describe_headers()`: for each variant (or the struct),
/// its status with the names of the headers declared on it and on the
/// type; a transparent field's own pairs, and the wrapper's names with each
/// of the field's statuses.
fn describe_headers(input: &Input, krate: &TokenStream) -> TokenStream {
    let list: &[Variant] = match &input.data {
        Shape::Enum(list) => list,
        Shape::Struct(v) => std::slice::from_ref(v),
        Shape::Union(_) => return TokenStream::new(),
    };
    let mut out = TokenStream::new();
    for v in list {
        let mut names: Vec<&str> = Vec::new();
        for h in input.attrs.headers.iter().chain(&v.attrs.headers) {
            names.push(&h.name);
        }
        let spec = v.attrs.status.as_ref().or(input.attrs.status.as_ref());
        match (spec, v.fields.first()) {
            (Some(Spec::Code(arg)), _) if !names.is_empty() => {
                let code = canonical(arg, krate);
                out.extend(quote!(#(__describe(#code, #names);)*));
            }
            (Some(Spec::Transparent(_)), Some(field)) if !recursive(field.ty, input.ident) => {
                let ty = field.ty;
                let span = at(ty);
                out.extend(quote_spanned!(span=> <#ty as #krate::HttpStatus>::__describe_headers(__describe);));
                if !names.is_empty() {
                    let statuses = field_statuses(ty, krate);
                    out.extend(quote! {
                        for __status in #statuses.iter() {
                            #(__describe(__status, #names);)*
                        }
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// A deprecated FastAPI name as written, spanned entirely (crate path
/// included) at the user's token: rustc skips deprecation warnings in spans
/// of a derive's expansion, and a path that starts with the derive's
/// `::statuscode` would be one. `None` for a current name.
fn deprecated(arg: &StatusArg, krate: &TokenStream) -> Option<TokenStream> {
    arg.deprecated
        .is_some()
        .then(|| respan(arg.to_tokens(krate), arg.span))
}

/// The constant for a status argument by its canonical name: a deprecated
/// name warns through `deprecated`, once, outside the impls.
fn canonical(arg: &StatusArg, krate: &TokenStream) -> TokenStream {
    StatusArg {
        deprecated: None,
        ..arg.clone()
    }
    .to_tokens(krate)
}

fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    let mut out = TokenStream::new();
    for mut tt in tokens {
        if let TokenTree::Group(g) = &tt {
            let mut group = Group::new(g.delimiter(), respan(g.stream(), span));
            group.set_span(span);
            tt = TokenTree::Group(group);
        } else {
            tt.set_span(span);
        }
        out.extend([tt]);
    }
    out
}

/// The derive's span, located at `ty`: errors land on the field's type,
/// lints still see generated code.
fn at(ty: &Type) -> Span {
    Span::call_site().located_at(ty.span())
}

/// `HttpStatus::status(field)`, for a transparent field of type `ty`.
fn delegate(ty: &Type, krate: &TokenStream, field: &TokenStream) -> TokenStream {
    let span = at(ty);
    quote_spanned!(span=> <#ty as #krate::HttpStatus>::status(#field))
}

/// `<ty as HttpStatus>::statuses()`.
fn field_statuses(ty: &Type, krate: &TokenStream) -> TokenStream {
    let span = at(ty);
    quote_spanned!(span=> <#ty as #krate::HttpStatus>::statuses())
}

/// `<ty as HttpStatus>::__describe_statuses(__describe);`.
fn field_describe(ty: &Type, krate: &TokenStream) -> TokenStream {
    let span = at(ty);
    quote_spanned!(span=> <#ty as #krate::HttpStatus>::__describe_statuses(__describe);)
}

/// The where-clause predicates of `generics` with `T: HttpStatus` added for
/// every transparent field type that mentions a type parameter (as thiserror
/// infers `Display` bounds). Concrete field types get no bound: their impl is
/// checked where it is used. Nor do field types that name the type itself
/// (`Box<Self>`): the bound would be circular, and the impl proves it.
fn bounded(
    ident: &Ident,
    generics: &Generics,
    delegated: &[&Type],
    krate: &TokenStream,
) -> Vec<TokenStream> {
    let params = type_params(generics);
    let mut predicates = predicates(generics);
    for ty in delegated {
        if mentions(ty.to_token_stream(), &params) && !recursive(ty, ident) {
            let span = at(ty);
            predicates.push(quote_spanned!(span=> #ty: #krate::HttpStatus));
        }
    }
    predicates
}

/// Whether a field's type names the type being derived (`Self` or its
/// name), as a recursive error's `Box<Self>` does. Such a field's statuses
/// are the type's own, so `statuses()` leaves it out rather than call
/// itself forever.
fn recursive(ty: &Type, ident: &Ident) -> bool {
    let this = Ident::new("Self", ident.span());
    mentions(ty.to_token_stream(), &[ident, &this])
}

/// Whether `tokens` name one of `params`, at any depth.
pub(super) fn mentions(tokens: TokenStream, params: &[&Ident]) -> bool {
    for tt in tokens {
        let found = match tt {
            TokenTree::Ident(i) => params.contains(&&i),
            TokenTree::Group(g) => mentions(g.stream(), params),
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

/// The names of the type parameters of `generics`.
pub(super) fn type_params(generics: &Generics) -> Vec<&Ident> {
    let mut params = Vec::new();
    for p in generics.type_params() {
        params.push(&p.ident);
    }
    params
}
