//! The OpenAPI responses of derived response types, `HttpError` and
//! `WithStatus<T>` through aide (feature `aide`), pinned as JSON.

mod openapi_types;

use aide::generate::in_context;
use aide::openapi::Operation;
use aide::operation::OperationOutput;
use openapi_types::{AuthNeeded, Fine, Limited, Mixed, kinds};
use serde_json::{Value, json};
use statuscode::{HttpError, HttpStatus, InvalidParam, WithStatus};

/// `T`'s inferred responses as `[[code or null, response], …]`, and the
/// operation's responses it set itself.
fn inferred<T: OperationOutput>() -> (Value, Value) {
    in_context(|ctx| {
        let mut operation = Operation::default();
        let responses = T::inferred_responses(ctx, &mut operation);
        (
            serde_json::to_value(responses).unwrap(),
            serde_json::to_value(operation.responses).unwrap(),
        )
    })
}

fn detail(description: &str) -> Value {
    json!({
        "description": description,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": { "detail": { "type": "string" } },
                    "required": ["detail"],
                },
            },
        },
    })
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum Plain {
    /// The item does not exist.
    #[error("not found")]
    #[status(NOT_FOUND)]
    Missing,
    /// The name is empty.
    #[error("empty")]
    #[status(BAD_REQUEST)]
    Empty,
    /// The name is too long.
    #[error("long")]
    #[status(BAD_REQUEST)]
    Long,
    #[error("down")]
    #[status(SERVICE_UNAVAILABLE)]
    Down,
}

#[test]
fn derived_type() {
    let _ = (Plain::Missing, Plain::Empty, Plain::Long, Plain::Down);
    assert_eq!(
        inferred::<Plain>(),
        (
            json!([
                [400, detail("- The name is empty.\n- The name is too long.")],
                [404, detail("The item does not exist.")],
                [503, detail("Service Unavailable")],
            ]),
            Value::Null
        )
    );
}

/// The RFC 9457 problem object as `application/problem+json`: the members
/// the derive always sends are required, `instance` and the declared
/// extension `members` (each with the schema of its type) are optional.
fn problem(description: &str, members: &Value) -> Value {
    let mut out = json!({
        "description": description,
        "content": {
            "application/problem+json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "type": { "type": "string", "format": "uri-reference" },
                        "title": { "type": "string" },
                        "status": { "type": "integer" },
                        "detail": { "type": "string" },
                        "instance": { "type": "string" },
                    },
                    "required": ["type", "title", "status", "detail"],
                },
            },
        },
    });
    let properties = out["content"]["application/problem+json"]["schema"]["properties"]
        .as_object_mut()
        .unwrap();
    for (name, schema) in members.as_object().unwrap() {
        properties.insert(name.clone(), schema.clone());
    }
    out
}

/// A member value with `Serialize` and no schema: documented as any JSON
/// value.
#[derive(Debug, serde::Serialize)]
struct Opaque;

/// The schema of a list of `InvalidParam`s.
static INVALID_PARAMS: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
    json!({
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "name": { "type": "string" },
                "reason": { "type": "string" },
            },
            "required": ["name", "reason"],
        },
    })
});

/// `Credit`'s members: each with the schema of its field's type (a fixed
/// value is a string; a type without a schema, any JSON value).
static CREDIT_MEMBERS: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
    json!({
        "balance": { "type": "integer", "format": "uint32", "minimum": 0 },
        "accounts": { "type": "array", "items": { "type": "string" } },
        "note": { "type": "string" },
        "cause": {},
        "invalid-params": INVALID_PARAMS.clone(),
    })
});

/// A `#[status(problem)]` enum: documented as what it sends.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(problem)]
enum Credit {
    /// The balance is too low for the item.
    #[error("your balance is {balance}")]
    #[status(
        FORBIDDEN,
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit.",
        extension("balance" = balance),
        extension("accounts" = accounts),
        extension("note" = "see /account"),
        extension("cause" = cause)
    )]
    Overdrawn {
        balance: u32,
        accounts: Vec<String>,
        cause: Opaque,
    },
    /// The order is not valid.
    #[error("invalid order")]
    #[status(UNPROCESSABLE_CONTENT, extension("invalid-params" = params), instance = "/orders")]
    Invalid { params: Vec<InvalidParam> },
    #[error("no such account")]
    #[status(NOT_FOUND)]
    Missing,
}

