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
//!
//! WebSocket close codes, with the codes RFC 6455 forbids in a Close frame
//! refused at compile time:
//!
//! ```
//! use statuscode::{close_code, status, CloseCode};
//!
//! const KICKED: CloseCode = close_code!(POLICY_VIOLATION);
//! assert_eq!(KICKED, status!(WS_1008_POLICY_VIOLATION)); // FastAPI's name
//! assert_eq!(KICKED, status::WS_1008_POLICY_VIOLATION);  // FastAPI's module
//! assert_eq!(u16::from(KICKED), 1008);
//! ```
//!
//! Features: `std` (default), `tungstenite` and `axum-ws` (close-code
//! conversions with those crates; see `statuscode_core`).
#![no_std]
#![forbid(unsafe_code)]

pub use statuscode_core::{CloseCode, ParseCloseCodeError, ResolvedClose};
pub use statuscode_core::{
    HttpStatus, NameForm, ParseStatusError, RegistryStatus, Resolved, Status, StatusClass,
    StatusSet, StatusSetIter, Suggestion, Suggestions, status,
};

/// Derives [`HttpStatus`](trait@HttpStatus) for an error enum or struct:
/// `use statuscode::HttpStatus;` brings in both the trait and this derive.
///
/// ```
/// use statuscode::{HttpStatus, Status};
///
/// #[derive(Debug, HttpStatus)]
/// #[status(INTERNAL_SERVER_ERROR)] // the default for variants without their own
/// enum ApiError {
///     #[status(NOT_FOUND)]
///     UserNotFound { id: u64 },
///     #[status(409)]
///     Conflict(String),
///     #[status(HTTP_429_TOO_MANY_REQUESTS)]
///     RateLimited,
///     #[status(transparent)] // the status of the only field
///     Auth(AuthError),
///     Database(String), // INTERNAL_SERVER_ERROR, the default
/// }
///
/// #[derive(Debug, HttpStatus)]
/// #[status(UNAUTHORIZED)]
/// struct AuthError;
///
/// assert_eq!(ApiError::UserNotFound { id: 7 }.status(), Status::NOT_FOUND);
/// assert_eq!(ApiError::Auth(AuthError).status(), Status::UNAUTHORIZED);
/// assert_eq!(ApiError::Database("down".into()).status(), Status::INTERNAL_SERVER_ERROR);
/// // Every status the type can produce, transparent variants included.
/// let codes: Vec<u16> = ApiError::statuses().iter().map(Status::as_u16).collect();
/// assert_eq!(codes, [401, 404, 409, 429, 500]);
/// # let _ = (ApiError::Conflict(String::new()).status(), ApiError::RateLimited.status());
/// ```
///
/// # The `#[status(…)]` attribute
///
/// | on | key | meaning |
/// | --- | --- | --- |
/// | variant, struct | a status code, in any form [`status!`] takes: `NOT_FOUND`, `404`, `HTTP_404_NOT_FOUND`, `unassigned 499` | the status of that variant or struct |
/// | enum | a status code | the default for variants without their own |
/// | variant, struct with exactly one field | `transparent` | the status of that field, which implements `HttpStatus` |
/// | enum, struct | `response` | also make the type a web response (needs the `axum` or `actix-web` feature) |
/// | enum, struct | `crate = path` | where `statuscode` is, when it is renamed in `Cargo.toml` (default `::statuscode`) |
///
/// Keys may be combined with commas or given in separate attributes:
/// `#[status(BAD_REQUEST, response)]`.
///
/// Generic types work; a transparent field whose type mentions a type
/// parameter adds the bound `FieldType: HttpStatus` to the impl:
///
/// ```
/// use statuscode::{HttpStatus, Status};
///
/// #[derive(HttpStatus)]
/// enum Wrapped<E> {
///     #[status(transparent)]
///     Inner(E),
///     #[status(GATEWAY_TIMEOUT)]
///     Timeout,
/// }
///
/// #[derive(HttpStatus)]
/// #[status(NOT_FOUND)]
/// struct Missing;
///
/// assert_eq!(Wrapped::Inner(Missing).status(), Status::NOT_FOUND);
/// assert_eq!(Wrapped::<Missing>::statuses().len(), 2);
/// # let _ = Wrapped::<Missing>::Timeout.status();
/// ```
///
/// The four FastAPI names Starlette deprecates (`HTTP_422_UNPROCESSABLE_ENTITY`
/// …) resolve with a `deprecated` warning at the name, as in `status!`. The
/// warning comes from the generated impl, so an `#[allow(deprecated)]` on the
/// type does not reach it; allow it on the enclosing module, or better, use
/// the current name the warning gives.
///
/// Every mistake is a compile error at the token, and one build reports all
/// of them: a status name `status!` would refuse (with the same message and
/// suggestion), a variant with no status and no enum-level default, a
/// duplicate `#[status]`, `transparent` without exactly one field, an unknown
/// key, `#[status]` on a field, a union.
///
/// ```compile_fail
/// #[derive(statuscode::HttpStatus)]
/// enum E {
///     #[status(NOT_FUOND)] // did you mean `NOT_FOUND` (404 Not Found)?
///     Missing,
/// }
/// ```
#[doc(inline)]
pub use statuscode_macros::HttpStatus;

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
/// | FastAPI WebSocket name | `status!(WS_1008_POLICY_VIOLATION)`: a [`CloseCode`], as [`close_code!`] checks it |
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

