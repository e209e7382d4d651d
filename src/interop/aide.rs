//! OpenAPI through aide 0.15: `#[status(response)]` types, [`HttpError`]
//! and [`WithStatus`] implement `aide::OperationOutput`, so a handler that
//! returns them documents what it sends.
//!
//! * A derived type's `inferred_responses` are one response per status of
//!   its [`HttpStatus::statuses`], described as for utoipa (the variants'
//!   doc comments, else the reason phrase), with the `{"detail": string}`
//!   JSON body, or for a `#[status(problem)]` type the RFC 9457 problem
//!   object as `application/problem+json` (`type`, `title`, `status` and
//!   `detail` required, `instance` and the declared extension members
//!   optional). Each member is documented with the schema of its field's
//!   type when that type implements `schemars::JsonSchema` (inline), and as
//!   any JSON value otherwise (or when the type names a type parameter).
//! * [`HttpError`] is a `default` response with the same body: its status
//!   is chosen at run time. [`ProblemDetails`] likewise, with the problem
//!   body and the optional `invalid-params` list of
//!   [`InvalidParam`](crate::InvalidParam).
//! * [`WithStatus<T, CODE>`](WithStatus) is `T`'s responses, except that
//!   `T`'s `200` (which `WithStatus` replaces) is listed under `CODE`: a
//!   `#[status_code(CREATED)]` handler returns `WithStatus<T, 201>`, so aide,
//!   which reads the handler's return type, documents `201` with `T`'s body
//!   (described by the reason phrase when `T` has no description). A
//!   `WithStatus<T>` (`CODE` 0, a status known only at run time) lists it
//!   under `2XX`.

use std::string::{String, ToString};
use std::vec::Vec;

use aide::generate::GenContext;
use aide::openapi::{
    Header, HeaderStyle, MediaType, Operation, ParameterSchemaOrContent, ReferenceOr, Response,
    SchemaObject, StatusCode,
};
use aide::operation::OperationOutput;

use super::openapi::Kinds;
use crate::rules::ResponseFormat;
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// A response with `description` and the `{"detail": string}` JSON body.
fn detail_response(description: String) -> Response {
    let schema = schemars::json_schema!({
        "type": "object",
        "properties": { "detail": { "type": "string" } },
        "required": ["detail"],
    });
    with_body(description, "application/json", schema)
}

/// A response with `description` and the RFC 9457 problem object as
/// `application/problem+json`: the members always sent required, then
/// `instance` and the extension `members` optional, each with its schema
/// (none: any JSON value); `type` and `title` listed as an `enum` where
/// `kinds` (`openapi::problem_kinds`) knows them all.
fn problem_response(
    description: String,
    members: &[(&str, Option<schemars::Schema>)],
    kinds: Kinds,
) -> Response {
    let mut schema = schemars::json_schema!({
        "type": "object",
        "properties": {
            "type": { "type": "string", "format": "uri-reference" },
            "title": { "type": "string" },
            "status": { "type": "integer" },
            "detail": { "type": "string" },
            "instance": { "type": "string" },
        },
        "required": ["type", "title", "status", "detail"],
    });
    if let Some(properties) = schema
        .ensure_object()
        .get_mut("properties")
        .and_then(|p| p.as_object_mut())
    {
        for (name, member) in members {
            let member = member.clone().unwrap_or_else(|| schemars::json_schema!({}));
            properties.insert((*name).to_string(), member.into());
        }
        if let Some((types, titles)) = kinds {
            for (name, values) in [("type", types), ("title", titles)] {
                if let Some(member) = properties.get_mut(name).and_then(|m| m.as_object_mut()) {
                    member.insert("enum".to_string(), values.into());
                }
            }
        }
    }
    with_body(description, "application/problem+json", schema)
}

/// A declared response header: a string, always sent with its response.
fn string_header() -> Header {
    Header {
        description: None,
        style: HeaderStyle::Simple,
        required: true,
        deprecated: None,
        format: ParameterSchemaOrContent::Schema(SchemaObject {
            json_schema: schemars::json_schema!({ "type": "string" }),
            external_docs: None,
            example: None,
        }),
        example: None,
        examples: core::iter::empty().collect(),
        extensions: core::iter::empty().collect(),
    }
}

