//! Compile-time behaviour, pinned: `tests/ui/**/pass/*.rs` must compile and
//! run, `tests/ui/**/fail/*.rs` must fail with exactly the `.stderr` beside
//! them. Regenerate with `TRYBUILD=overwrite cargo test --test ui` and read
//! the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/*/pass/*.rs");
    t.compile_fail("tests/ui/*/fail/*.rs");
    // The framework literals exist only with their features.
    #[cfg(all(feature = "http", feature = "http02"))]
    {
        t.compile_fail("tests/ui_http/*.rs");
        t.pass("tests/ui/hygiene/pass_http/*.rs");
    }
    // `#[status(response)]` without `Display` fails only when a framework
    // feature asks for the response impls; the message names both.
    #[cfg(all(feature = "axum", feature = "actix-web"))]
    {
        t.compile_fail("tests/ui/derive/fail_response/*.rs");
    }
}
