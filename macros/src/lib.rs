//! The procedural macros of [`statuscode`](https://docs.rs/statuscode).
//!
//! Use them through the `statuscode` crate, which re-exports them and
//! documents them with examples; this crate's API is not meant to be used on
//! its own. Each macro is a thin conversion around a plain function over
//! `proc_macro2` tokens, so the parsing and resolving can be tested outside
//! the compiler.
//!
//! Every user compiles this crate, unoptimised, into the proc macro their
//! build loads: its cost is the code it makes the compiler generate. So it
//! prefers plain loops to iterator chains and sorts (each closure in a chain
//! instantiates the adapters anew; `BENCHMARKS.md`, "Compile cost,
//! 2026-11-29 (fourth session)"), and allows the lint that would ask for
//! them back.
#![allow(clippy::manual_find)]

mod close;
mod derive;
mod error;
mod expand;
mod framework;
mod ide;
mod parse;
mod route;
mod rules;
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

/// `http_status!(NOT_FOUND)` / `http02_status!(NOT_FOUND)`: see
/// `statuscode::http_status!`. Called as `framework_status!($crate, http, …)`.
#[proc_macro]
pub fn framework_status(input: TokenStream) -> TokenStream {
    framework::expand(input.into()).into()
}

/// `#[status_code(CREATED)]` on a handler: see `statuscode::status_code`.
#[proc_macro_attribute]
pub fn status_code(args: TokenStream, item: TokenStream) -> TokenStream {
    route::expand(args.into(), item.into()).into()
}

/// `#[derive(HttpStatus)]`: see `statuscode::HttpStatus` (the derive), which
/// documents the attribute with examples.
#[proc_macro_derive(HttpStatus, attributes(status))]
pub fn derive_http_status(input: TokenStream) -> TokenStream {
    derive::derive(input.into()).into()
}
