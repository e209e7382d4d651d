use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(404 405)]
    TwoCodes,
    #[status(NOT_FOUND GONE)]
    TwoNames,
    #[status(transparent Inner)]
    TransparentExtra,
}

fn main() {
    let _ = ApiError::TwoCodes.status();
}
