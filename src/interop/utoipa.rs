//! OpenAPI through utoipa: `#[status(response)]` types and [`HttpError`]
//! implement `utoipa::IntoResponses`, documenting what they send.
//!
//! A derived type lists one response per status of its
//! [`HttpStatus::statuses`] (a transparent field's included), described by
//! the doc comment of the variant that produces it (several variants with
//! one status: a list of their docs), or by the reason phrase when no such
//! variant has a doc comment. The content is what the response sends:
//! `application/json` with the schema `{"detail": string}`.
//!
//! [`HttpError`] picks its status when it is made, so no status can be
//! listed for it: it documents a `default` response with the same detail
//! schema.

use std::collections::BTreeMap;
use std::string::{String, ToString};
use std::vec::Vec;

use utoipa::IntoResponses;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::{Content, RefOr, Response, Schema};

use super::openapi::description;
use crate::{HttpError, HttpStatus};

/// The media type of the detail body.
const JSON: &str = "application/json";

/// `{"detail": string}`, the body of a derived response and of `HttpError`.
fn detail_schema() -> Schema {
    ObjectBuilder::new()
        .property("detail", ObjectBuilder::new().schema_type(Type::String))
        .required("detail")
        .into()
}

/// A response with `description` and the detail body.
fn detail_response(description: String) -> RefOr<Response> {
    let mut response = Response::new(description);
    response.content.insert(
        JSON.to_string(),
        RefOr::T(Content::new(Some(detail_schema()))),
    );
    RefOr::T(response)
}

/// The responses of a type with `HttpStatus`: one per status of its
/// `statuses()`, keyed by the code, described by its variants' docs.
#[doc(hidden)]
pub fn responses<T: HttpStatus>() -> BTreeMap<String, RefOr<Response>> {
    let mut docs = Vec::new();
    T::__describe_statuses(&mut |status, doc| docs.push((status, doc)));
    T::statuses()
        .iter()
        .map(|status| {
            (
                status.as_u16().to_string(),
                detail_response(description(status, &docs)),
            )
        })
        .collect()
}

/// A `default` response with the `{"detail": string}` body: the status of
/// an `HttpError` is chosen when it is made, so it cannot be listed.
///
/// ```
/// use statuscode::HttpError;
/// use utoipa::IntoResponses;
///
/// let responses = HttpError::responses();
/// assert_eq!(responses.keys().collect::<Vec<_>>(), ["default"]);
/// ```
impl IntoResponses for HttpError {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        BTreeMap::from([(
            "default".to_string(),
            detail_response(
                "An error, with the status and detail chosen when it is sent".to_string(),
            ),
        )])
    }
}

/// utoipa's `IntoResponses`: every status of the type, described by the
/// variants' doc comments, with the detail body.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::utoipa::IntoResponses for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus,
        {
            fn responses() -> $crate::__private::utoipa::Responses {
                $crate::__private::utoipa::responses::<Self>()
            }
        }
    };
}
