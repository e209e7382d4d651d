//! HTTP and WebSocket status codes checked at compile time.
//!
//! ```
//! use statuscode::{status, Status};
//!
//! const CREATED: Status = status!(CREATED);
//! assert_eq!(status!(404), Status::NOT_FOUND);
//! assert_eq!(status!(TEAPOT).to_string(), "418 I'm a teapot");
//! assert_eq!(status!(HTTP_422_UNPROCESSABLE_CONTENT).as_u16(), 422);
//! # let _ = CREATED;
//! ```
#![no_std]
#![forbid(unsafe_code)]

pub use statuscode_core::{
    NameForm, ParseStatusError, RegistryStatus, Resolved, Status, StatusClass, Suggestion,
    Suggestions, status,
};

/// A status code, checked while the program compiles.
///
/// Takes one code, written in any of these forms, and expands to the
/// matching `Status` constant: usable in `const`, `static` and `match`
/// patterns, at no run-time cost.
///
/// | form | example |
/// | --- | --- |
/// | decimal literal, optionally `u16` | `status!(404)`, `status!(404u16)` |
/// | canonical registry name | `status!(NOT_FOUND)`, `status!(CONTENT_TOO_LARGE)` |
/// | alias other libraries use | `status!(PAYLOAD_TOO_LARGE)`, `status!(TEAPOT)` |
/// | FastAPI / FastrAPI name | `status!(HTTP_404_NOT_FOUND)` |
/// | unassigned code, opted in | `status!(unassigned 499)` (100..=599 only) |
///
/// A name that is unknown, misspelled or whose FastAPI number and words
/// disagree, a number outside the registry, or any other token is a compile
/// error on that token, with a suggestion. The four FastAPI names Starlette
/// deprecates (`HTTP_422_UNPROCESSABLE_ENTITY` …) still resolve, with a
/// deprecation warning at the name.
///
/// ```
/// use statuscode::{status, Status};
///
/// const CREATED: Status = status!(CREATED);
///
/// fn retry(s: Status) -> bool {
///     matches!(s, status!(TOO_MANY_REQUESTS) | status!(503) | status!(unassigned 499))
/// }
/// assert_eq!(CREATED, status!(HTTP_201_CREATED));
/// assert!(retry(Status::SERVICE_UNAVAILABLE));
/// ```
///
/// ```compile_fail
/// let _ = statuscode::status!(TEAPOTT); // did you mean `TEAPOT` (418 I'm a teapot)?
/// ```
///
/// The macro works when the crate is renamed in `Cargo.toml`: it expands
/// through `$crate`.
#[macro_export]
macro_rules! status {
    ($($input:tt)*) => {
        $crate::__private::status!($crate, $($input)*)
    };
}

#[doc(hidden)]
pub mod __private {
    pub use statuscode_core::__private::*;
    pub use statuscode_macros::status;
}

/// The README's examples, run as doctests so it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
