//! OpenAPI through salvo-oapi 1: `#[status(response)]` and
//! `#[status(problem)]` types, [`HttpError`], [`ProblemDetails`],
//! [`NoBody`] and [`WithStatus<T>`] implement
//! `salvo_oapi::EndpointOutRegister`, so an `#[endpoint]` handler may
//! return them (alone or in a `Result`) and its document lists what they
//! send.
//!
//! * A derived type adds one response per status it is sent with, as for
//!   utoipa, aide and poem-openapi (`openapi::documented`): described by
//!   the variants' doc comments (else the reason phrase), a 1xx/2xx variant
//!   as the 500 it is sent as, the statuses of a field known only at run
//!   time as `default`, and each declared header (a string, required) on
//!   its response. The content is `{"detail": string}` as
//!   `application/json`, or for a `#[status(problem)]` type the RFC 9457
//!   problem object as `application/problem+json` (its extension members
//!   any JSON value: the derive finds the schema of a member's type for
//!   utoipa and schemars only). An error never replaces
//!   a response the operation already has (its success response wins).
//! * [`HttpError`] and [`ProblemDetails`] pick their status at run time:
//!   each is one `default` response.
//! * [`WithStatus<T, CODE>`](WithStatus) is `T`'s registration, with `T`'s
//!   `200` (which `WithStatus` replaces) listed under `CODE`:
//!   `#[status_code(CREATED)]` above `#[endpoint]` makes the return type
//!   `WithStatus<T, 201>`, documented as `201` with `T`'s body. A
//!   `WithStatus<T>` (`CODE` 0, a status known only at run time) lists it
//!   as `2XX`. [`NoBody`] is a `200` without content (so
//!   `WithStatus<NoBody, 204>` is a `204` without content).

use std::string::{String, ToString};

use salvo_oapi::{
    BasicType, Components, Content, EndpointOutRegister, Header, Object, Operation, RefOr,
    Response, SchemaFormat, SchemaType,
};

use super::openapi::Kinds;
use crate::rules::ResponseFormat;
use crate::{HttpError, HttpStatus, NoBody, ProblemDetails, WithStatus};

/// A string schema.
fn string() -> Object {
    Object::with_type(BasicType::String)
}

/// A response with `description` and the `{"detail": string}` JSON body.
fn detail_response(description: String) -> Response {
    let schema = Object::new()
        .property("detail", string())
        .required("detail");
    Response::new(description).add_content("application/json", Content::new(schema))
}

/// A response with `description` and the RFC 9457 problem object as
/// `application/problem+json`: the members always sent required, then
/// `instance` and the extension `members` optional, each any JSON value
/// (the derive finds the schema of a member's type for utoipa and schemars,
/// not for salvo-oapi), and the optional `invalid-params` list when
/// `invalid_params`; `type` and `title` listed as an `enum` where `kinds`
/// (`openapi::problem_kinds`) knows them all.
fn problem_response(
    description: String,
    members: &[&str],
    invalid_params: bool,
    kinds: Kinds,
) -> Response {
    let mut type_uri = string().format(SchemaFormat::Custom("uri-reference".to_string()));
    let mut title = string();
    if let Some((types, titles)) = kinds {
        type_uri = type_uri.enum_values(types);
        title = title.enum_values(titles);
    }
    let mut schema = Object::new()
        .property("type", type_uri)
        .property("title", title)
        .property("status", Object::with_type(BasicType::Integer))
        .property("detail", string())
        .property("instance", string());
    for member in members {
        schema = schema.property(*member, Object::with_type(SchemaType::AnyValue));
    }
    if invalid_params {
        let param = Object::new()
            .property("name", string())
            .property("reason", string())
            .required("name")
            .required("reason");
        schema = schema.property(crate::InvalidParam::MEMBER, param.to_array());
    }
    let schema = schema
        .required("type")
        .required("title")
        .required("status")
        .required("detail");
    Response::new(description).add_content("application/problem+json", Content::new(schema))
}

/// Adds `response` under `key` unless the operation has a response there
/// already: an error never replaces the success response of its code.
fn add_error(operation: &mut Operation, key: String, response: Response) {
    if !operation.responses.contains_key(&key) {
        operation.responses.insert(key, response);
    }
}

/// Adds the responses of a type with `HttpStatus` to `operation`: one per
/// status it is sent with (`openapi::documented`), `default` for the
/// statuses known only at run time, with the body its format sends and its
/// declared headers.
#[doc(hidden)]
pub fn register<T: HttpStatus + ResponseFormat>(operation: &mut Operation) {
    for documented in super::openapi::documented::<T>() {
        let mut response = match T::PROBLEM_MEMBERS {
            None => detail_response(documented.description),
            Some(members) => problem_response(
                documented.description,
                members,
                false,
                super::openapi::problem_kinds::<T>(documented.status),
            ),
        };
        for name in documented.headers {
            response = response.add_header(name, Header::new(string()).required(true));
        }
        let key = documented.status.map_or_else(
            || "default".to_string(),
            |status| status.as_u16().to_string(),
        );
        add_error(operation, key, response);
    }
}

