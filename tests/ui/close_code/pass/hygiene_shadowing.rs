// User items that shadow the names generated code could use.
#![allow(dead_code, non_camel_case_types)]

mod core {}
mod std {}
struct CloseCode;
struct Close;
struct statuscode;
enum Option {}
enum Result {}
mod __private {}

fn main() {
    let a = ::statuscode::close_code!(POLICY_VIOLATION);
    let b = ::statuscode::close_code!(4001);
    let c = ::statuscode::status!(WS_1000_NORMAL_CLOSURE);
    match a {
        ::statuscode::close_code!(1008) => {}
        _ => ::core::panic!(),
    }
    ::core::assert_eq!(a.as_u16() + b.as_u16() + c.as_u16(), 6009);
}
