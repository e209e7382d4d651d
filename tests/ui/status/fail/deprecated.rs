#![deny(deprecated)]

use statuscode::status;

fn main() {
    let _ = status!(HTTP_413_REQUEST_ENTITY_TOO_LARGE);
    let _ = status!(HTTP_414_REQUEST_URI_TOO_LONG);
    let _ = status!(HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE);
    let _ = status!(HTTP_422_UNPROCESSABLE_ENTITY);
    // Not deprecated: the current names.
    let _ = status!(HTTP_413_CONTENT_TOO_LARGE);
    let _ = status!(HTTP_422_UNPROCESSABLE_CONTENT);
}
