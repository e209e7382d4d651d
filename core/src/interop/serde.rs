//! `Status` and `CloseCode` as their numbers in serialized data.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::{CloseCode, Status};

/// Serialize as the number; deserialize what was written back: a number as
/// received (anything the protocol allows on the wire, assigned or not, so a
/// stored 499 or 2000 reads back), or a string in any form the macro accepts
/// or `Display` writes. Anything else is an error that says why, with a
/// suggestion for a misspelled name.
macro_rules! impl_serde {
    ($ty:ident, $visitor:ident, $from_number:path, $expecting:literal, $what:literal) => {
        /// The number: `404`, `1008`.
        #[cfg(feature = "serde")] // for the docs: see interop/mod.rs
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u16(self.as_u16())
            }
        }

        /// A number (`404`, `499`) or a string in any form the macro accepts
        /// or `Display` writes (`"NOT_FOUND"`, `"HTTP_404_NOT_FOUND"`,
        /// `"404"`, `"404 Not Found"`).
        #[cfg(feature = "serde")] // for the docs: see interop/mod.rs
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                if deserializer.is_human_readable() {
                    deserializer.deserialize_any($visitor)
                } else {
                    deserializer.deserialize_u16($visitor)
                }
            }
        }

        struct $visitor;

        impl Visitor<'_> for $visitor {
            type Value = $ty;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str($expecting)
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<$ty, E> {
                $from_number(v).map_err(|e| {
                    E::custom(format_args!(concat!("invalid ", $what, " {}: {}"), v, e))
                })
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<$ty, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(format_args!(
                        concat!("invalid ", $what, " {}: codes are positive"),
                        v
                    ))),
                }
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<$ty, E> {
                v.parse::<$ty>().map_err(|e| {
                    E::custom(format_args!(concat!("invalid ", $what, " {:?}: {}"), v, e))
                })
            }
        }
    };
}

impl_serde!(
    Status,
    StatusVisitor,
    status_from_number,
    "an HTTP status code: a number such as 404 or a name such as \"NOT_FOUND\"",
    "status code"
);

impl_serde!(
    CloseCode,
    CloseCodeVisitor,
    close_code_from_number,
    "a WebSocket close code: a number such as 1008 or a name such as \"POLICY_VIOLATION\"",
    "close code"
);

/// A number as received ([`Status::from_wire`]: 100..=599, assigned or
/// not); a number too large for a `u16` gets the resolver's message.
fn status_from_number(v: u64) -> Result<Status, crate::ParseStatusError> {
    match u16::try_from(v) {
        Ok(code) => Status::from_wire(code),
        Err(_) => crate::resolve_code(v),
    }
}

/// A number as received ([`CloseCode::from_wire`]: 1000..=4999).
fn close_code_from_number(v: u64) -> Result<CloseCode, crate::ParseCloseCodeError> {
    match u16::try_from(v) {
        Ok(code) => CloseCode::from_wire(code),
        Err(_) => crate::resolve_close_code(v),
    }
}
