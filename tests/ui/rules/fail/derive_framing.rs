// Framing and connection fields are the framework's: a declaration of one
// is refused at its name.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(response, header("Content-Length" = "999"))]
enum ApiError {
    #[status(BAD_REQUEST, header("transfer-encoding" = "chunked"))]
    Bad,
    #[status(UPGRADE_REQUIRED, header("Upgrade" = "HTTP/3.0"), header("Connection" = "Upgrade"))]
    Upgrade,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
