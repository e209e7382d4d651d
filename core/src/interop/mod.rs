//! Trait impls between [`Status`](crate::Status) or
//! [`CloseCode`](crate::CloseCode) and other crates' types, one file per
//! feature. They live here, in the crate that owns the types, because of the
//! orphan rule; the `statuscode` facade's features of the same names turn
//! them on.
//!
//! Each impl repeats its module's `#[cfg(feature = …)]`. The module's cfg is
//! enough to compile, but rustdoc carries only an item's own cfg into another
//! crate's docs: the facade re-exports `Status` and `CloseCode`, and its pages
//! label these impls with their feature only through the repeated cfg.

#[cfg(feature = "actix-web")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "axum-rejections")]
mod axum_rejections;
#[cfg(feature = "axum-ws")]
mod axum_ws;
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
#[cfg(feature = "tungstenite")]
mod tungstenite;
#[cfg(feature = "warp")]
mod warp;