/// A WebSocket close code that may be sent, checked while the program
/// compiles.
///
/// Takes one code and expands to the matching [`CloseCode`] constant:
/// usable in `const`, `static` and `match` patterns, at no run-time cost.
///
/// | form | example |
/// | --- | --- |
/// | decimal literal, optionally `u16` | `close_code!(1008)`, `close_code!(4001)` |
/// | registry name | `close_code!(POLICY_VIOLATION)`, `close_code!(MANDATORY_EXT)` |
/// | alias (Python `websockets`) | `close_code!(INVALID_DATA)`, `close_code!(MANDATORY_EXTENSION)` |
/// | FastAPI / FastrAPI name | `close_code!(WS_1008_POLICY_VIOLATION)` |
///
/// It accepts 1000..=1003, 1007..=1014, the registered 3000, 3003 and 3008,
/// and any code of 3000..=3999 (registered with IANA) and 4000..=4999
/// (private use). It refuses, with a compile error on the token:
///
/// * 1004, 1005, 1006 and 1015: RFC 6455 §7.4.1 keeps them for *reporting*
///   what happened, never for a Close frame; compare a received code with
///   the constant instead (`CloseCode::ABNORMAL_CLOSURE`);
/// * 0..=999 (not used), 1016..=2999 (reserved for the protocol, not
///   assigned) and numbers above 4999;
/// * unknown or misspelled names (with a suggestion), and any other token.
///
/// ```
/// use statuscode::{close_code, CloseCode};
///
/// const KICKED: CloseCode = close_code!(POLICY_VIOLATION);
/// const APP_SPECIFIC: CloseCode = close_code!(4001);
///
/// fn reconnect(code: CloseCode) -> bool {
///     matches!(code, close_code!(TRY_AGAIN_LATER) | close_code!(WS_1012_SERVICE_RESTART) | close_code!(4001))
/// }
/// assert_eq!(KICKED.as_u16(), 1008);
/// assert!(reconnect(APP_SPECIFIC));
/// assert!(!reconnect(CloseCode::ABNORMAL_CLOSURE));
/// ```
///
/// ```compile_fail
/// // may not be sent in a Close frame: RFC 6455 §7.4.1 keeps 1006 for reporting …
/// let _ = statuscode::close_code!(1006);
/// ```
///
/// The macro works when the crate is renamed in `Cargo.toml`: it expands
/// through `$crate`.
#[macro_export]
macro_rules! close_code {
    ($($input:tt)*) => {
        $crate::__private::close_code!($crate, $($input)*)
    };
}

#[doc(hidden)]
pub mod __private {
    pub use statuscode_core::__private::*;
    pub use statuscode_macros::{close_code, status};

    pub use crate::__impl_response as impl_response;
}

/// Called by `#[derive(HttpStatus)]` with `#[status(response)]`:
/// `impl_response! { [impl generics] [type] [where clause] }` makes the type
/// a web response for the enabled framework features. Without a framework
/// feature it expands to nothing.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_response {
    ($($t:tt)*) => {};
}

/// The README's examples, run as doctests so it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
