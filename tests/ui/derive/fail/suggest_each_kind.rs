// Names from other ecosystems, dropped or reordered words, abbreviations,
// CamelCase and typos: each gets the code it means, all in one build.
use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(PERMISSION_DENIED)]
    Grpc,
    #[status(StatusTeapot)]
    Go,
    #[status(CLIENT_CLOSED_REQUEST)]
    Nginx,
    #[status(METHOD_NOT_SUPPORTED)]
    Words,
    #[status(NETWORK_AUTH_REQUIRED)]
    Abbreviation,
    #[status(INTERNAL_SERVOR_EROR)]
    Typo,
}

fn main() {
    let _ = ApiError::Grpc.status();
}
