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
use crate::ide::{self, Names};

/// Every name and key written in a `#[status(…)]` of `input`, in order, for
/// rust-analyzer's paths on the error path (see `ide.rs`).
fn attr_names(input: &TokenStream, out: &mut Vec<(proc_macro2::Ident, Names)>) {
    use proc_macro2::{Delimiter, TokenTree};
    let mut after_pound = false;
    for tt in input.clone() {
        match tt {
            TokenTree::Punct(p) if p.as_char() == '#' => after_pound = true,
            TokenTree::Group(g) if after_pound && g.delimiter() == Delimiter::Bracket => {
                let mut attr = g.stream().into_iter();
                if let (Some(TokenTree::Ident(name)), Some(TokenTree::Group(args))) =
                    (attr.next(), attr.next())
                    && name == attr::STATUS
                {
                    out.extend(ide::attr_names(&args.stream()));
                }
                after_pound = false;
            }
            TokenTree::Group(g) => {
                attr_names(&g.stream(), out);
                after_pound = false;
            }
            _ => after_pound = false,
        }
    }
}

pub fn derive(input: TokenStream) -> TokenStream {
    let mut names = Vec::new();
    attr_names(&input, &mut names);
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
            // First, for rust-analyzer alone: the names written as paths it
            // can complete (see `ide.rs`), through `crate = …` if given (a
            // renamed `statuscode`).
            let mut out = ide::item_trigger(&names, &krate);
            out.extend(fallback::expand(ast.original, &krate, ast.attrs.response));
            out.extend(rules::expand(&ast, &krate));
            out.extend(e.to_compile_error());
            out
        }
    }
}
