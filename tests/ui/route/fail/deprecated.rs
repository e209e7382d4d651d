#![deny(deprecated)]
use statuscode::status_code;

#[status_code(HTTP_422_UNPROCESSABLE_ENTITY)]
fn validate() {}

fn main() {
    validate();
}
