//! A `#![no_std]` staticlib using statuscode. It brings its own
//! `#[panic_handler]`: if statuscode or statuscode-core linked `std`, the
//! build would fail with a duplicate `panic_impl` lang item.
#![no_std]

use core::panic::PanicInfo;

use statuscode::{Status, status};

/// A status resolved at compile time, without std.
pub const CREATED: Status = status!(CREATED);

/// Reason phrase lookup and name resolution, without std or alloc.
#[unsafe(no_mangle)]
pub extern "C" fn statuscode_reason_len(code: u16) -> usize {
    match Status::from_u16(code) {
        Ok(s) => s.reason().len(),
        Err(_) => statuscode_core::resolve_name("NOT_FOUND").map_or(0, |r| usize::from(r.status.as_u16())),
    }
}

#[panic_handler]
fn panic(_: &PanicInfo<'_>) -> ! {
    loop {}
}
