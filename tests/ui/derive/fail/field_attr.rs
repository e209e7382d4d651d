use statuscode::HttpStatus;

#[derive(HttpStatus)]
#[status(NOT_FOUND)]
struct Inner;

#[derive(HttpStatus)]
enum ApiError {
    Wrapped(#[status(transparent)] Inner),
    #[status(BAD_REQUEST)]
    Named {
        #[status(NOT_FOUND)]
        field: u8,
    },
}

#[derive(HttpStatus)]
#[status(CONFLICT)]
struct Struct {
    #[status]
    field: u8,
}

fn main() {
    let _ = ApiError::Wrapped(Inner).status();
    let _ = Struct { field: 0 }.status();
}
