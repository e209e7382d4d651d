//! `#![no_std]` code using statuscode with default features off: name
//! resolution, formatting into a fixed buffer, the macros and the derive.
//! The library is built without std; only its unit tests link std, to run
//! on the host. `tests/no-std` proves the same API links without std at all.
#![no_std]

use core::fmt::{self, Write};

use statuscode::{CloseCode, HttpStatus, Status, close_code, status};

/// A `fmt::Write` into a byte array: formatting without an allocator.
pub struct Buffer<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Buffer<N> {
    /// An empty buffer.
    pub const fn new() -> Self {
        Buffer {
            bytes: [0; N],
            len: 0,
        }
    }

    /// What was written.
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl<const N: usize> Default for Buffer<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Write for Buffer<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self
            .len
            .checked_add(s.len())
            .filter(|&e| e <= N)
            .ok_or(fmt::Error)?;
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Formats `value` into a 128-byte buffer.
pub fn render(value: impl fmt::Display) -> Buffer<128> {
    let mut out = Buffer::new();
    // A value too long for the buffer is cut off; the tests check the length.
    let _ = write!(out, "{value}");
    out
}

/// An error type of a `no_std` device driver.
#[derive(HttpStatus, Debug)]
#[status(INTERNAL_SERVER_ERROR)]
pub enum DeviceError<E: HttpStatus> {
    /// 404.
    #[status(NOT_FOUND)]
    NoSuchSensor(u8),
    /// 499, opted in.
    #[status(unassigned 499)]
    Cancelled,
    /// The bus error's own status.
    #[status(transparent)]
    Bus(E),
    /// The default.
    Overheated,
}

/// 503.
#[derive(HttpStatus, Debug)]
#[status(HTTP_503_SERVICE_UNAVAILABLE)]
pub struct BusBusy;

/// The status a request handler answers for a sensor reading.
pub fn answer(reading: Result<u16, DeviceError<BusBusy>>) -> Status {
    match reading {
        Ok(_) => status!(OK),
        Err(e) => e.status(),
    }
}

/// Whether a client should reconnect after `code`.
pub fn reconnect(code: CloseCode) -> bool {
    matches!(
        code,
        close_code!(TRY_AGAIN_LATER) | status!(WS_1012_SERVICE_RESTART) | close_code!(4001)
    )
}

#[cfg(test)]
mod tests {
    extern crate std;

    use statuscode::{CloseCode, HttpStatus, Status, status};
    use statuscode_core::{resolve_close_name, resolve_name};

    use super::{BusBusy, DeviceError, answer, reconnect, render};

    #[test]
    fn names_resolve_and_errors_format_without_alloc() {
        assert_eq!(Status::from_name("TEAPOT"), Ok(Status::IM_A_TEAPOT));
        assert_eq!(
            resolve_name("HTTP_404_NOT_FOUND").map(|r| r.status),
            Ok(status!(404))
        );
        let err = Status::from_name("NOT_FUOND").unwrap_err();
        assert_eq!(
            render(err).as_str(),
            "unknown status name; did you mean `NOT_FOUND` (404 Not Found)?"
        );
        assert_eq!(render(status!(TEAPOT)).as_str(), "418 I'm a teapot");
        assert_eq!(
            resolve_close_name("WS_1008_POLICY_VIOLATION").map(|r| r.code),
            Ok(CloseCode::POLICY_VIOLATION)
        );
    }

    #[test]
    fn the_buffer_refuses_to_overflow() {
        let mut small = super::Buffer::<4>::new();
        assert!(core::fmt::Write::write_str(&mut small, "12345").is_err());
        assert_eq!(small.as_str(), "");
        assert_eq!(render("x".repeat(200)).as_str().len(), 0);
    }

    #[test]
    fn derive_and_macros_work_in_no_std_code() {
        assert_eq!(answer(Ok(7)), Status::OK);
        assert_eq!(answer(Err(DeviceError::NoSuchSensor(3))).as_u16(), 404);
        assert_eq!(answer(Err(DeviceError::Cancelled)).as_u16(), 499);
        assert_eq!(answer(Err(DeviceError::Bus(BusBusy))).as_u16(), 503);
        assert_eq!(answer(Err(DeviceError::Overheated)).as_u16(), 500);
        let codes: std::vec::Vec<u16> = DeviceError::<BusBusy>::statuses()
            .iter()
            .map(Status::as_u16)
            .collect();
        assert_eq!(codes, [404, 499, 500, 503]);
        assert!(reconnect(CloseCode::TRY_AGAIN_LATER));
        assert!(!reconnect(CloseCode::NORMAL_CLOSURE));
    }
}

/// The build under test has `std` off. A workspace-wide build unifies
/// features and turns it on, so this runs only when the crate is tested
/// alone, as CI does: `cargo test -p statuscode-test-no-std-run -- --include-ignored`.
#[cfg(test)]
#[test]
#[ignore = "meaningful only when this crate is built alone (see .ci/run)"]
fn statuscode_core_is_built_without_std() {
    assert!(
        !core::hint::black_box(statuscode_core::__private::STD),
        "statuscode-core was built with std"
    );
}
