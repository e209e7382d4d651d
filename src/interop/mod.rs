//! Everything the facade does for another crate, one file per feature:
//! `http.rs` (`http_status!` and `http02_status!`, checked literals of http's
//! `StatusCode`), `axum.rs`, `actix.rs`, `poem.rs`, `rocket.rs`, `salvo.rs`
//! and `warp.rs` (responses for [`WithStatus`], [`NoBody`], [`HttpError`]
//! and `#[status(response)]` types, one wire format in all six). A new web
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
#[cfg(feature = "aide")]
pub(crate) mod aide;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "rocket",
    feature = "salvo",
    feature = "warp"
))]
pub(crate) mod catch;
#[cfg(any(feature = "http", feature = "http02"))]
pub(crate) mod http;
#[cfg(any(
    feature = "utoipa",
    feature = "aide",
    feature = "poem-openapi",
    feature = "salvo-oapi"
))]
mod openapi;
#[cfg(feature = "poem")]
pub(crate) mod poem;
#[cfg(feature = "poem-openapi")]
pub(crate) mod poem_openapi;
#[cfg(feature = "rocket")]
pub(crate) mod rocket;
#[cfg(feature = "salvo")]
pub(crate) mod salvo;
#[cfg(feature = "salvo-oapi")]
pub(crate) mod salvo_oapi;
#[cfg(feature = "utoipa")]
pub(crate) mod utoipa;
#[cfg(feature = "warp")]
pub(crate) mod warp;

/// `[impl generics] [type with its generics] [where predicates, each followed
/// by a comma]` to the response impls that the facade's features turn on.
/// Each impl adds the bounds it uses (`Self: HttpStatus + Display`, and
/// `Debug` for actix-web), so for a generic type it exists exactly for the
/// parameters that satisfy them. The impls allow `deprecated`: they name the
/// type, which may be deprecated.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*] $key:ident) => {
        $crate::__impl_no_framework! { $key }
        $crate::__impl_axum_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_actix_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_poem_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_rocket_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_salvo_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_warp_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_utoipa_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_aide_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_poem_openapi_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_salvo_oapi_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
    };
}

/// With no framework feature on, a `#[status(response)]` or
/// `#[status(problem)]` type is no response in any framework, and the
/// handler that returns it fails with the framework's own words (axum's
/// "`Handler<_, _>` is not satisfied"). So the derive warns at the
/// `response` (or `problem`) keyword: the deprecated item is used through
/// the user's token, whose span rustc reports.
#[cfg(not(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "rocket",
    feature = "salvo",
    feature = "warp"
)))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_no_framework {
    ($key:ident) => {
        const _: () = {
            #[deprecated(
                note = "this type is a web response only with a framework feature of statuscode, and none is on: enable one, e.g. `statuscode = { version = \"0.1\", features = [\"axum\"] }` (axum 0.8), or `actix-web`, `poem`, `rocket`, `salvo`, `warp`"
            )]
            #[allow(non_camel_case_types)]
            struct $key;
            let _ = $key;
        };
    };
}

/// With a framework feature on, nothing to say.
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "rocket",
    feature = "salvo",
    feature = "warp"
))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_no_framework {
    ($key:ident) => {};
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

/// A [`Wire`]'s headers set on an http 1.x header map (axum, poem, salvo
/// and warp use http 1.x): the first of each name replaces what the map
/// holds of that name, later ones are added beside it. (The model checked
/// every name and value as http does, so none is dropped.)
///
/// [`Wire`]: crate::response::Wire
#[cfg(any(
    feature = "axum",
    feature = "poem",
    feature = "salvo",
    feature = "warp"
))]
pub(crate) fn set_headers(map: &mut ::http::HeaderMap, wire: &crate::response::Wire) {
    use ::http::header::{HeaderName, HeaderValue};
    for (name, value, first) in wire.fields() {
        let value = match value {
            // A fixed value (a literal, the default `Content-Type`) is not
            // copied; only visible ASCII and tabs, which `from_static` takes
            // without a panic.
            std::borrow::Cow::Borrowed(value) if value.bytes().all(static_value_byte) => {
                Ok(HeaderValue::from_static(value))
            }
            value => HeaderValue::from_str(value),
        };
        let name = match name {
            // A fixed lowercase name (the derive's, the default
            // `Content-Type`) is taken as it is.
            std::borrow::Cow::Borrowed(name)
                if !name.is_empty() && name.bytes().all(static_name_byte) =>
            {
                Ok(HeaderName::from_static(name))
            }
            name => HeaderName::from_bytes(name.as_bytes()),
        };
        let (Ok(name), Ok(value)) = (name, value) else {
            continue;
        };
        if first {
            map.insert(name, value);
        } else {
            map.append(name, value);
        }
    }
}