/// A `default` response with the `{"detail": string}` body: the status of
/// an `HttpError` is chosen when it is made, so it cannot be listed.
///
/// ```
/// use salvo_oapi::{Components, EndpointOutRegister, Operation};
/// use statuscode::HttpError;
///
/// let mut operation = Operation::new();
/// HttpError::register(&mut Components::new(), &mut operation);
/// assert_eq!(operation.responses.keys().collect::<Vec<_>>(), ["default"]);
/// ```
impl EndpointOutRegister for HttpError {
    fn register(_: &mut Components, operation: &mut Operation) {
        add_error(
            operation,
            "default".to_string(),
            detail_response(
                "An error, with the status and detail chosen when it is sent".to_string(),
            ),
        );
    }
}

/// A `default` response with the problem details body: as for
/// [`HttpError`], the status is chosen when it is made. Its extension
/// members are not known statically, so only the optional `invalid-params`
/// list ([`ProblemDetails::with_invalid_params`]) is listed (other members
/// are allowed).
impl EndpointOutRegister for ProblemDetails {
    fn register(_: &mut Components, operation: &mut Operation) {
        add_error(
            operation,
            "default".to_string(),
            problem_response(
                "A problem, with the status, type and detail chosen when it is sent".to_string(),
                &[],
                true,
                None,
            ),
        );
    }
}

/// A `200` without content: the success of a handler that returns
/// nothing (`#[status_code(NO_CONTENT)]` makes it `WithStatus<NoBody>`).
impl EndpointOutRegister for NoBody {
    fn register(_: &mut Components, operation: &mut Operation) {
        operation.responses.insert("200", Response::new("OK"));
    }
}

/// `T`'s registration, with its `200` (which `WithStatus` replaces) listed
/// under the code in the type: `201` for a `WithStatus<T, 201>` (what
/// `#[status_code(CREATED)]` returns; described by the reason phrase when
/// `T` said only `OK`, and without content for 204, 205 and 304), `2XX` for
/// a `WithStatus<T>`, whose status is known only at run time. `T`'s other
/// responses (an error's, a redirect's) are kept as `T` registers them.
///
/// ```
/// use salvo_oapi::{Components, EndpointOutRegister, Operation};
/// use statuscode::{NoBody, WithStatus};
///
/// let mut operation = Operation::new();
/// <WithStatus<NoBody>>::register(&mut Components::new(), &mut operation);
/// assert_eq!(operation.responses.keys().collect::<Vec<_>>(), ["2XX"]);
///
/// let mut operation = Operation::new();
/// <WithStatus<NoBody, 204>>::register(&mut Components::new(), &mut operation);
/// assert_eq!(operation.responses.keys().collect::<Vec<_>>(), ["204"]);
/// ```
impl<T: EndpointOutRegister, const CODE: u16> EndpointOutRegister for WithStatus<T, CODE> {
    fn register(components: &mut Components, operation: &mut Operation) {
        let mut own = Operation::new();
        T::register(components, &mut own);
        let mut responses = own.responses;
        if let Some(mut success) = responses.remove("200") {
            match crate::Status::unassigned(CODE) {
                Ok(status) => {
                    if let RefOr::Type(response) = &mut success {
                        if response.description.is_empty() || response.description == "OK" {
                            response.description = match status.reason() {
                                "" => CODE.to_string(),
                                reason => reason.to_string(),
                            };
                        }
                        if matches!(CODE, 204 | 205 | 304) {
                            response.contents.clear();
                        }
                    }
                    operation.responses.insert(CODE.to_string(), success);
                }
                Err(_) => {
                    operation.responses.insert("2XX", success);
                }
            }
        }
        for (key, response) in responses {
            if !operation.responses.contains_key(&key) {
                operation.responses.insert(key, response);
            }
        }
    }
}

/// salvo-oapi items the generated code names.
pub mod private {
    pub use super::register;
    pub use salvo_oapi::{Components, EndpointOutRegister, Operation};
}

/// salvo-oapi's `EndpointOutRegister`: every status of the type, described
/// by the variants' doc comments, with the body its format sends and its
/// declared headers.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_salvo_oapi_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::salvo_oapi::EndpointOutRegister for $($ty)*
        where
            $($where_clause)*
            Self: $crate::HttpStatus + $crate::__private::ResponseFormat,
        {
            fn register(
                _: &mut $crate::__private::salvo_oapi::Components,
                operation: &mut $crate::__private::salvo_oapi::Operation,
            ) {
                $crate::__private::salvo_oapi::register::<Self>(operation);
            }
        }
    };
}
