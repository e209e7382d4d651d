//! RFC 9110's response rules that `#[status_code]` checks while the program
//! compiles: what the generated code asserts.
//!
//! A 204 No Content, 205 Reset Content or 304 Not Modified response carries
//! no content (RFC 9110 §15.3.5, §15.3.6, §15.4.5). A handler declared with
//! one of them must return a type that has no body: `()`, [`NoBody`],
//! `Result<(), E>` or `Result<NoBody, E>`, however spelled (an alias such as
//! `type ApiResult<T> = Result<T, ApiError>` is seen through, because the
//! check is a trait bound, not a reading of the tokens).
//!
//! [`NoBody`]: crate::NoBody

use crate::NoBody;

/// A return type with no content, as a 204 No Content response must be (RFC 9110 §15.3.5).
#[diagnostic::on_unimplemented(
    message = "a 204 No Content response has no content (RFC 9110 §15.3.5), but `{Self}` carries a body",
    label = "this return type carries a body",
    note = "return `()` from a `#[status_code(NO_CONTENT)]` handler (or `Result<(), E>`, `NoBody`, `Result<NoBody, E>`)"
)]
pub trait NoContentBody {}
impl NoContentBody for () {}
impl NoContentBody for NoBody {}
impl<E> NoContentBody for Result<(), E> {}
impl<E> NoContentBody for Result<NoBody, E> {}

/// Compiles only when `T` has no content (204 No Content).
pub const fn no_content_body<T: NoContentBody>() {}

/// A return type with no content, as a 205 Reset Content response must be (RFC 9110 §15.3.6).
#[diagnostic::on_unimplemented(
    message = "a 205 Reset Content response has no content (RFC 9110 §15.3.6), but `{Self}` carries a body",
    label = "this return type carries a body",
    note = "return `()` from a `#[status_code(RESET_CONTENT)]` handler (or `Result<(), E>`, `NoBody`, `Result<NoBody, E>`)"
)]
pub trait ResetContentBody {}
impl ResetContentBody for () {}
impl ResetContentBody for NoBody {}
impl<E> ResetContentBody for Result<(), E> {}
impl<E> ResetContentBody for Result<NoBody, E> {}

/// Compiles only when `T` has no content (205 Reset Content).
pub const fn reset_content_body<T: ResetContentBody>() {}

/// A return type with no content, as a 304 Not Modified response must be (RFC 9110 §15.4.5).
#[diagnostic::on_unimplemented(
    message = "a 304 Not Modified response has no content (RFC 9110 §15.4.5), but `{Self}` carries a body",
    label = "this return type carries a body",
    note = "return `()` from a `#[status_code(NOT_MODIFIED)]` handler (or `Result<(), E>`, `NoBody`, `Result<NoBody, E>`)"
)]
pub trait NotModifiedBody {}
impl NotModifiedBody for () {}
impl NotModifiedBody for NoBody {}
impl<E> NotModifiedBody for Result<(), E> {}
impl<E> NotModifiedBody for Result<NoBody, E> {}

/// Compiles only when `T` has no content (304 Not Modified).
pub const fn not_modified_body<T: NotModifiedBody>() {}

/// The body format of a `#[status(response)]` or `#[status(problem)]` type,
/// known at compile time, for its OpenAPI documentation (features `utoipa`
/// and `aide`) and for the framework impls. The derive implements it, with no
/// bounds but the type's own, so the documentation exists for every
/// parameter the type has.
pub trait ResponseFormat {
    /// `None` for `{"detail": …}` as `application/json`; for RFC 9457
    /// problem details (`application/problem+json`), `Some` with the names
    /// of the extension members any variant (or the type) declares, in the
    /// order written, each once.
    const PROBLEM_MEMBERS: Option<&'static [&'static str]>;
}
