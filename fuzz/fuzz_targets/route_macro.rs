//! The `#[status_code(…)]` entry point (the same source files the proc
//! macro compiles) on token streams lexed from fuzzer bytes: the first byte
//! says where the attribute's arguments end and the item begins. The output
//! is the rewritten function, or the item unchanged beside a
//! `compile_error!` whose spans lie inside the input; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;
use statuscode_fuzz::{assert_error_spans_inside, route, tokens};

fuzz_target!(|bytes: &[u8]| {
    let Some((&split, rest)) = bytes.split_first() else {
        return;
    };
    let Some((input, len)) = tokens(rest) else {
        return;
    };
    let all: Vec<_> = input.into_iter().collect();
    let at = usize::from(split).min(all.len());
    let args: TokenStream = all[..at].iter().cloned().collect();
    let item: TokenStream = all[at..].iter().cloned().collect();
    // rustc never calls an attribute without an item, nor with an empty
    // argument list and nothing to point at: those blame the attribute.
    if item.is_empty() || args.is_empty() {
        return;
    }
    let output = route::expand(args, item);
    assert_error_spans_inside(len, &output);
});
