//! The derive input as the rest of the pipeline sees it: borrowed from syn's
//! `DeriveInput`, so every span is the user's, with the `#[status]`
//! attributes parsed.

use proc_macro2::{Span, TokenStream};
use syn::{
    Attribute, Data, DeriveInput, Expr, ExprLit, Fields, Generics, Ident, Lit, Member, Meta,
    MetaNameValue, Type,
};

use super::attr::{self, Attrs};
use crate::error::Errors;

pub struct Input<'a> {
    pub original: &'a DeriveInput,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// The type's own `#[status]`: the status of a struct, the default of an
    /// enum, `response`, `crate`.
    pub attrs: Attrs,
    pub data: Shape<'a>,
}

// One per derive call, never moved in bulk: the size is of no matter.
#[allow(clippy::large_enum_variant)]
pub enum Shape<'a> {
    Struct(Variant<'a>),
    Enum(Vec<Variant<'a>>),
    /// The `union` keyword's span.
    Union(Span),
}

/// A variant, or the body of a struct (with `attrs` empty: a struct's
/// attributes are the type's).
pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub attrs: Attrs,
    /// The doc comment (of the variant, or of a struct), for OpenAPI
    /// descriptions; empty without one.
    pub doc: String,
    pub fields: Vec<Field<'a>>,
}

pub struct Field<'a> {
    pub member: Member,
    pub ty: &'a Type,
    /// Spans (`#`, `]`) of `#[status]` attributes on the field: all errors.
    pub status_attrs: Vec<(Span, Span)>,
}

impl<'a> Input<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &Errors) -> Self {
        let ident = &input.ident;
        let kind = match input.data {
            Data::Struct(_) => "struct",
            Data::Enum(_) => "enum",
            Data::Union(_) => "union",
        };
        errors.at(0);
        let attrs = attr::parse(&input.attrs, &format!("{kind} `{ident}`"), errors);
        let data = match &input.data {
            Data::Struct(s) => Shape::Struct(Variant {
                ident,
                attrs: Attrs::default(),
                doc: doc(&input.attrs),
                fields: fields(&s.fields),
            }),
            Data::Enum(e) => {
                // Loops rather than iterator chains here and below: each
                // closure in a chain is compiled on its own into the proc
                // macro, which every user builds (see the crate's docs).
                let mut variants = Vec::with_capacity(e.variants.len());
                for (i, v) in e.variants.iter().enumerate() {
                    errors.at(i + 1);
                    variants.push(Variant {
                        ident: &v.ident,
                        attrs: attr::parse(&v.attrs, &format!("variant `{}`", v.ident), errors),
                        doc: doc(&v.attrs),
                        fields: fields(&v.fields),
                    });
                }
                Shape::Enum(variants)
            }
            Data::Union(u) => Shape::Union(u.union_token.span),
        };
        Input {
            original: input,
            ident,
            generics: &input.generics,
            attrs,
            data,
        }
    }

    /// The path of the `statuscode` crate: `crate = …` or `::statuscode`.
    pub fn krate(&self) -> TokenStream {
        krate(&self.attrs)
    }
}

pub fn krate(attrs: &Attrs) -> TokenStream {
    attrs
        .krate
        .as_ref()
        .map_or_else(crate::status::default_crate, |(_, path)| path.clone())
}

/// The text of the `#[doc = "…"]` attributes (`///` comments): lines
/// joined, each without the one space after `///`, trimmed. A doc that is
/// not a string literal (`#[doc = include_str!(…)]`) is skipped.
fn doc(attrs: &[Attribute]) -> String {
    let mut text = String::new();
    for a in attrs {
        if !a.path().is_ident("doc") {
            continue;
        }
        if let Meta::NameValue(MetaNameValue {
            value: Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }),
            ..
        }) = &a.meta
        {
            for line in s.value().lines() {
                if !text.is_empty() {
                    text.push('\n');
                }
                text.push_str(line.strip_prefix(' ').unwrap_or(line).trim_end());
            }
        }
    }
    text.trim().to_owned()
}

fn fields(fields: &Fields) -> Vec<Field<'_>> {
    let mut out = Vec::with_capacity(fields.len());
    for (i, f) in fields.iter().enumerate() {
        let mut status_attrs = Vec::new();
        for a in &f.attrs {
            if a.path().is_ident(attr::STATUS) {
                status_attrs.push((a.pound_token.span, a.bracket_token.span.close()));
            }
        }
        out.push(Field {
            member: match &f.ident {
                Some(ident) => Member::Named(ident.clone()),
                None => Member::Unnamed(i.into()),
            },
            ty: &f.ty,
            status_attrs,
        });
    }
    out
}