/// A response with `description` and a body of `media_type` and `schema`.
fn with_body(description: String, media_type: &str, schema: schemars::Schema) -> Response {
    let media = MediaType {
        schema: Some(SchemaObject {
            json_schema: schema,
            external_docs: None,
            example: None,
        }),
        ..MediaType::default()
    };
    Response {
        description,
        content: [(media_type.to_string(), media)].into_iter().collect(),
        ..Response::default()
    }
}

/// Adds `T`'s responses to an aide operation: for errors the handler's
/// types do not name, above all the framework's own
/// ([`FrameworkBodyErrors`](crate::FrameworkBodyErrors) and its kin, as the
/// framework helpers send them). A status the operation documents already
/// (its success, the application's errors) keeps its response.
///
/// ```ignore
/// // (compiled and run in tests/integration/openapi_aide.rs)
/// use aide::transform::TransformOperation;
/// use statuscode::FrameworkBodyErrors;
///
/// // `post_with(create, documented)` in an aide `ApiRouter`.
/// fn documented(op: TransformOperation<'_>) -> TransformOperation<'_> {
///     statuscode::aide::with_responses::<FrameworkBodyErrors>(op)
/// }
/// ```
pub fn with_responses<T: OperationOutput>(
    mut op: aide::transform::TransformOperation<'_>,
) -> aide::transform::TransformOperation<'_> {
    let operation = op.inner_mut();
    let responses = aide::generate::in_context(|ctx| T::inferred_responses(ctx, operation));
    let table = operation.responses.get_or_insert_with(Default::default);
    for (status, response) in responses {
        let response = ReferenceOr::Item(response);
        match status {
            Some(code) => {
                table
                    .responses
                    .entry(StatusCode::Code(code))
                    .or_insert(response);
            }
            None => {
                table.default.get_or_insert(response);
            }
        }
    }
    op
}

/// The responses of a type with `HttpStatus`, for aide: one per status it
/// is sent with (`openapi::documented`), `None` for `default`, with the body
/// its format sends.
#[doc(hidden)]
pub fn responses<T: HttpStatus + ResponseFormat>() -> Vec<(Option<u16>, Response)> {
    let members = members::<T>();
    super::openapi::documented::<T>()
        .into_iter()
        .map(|documented| {
            let mut response = match &members {
                None => detail_response(documented.description),
                Some(members) => problem_response(
                    documented.description,
                    members,
                    super::openapi::problem_kinds::<T>(documented.status),
                ),
            };
            for name in documented.headers {
                response
                    .headers
                    .insert(name.to_string(), ReferenceOr::Item(string_header()));
            }
            (documented.status.map(crate::Status::as_u16), response)
        })
        .collect()
}

/// The extension members of a problem type, each with the schema of its
/// type when it has one; `None` for a `{"detail"}` type.
fn members<T: ResponseFormat>() -> Option<Vec<(&'static str, Option<schemars::Schema>)>> {
    let names = T::PROBLEM_MEMBERS?;
    let mut schemas = Vec::new();
    T::member_schemas(&mut |member| schemas.push(member));
    let typed = |name: &str| {
        let member = schemas.iter().find(|m| m.name == name)?;
        member.schemars.map(|schema| schema())
    };
    Some(names.iter().map(|name| (*name, typed(name))).collect())
}

/// The response of a derived type on its own (`operation_response`): the
/// body its format sends.
#[doc(hidden)]
pub fn response<T: ResponseFormat>() -> Response {
    match &members::<T>() {
        None => detail_response("An error, with its status and `{\"detail\": …}`".to_string()),
        Some(members) => problem_response(
            "An error, with its status, as RFC 9457 problem details".to_string(),
            members,
            None,
        ),
    }
}

/// A `default` response with the `{"detail": string}` body: the status of
/// an `HttpError` is chosen at run time, so it cannot be listed.
impl OperationOutput for HttpError {
    type Inner = Self;

    fn operation_response(_: &mut GenContext, _: &mut Operation) -> Option<Response> {
        Some(detail_response(
            "An error, with the status and detail chosen when it is sent".to_string(),
        ))
    }

    fn inferred_responses(
        ctx: &mut GenContext,
        operation: &mut Operation,
    ) -> Vec<(Option<u16>, Response)> {
        Self::operation_response(ctx, operation)
            .map(|response| (None, response))
            .into_iter()
            .collect()
    }
}

/// A `default` response with the problem details body: as for
/// [`HttpError`], the status is chosen at run time. Its extension members
/// are not known statically, so only the optional `invalid-params` list
/// ([`ProblemDetails::with_invalid_params`]) is listed (other members are
/// allowed).
impl OperationOutput for ProblemDetails {
    type Inner = Self;

