// User items named like what generated code could use: `core`, `std`,
// `statuscode`, `Status`, `CloseCode`, `HttpStatus`, `StatusSet`, `Option`,
// `Result`, `Some`/`None`/`Ok`/`Err`, `WithStatus`, `NoBody`, `call`. Every
// expansion must still resolve to the real ones. Covered: status!,
// close_code!, #[status_code], #[derive(HttpStatus)].
#![allow(dead_code, non_camel_case_types, deprecated, unused_imports)]

mod core {}
mod std {}
mod __private {}
struct statuscode;
struct Status;
struct CloseCode;
struct Close;
struct StatusSet;
trait HttpStatus {}
enum Option {
    Some,
    None,
}
enum Result {
    Ok,
    Err,
}
use Option::{None, Some};
use Result::{Err, Ok};
struct WithStatus;
struct NoBody;
fn call() {}
fn panic() {}
fn unreachable() {}

#[derive(::statuscode::HttpStatus)]
#[status(INTERNAL_SERVER_ERROR)]
enum ApiError<T: ::statuscode::HttpStatus> {
    #[status(NOT_FOUND)]
    Missing,
    #[status(HTTP_422_UNPROCESSABLE_ENTITY)]
    Invalid,
    #[status(unassigned 499)]
    Closed { why: u8 },
    #[status(transparent)]
    Inner(T),
}

#[derive(::statuscode::HttpStatus)]
#[status(GONE)]
struct Gone;

#[::statuscode::status_code(CREATED)]
fn create(n: u8) -> ::core::result::Result<u8, ::core::num::TryFromIntError> {
    let wide = u16::from(n);
    ::core::result::Result::Ok(u8::try_from(wide + 1)?)
}

#[::statuscode::status_code(204)]
fn nothing() {}

fn main() {
    let created = create(41);
    ::core::assert_eq!((created.status.as_u16(), created.value.unwrap()), (201, 42));
    ::core::assert_eq!(nothing().status.as_u16(), 204);
    use ::statuscode::HttpStatus as _;
    let a = ::statuscode::status!(NOT_FOUND);
    let b = ::statuscode::status!(unassigned 499);
    let c = ::statuscode::close_code!(POLICY_VIOLATION);
    let d = ::statuscode::status!(WS_1000_NORMAL_CLOSURE);
    match a {
        ::statuscode::status!(404) => {}
        _ => ::core::panic!(),
    }
    match c {
        ::statuscode::close_code!(WS_1008_POLICY_VIOLATION) => {}
        _ => ::core::panic!(),
    }
    ::core::assert_eq!(a.as_u16() + b.as_u16(), 903);
    ::core::assert_eq!(c.as_u16() + d.as_u16(), 2008);
    ::core::assert_eq!(ApiError::<Gone>::Missing.status().as_u16(), 404);
    ::core::assert_eq!(ApiError::<Gone>::Invalid.status().as_u16(), 422);
    ::core::assert_eq!(ApiError::<Gone>::Closed { why: 0 }.status().as_u16(), 499);
    ::core::assert_eq!(ApiError::Inner(Gone).status().as_u16(), 410);
    ::core::assert_eq!(<ApiError<Gone> as ::statuscode::HttpStatus>::statuses().len(), 4);
}
