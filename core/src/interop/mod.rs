//! Trait impls between [`Status`](crate::Status) or
//! [`CloseCode`](crate::CloseCode) and other crates' types, one file per
//! feature. They live here, in the crate that owns the types, because of the
//! orphan rule; the `statuscode` facade's features of the same names turn
//! them on.

#[cfg(feature = "actix-web")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "axum-ws")]
mod axum_ws;
#[cfg(any(feature = "http", feature = "http02"))]
mod http;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "tungstenite")]
mod tungstenite;
