//! The procedural macros of [`statuscode`](https://docs.rs/statuscode).
//!
//! Use them through the `statuscode` crate, which re-exports them and
//! documents them with examples; this crate's API is not meant to be used on
//! its own. Each macro is a thin conversion around a plain function over
//! `proc_macro2` tokens, so the parsing and resolving can be tested outside
//! the compiler.

mod derive;
mod error;
mod parse;
mod status;

use proc_macro::TokenStream;
use proc_macro2::Span;

/// `status!(NOT_FOUND)`: see `statuscode::status!`.
#[proc_macro]
pub fn status(input: TokenStream) -> TokenStream {
    expand_status(input.into()).into()
}

/// The whole of `status!`: `[$crate,] [unassigned] CODE` to a const path, or
/// to a spanned `compile_error!`.
fn expand_status(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let (krate, input) = status::split_crate(input);
    match status::parse(input, status::Site::Macro, Span::call_site()) {
        Ok(arg) => arg.to_tokens(&krate),
        Err(e) => e.to_compile_error(),
    }
}

/// `#[derive(HttpStatus)]`: see `statuscode::HttpStatus` (the derive), which
/// documents the attribute with examples.
#[proc_macro_derive(HttpStatus, attributes(status))]
pub fn derive_http_status(input: TokenStream) -> TokenStream {
    derive::derive(input.into()).into()
}
