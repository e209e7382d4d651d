//! Responses in poem, Rocket, salvo and warp, each behind its feature. Every
//! framework sends the same wire format: the status (its reason phrase on
//! the status line), and for errors `{"detail":"…"}` as `application/json`
//! with the error's headers.
//!
//! Each file also holds its helper macro for `#[status(response)]`
//! (`__impl_poem_response!` …), which [`__impl_response!`](crate::__impl_response)
//! calls; the fallbacks below expand to nothing when the feature is off.

#[cfg(feature = "poem")]
pub(crate) mod poem;
#[cfg(feature = "rocket")]
pub(crate) mod rocket;
#[cfg(feature = "salvo")]
pub(crate) mod salvo;
#[cfg(feature = "warp")]
pub(crate) mod warp;

/// Whether a header an `HttpError` carries replaces the default one instead
/// of being sent beside it: a user's `Content-Type` wins over
/// `application/json`, so the response never has two.
#[cfg(any(
    feature = "poem",
    feature = "rocket",
    feature = "salvo",
    feature = "warp"
))]
pub(crate) fn replaces_default(name: &str) -> bool {
    name.eq_ignore_ascii_case("content-type")
}

/// The `HttpError`'s headers added to an http 1.x header map (poem, salvo
/// and warp all use http 1.x).
#[cfg(any(feature = "poem", feature = "salvo", feature = "warp"))]
pub(crate) fn add_headers(headers: &mut http::HeaderMap, error: &crate::HttpError) {
    use http::header::{HeaderName, HeaderValue};
    for (name, value) in error.headers() {
        // `with_header` checked both, so neither conversion fails.
        if let (Ok(header), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) {
            if replaces_default(name) {
                headers.insert(header, value);
            } else {
                headers.append(header, value);
            }
        }
    }
}

#[cfg(not(feature = "poem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_poem_response {
    ($($input:tt)*) => {};
}

#[cfg(not(feature = "rocket"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_rocket_response {
    ($($input:tt)*) => {};
}

#[cfg(not(feature = "salvo"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_salvo_response {
    ($($input:tt)*) => {};
}

#[cfg(not(feature = "warp"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_warp_response {
    ($($input:tt)*) => {};
}