    fn operation_response(_: &mut GenContext, _: &mut Operation) -> Option<Response> {
        Some(problem_response(
            "A problem, with the status, type and detail chosen when it is sent".to_string(),
            &[(
                crate::InvalidParam::MEMBER,
                Some(crate::members::schemars_inline::<Vec<crate::InvalidParam>>()),
            )],
            None,
        ))
    }

    fn inferred_responses(
        ctx: &mut GenContext,
        operation: &mut Operation,
    ) -> Vec<(Option<u16>, Response)> {
        Self::operation_response(ctx, operation)
            .map(|response| (None, response))
            .into_iter()
            .collect()
    }
}

/// A `200` without content: the success of a handler that returns
/// nothing (`#[status_code(NO_CONTENT)]` makes it `WithStatus<NoBody, 204>`,
/// documented as a `204` without content).
impl OperationOutput for NoBody {
    type Inner = Self;

    fn operation_response(_: &mut GenContext, _: &mut Operation) -> Option<Response> {
        Some(Response {
            description: "OK".to_string(),
            ..Response::default()
        })
    }

    fn inferred_responses(
        ctx: &mut GenContext,
        operation: &mut Operation,
    ) -> Vec<(Option<u16>, Response)> {
        Self::operation_response(ctx, operation)
            .map(|response| (Some(200), response))
            .into_iter()
            .collect()
    }
}

/// `T`'s responses, with its `200` (which `WithStatus` replaces) listed
/// under the code in the type: `201` for a `WithStatus<T, 201>` (what
/// `#[status_code(CREATED)]` returns), described by `T`'s description or
/// else the reason phrase, and without content for 204, 205 and 304 (the
/// body is not sent); `2XX` for a `WithStatus<T>`, whose status is known only
/// at run time.
impl<T: OperationOutput, const CODE: u16> OperationOutput for WithStatus<T, CODE> {
    type Inner = T::Inner;

    fn operation_response(ctx: &mut GenContext, operation: &mut Operation) -> Option<Response> {
        T::operation_response(ctx, operation).map(success::<CODE>)
    }

    fn inferred_responses(
        ctx: &mut GenContext,
        operation: &mut Operation,
    ) -> Vec<(Option<u16>, Response)> {
        let mut responses = T::inferred_responses(ctx, operation);
        if let Some(at) = responses.iter().position(|(code, _)| *code == Some(200)) {
            let (_, response) = responses.remove(at);
            let response = success::<CODE>(response);
            if CODE == 0 {
                // aide's inferred responses are exact codes or `default`:
                // a range goes straight into the operation.
                operation
                    .responses
                    .get_or_insert_with(Default::default)
                    .responses
                    .insert(StatusCode::Range(2), ReferenceOr::Item(response));
            } else {
                responses.insert(at, (Some(CODE), response));
            }
        }
        responses
    }
}

/// `T`'s success response as sent with `CODE` (`0`: a 2xx known only at
/// run time): described by the reason phrase when `T` gave no description
/// (or a plain `OK`), and without content when the status has none.
fn success<const CODE: u16>(mut response: Response) -> Response {
    let Ok(status) = crate::Status::unassigned(CODE) else {
        return response;
    };
    if response.description.is_empty() || response.description == "OK" {
        response.description = match status.reason() {
            "" => CODE.to_string(),
            reason => reason.to_string(),
        };
    }
    if matches!(CODE, 204 | 205 | 304) {
        response.content.clear();
    }
    response
}

/// aide's `OperationOutput`: every status of the type, described by the
/// variants' doc comments, with the body its format sends.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_aide_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::aide::OperationOutput for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat,
        {
            type Inner = Self;

            fn operation_response(
                _: &mut $crate::__private::aide::GenContext,
                _: &mut $crate::__private::aide::Operation,
            ) -> ::core::option::Option<$crate::__private::aide::Response> {
                ::core::option::Option::Some($crate::__private::aide::response::<Self>())
            }

            fn inferred_responses(
                _: &mut $crate::__private::aide::GenContext,
                _: &mut $crate::__private::aide::Operation,
            ) -> $crate::__private::aide::Vec<(
                ::core::option::Option<u16>,
                $crate::__private::aide::Response,
            )> {
                $crate::__private::aide::responses::<Self>()
            }
        }
    };
}
