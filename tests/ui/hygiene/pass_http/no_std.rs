// http_status! and http02_status! (features `http`, `http02`) expanded
// inside `#![no_std]` code, where `::std` does not resolve (std is linked,
// under another name, only to run `main`).
#![no_std]

extern crate std as host;

use statuscode::{http02_status, http_status};

fn main() {
    let code = http_status!(CREATED);
    assert!(matches!(code, http_status!(201)));
    assert_eq!(http02_status!(HTTP_503_SERVICE_UNAVAILABLE).as_u16(), 503);
}
