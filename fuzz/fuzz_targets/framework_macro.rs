//! The `http_status!` / `http02_status!` entry point (the same source files
//! the proc macro compiles) on token streams lexed from fuzzer bytes, after
//! the `http,` or `http02,` the facade passes (the first byte picks): an
//! expansion or a `compile_error!` whose spans lie inside the input; never
//! a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use statuscode_fuzz::{assert_spans_inside, framework, tokens};

fuzz_target!(|bytes: &[u8]| {
    let Some((&flavour, rest)) = bytes.split_first() else {
        return;
    };
    let Some((input, len)) = tokens(rest) else {
        return;
    };
    let flavour = if flavour % 2 == 0 { "http" } else { "http02" };
    let mut call: TokenStream = [
        TokenTree::Ident(Ident::new(flavour, Span::call_site())),
        TokenTree::Punct(Punct::new(',', Spacing::Alone)),
    ]
    .into_iter()
    .collect();
    call.extend(input.clone());
    let output = framework::expand(call);
    assert_spans_inside(&input, len, &output);
});
