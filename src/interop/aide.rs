//! OpenAPI through aide 0.15: `#[status(response)]` types, [`HttpError`]
//! and [`WithStatus`] implement `aide::OperationOutput`, so a handler that
//! returns them documents what it sends.
//!
//! * A derived type's `inferred_responses` are one response per status of
//!   its [`HttpStatus::statuses`], described as for utoipa (the variants'
//!   doc comments, else the reason phrase), with the `{"detail": string}`
//!   JSON body.
//! * [`HttpError`] is a `default` response with the same body: its status
//!   is chosen at run time.
//! * [`WithStatus<T>`] is `T`'s responses, except that `T`'s `200` (which
//!   `WithStatus` replaces by a status known only at run time) is listed
//!   under `2XX`. aide reads the handler's return type, which for a
//!   `#[status_code(CREATED)]` handler is `WithStatus<T>` whatever the code,
//!   so the exact code is not available to it: name it with aide's
//!   `op.response::<201, T>()` where it matters.

use std::string::{String, ToString};
use std::vec::Vec;

use aide::generate::GenContext;
use aide::openapi::{MediaType, Operation, ReferenceOr, Response, SchemaObject, StatusCode};
use aide::operation::OperationOutput;

use super::openapi::description;
use crate::{HttpError, HttpStatus, WithStatus};

/// A response with `description` and the `{"detail": string}` JSON body.
fn detail_response(description: String) -> Response {
    let schema = schemars::json_schema!({
        "type": "object",
        "properties": { "detail": { "type": "string" } },
        "required": ["detail"],
    });
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
        content: [("application/json".to_string(), media)]
            .into_iter()
            .collect(),
        ..Response::default()
    }
}

/// The responses of a type with `HttpStatus`, for aide: one per status.
#[doc(hidden)]
pub fn responses<T: HttpStatus>() -> Vec<(Option<u16>, Response)> {
    let mut docs = Vec::new();
    T::__describe_statuses(&mut |status, doc| docs.push((status, doc)));
    T::statuses()
        .iter()
        .map(|status| {
            (
                Some(status.as_u16()),
                detail_response(description(status, &docs)),
            )
        })
        .collect()
}

/// The response of a derived type on its own (`operation_response`): the
/// detail body.
#[doc(hidden)]
pub fn response() -> Response {
    detail_response("An error, with its status and `{\"detail\": …}`".to_string())
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

/// `T`'s responses, with its `200` listed as `2XX`: the status that
/// replaces it is known only at run time.
impl<T: OperationOutput> OperationOutput for WithStatus<T> {
    type Inner = T::Inner;

    fn operation_response(ctx: &mut GenContext, operation: &mut Operation) -> Option<Response> {
        T::operation_response(ctx, operation)
    }

    fn inferred_responses(
        ctx: &mut GenContext,
        operation: &mut Operation,
    ) -> Vec<(Option<u16>, Response)> {
        let mut responses = T::inferred_responses(ctx, operation);
        if let Some(at) = responses.iter().position(|(code, _)| *code == Some(200)) {
            let (_, success) = responses.remove(at);
            operation
                .responses
                .get_or_insert_with(Default::default)
                .responses
                .insert(StatusCode::Range(2), ReferenceOr::Item(success));
        }
        responses
    }
}

/// aide's `OperationOutput`: every status of the type, described by the
/// variants' doc comments, with the detail body.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_aide_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::aide::OperationOutput for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus,
        {
            type Inner = Self;

            fn operation_response(
                _: &mut $crate::__private::aide::GenContext,
                _: &mut $crate::__private::aide::Operation,
            ) -> ::core::option::Option<$crate::__private::aide::Response> {
                ::core::option::Option::Some($crate::__private::aide::response())
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
