// RFC 9110 §15.2: a 1xx response is interim; a handler's is final.
use statuscode::status_code;

#[status_code(CONTINUE)]
fn a() {}

#[status_code(101)]
async fn b() {}

#[status_code(HTTP_103_EARLY_HINTS)]
fn c() -> String {
    String::new()
}

fn main() {}
