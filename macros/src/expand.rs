//! The function-like macros as plain functions over `proc_macro2` tokens:
//! what `lib.rs` calls, and what the property tests and the fuzz targets
//! (which compile this file themselves) drive. None of them panics, whatever
//! the tokens.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};

use crate::close;
use crate::error::Error;
use crate::ide::{self, Names};
use crate::status::{Site, parse, split_crate};

/// The error of a macro used as an expression or a pattern, in parentheses:
/// valid in both places for rustc, and rust-analyzer types it as unknown
/// instead of reading an empty statement (which gave a spurious "expected
/// `Status`, found `()`" on a function's closing brace).
pub fn expr_error(e: &Error) -> TokenStream {
    TokenTree::Group(Group::new(Delimiter::Parenthesis, e.to_compile_error())).into()
}

/// The whole of `status!`: `[$crate,] [unassigned] CODE` to a const path, or
/// to a spanned `compile_error!`. A FastAPI WebSocket name (`WS_…`) is a
/// close code, as in FastAPI's `status` module.
pub fn status(input: TokenStream) -> TokenStream {
    let (krate, input) = split_crate(input);
    if let Some(trigger) = ide::expr_trigger(&input, &krate, Names::Http) {
        return trigger;
    }
    if close::is_ws_name(&input) {
        return match close::parse(input, "status", Span::call_site()) {
            Ok(arg) => arg.to_tokens(&krate),
            Err(e) => expr_error(&e),
        };
    }
    match parse(input, Site::Macro, Span::call_site()) {
        Ok(arg) => arg.to_tokens(&krate),
        Err(e) => expr_error(&e),
    }
}

/// The whole of `close_code!`: `[$crate,] CODE` to a const path, or to a
/// spanned `compile_error!`.
pub fn close_code(input: TokenStream) -> TokenStream {
    let (krate, input) = split_crate(input);
    if let Some(trigger) = ide::expr_trigger(&input, &krate, Names::Close) {
        return trigger;
    }
    match close::parse(input, "close_code", Span::call_site()) {
        Ok(arg) => arg.to_tokens(&krate),
        Err(e) => expr_error(&e),
    }
}
