// A body's leading inner attributes apply to the handler, as without the
// attribute, sync and async.
#![deny(warnings)]

use statuscode::status_code;

#[status_code(CREATED)]
fn sync_handler() -> u8 {
    #![allow(unused_variables)]
    #![allow(clippy::all)]
    let unused = 1;
    2
}

#[status_code(CREATED)]
async fn async_handler() -> u8 {
    #![allow(unused_variables)]
    let unused = 1;
    3
}

#[status_code(NO_CONTENT)]
fn unit() {
    #![allow(unused_variables)]
    let unused = 1;
}

fn main() {
    assert_eq!(sync_handler().value, 2);
    let _ = async_handler();
    let _ = unit();
}
