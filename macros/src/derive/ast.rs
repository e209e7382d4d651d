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
            Data::Enum(e) => Shape::Enum(
                e.variants
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        errors.at(i + 1);
                        Variant {
                            ident: &v.ident,
                            attrs: attr::parse(&v.attrs, &format!("variant `{}`", v.ident), errors),
                            doc: doc(&v.attrs),
                            fields: fields(&v.fields),
                        }
                    })
                    .collect(),
            ),
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
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            Meta::NameValue(MetaNameValue {
                value:
                    Expr::Lit(ExprLit {
                        lit: Lit::Str(s), ..
                    }),
                ..
            }) => Some(s.value()),
            _ => None,
        })
        .flat_map(|text| {
            text.lines()
                .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end().to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    lines.join("\n").trim().to_owned()
}

fn fields(fields: &Fields) -> Vec<Field<'_>> {
    fields
        .iter()
        .enumerate()
        .map(|(i, f)| Field {
            member: f
                .ident
                .clone()
                .map_or_else(|| Member::Unnamed(i.into()), Member::Named),
            ty: &f.ty,
            status_attrs: f
                .attrs
                .iter()
                .filter(|a| a.path().is_ident(attr::STATUS))
                .map(|a| (a.pound_token.span, a.bracket_token.span.close()))
                .collect(),
        })
        .collect()
}
