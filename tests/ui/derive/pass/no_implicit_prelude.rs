// The generated code names nothing from the prelude: every path is
// fully qualified.
#![no_implicit_prelude]

#[derive(::statuscode::HttpStatus)]
#[status(INTERNAL_SERVER_ERROR, response)]
enum ApiError<E> {
    #[status(NOT_FOUND)]
    Missing { id: u64 },
    #[status(429)]
    Limited(u32),
    #[status(unassigned 499)]
    ClientClosed,
    #[status(transparent)]
    Inner(E),
    Other,
}

#[derive(::statuscode::HttpStatus)]
#[status(transparent)]
struct Wrapper<'a, T: ::statuscode::HttpStatus>(&'a T);

#[derive(::statuscode::HttpStatus)]
#[status(HTTP_418_IM_A_TEAPOT)]
struct Teapot;

#[derive(::statuscode::HttpStatus)]
enum Never {}

fn main() {
    use ::statuscode::HttpStatus as _;
    let e: ApiError<Teapot> = ApiError::Inner(Teapot);
    ::std::assert_eq!(e.status(), ::statuscode::Status::IM_A_TEAPOT);
    ::std::assert_eq!(Wrapper(&e).status().as_u16(), 418);
    ::std::assert_eq!(<ApiError<Teapot> as ::statuscode::HttpStatus>::statuses().len(), 5);
    ::std::assert!(<Never as ::statuscode::HttpStatus>::statuses().is_empty());
    let _ = (
        ApiError::<Teapot>::Missing { id: 1 }.status(),
        ApiError::<Teapot>::Limited(1).status(),
        ApiError::<Teapot>::ClientClosed.status(),
        ApiError::<Teapot>::Other.status(),
    );
}