/// A byte `HeaderValue::from_static` accepts (of http 1.x and 0.2 alike).
#[cfg(any(
    feature = "axum",
    feature = "actix-web",
    feature = "poem",
    feature = "salvo",
    feature = "warp"
))]
pub(crate) fn static_value_byte(b: u8) -> bool {
    b == b'\t' || (32..127).contains(&b)
}

/// A byte of a name `HeaderName::from_static` (http 1.x) accepts without a
/// panic: a lowercase token character.
#[cfg(any(
    feature = "axum",
    feature = "poem",
    feature = "salvo",
    feature = "warp"
))]
fn static_name_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// An http 1.x response (axum's, warp's) with the status of a
/// [`WithStatus`] when its own is 200 OK, held to the rules: `Default` is
/// the empty body, and a response that breaks a rule becomes the model's
/// 500, through `wire` (the framework's [`Wire`] adapter).
///
/// [`WithStatus`]: crate::WithStatus
/// [`Wire`]: crate::response::Wire
#[cfg(any(feature = "axum", feature = "warp"))]
pub(crate) fn with_status<B: Default>(
    mut response: ::http::Response<B>,
    status: crate::Status,
    wire: fn(crate::response::Wire) -> ::http::Response<B>,
) -> ::http::Response<B> {
    use crate::response::{Verdict, Wire};
    if response.status() != ::http::StatusCode::OK {
        return response;
    }
    *response.status_mut() = status.into();
    match verdict(status, response.headers()) {
        Verdict::Send => response,
        Verdict::NoContent => {
            *response.body_mut() = B::default();
            strip_content_headers(response.headers_mut());
            response
        }
        Verdict::Fail => wire(Wire::refused(status)),
    }
}

/// The verdict on an http 1.x response given `status` by a [`WithStatus`]
/// (its body is the framework's; its headers are read here).
///
/// [`WithStatus`]: crate::WithStatus
#[cfg(any(
    feature = "axum",
    feature = "poem",
    feature = "salvo",
    feature = "warp"
))]
pub(crate) fn verdict(status: crate::Status, map: &::http::HeaderMap) -> crate::response::Verdict {
    crate::response::verdict(status, false, &|name| map.contains_key(name))
}

/// Removes the fields that describe content from an http 1.x header map,
/// for a response sent without content.
#[cfg(any(
    feature = "axum",
    feature = "poem",
    feature = "salvo",
    feature = "warp"
))]
pub(crate) fn strip_content_headers(map: &mut ::http::HeaderMap) {
    use ::http::header::{CONTENT_LENGTH, CONTENT_TYPE, TRANSFER_ENCODING};
    for name in [CONTENT_TYPE, CONTENT_LENGTH, TRANSFER_ENCODING] {
        map.remove(name);
    }
}

/// With the `poem` feature off, `impl_response!` adds no poem impl.
#[cfg(not(feature = "poem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_poem_response {
    ($($input:tt)*) => {};
}

/// With the `rocket` feature off, `impl_response!` adds no Rocket impl.
#[cfg(not(feature = "rocket"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_rocket_response {
    ($($input:tt)*) => {};
}

/// With the `salvo` feature off, `impl_response!` adds no salvo impl.
#[cfg(not(feature = "salvo"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_salvo_response {
    ($($input:tt)*) => {};
}

/// With the `warp` feature off, `impl_response!` adds no warp impl.
#[cfg(not(feature = "warp"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_warp_response {
    ($($input:tt)*) => {};
}

/// With the `utoipa` feature off, `impl_response!` adds no `IntoResponses`.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_response {
    ($($input:tt)*) => {};
}

/// With the `aide` feature off, `impl_response!` adds no `OperationOutput`.
#[cfg(not(feature = "aide"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_aide_response {
    ($($input:tt)*) => {};
}

/// With the `poem-openapi` feature off, `impl_response!` adds no `ApiResponse`.
#[cfg(not(feature = "poem-openapi"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_poem_openapi_response {
    ($($input:tt)*) => {};
}

/// With the `salvo-oapi` feature off, `impl_response!` adds no `EndpointOutRegister`.
#[cfg(not(feature = "salvo-oapi"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_salvo_oapi_response {
    ($($input:tt)*) => {};
}
