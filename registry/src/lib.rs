//! The IANA HTTP Status Code and WebSocket Close Code registries as Rust
//! tables, and the one resolver that turns names (`NOT_FOUND`, `TEAPOT`,
//! `HTTP_404_NOT_FOUND`) and numbers into codes, with "did you mean"
//! suggestions.
//!
//! This crate is the part of [`statuscode`](https://docs.rs/statuscode) that
//! both `statuscode-macros` (while a program compiles) and `statuscode-core`
//! (at run time) use: the name `status!(…)` accepts and the name
//! `Status::from_name` accepts go through the same code. Use it through
//! `statuscode`; its types are `statuscode::Status` and
//! `statuscode::CloseCode`, which wrap [`HttpCode`] and [`WsCode`].
//!
//! It has no features and no dependencies on purpose: statuscode-core has a
//! feature per framework, so a proc macro that used it would make cargo
//! build it twice (once with the program's features, once for the macro).
//! This crate has one configuration, so cargo builds it once for both.
//!
//! ```
//! use statuscode_registry::{resolve_name, HttpCode};
//! let teapot = resolve_name("TEAPOT")?.status;
//! assert_eq!(teapot, HttpCode::assigned(418).unwrap());
//! let err = resolve_name("NOT_FUOND").unwrap_err();
//! assert_eq!(err.to_string(), "unknown status name; did you mean `NOT_FOUND` (404 Not Found)?");
//! # Ok::<(), statuscode_registry::ParseStatusError<_, _>>(())
//! ```
//!
//! # How the crate is built
//!
//! The modules import one way, downwards; `tests/layers.rs` (in
//! statuscode-core) fails on an import that goes up. From the bottom:
//!
//! 1. **Rows.** `rows.rs` defines the shapes of the registry's rows
//!    (HTTP codes, close codes and ranges, names) and imports nothing;
//!    `table.rs`, generated from `registry/data/` by statuscode-core's
//!    `tests/table.rs`, is those rows and imports only `rows.rs`.
//! 2. **Resolver.** `resolve.rs` (code → row, name → row, FastAPI names) and
//!    `suggest.rs` ("did you mean") work on raw `u16` codes and rows.
//! 3. **Types.** `codes.rs` ([`HttpCode`], [`WsCode`]), `suggestion.rs`
//!    ([`Suggestion`]), `parse.rs` (the resolvers' results and errors).
#![no_std]
#![forbid(unsafe_code)]
// Every user builds this crate with debug information, and it is shared by
// the proc macro: plain loops and index loops, not iterator chains and the
// standard library's sorts, which each instantiate their adapters into it
// (BENCHMARKS.md, "Compile cost, 2026-11-29 (fourth session)"); the
// lookup path (`resolve::find`) is the exception, for run time.
#![allow(clippy::needless_range_loop, clippy::manual_find)]

// Layer 1: the registry's row types, and the table generated from
// registry/data/ made of them.
mod rows;
mod table;
// Layer 2: the resolver and "did you mean", on raw codes and rows.
mod resolve;
mod suggest;
// Layer 3: the types.
mod codes;
mod parse;
mod suggestion;

pub use codes::{HttpCode, WsCode};
pub use parse::{
    ParseCloseCodeError, ParseStatusError, Resolved, ResolvedClose, close_code_error,
    close_code_named, resolve_close_code, resolve_close_name, resolve_code, resolve_name,
    status_named, unassigned_neighbours,
};
pub use resolve::split_wire_text;
pub use rows::{CloseEntry, CloseRange, Entry, NameForm, RegistryStatus};
pub use suggestion::{ForeignName, Origin, Suggestion, Suggestions};

/// Every row of the HTTP status table, in ascending order of code.
pub const HTTP: &[Entry] = table::HTTP;

/// Every registered close code's row, in ascending order of code.
pub const CLOSE: &[CloseEntry] = table::CLOSE;

/// The registry codes http 0.2's `StatusCode` has no constant for (its
/// `from_u16` is not a `const fn`, so `http02_status!` cannot write
/// them). The facade's tests hold this list against http 0.2.
pub const HTTP02_WITHOUT_CONST: &[u16] = &[103, 104, 306, 425];

/// Header fields that frame the message or hold for one connection
/// (RFC 9110 §7.6.1, RFC 9112 §6): the framework writes them, a
/// declaration may not. The derive refuses them at compile time,
/// `HttpError::with_header` returns an error, and the facade's response
/// model drops any that reaches it. (`Upgrade` is not here: a 426 must
/// carry it.)
pub const FRAMING_HEADERS: &[&str] = &[
    "Content-Length",
    "Transfer-Encoding",
    "Connection",
    "Keep-Alive",
    "Proxy-Connection",
    "TE",
    "Trailer",
];
