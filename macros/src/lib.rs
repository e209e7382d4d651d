//! The procedural macros of [`statuscode`](https://docs.rs/statuscode).
//!
//! Use them through the `statuscode` crate, which re-exports them and
//! documents them with examples; this crate's API is not meant to be used on
//! its own. Each macro is a thin conversion around a plain function over
//! `proc_macro2` tokens, so the parsing and resolving can be tested outside
//! the compiler.

mod close;
mod derive;
mod error;
mod expand;
mod parse;
mod status;

#[cfg(test)]
mod proptests;

use proc_macro::TokenStream;

/// `status!(NOT_FOUND)`: see `statuscode::status!`.
#[proc_macro]
pub fn status(input: TokenStream) -> TokenStream {
    expand::status(input.into()).into()
}

/// `close_code!(POLICY_VIOLATION)`: see `statuscode::close_code!`.
#[proc_macro]
pub fn close_code(input: TokenStream) -> TokenStream {
    expand::close_code(input.into()).into()
}

/// `#[derive(HttpStatus)]`: see `statuscode::HttpStatus` (the derive), which
/// documents the attribute with examples.
#[proc_macro_derive(HttpStatus, attributes(status))]
pub fn derive_http_status(input: TokenStream) -> TokenStream {
    derive::derive(input.into()).into()
}
