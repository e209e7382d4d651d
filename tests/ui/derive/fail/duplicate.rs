use statuscode::HttpStatus;

#[derive(HttpStatus)]
#[status(response)]
#[status(response)]
enum ApiError {
    #[status(NOT_FOUND)]
    #[status(GONE)]
    TwoAttributes,
    #[status(NOT_FOUND, 404)]
    TwoInOne,
    #[status(BAD_GATEWAY, transparent)]
    CodeAndTransparent(Upstream),
}

#[derive(HttpStatus)]
#[status(BAD_GATEWAY)]
struct Upstream;

fn main() {
    let _ = ApiError::TwoAttributes.status();
}
