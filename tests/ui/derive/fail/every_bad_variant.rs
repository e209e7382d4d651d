// One build reports every mistake, in order, not only the first.
use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(NOT_FOUND)]
    Fine,
    #[status(NOT_FUOND)]
    Misspelled,
    NoStatus,
    #[status(4040)]
    OutOfRange,
    #[status(transparent)]
    NoField,
    #[status(OK)]
    #[status(OK)]
    Duplicate,
    AlsoNoStatus(String),
    #[status(499)]
    Unassigned,
}

fn main() {
    let _ = ApiError::Fine.status();
}
