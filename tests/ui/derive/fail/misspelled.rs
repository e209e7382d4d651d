use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(NOT_FUOND)]
    Missing,
    #[status(TEAPOTT)]
    Teapot,
    #[status(HTTP_404_NOT_FUOND)]
    FastApi,
}

fn main() {
    let _ = ApiError::Missing.status();
}
