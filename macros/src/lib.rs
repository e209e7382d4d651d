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
mod framework;
mod parse;
mod route;
mod status;

use proc_macro::TokenStream;
use proc_macro2::Span;

/// `status!(NOT_FOUND)`: see `statuscode::status!`.
#[proc_macro]
pub fn status(input: TokenStream) -> TokenStream {
    expand_status(input.into()).into()
}

/// `close_code!(POLICY_VIOLATION)`: see `statuscode::close_code!`.
#[proc_macro]
pub fn close_code(input: TokenStream) -> TokenStream {
    expand_close_code(input.into()).into()
}

/// The whole of `close_code!`: `[$crate,] CODE` to a const path, or to a
/// spanned `compile_error!`.
fn expand_close_code(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let (krate, input) = status::split_crate(input);
    match close::parse(input, "close_code", Span::call_site()) {
        Ok(arg) => arg.to_tokens(&krate),
        Err(e) => e.to_compile_error(),
    }
}

/// The whole of `status!`: `[$crate,] [unassigned] CODE` to a const path, or
/// to a spanned `compile_error!`. A FastAPI WebSocket name (`WS_…`) is a
/// close code, as in FastAPI's `status` module.
fn expand_status(input: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    let (krate, input) = status::split_crate(input);
    if close::is_ws_name(&input) {
        return match close::parse(input, "status", Span::call_site()) {
            Ok(arg) => arg.to_tokens(&krate),
            Err(e) => e.to_compile_error(),
        };
    }
    match status::parse(input, status::Site::Macro, Span::call_site()) {
        Ok(arg) => arg.to_tokens(&krate),
        Err(e) => e.to_compile_error(),
    }
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