#[test]
fn problem_enum_is_problem_json() {
    let _ = (
        Credit::Overdrawn {
            balance: 30,
            accounts: Vec::new(),
            cause: Opaque,
        },
        Credit::Invalid { params: Vec::new() },
        Credit::Missing,
    );
    assert_eq!(
        inferred::<Credit>(),
        (
            json!([
                [
                    403,
                    kinds(
                        problem("The balance is too low for the item.", &CREDIT_MEMBERS),
                        &["https://example.com/probs/out-of-credit"],
                        &["You do not have enough credit."],
                    )
                ],
                [
                    404,
                    kinds(
                        problem("Not Found", &CREDIT_MEMBERS),
                        &["about:blank"],
                        &["Not Found"]
                    )
                ],
                [
                    422,
                    kinds(
                        problem("The order is not valid.", &CREDIT_MEMBERS),
                        &["about:blank"],
                        &["Unprocessable Content"],
                    )
                ],
            ]),
            Value::Null
        )
    );
}

#[test]
fn problem_details_is_a_default_problem_response() {
    // Its extension members are chosen at run time: only the optional
    // `invalid-params` list is listed.
    let expected = problem(
        "A problem, with the status, type and detail chosen when it is sent",
        &json!({ "invalid-params": INVALID_PARAMS.clone() }),
    );
    assert_eq!(
        inferred::<statuscode::ProblemDetails>(),
        (json!([[null, expected]]), Value::Null)
    );
}

/// On its own (`operation_response`), a problem type's body is the
/// problem object too.
#[test]
fn problem_operation_response() {
    let response = aide::generate::in_context(|ctx| {
        Credit::operation_response(ctx, &mut Operation::default())
    });
    assert_eq!(
        serde_json::to_value(response).unwrap(),
        problem(
            "An error, with its status, as RFC 9457 problem details",
            &CREDIT_MEMBERS
        )
    );
}

#[test]
fn http_error_is_a_default_response() {
    assert_eq!(
        inferred::<HttpError>(),
        (
            json!([[
                null,
                detail("An error, with the status and detail chosen when it is sent")
            ]]),
            Value::Null
        )
    );
}

#[test]
fn with_status_lists_the_success_as_2xx() {
    let (inferred_responses, operation) = inferred::<WithStatus<Result<String, Plain>>>();
    assert_eq!(
        inferred_responses,
        json!([
            [400, detail("- The name is empty.\n- The name is too long.")],
            [404, detail("The item does not exist.")],
            [503, detail("Service Unavailable")],
        ])
    );
    assert_eq!(
        operation,
        json!({
            "2XX": {
                "description": "plain text",
                "content": { "text/plain; charset=utf-8": {} },
            },
        })
    );
}

/// A generic wrapper: its own status and the wrapped type's, with their docs.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum Wrapper<E> {
    /// Slow down.
    #[error("slow down")]
    #[status(TOO_MANY_REQUESTS)]
    Throttled,
    #[error(transparent)]
    #[status(transparent)]
    Inner(E),
}

#[test]
fn transparent_generic_wrapper() {
    let _ = (Wrapper::<Plain>::Throttled, Wrapper::Inner(Plain::Missing));
    assert_eq!(
        inferred::<Wrapper<Plain>>().0,
        json!([
            [400, detail("- The name is empty.\n- The name is too long.")],
            [404, detail("The item does not exist.")],
            [429, detail("Slow down.")],
            [503, detail("Service Unavailable")],
        ])
    );
}

/// As utoipa: 404, the wrapped 200 as 500, and `default`, never every code.
#[test]
fn dynamic_and_success_statuses_are_documented_as_sent() {
    let _ = (
        Mixed::Missing,
        Mixed::Fine(Fine),
        Mixed::Http(HttpError::from_status(statuscode::Status::CONFLICT)),
    );
    let (responses, _) = inferred::<Mixed>();
    assert_eq!(
        responses,
        json!([
            [404, detail("No such item.")],
            [500, detail("Internal Server Error")],
            [
                null,
                detail("An error whose status is chosen when it is sent")
            ],
        ])
    );
}

/// Every declared header is documented on the response it is sent with, as
/// a required string.
#[test]
fn declared_headers_are_documented() {
    let _ = (Limited::Slow(1), Limited::Auth(AuthNeeded));
    let header = json!({ "style": "simple", "required": true, "schema": { "type": "string" } });
    let with = |mut response: Value, names: &[&str]| {
        response["headers"] = names
            .iter()
            .map(|n| ((*n).to_owned(), header.clone()))
            .collect();
        response
    };
    let (responses, _) = inferred::<Limited>();
    assert_eq!(
        responses,
        json!([
            [
                401,
                with(
                    detail("A plain type that declares its challenge."),
                    &["WWW-Authenticate", "Cache-Control"]
                )
            ],
            [
                429,
                with(detail("Slow down."), &["Cache-Control", "Retry-After"])
            ],
        ])
    );
}

