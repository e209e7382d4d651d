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
use syn::{Generics, Type};

use super::ast::{Input, Shape, Variant};
use super::attr::Spec;
use crate::status::StatusArg;

pub fn expand(input: &Input) -> TokenStream {
    let krate = input.krate();
    let ident = input.ident;
    let (status, statuses, delegated, describe) = match &input.data {
        Shape::Struct(body) => struct_body(input, body, &krate),
        Shape::Enum(variants) => enum_body(input, variants, &krate),
        // Refused by `valid.rs`: never expanded.
        Shape::Union(_) => return TokenStream::new(),
    };
    let (impl_generics, ty_generics, _) = input.generics.split_for_impl();
    let where_clause = bounded(input.generics, &delegated, &krate);
    let response = input.attrs.response.map(|_| {
        quote! {
            #krate::__private::impl_response! {
                [#impl_generics] [#ident #ty_generics] [#where_clause]
            }
        }
    });
    quote! {
        #[automatically_derived]
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
        }
        #response
    }
}

/// `status()` and `statuses()` bodies, the transparent field types, and the
/// `__describe_statuses()` body (each status with its variant's doc).
type Bodies<'a> = (TokenStream, TokenStream, Vec<&'a Type>, TokenStream);

fn struct_body<'a>(input: &Input, body: &Variant<'a>, krate: &TokenStream) -> Bodies<'a> {
    match (&input.attrs.status, body.fields.first()) {
        (Some(Spec::Transparent(_)), Some(field)) => {
            let member = &field.member;
            let call = delegate(field.ty, krate, &quote!(&self.#member));
            let set = field_statuses(field.ty, krate);
            let describe = field_describe(field.ty, krate);
            (call, set, vec![field.ty], describe)
        }
        (Some(Spec::Code(arg)), _) => {
            let set = canonical(arg, krate);
            let doc = &body.doc;
            (
                code(arg, krate),
                quote!(#krate::StatusSet::new().with(#set)),
                Vec::new(),
                quote!(__describe(#set, #doc);),
            )
        }
        // Refused by `valid.rs`.
        (None | Some(Spec::Transparent(_)), _) => (
            TokenStream::new(),
            TokenStream::new(),
            Vec::new(),
            TokenStream::new(),
        ),
    }
}

fn enum_body<'a>(input: &Input, variants: &[Variant<'a>], krate: &TokenStream) -> Bodies<'a> {
    if variants.is_empty() {
        return (
            quote!(match *self {}),
            quote!(#krate::StatusSet::new()),
            Vec::new(),
            TokenStream::new(),
        );
    }
    let mut arms = TokenStream::new();
    let mut describe = TokenStream::new();
    // Codes (deduplicated by value, first spelling kept) and field types
    // (deduplicated by their tokens), in the order written.
    let mut codes: Vec<(u16, TokenStream)> = Vec::new();
    let mut types: Vec<&'a Type> = Vec::new();
    // The enum-level default warns (if deprecated) in its first use only.
    let mut default_used = false;
    for v in variants {
        let ident = v.ident;
        match (
            v.attrs.status.as_ref().or(input.attrs.status.as_ref()),
            v.fields.first(),
        ) {
            (Some(Spec::Code(arg)), _) => {
                let code = if v.attrs.status.is_none() && default_used {
                    canonical(arg, krate)
                } else {
                    code(arg, krate)
                };
                default_used |= v.attrs.status.is_none();
                arms.extend(quote!(Self::#ident { .. } => #code,));
                let (status, doc) = (canonical(arg, krate), &v.doc);
                describe.extend(quote!(__describe(#status, #doc);));
                if !codes.iter().any(|(c, _)| *c == arg.status.as_u16()) {
                    codes.push((arg.status.as_u16(), canonical(arg, krate)));
                }
            }
            (Some(Spec::Transparent(_)), Some(field)) => {
                let member = &field.member;
                let call = delegate(field.ty, krate, &quote!(__status_field));
                arms.extend(quote!(Self::#ident { #member: __status_field } => #call,));
                let text = field.ty.to_token_stream().to_string();
                if !types
                    .iter()
                    .any(|t| t.to_token_stream().to_string() == text)
                {
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
        let statuses = field_statuses(ty, krate);
        set.extend(quote!(.union(#statuses)));
        describe.extend(field_describe(ty, krate));
    }
    (quote!(match self { #arms }), set, types, describe)
}

/// The constant for a status argument. A deprecated FastAPI name is spanned
/// entirely (crate path included) at the user's token: rustc skips
/// deprecation warnings in spans of a derive's expansion, and a path that
/// starts with the derive's `::statuscode` would be one.
fn code(arg: &StatusArg, krate: &TokenStream) -> TokenStream {
    let tokens = arg.to_tokens(krate);
    if arg.deprecated.is_some() {
        respan(tokens, arg.span)
    } else {
        tokens
    }
}

/// The constant for a status argument by its canonical name: a deprecated
/// name warns once, where `status()` uses it, not again in `statuses()`.
fn canonical(arg: &StatusArg, krate: &TokenStream) -> TokenStream {
    StatusArg {
        deprecated: None,
        ..arg.clone()
    }
    .to_tokens(krate)
}

fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tt| {
            if let TokenTree::Group(g) = &tt {
                let mut group = Group::new(g.delimiter(), respan(g.stream(), span));
                group.set_span(span);
                tt = TokenTree::Group(group);
            } else {
                tt.set_span(span);
            }
            tt
        })
        .collect()
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

/// The where clause of `generics` with `T: HttpStatus` added for every
/// transparent field type that mentions a type parameter (as thiserror infers
/// `Display` bounds). Concrete field types get no bound: their impl is
/// checked where it is used.
fn bounded(generics: &Generics, delegated: &[&Type], krate: &TokenStream) -> TokenStream {
    let params: Vec<&syn::Ident> = generics.type_params().map(|p| &p.ident).collect();
    let mut predicates: Vec<TokenStream> = generics
        .where_clause
        .iter()
        .flat_map(|w| w.predicates.iter())
        .map(ToTokens::to_token_stream)
        .collect();
    for ty in delegated {
        if mentions(ty.to_token_stream(), &params) {
            let span = at(ty);
            predicates.push(quote_spanned!(span=> #ty: #krate::HttpStatus));
        }
    }
    if predicates.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #(#predicates),*)
    }
}

fn mentions(tokens: TokenStream, params: &[&syn::Ident]) -> bool {
    tokens.into_iter().any(|tt| match tt {
        TokenTree::Ident(i) => params.iter().any(|p| **p == i),
        TokenTree::Group(g) => mentions(g.stream(), params),
        _ => false,
    })
}
