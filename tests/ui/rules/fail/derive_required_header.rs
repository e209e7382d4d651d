// RFC 9110's MUST headers: 401 WWW-Authenticate, 405 Allow, 407
// Proxy-Authenticate, 426 Upgrade. Missing: refused on the status.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(response)]
enum AuthError {
    #[status(UNAUTHORIZED)]
    NoToken,
    #[status(401, header("WWW-Authenticate" = "Bearer"))]
    Fine,
    #[status(METHOD_NOT_ALLOWED)]
    ReadOnly,
    #[status(HTTP_407_PROXY_AUTHENTICATION_REQUIRED)]
    Proxy,
    // The header is on another variant: not this one's.
    #[status(UPGRADE_REQUIRED, header("Location" = "/"))]
    Upgrade,
}

#[derive(Debug, HttpStatus)]
#[status(UNAUTHORIZED, response)]
struct Unauthenticated;

fn main() {}
