//! Trait impls between [`Status`](crate::Status) and other crates' types.
//! They live here, in the crate that owns `Status`, because of the orphan
//! rule; the `statuscode` facade's features of the same names turn them on.

#[cfg(feature = "actix-web")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(any(feature = "http", feature = "http02"))]
mod http;
#[cfg(feature = "poem")]
mod poem;
#[cfg(feature = "rocket")]
mod rocket;
#[cfg(feature = "salvo")]
mod salvo;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "warp")]
mod warp;
