//! The data and run-time types behind [`statuscode`](https://docs.rs/statuscode):
//! the IANA HTTP Status Code Registry as a Rust table, the [`Status`] type, and
//! the one resolver that turns names (`NOT_FOUND`, `TEAPOT`,
//! `HTTP_404_NOT_FOUND`) and numbers into codes, with "did you mean"
//! suggestions.
//!
//! The `statuscode-macros` crate calls the same resolver while your program
//! compiles, so what `status!(…)` accepts and what [`Status::from_name`]
//! accepts at run time can never disagree.
//!
//! ```
//! use statuscode_core::Status;
//!
//! let teapot: Status = "TEAPOT".parse()?;
//! assert_eq!(teapot, Status::IM_A_TEAPOT);
//! assert_eq!(teapot.to_string(), "418 I'm a teapot");
//!
//! let err = "NOT_FUOND".parse::<Status>().unwrap_err();
//! assert_eq!(err.to_string(), "unknown status name; did you mean `NOT_FOUND` (404 Not Found)?");
//! # Ok::<(), statuscode_core::ParseStatusError>(())
//! ```
//!
//! [`CloseCode`] does the same for WebSocket close codes (RFC 6455 §7.4 and
//! the IANA registry), and knows which codes may be sent in a Close frame:
//!
//! ```
//! use statuscode_core::{status, CloseCode};
//!
//! let code: CloseCode = "WS_1008_POLICY_VIOLATION".parse()?;
//! assert_eq!(code, status::WS_1008_POLICY_VIOLATION);
//! assert_eq!(code.to_string(), "1008 Policy Violation");
//! assert!(!CloseCode::ABNORMAL_CLOSURE.is_sendable()); // RFC 6455 §7.4.1
//! # Ok::<(), statuscode_core::ParseCloseCodeError>(())
//! ```
//!
//! The crate is `#![no_std]` and has no dependencies by default. Features:
//!
//! | feature | adds |
//! | --- | --- |
//! | `std` | `std::error::Error` impls |
//! | `tungstenite` | `CloseCode` ↔ tungstenite 0.30's `CloseCode` and `CloseFrame` (fallible only outside 1000..=4999: a received code is held as [`CloseCode::from_wire`] takes it) |
//! | `http` / `http02` | `Status` ↔ http 1.x / 0.2's `StatusCode`: `From`, `TryFrom` (fallible only for 600..=999: a received code is held as [`Status::from_wire`] takes it) and `PartialEq` both ways |
//! | `axum` | `Status` is an axum `IntoResponse` (an empty body with that status) |
//! | `actix-web` | `Status` is an actix-web 4 `Responder` (the same) |
//! | `poem` | `Status` is a poem 3 `IntoResponse` (the same) |
//! | `rocket` | `Status` is a Rocket 0.5 `Responder` (the same); `From`, `TryFrom` and `PartialEq` with `rocket::http::Status` |
//! | `salvo` | `Status` is a salvo 1 `Scribe` (the same) |
//! | `warp` | `Status` is a warp 0.4 `Reply` (the same) |
//! | `serde` | `Status` and `CloseCode` serialize as their number, deserialize from a number or any accepted name |
//! | `axum-ws` | `CloseCode` → axum 0.8's `extract::ws::CloseFrame` and `Message::Close`, and `TryFrom<&CloseFrame>` back |
//!
//! # How the crate is built
//!
//! The rows, the table generated from the registry data, the resolver and
//! the suggestions are the crate `statuscode-registry`, which has no
//! features: the macros use it too, and one build of it serves both (a proc
//! macro that used this crate would build it a second time, without the
//! program's framework features). Its results and errors are generic in the
//! code type; this crate's are those types holding [`Status`] and
//! [`CloseCode`].
//!
//! The modules import one way, downwards; `tests/layers.rs` fails on an
//! import that goes up (in this crate and in statuscode-registry). From the
//! bottom:
//!
//! 1. **Types**, each on the ones before it: `http.rs` ([`Status`], wrapping
//!    the registry's `HttpCode`), `close.rs` ([`CloseCode`] and its parsing),
//!    `parse.rs` (parsing a `Status`: [`ParseStatusError`], [`resolve_name`]),
//!    `http_status.rs` ([`HttpStatus`]) and `consts.rs` (generated with the
//!    table: the associated constants and the [`status`] module).
//! 2. **Interop.** `interop/` has one file per feature that implements other
//!    crates' traits (http, axum, actix-web, poem, rocket, salvo, warp,
//!    serde, tungstenite, axum-ws).
#![no_std]
#![forbid(unsafe_code)]
// docs.rs (`--cfg docsrs`, nightly): label each item gated by a feature.
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "std")]
extern crate std;

// The types, in the order of "How the crate is built" above (the rows, the
// table and the resolver are statuscode-registry's).
mod close;
mod consts;
mod http;
mod http_status;
mod parse;
// Trait impls for other crates' types.
mod interop;

pub use close::{
    CloseCode, ParseCloseCodeError, ResolvedClose, resolve_close_code, resolve_close_name,
};
pub use consts::status;
pub use http::{Status, StatusClass};
pub use http_status::{HttpStatus, StatusSet, StatusSetIter};
pub use parse::{ParseStatusError, Resolved, resolve_code, resolve_name};
pub use statuscode_registry::{ForeignName, NameForm, RegistryStatus};

/// A name the resolver proposes for a misspelled one; see
/// [`Suggestions`]. `C` is the code it names: [`Status`] (the default) or
/// [`CloseCode`].
pub type Suggestion<C = Status> = statuscode_registry::Suggestion<C>;

/// The "did you mean" names an unknown name gets, best first (at most
/// three), and the other ecosystem's name it may be; see
/// [`ParseStatusError::UnknownName`].
///
/// ```
/// use statuscode_core::{ParseStatusError, Status};
/// let Err(ParseStatusError::UnknownName { suggestions }) = Status::from_name("TEAPOTT") else {
///     unreachable!()
/// };
/// assert_eq!(suggestions.iter().next().map(|s| s.status), Some(Status::IM_A_TEAPOT));
/// ```
pub type Suggestions<C = Status> = statuscode_registry::Suggestions<C>;

/// Where an unknown name comes from, when it is another ecosystem's name;
/// see [`Suggestions::origin`].
pub type Origin<C = Status> = statuscode_registry::Origin<C>;

#[doc(hidden)]
pub mod __private {
    pub use crate::close::Close;
    pub use crate::consts::names;
    pub use crate::http_status::ResponseSink;
    pub use crate::parse::Unassigned;
    pub use statuscode_registry::{FRAMING_HEADERS, HTTP02_WITHOUT_CONST};

    /// Whether this build of statuscode-core has the `std` feature; the
    /// no_std test crate asserts it is off in the build it tests.
    pub const STD: bool = cfg!(feature = "std");
}
