#![no_implicit_prelude]

const CREATED: ::statuscode::Status = ::statuscode::status!(CREATED);

fn main() {
    let s = ::statuscode::status!(HTTP_404_NOT_FOUND);
    let ok = match s {
        ::statuscode::status!(404) => true,
        ::statuscode::status!(unassigned 499) => false,
        _ => false,
    };
    ::std::assert!(ok);
    ::std::assert_eq!(CREATED.as_u16(), 201);
}
