// Every macro in a crate without the implicit prelude: the expansions may
// only name what they fully qualify (`::core::…`, `::statuscode::…`).
// Covered: status!, close_code!, #[status_code], #[derive(HttpStatus)]
// (generic, with bounds and a where-clause). http_status! and
// http02_status!: tests/ui/hygiene/pass_http (they need features).
#![no_implicit_prelude]
#![allow(deprecated)]

const CREATED: ::statuscode::Status = ::statuscode::status!(CREATED);
static CLIENT_CLOSED: ::statuscode::Status = ::statuscode::status!(unassigned 499);
const KICKED: ::statuscode::CloseCode = ::statuscode::close_code!(POLICY_VIOLATION);

#[derive(::statuscode::HttpStatus)]
#[status(INTERNAL_SERVER_ERROR)]
enum ApiError<'a, T: ::statuscode::HttpStatus + 'a, const N: usize>
where
    T: ::core::fmt::Debug,
{
    #[status(HTTP_404_NOT_FOUND)]
    Missing(&'a [u8; N]),
    #[status(HTTP_422_UNPROCESSABLE_ENTITY)]
    Old { field: u8 },
    #[status(transparent)]
    Inner(T),
    Other,
}

#[derive(::statuscode::HttpStatus, ::core::fmt::Debug)]
#[status(TEAPOT)]
struct Teapot;

#[derive(::statuscode::HttpStatus)]
#[status(transparent)]
struct Wrapper<T>(T)
where
    T: ::statuscode::HttpStatus;

#[::statuscode::status_code(CREATED)]
fn create(n: u8) -> ::core::result::Result<u8, ::core::num::TryFromIntError> {
    let wide: u16 = ::core::convert::From::from(n);
    ::core::result::Result::Ok(::core::convert::TryFrom::try_from(wide + 1)?)
}

#[::statuscode::status_code(HTTP_204_NO_CONTENT)]
async fn nothing() {}

fn main() {
    let created = create(41);
    ::std::assert_eq!((created.status.as_u16(), created.value.unwrap()), (201, 42));
    ::std::assert!(create(255).value.is_err());
    let _ = nothing();
    use ::statuscode::HttpStatus as _;
    let s = ::statuscode::status!(404);
    let class = match s {
        ::statuscode::status!(NOT_FOUND) | ::statuscode::status!(HTTP_410_GONE) => "gone",
        ::statuscode::status!(unassigned 499) => "closed",
        ::statuscode::status!(HTTP_422_UNPROCESSABLE_ENTITY) => "old name",
        _ => "other",
    };
    ::std::assert_eq!(class, "gone");
    let c = ::statuscode::status!(WS_1001_GOING_AWAY);
    ::std::assert!(::core::matches!(c, ::statuscode::close_code!(1001)));
    ::std::assert_eq!(::statuscode::close_code!(4001).as_u16(), 4001);
    ::std::assert_eq!(CREATED.as_u16() + CLIENT_CLOSED.as_u16(), 700);
    ::std::assert_eq!(KICKED.as_u16(), 1008);

    let e: ApiError<'_, Teapot, 2> = ApiError::Inner(Teapot);
    ::std::assert_eq!(e.status().as_u16(), 418);
    ::std::assert_eq!(ApiError::<'_, Teapot, 2>::Missing(&[0, 1]).status().as_u16(), 404);
    let old: ApiError<'_, Teapot, 2> = ApiError::Old { field: 0 };
    ::std::assert_eq!(old.status().as_u16(), 422);
    ::std::assert_eq!(ApiError::<'_, Teapot, 2>::Other.status().as_u16(), 500);
    ::std::assert_eq!(Wrapper(Teapot).status().as_u16(), 418);
}
