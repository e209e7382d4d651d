//! Everything the facade does for another crate, one file per feature:
//! `http.rs` (`http_status!` and `http02_status!`, checked literals of http's
//! `StatusCode`), `axum.rs` and `actix.rs` (responses for [`WithStatus`],
//! [`NoBody`], [`HttpError`] and `#[status(response)]` types). A new web
//! framework is a file here, a helper macro, and a line in `impl_response!`.
//!
//! `impl_response!` is what `#[derive(HttpStatus)]` with `#[status(response)]`
//! expands to. The features are read here, in the facade: a `#[cfg]` in the
//! derive's output would be read in the user's crate, whose features are
//! not ours. So each framework has a helper macro, defined in its file when
//! its feature is on and as nothing below when it is off, and
//! `impl_response!` calls them all.
//!
//! [`WithStatus`]: crate::WithStatus
//! [`NoBody`]: crate::NoBody
//! [`HttpError`]: crate::HttpError

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(any(feature = "http", feature = "http02"))]
pub(crate) mod http;

/// `[impl generics] [type with its generics] [where predicates, each followed
/// by a comma]` to the response impls that the facade's features turn on.
/// Each impl adds the bounds it uses (`Self: HttpStatus + Display`, and
/// `Debug` for actix-web), so for a generic type it exists exactly for the
/// parameters that satisfy them. The impls allow `deprecated`: they name the
/// type, which may be deprecated.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        $crate::__impl_axum_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_actix_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
    };
}

/// With the `axum` feature off, `impl_response!` adds no axum impl.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    ($($input:tt)*) => {};
}

/// With the `actix-web` feature off, `impl_response!` adds no actix-web impl.
#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_response {
    ($($input:tt)*) => {};
}
