//! `missing_docs` still sees an undocumented handler: the attribute adds its
//! "Responds with …" line only to docs that are already there. The
//! expectation below is unfulfilled, hence an error, if the lint is silenced.
#![deny(missing_docs, unfulfilled_lint_expectations)]

#[expect(missing_docs)]
#[statuscode::status_code(CREATED)]
pub fn undocumented() -> u8 {
    1
}

/// Documented.
#[statuscode::status_code(CREATED)]
pub async fn documented() {}

fn main() {
    assert_eq!(undocumented().value, 1);
    let _ = documented();
}
