//! The function-like macros as plain functions over `proc_macro2` tokens:
//! what `lib.rs` calls, and what the property tests and the fuzz targets
//! (which compile this file themselves) drive. None of them panics, whatever
//! the tokens.

use proc_macro2::{Span, TokenStream};

use crate::close;
use crate::ide::{Names, expr_error};
use crate::status::{Site, parse, split_crate};

/// The whole of `status!`: `[$crate,] [unassigned] CODE` to a const path, or
/// to a spanned `compile_error!`. A FastAPI WebSocket name (`WS_…`) is a
/// close code, as in FastAPI's `status` module.
pub fn status(input: TokenStream) -> TokenStream {
    let (krate, input) = split_crate(input);
    if close::is_ws_name(&input) {
        return match close::parse(input.clone(), "status", Span::call_site()) {
            Ok(arg) => arg.to_tokens(&krate),
            Err(e) => expr_error(&e, &input, &krate, Names::Close),
        };
    }
    match parse(input.clone(), Site::Macro, Span::call_site()) {
        Ok(arg) => arg.to_tokens(&krate),
        Err(e) => expr_error(&e, &input, &krate, Names::Http),
    }
}

/// The whole of `close_code!`: `[$crate,] CODE` to a const path, or to a
/// spanned `compile_error!`.
pub fn close_code(input: TokenStream) -> TokenStream {
    let (krate, input) = split_crate(input);
    match close::parse(input.clone(), "close_code", Span::call_site()) {
        Ok(arg) => arg.to_tokens(&krate),
        Err(e) => expr_error(&e, &input, &krate, Names::Close),
    }
}
