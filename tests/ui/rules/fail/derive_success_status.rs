// An error response is never 1xx or 2xx: refused on the status token, for
// a variant's own status, an enum's default and a struct's status.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(response, OK)]
enum ApiError {
    #[status(CREATED)]
    Created,
    #[status(HTTP_100_CONTINUE)]
    Interim,
    #[status(NOT_FOUND)]
    Fine,
    // Takes the enum's `OK`: refused there.
    Default,
}

#[derive(Debug, HttpStatus)]
#[status(204, response)]
struct Empty;

// Without `response` a type only maps to statuses: not concerned.
#[derive(Debug, HttpStatus)]
#[status(OK)]
struct Plain;

// The response impls need `Display`: given, so only the rules report.
macro_rules! display {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("error")
            }
        }
    )*};
}
display!(ApiError, Empty);

fn main() {}
