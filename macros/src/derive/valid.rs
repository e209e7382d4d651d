//! Rules across the input: where each key may go, that every variant has a
//! status, that `transparent` has exactly one field. Every broken rule is
//! reported; nothing stops at the first.

use super::ast::{Input, Shape, Variant};
use super::attr::{Attrs, CRATE, RESPONSE, Spec, TRANSPARENT};
use crate::error::{Error, Errors};

pub fn validate(input: &Input, errors: &Errors) {
    errors.at(0);
    let ident = input.ident;
    match &input.data {
        Shape::Union(span) => errors.push(Error::new(
            *span,
            format!(
                "`#[derive(HttpStatus)]` works on enums and structs, not unions: implement `HttpStatus` for `{ident}` by hand"
            ),
        )),
        Shape::Struct(body) => {
            match &input.attrs.status {
                None if input.attrs.failed || on_field(body) => {}
                None => {
                    let transparent = if body.fields.len() == 1 {
                        format!(", or `#[status({TRANSPARENT})]` to take the status of its only field")
                    } else {
                        String::new()
                    };
                    errors.push(Error::new(
                        ident.span(),
                        format!(
                            "struct `{ident}` has no status: add `#[status(NOT_FOUND)]` (or any status code) on it{transparent}"
                        ),
                    ));
                }
                Some(Spec::Transparent(span)) => {
                    transparent(errors, *span, &format!("struct `{ident}`"), body);
                }
                Some(Spec::Code(_)) => {}
            }
            fields(errors, body, "struct");
        }
        Shape::Enum(variants) => {
            if let Some(Spec::Transparent(span)) = &input.attrs.status {
                errors.push(Error::new(
                    *span,
                    format!(
                        "`{TRANSPARENT}` goes on a variant, not on the enum: an enum-level `#[status(…)]` is a status code, the default for variants without their own"
                    ),
                ));
            }
            // A refused enum-level status was meant as a default: do not
            // also report every variant without one.
            let default = matches!(input.attrs.status, Some(Spec::Code(_))) || input.attrs.failed;
            for (i, v) in variants.iter().enumerate() {
                errors.at(i + 1);
                variant(errors, ident, v, default);
            }
        }
    }
}

fn variant(errors: &Errors, ty: &syn::Ident, v: &Variant, default: bool) {
    let ident = v.ident;
    type_level_only(errors, &v.attrs, &format!("variant `{ident}`"), ty);
    match &v.attrs.status {
        // A `#[status]` put on a field is reported there instead.
        None if !default && !v.attrs.failed && !on_field(v) => errors.push(Error::new(
            ident.span(),
            format!(
                "variant `{ident}` has no status: add `#[status(NOT_FOUND)]` (or any status code) on it, or give `{ty}` a default for the variants without their own with `#[status(INTERNAL_SERVER_ERROR)]` (or any status code) on the enum"
            ),
        )),
        Some(Spec::Transparent(span)) => {
            transparent(errors, *span, &format!("variant `{ident}`"), v);
        }
        None | Some(Spec::Code(_)) => {}
    }
    fields(errors, v, "variant");
}

/// `response` and `crate` describe the type, not a variant.
fn type_level_only(errors: &Errors, attrs: &Attrs, what: &str, ty: &syn::Ident) {
    if let Some(span) = attrs.response {
        errors.push(Error::new(
            span,
            format!(
                "`{RESPONSE}` makes the whole type a response: put `#[status({RESPONSE})]` on `{ty}`, not on {what}"
            ),
        ));
    }
    if let Some((span, _)) = &attrs.krate {
        errors.push(Error::new(
            *span,
            format!("`{CRATE} = …` goes on `{ty}`, not on {what}"),
        ));
    }
}

fn transparent(errors: &Errors, span: proc_macro2::Span, what: &str, body: &Variant) {
    let n = body.fields.len();
    if n == 1 {
        return;
    }
    let has = match n {
        0 => "has no field".to_owned(),
        n => format!("has {n} fields"),
    };
    errors.push(Error::new(
        span,
        format!(
            "`#[status({TRANSPARENT})]` takes the status of the only field, and {what} {has}: give it exactly one field whose type implements `HttpStatus`, or a status code such as `#[status(NOT_FOUND)]`"
        ),
    ));
}

fn fields(errors: &Errors, body: &Variant, kind: &str) {
    for f in &body.fields {
        for (start, end) in &f.status_attrs {
            errors.push(Error::spanning(
                *start,
                *end,
                format!(
                    "`#[status]` goes on the {kind}, not on a field: to take the status from this field, write `#[status({TRANSPARENT})]` on the {kind} (it must be the only field)"
                ),
            ));
        }
    }
}

fn on_field(body: &Variant) -> bool {
    body.fields.iter().any(|f| !f.status_attrs.is_empty())
}
