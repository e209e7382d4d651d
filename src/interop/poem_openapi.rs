//! OpenAPI through poem-openapi 5: `#[status(response)]` and
//! `#[status(problem)]` types, [`HttpError`] and [`ProblemDetails`]
//! implement `poem_openapi::ApiResponse`, so an `#[oai]` operation may
//! return `Result<Json<T>, ApiError>` (or `poem::Result<…, ApiError>`,
//! the same type) and its document lists what the error sends.
//!
//! A derived type lists one response per status it is sent with, as for
//! utoipa and aide (`openapi::documented`): described by the variants' doc
//! comments (else the reason phrase), a 1xx/2xx variant as the 500 it is
//! sent as, the statuses of a field known only at run time as `default`,
//! and each declared header (a string, required) on its response. The
//! content is `{"detail": string}` as `application/json`, or for a
//! `#[status(problem)]` type the RFC 9457 problem object as
//! `application/problem+json`, its extension members any JSON value (the
//! derive finds the schema of a member's type for utoipa and schemars
//! only), and the `type` URIs and `title`s the response can carry listed as
//! an `enum` where they are all known. [`HttpError`] and [`ProblemDetails`] pick
//! their status at run time: each is one `default` response.
//!
//! poem-openapi sends an operation's `Err` through `poem::Error`: a derived
//! type that is a `std::error::Error` (thiserror) converts with poem's
//! `ResponseError` (feature `poem`), which keeps the type's own response.

use std::boxed::Box;
use std::collections::BTreeSet;
use std::string::String;
use std::sync::{Mutex, PoisonError};
use std::vec;
use std::vec::Vec;

use poem_openapi::ApiResponse;
use poem_openapi::registry::{
    MetaHeader, MetaMediaType, MetaResponse, MetaResponses, MetaSchema, MetaSchemaRef, Registry,
};

use serde_json::Value;

use super::openapi::Kinds;
use crate::rules::ResponseFormat;
use crate::{HttpError, HttpStatus, ProblemDetails};

/// poem-openapi's descriptions are `&'static str`; the crate's are built
/// from the variants' docs. Each distinct text is leaked once and reused,
/// so building the document again allocates nothing more.
fn intern(text: String) -> &'static str {
    static TEXTS: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut texts = TEXTS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(known) = texts.get(text.as_str()) {
        return known;
    }
    let leaked: &'static str = Box::leak(text.into_boxed_str());
    texts.insert(leaked);
    leaked
}

/// An inline schema of type `ty`.
fn inline(schema: MetaSchema) -> MetaSchemaRef {
    MetaSchemaRef::Inline(Box::new(schema))
}

/// `{"detail": string}` as `application/json`.
fn detail_content() -> MetaMediaType {
    MetaMediaType {
        content_type: "application/json",
        schema: inline(MetaSchema {
            properties: vec![("detail", inline(MetaSchema::new("string")))],
            required: vec!["detail"],
            ..MetaSchema::new("object")
        }),
    }
}

