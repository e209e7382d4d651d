use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(NOT_A_STATUS_AT_ALL)]
    Weird,
}

fn main() {
    // No "trait not implemented" cascade: the impl is still emitted.
    let _ = ApiError::Weird.status();
}
