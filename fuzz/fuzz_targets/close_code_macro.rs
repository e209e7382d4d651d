//! The `close_code!` entry point (the same source files the proc macro
//! compiles) on token streams lexed from fuzzer bytes: an expansion or a
//! `compile_error!` whose spans lie inside the input; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode_fuzz::{assert_spans_inside, expand, tokens};

fuzz_target!(|bytes: &[u8]| {
    let Some((input, len)) = tokens(bytes) else {
        return;
    };
    let output = expand::close_code(input.clone());
    assert_spans_inside(&input, len, &output);
});
