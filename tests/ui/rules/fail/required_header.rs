// RFC 9110 requires a header with 401, 405, 407 and 426 that the attribute
// cannot add: refused on the code, pointing to `HttpError`'s constructors.
use statuscode::status_code;

#[status_code(UNAUTHORIZED)]
fn a() -> String {
    String::new()
}

#[status_code(405)]
fn b() {}

#[status_code(HTTP_407_PROXY_AUTHENTICATION_REQUIRED)]
fn c() {}

#[status_code(UPGRADE_REQUIRED)]
fn d() {}

fn main() {}
