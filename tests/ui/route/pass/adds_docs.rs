//! `#[status_code]` adds "Responds with `201 Created`." to the handler's
//! docs: `missing_docs` is denied, and `create` has no docs of its own.
#![deny(missing_docs)]

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
