//! Where the messages a response does not send go: the error reporter.

use core::fmt;
use std::sync::OnceLock;

use crate::Status;

static REPORTER: OnceLock<fn(Status, &dyn fmt::Display)> = OnceLock::new();

/// Sets the process's error reporter, once: the function every 5xx error's
/// message that is not sent is given to (the body of a 5xx says the reason
/// phrase unless the type declares `#[status(expose)]`), and every response
/// that broke RFC 9110 and went out as a 500 Internal Server Error.
/// Without one, each goes to standard error as one line,
/// `statuscode: 500 Internal Server Error: database: connection refused`.
///
/// Returns `false` (and changes nothing) when a reporter was already set.
/// Route the reports into your logging, as tracing's `error!`:
///
/// ```
/// use statuscode::{Status, set_error_reporter};
///
/// fn report(status: Status, message: &dyn std::fmt::Display) {
///     // tracing::error!(%status, %message, "request failed");
///     let _ = (status, message.to_string());
/// }
///
/// assert!(set_error_reporter(report));
/// assert!(!set_error_reporter(report)); // set once
/// ```
pub fn set_error_reporter(reporter: fn(Status, &dyn fmt::Display)) -> bool {
    REPORTER.set(reporter).is_ok()
}

fn report(status: Status, message: &dyn fmt::Display) {
    match REPORTER.get() {
        Some(reporter) => reporter(status, message),
        None => std::eprintln!("statuscode: {status}: {message}"),
    }
}

/// A 5xx message the response did not send.
pub(crate) fn redacted(status: Status, message: &dyn fmt::Display) {
    report(status, message);
}

/// A response with `status` that broke a rule (`why`, in words) and was
/// sent as a 500 instead.
pub(crate) fn broken(status: Status, why: &dyn fmt::Display, message: &dyn fmt::Display) {
    report(
        Status::INTERNAL_SERVER_ERROR,
        &format_args!(
            "a `{status}` response broke RFC 9110 ({why}) and was sent as 500 Internal Server Error: {message}"
        ),
    );
}

/// A response with `status` whose body could not be written (`why`, in
/// words) and that was sent as a 500 instead.
pub(crate) fn unsendable(status: Status, why: &dyn fmt::Display, message: &dyn fmt::Display) {
    report(
        Status::INTERNAL_SERVER_ERROR,
        &format_args!(
            "a `{status}` response could not be written ({why}) and was sent as 500 Internal Server Error: {message}"
        ),
    );
}
