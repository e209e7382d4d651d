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

/// rust-analyzer completing inside a `#[status(…)]` (see `ide.rs`): a path
/// it can complete at, into the status names and keys for the first
/// argument, the keys for a later one. The crate path is `::statuscode`
/// (the input is not parsed, so `crate = path` is not read).
fn completion_trigger(input: &TokenStream) -> Option<TokenStream> {
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
                    && let Some((ident, first)) = ide::find_marker(&args.stream())
                {
                    let module = if first { Names::Attr } else { Names::Keys };
                    return Some(ide::item_trigger(
                        ident,
                        &crate::status::default_crate(),
                        module,
                    ));
                }
                after_pound = false;
            }
            TokenTree::Group(g) => {
                if let Some(found) = completion_trigger(&g.stream()) {
                    return Some(found);
                }
                after_pound = false;
            }
            _ => after_pound = false,
        }
    }
    None
}

pub fn derive(input: TokenStream) -> TokenStream {
    if let Some(trigger) = completion_trigger(&input) {
        return trigger;
    }
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
