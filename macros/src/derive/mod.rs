//! `#[derive(HttpStatus)]`, one stage per file as in thiserror:
//! `ast` (the input, borrowed, with the user's spans) → `attr` (the
//! `#[status(…)]` attributes; duplicates) → `valid` (rules across items) →
//! `expand` (code generation, which cannot fail), and `fallback` (the impl
//! emitted beside the errors when the input is refused). Errors are collected
//! in an `Errors`, so one build reports every bad variant.

mod ast;
mod attr;
mod expand;
mod fallback;
mod rules;
mod valid;

use proc_macro2::TokenStream;
use syn::DeriveInput;

use crate::error::{Error, Errors};

pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(e) => return Error::from(e).to_compile_error(),
    };
    let errors = Errors::new();
    let ast = ast::Input::from_syn(&input, &errors);
    valid::validate(&ast, &errors);
    rules::validate(&ast, &errors);
    let krate = ast.krate();
    match errors.check() {
        Ok(()) => {
            let mut out = expand::expand(&ast);
            out.extend(rules::expand(&ast, &krate));
            out
        }
        Err(e) => {
            let mut out = fallback::expand(ast.original, &krate, ast.attrs.response);
            out.extend(rules::expand(&ast, &krate));
            out.extend(e.to_compile_error());
            out
        }
    }
}
