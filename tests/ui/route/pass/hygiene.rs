// The attribute's expansion names everything by full path: it compiles
// under `no_implicit_prelude`, with local items shadowing common names, and
// the handler's own `return` and `?` keep their meaning.
#![no_implicit_prelude]
#![deny(warnings)]

extern crate std;

#[allow(dead_code)]
struct WithStatus;
#[allow(dead_code)]
fn call() {}
#[allow(dead_code)]
mod core {}

/// Parses an id.
#[::statuscode::status_code(CREATED)]
fn parse(text: &str) -> ::std::result::Result<u32, ::std::num::ParseIntError> {
    if text.is_empty() {
        return ::std::result::Result::Ok(0);
    }
    let n: u32 = text.parse()?;
    ::std::result::Result::Ok(n + 1)
}

#[::statuscode::status_code(204)]
pub async fn nothing() {}

fn main() {
    let created = parse("41");
    ::std::assert_eq!(created.status, ::statuscode::status!(201));
    ::std::assert_eq!(created.value, ::std::result::Result::Ok(42));
    ::std::assert_eq!(parse("").value, ::std::result::Result::Ok(0));
    ::std::assert!(parse("x").value.is_err());
    let _ = nothing();
}
