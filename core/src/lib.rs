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
//! The crate is `#![no_std]` and has no dependencies. The `std` feature only
//! adds `std::error::Error` impls.
#![no_std]
#![forbid(unsafe_code)]

#[cfg(feature = "std")]
extern crate std;

mod http;
mod http_status;
mod resolve;
mod suggest;
mod table;

pub use http::{RegistryStatus, Status, StatusClass};
pub use http_status::{HttpStatus, StatusSet, StatusSetIter};
pub use resolve::{
    NameForm, ParseStatusError, Resolved, Suggestion, Suggestions, resolve_code, resolve_name,
};
pub use table::status;

#[doc(hidden)]
pub mod __private {
    pub use crate::http::Unassigned;
}
