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

/// Checks evaluated by the compiler, in this `#![no_std]`, std-free build:
/// if one fails, the build fails. They exercise the const API of both
/// crates with default features off, and the macros' expansions as consts.
mod const_checks {
    use statuscode::{CloseCode, Status, StatusClass, close_code, status};
    use statuscode_core::{resolve_close_code, resolve_code};

    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    const NOT_FOUND: Status = status!(HTTP_404_NOT_FOUND);
    const _: () = assert!(NOT_FOUND.as_u16() == 404);
    const _: () = assert!(same(NOT_FOUND.reason(), "Not Found"));
    const _: () = assert!(same(NOT_FOUND.name(), "NOT_FOUND"));
    const _: () = assert!(matches!(NOT_FOUND.class(), StatusClass::ClientError));
    const _: () = assert!(NOT_FOUND.is_client_error() && NOT_FOUND.is_error());
    const _: () = assert!(status!(TEAPOT).as_u16() == 418);
    const _: () = assert!(status!(unassigned 499).as_u16() == 499);
    const _: () = assert!(!status!(unassigned 499).is_assigned());
    const _: () = assert!(matches!(Status::from_u16(201), Ok(status!(CREATED))));
    const _: () = assert!(Status::from_u16(299).is_err() && Status::from_u16(600).is_err());
    const _: () = assert!(matches!(resolve_code(503), Ok(status!(SERVICE_UNAVAILABLE))));
    const _: () = assert!(resolve_code(u64::MAX).is_err());

    const KICKED: CloseCode = close_code!(POLICY_VIOLATION);
    const _: () = assert!(KICKED.as_u16() == 1008 && KICKED.is_sendable());
    const _: () = assert!(same(KICKED.name(), "POLICY_VIOLATION"));
    const _: () = assert!(!CloseCode::ABNORMAL_CLOSURE.is_sendable());
    const _: () = assert!(close_code!(4001).is_private_use());
    const _: () = assert!(matches!(CloseCode::from_u16(1000), Ok(close_code!(NORMAL_CLOSURE))));
    const _: () = assert!(CloseCode::from_u16(999).is_err());
    const _: () = assert!(matches!(resolve_close_code(1011), Ok(status!(WS_1011_INTERNAL_ERROR))));
}

#[panic_handler]
fn panic(_: &PanicInfo<'_>) -> ! {
    loop {}
}
