//! `#[status_code]` adds "Responds with `201 Created`." to the handler's
//! docs when it has some (tests/ui/route/pass/missing_docs.rs: not when it
//! has none).
#![deny(missing_docs)]

/// Creates.
#[statuscode::status_code(CREATED)]
pub fn create() -> u8 {
    1
}

/// Its own docs come first; the status line is a paragraph after them.
#[statuscode::status_code(HTTP_204_NO_CONTENT)]
pub async fn delete() {}

fn main() {
    assert_eq!(create().value, 1);
    let _ = delete();
}
