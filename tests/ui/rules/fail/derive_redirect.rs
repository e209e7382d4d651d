// A redirect needs `Location` (RFC 9110 §10.2.2); 304 has no content.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(response)]
enum Moved {
    #[status(FOUND)]
    Nowhere,
    #[status(SEE_OTHER, header("Location" = to))]
    Somewhere { to: String },
    #[status(NOT_MODIFIED)]
    Cached,
}

fn main() {}