/// The RFC 9457 problem object as `application/problem+json`: the members
/// always sent required, then `instance` and the extension `members`
/// optional, each any JSON value (the derive finds the schema of a member's
/// type for utoipa and schemars, not for poem-openapi), and the optional
/// `invalid-params` list when `invalid_params`; `type` and `title` listed
/// as an `enum` where `kinds` (`openapi::problem_kinds`) knows them all.
fn problem_content(members: &[&'static str], invalid_params: bool, kinds: Kinds) -> MetaMediaType {
    let string = || inline(MetaSchema::new("string"));
    let listed = |values: Vec<&'static str>| values.into_iter().map(Value::from).collect();
    let (types, titles) = kinds.map_or_else(Default::default, |(types, titles)| {
        (listed(types), listed(titles))
    });
    let mut properties = vec![
        (
            "type",
            inline(MetaSchema {
                enum_items: types,
                ..MetaSchema::new_with_format("string", "uri-reference")
            }),
        ),
        (
            "title",
            inline(MetaSchema {
                enum_items: titles,
                ..MetaSchema::new("string")
            }),
        ),
        ("status", inline(MetaSchema::new("integer"))),
        ("detail", string()),
        ("instance", string()),
    ];
    properties.extend(
        members
            .iter()
            .map(|member| (*member, inline(MetaSchema::ANY))),
    );
    if invalid_params {
        properties.push((crate::InvalidParam::MEMBER, invalid_params_schema()));
    }
    MetaMediaType {
        content_type: "application/problem+json",
        schema: inline(MetaSchema {
            properties,
            required: vec!["type", "title", "status", "detail"],
            ..MetaSchema::new("object")
        }),
    }
}

/// A list of [`InvalidParam`](crate::InvalidParam)s: `[{"name": string,
/// "reason": string}]`, both required.
fn invalid_params_schema() -> MetaSchemaRef {
    let param = MetaSchema {
        properties: vec![
            ("name", inline(MetaSchema::new("string"))),
            ("reason", inline(MetaSchema::new("string"))),
        ],
        required: vec!["name", "reason"],
        ..MetaSchema::new("object")
    };
    inline(MetaSchema {
        items: Some(Box::new(inline(param))),
        ..MetaSchema::new("array")
    })
}

/// A declared response header: a string, always sent with its response.
fn string_header(name: &str) -> MetaHeader {
    MetaHeader {
        name: name.into(),
        description: None,
        required: true,
        deprecated: false,
        schema: inline(MetaSchema::new("string")),
    }
}

/// The responses of a type with `HttpStatus`: one per status it is sent
/// with (`openapi::documented`), `default` for the statuses known only at
/// run time, with the body its format sends and its declared headers.
#[doc(hidden)]
pub fn meta<T: HttpStatus + ResponseFormat>() -> MetaResponses {
    let responses = super::openapi::documented::<T>()
        .into_iter()
        .map(|documented| MetaResponse {
            description: intern(documented.description),
            status: documented.status.map(crate::Status::as_u16),
            status_range: None,
            content: vec![match T::PROBLEM_MEMBERS {
                None => detail_content(),
                Some(members) => problem_content(
                    members,
                    false,
                    super::openapi::problem_kinds::<T>(documented.status),
                ),
            }],
            headers: documented.headers.into_iter().map(string_header).collect(),
        })
        .collect();
    MetaResponses { responses }
}

/// One `default` response with `content`.
fn default_response(description: &'static str, content: MetaMediaType) -> MetaResponses {
    MetaResponses {
        responses: vec![MetaResponse {
            description,
            status: None,
            status_range: None,
            content: vec![content],
            headers: Vec::new(),
        }],
    }
}

/// A `default` response with the `{"detail": string}` body: the status of
/// an `HttpError` is chosen when it is made, so it cannot be listed.
///
/// ```
/// use poem_openapi::ApiResponse;
/// use statuscode::HttpError;
///
/// let meta = HttpError::meta();
/// assert_eq!(meta.responses.len(), 1);
/// assert_eq!(meta.responses[0].status, None); // `default`
/// ```
impl ApiResponse for HttpError {
    fn meta() -> MetaResponses {
        default_response(
            "An error, with the status and detail chosen when it is sent",
            detail_content(),
        )
    }

    fn register(_: &mut Registry) {}
}

/// A `default` response with the problem details body: as for
/// [`HttpError`], the status is chosen when it is made. Its extension
/// members are not known statically, so only the optional `invalid-params`
/// list ([`ProblemDetails::with_invalid_params`]) is listed (other members
/// are allowed).
///
/// ```
/// use poem_openapi::ApiResponse;
/// use statuscode::ProblemDetails;
///
/// let meta = ProblemDetails::meta();
/// assert_eq!(meta.responses[0].content[0].content_type, "application/problem+json");
/// ```
impl ApiResponse for ProblemDetails {
    fn meta() -> MetaResponses {
        default_response(
            "A problem, with the status, type and detail chosen when it is sent",
            problem_content(&[], true, None),
        )
    }

    fn register(_: &mut Registry) {}
}

/// poem-openapi items the generated code names.
pub mod private {
    pub use super::meta;
    pub use poem_openapi::ApiResponse;
    pub use poem_openapi::registry::{MetaResponses, Registry};
}

/// poem-openapi's `ApiResponse`: every status of the type, described by the
/// variants' doc comments, with the body its format sends and its declared
/// headers. (Its schemas are inline, so there is nothing to register.)
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_poem_openapi_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::poem_openapi::ApiResponse for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat,
        {
            fn meta() -> $crate::__private::poem_openapi::MetaResponses {
                $crate::__private::poem_openapi::meta::<Self>()
            }

            fn register(_: &mut $crate::__private::poem_openapi::Registry) {}
        }
    };
}
