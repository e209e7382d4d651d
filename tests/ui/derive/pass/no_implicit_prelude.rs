// The generated code names nothing from the prelude: every path is
// fully qualified.
#![no_implicit_prelude]

// `response`: with the framework features the type is also an axum and
// actix-web response, which needs `Debug` and `Display`.
#[derive(::std::fmt::Debug, ::statuscode::HttpStatus)]
#[status(INTERNAL_SERVER_ERROR, response)]
enum ApiError<E: ::std::fmt::Debug> {
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

impl<E: ::std::fmt::Debug> ::std::fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("api error")
    }
}

#[derive(::statuscode::HttpStatus)]
#[status(transparent)]
struct Wrapper<'a, T: ::statuscode::HttpStatus>(&'a T);

#[derive(::std::fmt::Debug, ::statuscode::HttpStatus)]
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
