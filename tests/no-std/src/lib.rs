//! A `#![no_std]` staticlib using statuscode. It brings its own
//! `#[panic_handler]`: if statuscode or statuscode-core linked `std`, the
//! build would fail with a duplicate `panic_impl` lang item.
#![no_std]

use core::panic::PanicInfo;

use statuscode::{CloseCode, HttpStatus, Status, StatusSet, close_code, status};

/// A derived error type without std: the expansion names only `::core` and
/// `::statuscode`, and the listing needs no allocation.
#[derive(HttpStatus)]
#[status(INTERNAL_SERVER_ERROR)]
pub enum DeviceError {
    /// 404.
    #[status(NOT_FOUND)]
    NoSuchSensor(u8),
    /// The status of the bus error.
    #[status(transparent)]
    Bus(BusError),
    /// The default.
    Overheated,
}

/// 503.
#[derive(HttpStatus)]
#[status(SERVICE_UNAVAILABLE)]
pub struct BusError;

/// How many distinct statuses `DeviceError` can produce.
#[unsafe(no_mangle)]
pub extern "C" fn statuscode_device_error_statuses() -> usize {
    let set: StatusSet = DeviceError::statuses();
    set.len() + usize::from(DeviceError::Bus(BusError).status().as_u16())
}

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
