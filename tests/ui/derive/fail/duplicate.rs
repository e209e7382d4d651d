use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(response)]
#[status(response)]
enum ApiError {
    #[status(NOT_FOUND)]
    #[status(GONE)]
    TwoAttributes,
    #[status(NOT_FOUND, 404)]
    TwoInOne,
    #[status(BAD_GATEWAY, transparent)]
    CodeAndTransparent(Upstream),
}

#[derive(Debug, HttpStatus)]
#[status(BAD_GATEWAY)]
struct Upstream;

// `response` makes it a web response with the framework features, which
// needs `Debug` and `Display`: present, so only the duplicates are reported.
impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("api error")
    }
}

fn main() {
    let _ = ApiError::TwoAttributes.status();
}
