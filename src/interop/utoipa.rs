//! OpenAPI through utoipa: `#[status(response)]` types and [`HttpError`]
//! implement `utoipa::IntoResponses`, documenting what they send.
//!
//! A derived type lists one response per status of its
//! [`HttpStatus::statuses`] (a transparent field's included), described by
//! the doc comment of the variant that produces it (several variants with
//! one status: a list of their docs), or by the reason phrase when no such
//! variant has a doc comment. The content is what the response sends:
//! `application/json` with the schema `{"detail": string}`, or for a
//! `#[status(problem)]` type `application/problem+json` with the RFC 9457
//! problem object (`type`, `title`, `status` and `detail` required,
//! `instance` and the declared extension members optional). Each member is
//! documented with the schema of its field's type when that type implements
//! `utoipa::PartialSchema` (`u32` an integer, `Vec<InvalidParam>` an array
//! of `{"name", "reason"}` objects, a fixed value a string), and as any
//! JSON value otherwise (or when the type names a type parameter).
//!
//! [`HttpError`] picks its status when it is made, so no status can be
//! listed for it: it documents a `default` response with the same detail
//! schema; [`ProblemDetails`] likewise, with the problem schema and the
//! optional `invalid-params` list of [`InvalidParam`](crate::InvalidParam)
//! (its other members are chosen at run time).

use std::collections::BTreeMap;
use std::string::{String, ToString};
use std::vec::Vec;

use utoipa::IntoResponses;
use utoipa::openapi::header::Header;
use utoipa::openapi::schema::{ObjectBuilder, SchemaFormat, SchemaType, Type};
use utoipa::openapi::{Content, RefOr, Response, Schema};

use super::openapi::Kinds;
use crate::rules::ResponseFormat;
use crate::{HttpError, HttpStatus, ProblemDetails};

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

/// The media type of RFC 9457 problem details.
const PROBLEM_JSON: &str = "application/problem+json";

/// The RFC 9457 problem object: the members always sent required, then
/// `instance` and the extension `members` optional, each with its schema
/// (none: any JSON value); `type` and `title` listed as an `enum` where
/// `kinds` knows them all.
fn problem_schema(members: &[(&str, Option<RefOr<Schema>>)], kinds: &Kinds) -> Schema {
    let string = || ObjectBuilder::new().schema_type(Type::String);
    let (types, titles) = match kinds {
        Some((types, titles)) => (Some(types.clone()), Some(titles.clone())),
        None => (None, None),
    };
    let mut schema = ObjectBuilder::new()
        .property(
            "type",
            string()
                .format(Some(SchemaFormat::Custom("uri-reference".to_string())))
                .enum_values(types),
        )
        .property("title", string().enum_values(titles))
        .property("status", ObjectBuilder::new().schema_type(Type::Integer))
        .property("detail", string())
        .property("instance", string());
    for (name, member) in members {
        let member = member.clone().unwrap_or_else(|| {
            ObjectBuilder::new()
                .schema_type(SchemaType::AnyValue)
                .into()
        });
        schema = schema.property(*name, member);
    }
    schema
        .required("type")
        .required("title")
        .required("status")
        .required("detail")
        .into()
}

/// A response with `description` and the problem details body.
fn problem_response(
    description: String,
    members: &[(&str, Option<RefOr<Schema>>)],
    kinds: &Kinds,
) -> RefOr<Response> {
    let mut response = Response::new(description);
    response.content.insert(
        PROBLEM_JSON.to_string(),
        RefOr::T(Content::new(Some(problem_schema(members, kinds)))),
    );
    RefOr::T(response)
}

