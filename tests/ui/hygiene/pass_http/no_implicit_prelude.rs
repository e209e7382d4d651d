// http_status! and http02_status! (features `http`, `http02`) without the
// implicit prelude and beside items shadowing the names their expansion
// could use.
#![no_implicit_prelude]
#![allow(dead_code, non_camel_case_types, deprecated)]

mod core {}
mod std {}
mod __private {}
struct statuscode;
struct Status;
struct HttpCode;
struct Http02Code;
struct StatusCode;

const NOT_FOUND: u16 = ::statuscode::http_status!(NOT_FOUND).as_u16();

fn main() {
    let code = ::statuscode::http_status!(HTTP_404_NOT_FOUND);
    let hit = match code {
        ::statuscode::http_status!(404) => true,
        ::statuscode::http_status!(unassigned 499) => false,
        ::statuscode::http_status!(HTTP_422_UNPROCESSABLE_ENTITY) => false,
        _ => false,
    };
    ::core::assert!(hit);
    ::core::assert_eq!(NOT_FOUND, 404);
    let old = ::statuscode::http02_status!(TEAPOT);
    let created = match old {
        ::statuscode::http02_status!(201) => false,
        ::statuscode::http02_status!(IM_A_TEAPOT) => true,
        _ => false,
    };
    ::core::assert!(created);
    ::core::assert_eq!(::statuscode::http_status!(unassigned 499).as_u16(), 499);
}
