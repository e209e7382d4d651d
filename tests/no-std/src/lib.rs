//! A `#![no_std]` staticlib using statuscode. It brings its own
//! `#[panic_handler]`: if statuscode or statuscode-core linked `std`, the
//! build would fail with a duplicate `panic_impl` lang item.
#![no_std]

use core::panic::PanicInfo;

use statuscode::{CloseCode, Status, close_code, status};

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

/// A close code resolved at compile time, without std.
pub const KICKED: CloseCode = close_code!(POLICY_VIOLATION);

/// Close-code checks and name resolution, without std or alloc: whether
/// `code` may be sent, or (for 0) whether the FastAPI name resolves.
#[unsafe(no_mangle)]
pub extern "C" fn statuscode_close_code_sendable(code: u16) -> bool {
    match code {
        0 => statuscode_core::resolve_close_name("WS_1008_POLICY_VIOLATION")
            .is_ok_and(|r| r.code == KICKED),
        _ => CloseCode::from_u16(code).is_ok_and(CloseCode::is_sendable),
    }
}

#[panic_handler]
fn panic(_: &PanicInfo<'_>) -> ! {
    loop {}
}
