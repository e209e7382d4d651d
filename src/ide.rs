//! The keys of `#[status(…)]`, one documented item each, for the editor:
//! `#[derive(HttpStatus)]`, when rust-analyzer completes inside a
//! `#[status(…)]`, expands to a path into `keys` (or `attr`, which adds the
//! status names for the first argument), so the editor offers them with
//! these docs. Nothing else uses them.

/// The keys of `#[status(…)]` (`type` is `r#type`, which the derive accepts
/// as `type`; `crate = path` cannot be an item's name: the derive offers it
/// through a visibility, see `macros/src/ide.rs`).
#[allow(non_upper_case_globals)]
pub mod keys {
    /// A key of `#[status(…)]` (hidden: not offered as one).
    #[doc(hidden)]
    #[derive(Clone, Copy)]
    pub struct Key;

    /// `#[status(transparent)]` on a variant or struct with one field: the
    /// status of that field, which implements `HttpStatus`.
    pub const transparent: Key = Key;
    /// `#[status(response)]` on the type: also a web response in every
    /// enabled framework, with the body `{"detail": "<Display>"}` (FastAPI's
    /// `HTTPException`).
    pub const response: Key = Key;
    /// `#[status(problem)]` on the type: also a web response, as RFC 9457
    /// problem details (`application/problem+json`).
    pub const problem: Key = Key;
    /// `#[status(expose)]`: with `response` or `problem`, a 5xx response
    /// sends the `Display` as its message instead of the reason phrase.
    pub const expose: Key = Key;
    /// `header("Name" = "value")` or `header("Name" = field)`: a header sent
    /// with the response.
    pub const header: Key = Key;
    /// `extension("name" = field)`: a problem's extension member.
    pub const extension: Key = Key;
    /// `title = "…"`: a problem's title (default: the reason phrase).
    pub const title: Key = Key;
    /// `type = "uri"`: a problem's type URI (default: `about:blank`).
    pub const r#type: Key = Key;
    /// `unassigned 499`: a code the registry does not assign, opted in.
    pub const unassigned: Key = Key;
}

/// What the first argument of `#[status(…)]` may be: a status name or a key.
pub mod attr {
    pub use super::keys::*;
    pub use statuscode_core::__private::names::http::*;
}

/// What a function-like macro expands to on an error (see
/// `macros/src/ide.rs`): `<Trigger<{ … }, ERROR>>::VALUE`, where the block
/// holds, for rust-analyzer alone, the path it completes at, and `ERROR` is
/// the `compile_error!` (a type, so the whole is an error to rustc, in an
/// expression and in a pattern alike, and unknown to rust-analyzer).
pub struct Trigger<const N: u8, T: ?Sized>(core::marker::PhantomData<T>);

impl<const N: u8, T> Trigger<N, T> {
    /// Never evaluated: `T` is always the error.
    pub const VALUE: T = panic!("statuscode: an editor trigger was evaluated");
}
