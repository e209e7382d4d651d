#![deny(deprecated)]

use statuscode::HttpStatus;

// The four FastAPI names Starlette deprecates still resolve, with rustc's
// deprecation warning at the name, as `status!` does.
#[derive(HttpStatus)]
#[status(HTTP_422_UNPROCESSABLE_ENTITY)]
enum UploadError {
    #[status(HTTP_413_REQUEST_ENTITY_TOO_LARGE)]
    TooLarge,
    #[status(HTTP_414_REQUEST_URI_TOO_LONG)]
    UriTooLong,
    #[status(HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE)]
    BadRange,
    // Takes the enum-level default.
    Invalid,
    // Not deprecated: the current names.
    #[status(HTTP_413_CONTENT_TOO_LARGE)]
    Current,
}

fn main() {
    let _ = UploadError::Invalid.status();
}
