//! The bottom layer: the shapes of the registry rows that the generated
//! `table` module is made of. Nothing here imports another module of
//! the crate.

/// One row of the IANA HTTP Status Code Registry, as kept in `core/data/`.
#[derive(Debug)]
pub struct Entry {
    /// The code, 100..=599.
    pub code: u16,
    /// Its canonical name, SCREAMING_SNAKE_CASE: `NOT_FOUND`.
    pub name: &'static str,
    /// The registry's reason phrase: `Not Found`.
    pub reason: &'static str,
    /// One sentence on what it means.
    pub description: &'static str,
    /// Where it is defined: `[RFC9110, Section 15.5.5]`.
    pub reference: &'static str,
    /// Where it stands in the registry.
    pub registry: RegistryStatus,
}

/// Where a code stands in the IANA registry.
///
/// ```
/// use statuscode_registry::{HttpCode, RegistryStatus};
/// let status = |code| HttpCode::new(code).unwrap().registry_status();
/// assert_eq!(status(404), RegistryStatus::Registered);
/// assert_eq!(status(418), RegistryStatus::Unused);
/// assert_eq!(status(499), RegistryStatus::Unassigned);
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
    /// `Status::unassigned`.
    Unassigned,
}

/// One registered close code, as kept in `core/data/`.
#[derive(Debug)]
pub struct CloseEntry {
    /// The code, 1000..=4999.
    pub code: u16,
    /// Its name, SCREAMING_SNAKE_CASE: `POLICY_VIOLATION`.
    pub name: &'static str,
    /// What it means, as the registry describes it.
    pub meaning: &'static str,
    /// A short label, as a reason phrase: `Policy Violation`.
    pub label: &'static str,
    /// Where it is defined.
    pub reference: &'static str,
    /// Whether an endpoint may send it in a Close frame (RFC 6455 §7.4.1).
    pub sendable: bool,
}

/// A range of close codes without names (RFC 6455 §7.4.2, and the
/// registry's unassigned stretches).
#[derive(Debug)]
pub struct CloseRange {
    /// The first code of the range.
    pub first: u16,
    /// The last code of the range (included).
    pub last: u16,
    /// What its codes are for.
    pub meaning: &'static str,
    /// Where the range is defined.
    pub reference: &'static str,
    /// Whether an endpoint may send its codes in a Close frame.
    pub sendable: bool,
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
