//! Compile-time behaviour, pinned: `<topic>/pass/*.rs` must compile and
//! run, `<topic>/fail/*.rs` must fail with exactly the `.stderr` beside
//! them. Regenerate with `TRYBUILD=overwrite cargo test -p
//! statuscode-ui-tests` and read the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("*/pass/*.rs");
    t.compile_fail("*/fail/*.rs");
    // The framework literals (this package turns on `http` and `http02`).
    t.compile_fail("http_literals/*.rs");
    t.pass("hygiene/pass_http/*.rs");
    // `#[status(response)]` without `Display` fails only when a framework
    // feature asks for the response impls; the message names both.
    t.compile_fail("derive/fail_response/*.rs");
    // `#[status_code]` beside `#[utoipa::path]` (this package turns on
    // `utoipa`).
    t.pass("route/pass_utoipa/*.rs");
    t.compile_fail("route/fail_utoipa/*.rs");
}
