// A problem title without a type would be dropped (RFC 9457 §4.2.1: the
// title of `about:blank` is the reason phrase): refused at the title.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(NOT_FOUND, problem, title = "No such item")]
struct Missing;

#[derive(Debug, HttpStatus)]
#[status(problem)]
enum ApiError {
    #[status(CONFLICT, title = "Taken")]
    Taken,
    // With a type on the variant, the title is sent.
    #[status(GONE, type = "https://example.com/probs/gone", title = "Gone for good")]
    Gone,
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("missing")
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
