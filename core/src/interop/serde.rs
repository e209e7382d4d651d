//! `Status` as its number in serialized data.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

use crate::Status;

/// The number: `404`.
impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

/// A number the registry assigns (`404`), or a string in any form
/// `status!` accepts (`"NOT_FOUND"`, `"HTTP_404_NOT_FOUND"`, `"404"`).
/// Anything else is an error that says why, with a suggestion for a
/// misspelled name. Unassigned codes (499) are refused, as
/// [`Status::from_u16`] refuses them.
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(StatusVisitor)
        } else {
            deserializer.deserialize_u16(StatusVisitor)
        }
    }
}

struct StatusVisitor;

impl Visitor<'_> for StatusVisitor {
    type Value = Status;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code: a number such as 404 or a name such as \"NOT_FOUND\"")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Status, E> {
        crate::resolve_code(v).map_err(|e| E::custom(format_args!("invalid status code {v}: {e}")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Status, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::custom(format_args!(
                "invalid status code {v}: status codes are positive, three digits, 100..=599"
            ))),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Status, E> {
        Status::from_name(v).map_err(|e| E::custom(format_args!("invalid status code {v:?}: {e}")))
    }
}
