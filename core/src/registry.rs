//! The bottom layer: the shapes of the registry rows that the generated
//! `table` module is made of. Nothing here imports another module of
//! the crate.

/// One row of the IANA HTTP Status Code Registry, as kept in `core/data/`.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) code: u16,
    pub(crate) name: &'static str,
    pub(crate) reason: &'static str,
    pub(crate) description: &'static str,
    pub(crate) reference: &'static str,
    pub(crate) registry: RegistryStatus,
}

/// Where a code stands in the IANA registry.
///
/// ```
/// use statuscode_core::{RegistryStatus, Status};
/// assert_eq!(Status::NOT_FOUND.registry_status(), RegistryStatus::Registered);
/// assert_eq!(Status::IM_A_TEAPOT.registry_status(), RegistryStatus::Unused);
/// assert_eq!(Status::unassigned(499)?.registry_status(), RegistryStatus::Unassigned);
/// # Ok::<(), statuscode_core::ParseStatusError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegistryStatus {
    /// A permanent registration.
    Registered,
    /// A temporary registration with an expiry date (104).
    Temporary,
    /// Reserved and not to be used (306, 418).
    Unused,
    /// Obsoleted (510).
    Obsoleted,
    /// Not in the registry: a code opted in to with
    /// [`Status::unassigned`](crate::Status::unassigned).
    Unassigned,
}

/// One registered close code, as kept in `core/data/`.
#[derive(Debug)]
pub(crate) struct CloseEntry {
    pub(crate) code: u16,
    pub(crate) name: &'static str,
    pub(crate) meaning: &'static str,
    pub(crate) label: &'static str,
    pub(crate) reference: &'static str,
    pub(crate) sendable: bool,
}

/// A range of close codes without names (RFC 6455 §7.4.2, and the
/// registry's unassigned stretches).
#[derive(Debug)]
pub(crate) struct CloseRange {
    pub(crate) first: u16,
    pub(crate) last: u16,
    pub(crate) meaning: &'static str,
    pub(crate) reference: &'static str,
    pub(crate) sendable: bool,
}

/// How a name was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameForm {
    /// A decimal number: `404`.
    Number,
    /// The registry's canonical name: `NOT_FOUND`, `CONTENT_TOO_LARGE`.
    Canonical,
    /// A name other libraries use: `PAYLOAD_TOO_LARGE`, `TEAPOT`.
    Alias,
    /// A FastAPI / FastrAPI (Starlette) name: `HTTP_404_NOT_FOUND`,
    /// `WS_1008_POLICY_VIOLATION`.
    FastApi,
}

/// One row of a name table: a name a user may write, and its code.
#[derive(Debug)]
pub(crate) struct NameEntry {
    pub(crate) name: &'static str,
    pub(crate) code: u16,
    pub(crate) form: NameForm,
    /// For a name Starlette deprecates, the name to use instead.
    pub(crate) replacement: Option<&'static str>,
}

/// A name another ecosystem gives a code (gRPC's `PERMISSION_DENIED`, Go's
/// `StatusTeapot`, nginx's 499), kept for suggestions only: no resolver
/// accepts it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ForeignEntry {
    pub(crate) name: &'static str,
    /// The HTTP status, or the close code in a close-code table; for gRPC,
    /// the status its canonical code maps to. May be a code the IANA registry
    /// does not assign (nginx's 499).
    pub(crate) code: u16,
    /// Whose name it is, as a message says it: `gRPC`, `Go`, `.NET`; empty
    /// for the words of `intent-words.csv`, which are never an origin.
    pub(crate) ecosystem: &'static str,
    /// That ecosystem's phrase for the code, or what an unassigned code is.
    pub(crate) meaning: &'static str,
    /// Whether `code` is a mapping to HTTP (gRPC) rather than the same code
    /// under another name.
    pub(crate) mapped: bool,
}
