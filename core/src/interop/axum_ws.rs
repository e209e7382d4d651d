//! Conversions with [axum](https://docs.rs/axum)'s WebSocket Close frames
//! (feature `axum-ws`, axum 0.8 with its `ws` feature).
//!
//! axum's close code is a plain `u16`, which converts both ways with `u16`
//! already; this adds `CloseFrame` (empty reason) and `Message::Close` from a
//! [`CloseCode`], and a `TryFrom<&CloseFrame>` that reads the code back.
//!
//! ```
//! use axum::extract::ws::{CloseFrame, Message};
//! use statuscode_core::CloseCode;
//!
//! let frame = CloseFrame::from(CloseCode::POLICY_VIOLATION);
//! assert_eq!((frame.code, frame.reason.as_str()), (1008, ""));
//! assert_eq!(CloseCode::try_from(&frame), Ok(CloseCode::POLICY_VIOLATION));
//!
//! let message = Message::from(CloseCode::NORMAL_CLOSURE);
//! assert!(matches!(message, Message::Close(Some(f)) if f.code == 1000));
//! ```

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes};

use crate::close::{CloseCode, ParseCloseCodeError};

#[cfg(feature = "axum-ws")] // for the docs: see interop/mod.rs
impl From<CloseCode> for CloseFrame {
    /// A Close frame with this code and an empty reason.
    fn from(code: CloseCode) -> Self {
        CloseFrame {
            code: code.as_u16(),
            reason: Utf8Bytes::from_static(""),
        }
    }
}

#[cfg(feature = "axum-ws")] // for the docs: see interop/mod.rs
impl From<CloseCode> for Message {
    /// `Message::Close` with this code and an empty reason: send it to close
    /// the connection.
    fn from(code: CloseCode) -> Self {
        Message::Close(Some(code.into()))
    }
}

#[cfg(feature = "axum-ws")] // for the docs: see interop/mod.rs
impl TryFrom<&CloseFrame> for CloseCode {
    type Error = ParseCloseCodeError;

    /// The frame's code as received: [`CloseCode::from_wire`].
    fn try_from(frame: &CloseFrame) -> Result<Self, Self::Error> {
        CloseCode::from_wire(frame.code)
    }
}
