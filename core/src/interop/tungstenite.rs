//! Conversions with [tungstenite](https://docs.rs/tungstenite)'s close codes
//! and Close frames (feature `tungstenite`, tungstenite 0.30; also what
//! `tokio-tungstenite` 0.30 re-exports).
//!
//! Every [`CloseCode`] converts to tungstenite's `CloseCode` and to a
//! `CloseFrame` with an empty reason; the other way is a `TryFrom` that reads
//! the code as received ([`CloseCode::from_wire`]: any of 1000..=4999, so a
//! peer's code from a newer protocol revision is held), failing only for
//! 0..=999 and 5000 and above.
//!
//! One disagreement to know about: tungstenite does not know 1014 (Bad
//! Gateway, registered with IANA in 2016) and treats it as a protocol error
//! when it *receives* it, so avoid `close_code!(BAD_GATEWAY)` towards a
//! tungstenite peer.
//!
//! ```
//! use statuscode_core::CloseCode;
//! use tungstenite::protocol::{CloseFrame, frame::coding::CloseCode as TCloseCode};
//!
//! assert_eq!(TCloseCode::from(CloseCode::POLICY_VIOLATION), TCloseCode::Policy);
//! assert_eq!(CloseCode::try_from(TCloseCode::Again), Ok(CloseCode::TRY_AGAIN_LATER));
//! assert_eq!(CloseCode::try_from(TCloseCode::from(2000)).map(u16::from), Ok(2000));
//! assert!(CloseCode::try_from(TCloseCode::from(999)).is_err());
//!
//! let frame = CloseFrame::from(CloseCode::GOING_AWAY);
//! assert_eq!((frame.code, frame.reason.as_str()), (TCloseCode::Away, ""));
//! assert_eq!(CloseCode::try_from(&frame), Ok(CloseCode::GOING_AWAY));
//! ```

use tungstenite::protocol::CloseFrame;
use tungstenite::protocol::frame::coding::CloseCode as TungsteniteCloseCode;

use crate::close::{CloseCode, ParseCloseCodeError};

#[cfg(feature = "tungstenite")] // for the docs: see interop/mod.rs
impl From<CloseCode> for TungsteniteCloseCode {
    fn from(code: CloseCode) -> Self {
        TungsteniteCloseCode::from(code.as_u16())
    }
}

#[cfg(feature = "tungstenite")] // for the docs: see interop/mod.rs
impl TryFrom<TungsteniteCloseCode> for CloseCode {
    type Error = ParseCloseCodeError;

    /// The code as received: [`CloseCode::from_wire`] on the number.
    fn try_from(code: TungsteniteCloseCode) -> Result<Self, Self::Error> {
        CloseCode::from_wire(code.into())
    }
}

#[cfg(feature = "tungstenite")] // for the docs: see interop/mod.rs
impl From<CloseCode> for CloseFrame {
    /// A Close frame with this code and an empty reason.
    fn from(code: CloseCode) -> Self {
        CloseFrame {
            code: code.into(),
            reason: tungstenite::Utf8Bytes::from_static(""),
        }
    }
}

#[cfg(feature = "tungstenite")] // for the docs: see interop/mod.rs
impl TryFrom<&CloseFrame> for CloseCode {
    type Error = ParseCloseCodeError;

    /// The frame's code as received: [`CloseCode::from_wire`] on the number.
    fn try_from(frame: &CloseFrame) -> Result<Self, Self::Error> {
        CloseCode::try_from(frame.code)
    }
}

#[cfg(feature = "tungstenite")] // for the docs: see interop/mod.rs
impl PartialEq<TungsteniteCloseCode> for CloseCode {
    fn eq(&self, other: &TungsteniteCloseCode) -> bool {
        self.as_u16() == u16::from(*other)
    }
}

#[cfg(feature = "tungstenite")] // for the docs: see interop/mod.rs
impl PartialEq<CloseCode> for TungsteniteCloseCode {
    fn eq(&self, other: &CloseCode) -> bool {
        u16::from(*self) == other.as_u16()
    }
}