/// The responses of a type with `HttpStatus`: one per status it is sent
/// with (`openapi::documented`: a 1xx/2xx is a 500, and a type whose
/// statuses are known only at run time adds `default`), keyed by the code,
/// described by its variants' docs, with the body its format sends.
#[doc(hidden)]
pub fn responses<T: HttpStatus + ResponseFormat>() -> BTreeMap<String, RefOr<Response>> {
    let members = T::PROBLEM_MEMBERS.map(|names| {
        let mut schemas = Vec::new();
        T::member_schemas(&mut |member| schemas.push(member));
        names
            .iter()
            .map(|name| {
                let typed = schemas.iter().find(|m| m.name == *name);
                (*name, typed.and_then(|m| m.utoipa).map(|schema| schema()))
            })
            .collect::<Vec<_>>()
    });
    super::openapi::documented::<T>()
        .into_iter()
        .map(|documented| {
            let mut response = match &members {
                None => detail_response(documented.description),
                Some(members) => problem_response(
                    documented.description,
                    members,
                    &super::openapi::problem_kinds::<T>(documented.status),
                ),
            };
            if let RefOr::T(response) = &mut response {
                for name in documented.headers {
                    let schema = ObjectBuilder::new().schema_type(Type::String);
                    response
                        .headers
                        .insert(name.to_string(), Header::new(schema).into());
                }
            }
            let key = documented.status.map_or_else(
                || "default".to_string(),
                |status| status.as_u16().to_string(),
            );
            (key, response)
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

/// A `default` response with the problem details body: as for
/// [`HttpError`], the status is chosen when it is made. Its extension
/// members are not known statically, so only the optional `invalid-params`
/// list ([`ProblemDetails::with_invalid_params`]) is listed (other members
/// are allowed).
///
/// ```
/// use statuscode::ProblemDetails;
/// use utoipa::IntoResponses;
///
/// let responses = ProblemDetails::responses();
/// assert_eq!(responses.keys().collect::<Vec<_>>(), ["default"]);
/// ```
impl IntoResponses for ProblemDetails {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        BTreeMap::from([(
            "default".to_string(),
            problem_response(
                "A problem, with the status, type and detail chosen when it is sent".to_string(),
                &[(
                    crate::InvalidParam::MEMBER,
                    Some(<std::vec::Vec<crate::InvalidParam> as utoipa::PartialSchema>::schema()),
                )],
                &None,
            ),
        )])
    }
}

/// The JSON body a handler's return type sends on success, for
/// `#[status_code]` above `#[utoipa::path]`: the attribute cannot read it
/// from the tokens when the type is an alias (`AppResult<Json<Item>>`) or
/// another wrapper, so it documents `<Ret as SuccessBody>::Json` instead,
/// which the compiler resolves through aliases. Implemented for the
/// frameworks' `Json<T>` (actix-web, poem, Rocket; axum's with the feature
/// `utoipa-axum`, which makes statuscode build after axum), and through `Result<T, E>`,
/// `Option<T>`, [`WithStatus<T, CODE>`](crate::WithStatus) and tuples whose
/// last element is the body (`(StatusCode, [(HeaderName, &str); 1],
/// Json<T>)`).
#[diagnostic::on_unimplemented(
    message = "`#[status_code]` cannot tell which JSON body `{Self}` sends, to document it in `#[utoipa::path]`",
    label = "not a `Json<T>` (nor a `Result`, `Option`, `WithStatus` or tuple ending in one)",
    note = "write the success response in `#[utoipa::path]`'s `responses(…)` yourself, e.g. `(status = 201, description = \"Created\", body = String, content_type = \"text/plain\")` or without `body` for an empty one: `#[status_code]` then leaves that status alone",
    note = "for axum's `Json` behind an alias or in a tuple, turn on statuscode's feature `utoipa-axum`"
)]
pub trait SuccessBody {
    /// The type serialized as the JSON body.
    type Json;
}

impl<T: SuccessBody, E> SuccessBody for Result<T, E> {
    type Json = T::Json;
}

impl<T: SuccessBody> SuccessBody for Option<T> {
    type Json = T::Json;
}

impl<T: SuccessBody, const CODE: u16> SuccessBody for crate::WithStatus<T, CODE> {
    type Json = T::Json;
}

/// Tuples whose last element is the body: `(parts…, body)`, as axum and
/// actix-web read them.
macro_rules! tuple_bodies {
    ($($first:ident)*) => {
        impl<$($first,)* T: SuccessBody> SuccessBody for ($($first,)* T,) {
            type Json = T::Json;
        }
    };
}
tuple_bodies!(A);
tuple_bodies!(A B);
tuple_bodies!(A B C);
tuple_bodies!(A B C D);
tuple_bodies!(A B C D E);
tuple_bodies!(A B C D E F);
tuple_bodies!(A B C D E F G);

#[cfg(feature = "utoipa-axum")]
impl<T> SuccessBody for axum::Json<T> {
    type Json = T;
}

#[cfg(feature = "actix-web")]
impl<T> SuccessBody for actix_web::web::Json<T> {
    type Json = T;
}

#[cfg(feature = "poem")]
impl<T> SuccessBody for poem::web::Json<T> {
    type Json = T;
}

#[cfg(feature = "rocket")]
impl<T> SuccessBody for rocket::serde::json::Json<T> {
    type Json = T;
}

/// utoipa's `IntoResponses`: every status of the type, described by the
/// variants' doc comments, with the body its format sends.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::utoipa::IntoResponses for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat,
        {
            fn responses() -> $crate::__private::utoipa::Responses {
                $crate::__private::utoipa::responses::<Self>()
            }
        }
    };
}
