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
display!(AuthError, Unauthenticated);

fn main() {}
