// `HttpError` and `ProblemDetails` implement `HttpStatus`, so a derived
// error can wrap them with `#[status(transparent)]` (their status is chosen
// at run time: their statuses are all of them).
use statuscode::{HttpError, HttpStatus, ProblemDetails, Status, StatusSet, status};

#[derive(Debug, HttpStatus, thiserror::Error)]
#[status(response)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent)]
    Http(HttpError),
    #[error("{0}")]
    #[status(NOT_FOUND)]
    Missing(String),
}

#[derive(Debug, HttpStatus, thiserror::Error)]
#[status(problem)]
enum ProblemError {
    #[error(transparent)]
    #[status(transparent)]
    Problem(ProblemDetails),
}

fn main() {
    let err = ApiError::Http(HttpError::new(status!(409), "Taken"));
    assert_eq!(err.status(), Status::CONFLICT);
    assert_eq!(ApiError::statuses(), StatusSet::ALL);
    let problem = ProblemError::Problem(ProblemDetails::new(status!(410), "Gone"));
    assert_eq!(problem.status(), Status::GONE);
    let _ = ApiError::Missing(String::new());
}
