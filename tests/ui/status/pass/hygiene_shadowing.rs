// User items that shadow the names generated code could use.
#![allow(dead_code, non_camel_case_types)]

mod core {}
mod std {}
struct Status;
struct statuscode;
enum Option {}
enum Result {}
mod __private {}

fn main() {
    let a = ::statuscode::status!(NOT_FOUND);
    let b = ::statuscode::status!(unassigned 499);
    match a {
        ::statuscode::status!(404) => {}
        _ => ::core::panic!(),
    }
    ::core::assert_eq!(a.as_u16() + b.as_u16(), 903);
}
