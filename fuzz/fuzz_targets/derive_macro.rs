//! The `#[derive(HttpStatus)]` entry point (the same source files the proc
//! macro compiles) on token streams lexed from fuzzer bytes: impls, or
//! impls beside `compile_error!`s whose spans lie inside the input; never a
//! panic. Bytes that do not lex, or lex to something that is not an item
//! (which rustc would never pass to a derive), are skipped.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode_fuzz::{assert_error_spans_inside, derive, tokens};

fuzz_target!(|bytes: &[u8]| {
    let Some((input, len)) = tokens(bytes) else {
        return;
    };
    if syn::parse2::<syn::DeriveInput>(input.clone()).is_err() {
        return;
    }
    let output = derive::derive(input.clone());
    assert_error_spans_inside(len, &output);
});
