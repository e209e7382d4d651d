//! RFC 9110's response rules that `#[status_code]` checks while the program
//! compiles: what the generated code asserts.
//!
//! A 204 No Content, 205 Reset Content or 304 Not Modified response carries
//! no content (RFC 9110 §15.3.5, §15.3.6, §15.4.5). A handler declared with
//! one of them must return a type that cannot carry a body, or whose body is
//! known only at run time, however spelled (an alias such as
//! `type ApiResult<T> = Result<T, ApiError>` is seen through, because the
//! check is a trait bound, not a reading of the tokens):
//!
//! - no body: `()`, [`NoBody`];
//! - headers only: `[(K, V); N]`, http's `HeaderMap` (1.x and 0.2), and a
//!   tuple of those before a bodiless value (`([(ETAG, tag)], ())`), as a
//!   304 needs its `ETag` and `Cache-Control` (§15.4.5);
//! - the framework's own bodiless or opaque responses: Rocket's
//!   `NoContent`, `http::Response<B>` (axum's and warp's `Response`),
//!   actix-web's `HttpResponse`, poem's `Response`;
//! - `Result<T, E>` and `Option<T>` of any of them (Rocket's 404 on `None`).
//!
//! Whatever the type, [`WithStatus`] drops a body at run time when it sets
//! one of these statuses, so an opaque response never sends content with
//! them; the check refuses the types that always carry one (`String`,
//! `Json<T>`), where dropping it would hide a bug.
//!
//! [`NoBody`]: crate::NoBody
//! [`WithStatus`]: crate::WithStatus

use crate::NoBody;

/// Values that are headers only: what may stand before the value in a
/// tuple that has no content.
pub trait HeaderParts {}
impl<K, V, const N: usize> HeaderParts for [(K, V); N] {}
#[cfg(feature = "http")]
impl HeaderParts for http::HeaderMap {}
#[cfg(feature = "http02")]
impl HeaderParts for http02::HeaderMap {}

/// The impls shared by the three no-content traits.
macro_rules! bodiless {
    ($($rule:ident),*) => {$(
        impl $rule for () {}
        impl $rule for NoBody {}
        impl<T: $rule, E> $rule for Result<T, E> {}
        impl<T: $rule> $rule for Option<T> {}
        impl<K, V, const N: usize> $rule for [(K, V); N] {}
        impl<H: HeaderParts, T: $rule> $rule for (H, T) {}
        impl<H: HeaderParts, I: HeaderParts, T: $rule> $rule for (H, I, T) {}
        #[cfg(feature = "http")]
        impl $rule for http::HeaderMap {}
        #[cfg(feature = "http")]
        impl<B> $rule for http::Response<B> {}
        #[cfg(feature = "http02")]
        impl $rule for http02::HeaderMap {}
        #[cfg(feature = "actix-web")]
        impl<B> $rule for actix_web::HttpResponse<B> {}
        #[cfg(feature = "poem")]
        impl $rule for poem::Response {}
        #[cfg(feature = "rocket")]
        impl $rule for rocket::response::status::NoContent {}
    )*};
}

bodiless!(NoContentBody, ResetContentBody, NotModifiedBody);

/// A return type with no content, as a 204 No Content response must be (RFC 9110 §15.3.5).
#[diagnostic::on_unimplemented(
    message = "a 204 No Content response has no content (RFC 9110 §15.3.5), but `{Self}` carries a body",
    label = "this return type carries a body",
    note = "return `()` from a `#[status_code(NO_CONTENT)]` handler, or headers only (`HeaderMap`, `[(HeaderName, &str); N]`), or the framework's response type; `Result` and `Option` of these work too"
)]
pub trait NoContentBody {}

/// Compiles only when `T` has no content (204 No Content).
pub const fn no_content_body<T: NoContentBody>() {}

/// A return type with no content, as a 205 Reset Content response must be (RFC 9110 §15.3.6).
#[diagnostic::on_unimplemented(
    message = "a 205 Reset Content response has no content (RFC 9110 §15.3.6), but `{Self}` carries a body",
    label = "this return type carries a body",
    note = "return `()` from a `#[status_code(RESET_CONTENT)]` handler, or headers only (`HeaderMap`, `[(HeaderName, &str); N]`), or the framework's response type; `Result` and `Option` of these work too"
)]
pub trait ResetContentBody {}

/// Compiles only when `T` has no content (205 Reset Content).
pub const fn reset_content_body<T: ResetContentBody>() {}

/// A return type with no content, as a 304 Not Modified response must be (RFC 9110 §15.4.5).
#[diagnostic::on_unimplemented(
    message = "a 304 Not Modified response has no content (RFC 9110 §15.4.5), but `{Self}` carries a body",
    label = "this return type carries a body",
    note = "return `()` from a `#[status_code(NOT_MODIFIED)]` handler, or headers only (`HeaderMap`, `[(HeaderName, &str); N]` with its `ETag`), or the framework's response type; `Result` and `Option` of these work too"
)]
pub trait NotModifiedBody {}

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

    /// Calls `describe` with each extension member of [`PROBLEM_MEMBERS`]
    /// and the schema of its type, for the OpenAPI documents; a member not
    /// described is documented as any JSON value.
    ///
    /// [`PROBLEM_MEMBERS`]: ResponseFormat::PROBLEM_MEMBERS
    fn member_schemas(describe: &mut dyn FnMut(crate::members::MemberSchema)) {
        let _ = describe;
    }

    /// For a problem type: calls `describe` with the status of each variant
    /// (or the struct) that has a fixed one, and `Some` of the `type` URI
    /// and `title` declared for it (the variant's, else the type's; `None`
    /// where neither declares one); with each status of a transparent
    /// variant's field and `None` (chosen by the field when it is sent). For
    /// the OpenAPI documents. Returns whether that is all of them: `false`
    /// when a transparent field's type names a type parameter.
    #[allow(clippy::type_complexity)]
    fn problem_kinds(
        describe: &mut dyn FnMut(
            crate::Status,
            Option<(Option<&'static str>, Option<&'static str>)>,
        ),
    ) -> bool {
        let _ = describe;
        false
    }
}