/// `statuscode::aide::with_responses` adds the framework's own errors to an
/// operation whose types do not name them; a status the operation
/// documents already (here the application's 422) keeps its response.
#[test]
fn with_responses_adds_the_framework_errors_and_keeps_the_operations() {
    use aide::openapi::{ReferenceOr, Response, StatusCode};
    use aide::transform::TransformOperation;
    use statuscode::{FrameworkBodyErrors, FrameworkBodyProblems};

    let mut operation = Operation::default();
    let app = Response {
        description: "The name is blank.".to_owned(),
        ..Response::default()
    };
    operation
        .responses
        .get_or_insert_with(Default::default)
        .responses
        .insert(StatusCode::Code(422), ReferenceOr::Item(app));
    let _ = statuscode::aide::with_responses::<FrameworkBodyErrors>(TransformOperation::new(
        &mut operation,
    ));
    let after = serde_json::to_value(&operation.responses).unwrap();
    let codes: Vec<&String> = after.as_object().unwrap().keys().collect();
    assert_eq!(codes, ["400", "413", "415", "422", "500"]);
    assert_eq!(after["422"], json!({"description": "The name is blank."}));
    assert_eq!(
        after["415"],
        detail("The body's content type is not one the handler reads.")
    );

    let mut operation = Operation::default();
    let _ = statuscode::aide::with_responses::<FrameworkBodyProblems>(TransformOperation::new(
        &mut operation,
    ));
    let after = serde_json::to_value(&operation.responses).unwrap();
    assert!(
        after["422"]["content"]["application/problem+json"].is_object(),
        "{after}"
    );
}

/// Places an order (`#[status_code(CREATED)]`: the handler returns
/// `WithStatus<Result<Json<u64>, Plain>, 201>`).
#[statuscode::status_code(CREATED)]
async fn order(
    axum::extract::Path(item): axum::extract::Path<u32>,
) -> Result<axum::Json<u64>, Plain> {
    match item {
        0 => Err(Plain::Missing),
        n => Ok(axum::Json(u64::from(n))),
    }
}

/// Cancels an order (`WithStatus<Result<NoBody, Plain>, 204>`).
#[statuscode::status_code(NO_CONTENT)]
async fn cancel(axum::extract::Path(item): axum::extract::Path<u32>) -> Result<(), Plain> {
    match item {
        0 => Err(Plain::Missing),
        _ => Ok(()),
    }
}

/// Queues an order with a status chosen at run time (`WithStatus<T>`).
async fn queue() -> WithStatus<axum::Json<u64>> {
    WithStatus::new(statuscode::status!(ACCEPTED), axum::Json(1))
}

/// The responses of `method` `path` in the document of an aide router.
fn document_responses(path: &str, method: &str) -> Value {
    use aide::axum::ApiRouter;
    use aide::axum::routing::{get, post};

    let mut api = aide::openapi::OpenApi::default();
    let _router: axum::Router = ApiRouter::new()
        .api_route("/orders/{item}", post(order).delete(cancel))
        .api_route("/queue", get(queue))
        .finish_api(&mut api);
    let doc = serde_json::to_value(&api).unwrap();
    doc["paths"][path][method]["responses"].clone()
}

/// `#[status_code(CREATED)]` puts the code in the return type, so aide
/// documents `201` with the body's schema (described by the reason phrase),
/// and a `204` without content; `2XX` only for a `WithStatus<T>`, whose
/// status is known only at run time.
#[test]
fn status_code_documents_the_exact_success_code() {
    let json_u64 = json!({
        "application/json": {
            "schema": { "type": "integer", "format": "uint64", "minimum": 0 },
        },
    });
    let errors = json!({
        "400": detail("- The name is empty.\n- The name is too long."),
        "404": detail("The item does not exist."),
        "503": detail("Service Unavailable"),
    });
    let mut created = errors.clone();
    created["201"] = json!({ "description": "Created", "content": json_u64 });
    assert_eq!(document_responses("/orders/{item}", "post"), created);
    let mut no_content = errors;
    no_content["204"] = json!({ "description": "No Content" });
    assert_eq!(document_responses("/orders/{item}", "delete"), no_content);
    assert_eq!(
        document_responses("/queue", "get"),
        json!({ "2XX": { "description": "", "content": json_u64 } })
    );
}
