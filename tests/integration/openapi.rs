//! The OpenAPI documents of derived response types and `#[status_code]`
//! handlers (feature `utoipa`), pinned as JSON: status keys, descriptions,
//! content types and schemas.

mod openapi_types;

use axum::Json;
use openapi_types::{AuthNeeded, Fine, Limited, Mixed, kinds};
use serde_json::{Value, json};
use statuscode::{HttpError, HttpStatus, InvalidParam, status_code};
use utoipa::{IntoResponses, Path, ToSchema};

/// The responses of `T` as JSON.
fn responses<T: IntoResponses>() -> Value {
    serde_json::to_value(T::responses()).unwrap()
}

/// The responses of the operation of the `#[utoipa::path]` handler `P`.
fn operation_responses<P: Path>() -> Value {
    serde_json::to_value(P::operation().responses).unwrap()
}

/// `{"detail": string}` as `application/json`, described.
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

/// A plain enum: one response per variant, described by its doc comment,
/// or by the reason phrase without one.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum Plain {
    /// The item does not exist.
    #[error("not found")]
    #[status(NOT_FOUND)]
    Missing,
    #[error("conflict")]
    #[status(CONFLICT)]
    Conflict,
    /// The store is down;
    /// try again later.
    #[error("down")]
    #[status(SERVICE_UNAVAILABLE)]
    Down,
}

#[test]
fn plain_enum() {
    let _ = (Plain::Missing, Plain::Conflict, Plain::Down);
    assert_eq!(
        responses::<Plain>(),
        json!({
            "404": detail("The item does not exist."),
            "409": detail("Conflict"),
            "503": detail("The store is down;\ntry again later."),
        })
    );
}

/// Several variants with one status: one response listing each doc.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response, BAD_REQUEST)]
enum Shared {
    /// The name is empty.
    #[error("empty name")]
    EmptyName,
    /// The age is negative.
    #[error("negative age")]
    NegativeAge,
    #[error("no doc")]
    Undocumented,
    /// Log in first.
    #[error("unauthorized")]
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
    LoggedOut,
}

#[test]
fn shared_statuses() {
    let _ = (
        Shared::EmptyName,
        Shared::NegativeAge,
        Shared::Undocumented,
        Shared::LoggedOut,
    );
    assert_eq!(
        responses::<Shared>(),
        json!({
            "400": detail("- The name is empty.\n- The age is negative."),
            "401": with_headers(detail("Log in first."), &["WWW-Authenticate"]),
        })
    );
}

/// `response` with its declared `headers` documented, as strings.
fn with_headers(mut response: Value, headers: &[&str]) -> Value {
    let map: serde_json::Map<String, Value> = headers
        .iter()
        .map(|name| {
            (
                (*name).to_owned(),
                json!({ "schema": { "type": "string" } }),
            )
        })
        .collect();
    response["headers"] = Value::Object(map);
    response
}

/// Every declared header is documented on the response it is sent with.
#[test]
fn declared_headers_are_documented() {
    let _ = (Limited::Slow(1), Limited::Auth(AuthNeeded));
    assert_eq!(
        responses::<Limited>(),
        json!({
            "401": with_headers(
                detail("A plain type that declares its challenge."),
                &["WWW-Authenticate", "Cache-Control"]
            ),
            "429": with_headers(detail("Slow down."), &["Cache-Control", "Retry-After"]),
        })
    );
}

/// A generic wrapper: its own statuses, and the wrapped type's with the
/// wrapped type's docs.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum Wrapper<E> {
    /// Too many requests.
    #[error("slow down")]
    #[status(TOO_MANY_REQUESTS)]
    Throttled,
    #[error(transparent)]
    #[status(transparent)]
    Inner(E),
}

#[test]
fn transparent_generic_wrapper() {
    let _ = Wrapper::<Plain>::Throttled;
    let _ = Wrapper::Inner(Plain::Missing);
    assert_eq!(
        responses::<Wrapper<Plain>>(),
        json!({
            "404": detail("The item does not exist."),
            "409": detail("Conflict"),
            "429": detail("Too many requests."),
            "503": detail("The store is down;\ntry again later."),
        })
    );
}

/// A struct: its one status, described by the struct's doc comment.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("teapot")]
#[status(response, IM_A_TEAPOT)]
struct Teapot;

#[test]
fn a_struct() {
    let _ = Teapot;
    assert_eq!(
        responses::<Teapot>(),
        json!({ "418": detail("A struct: its one status, described by the struct's doc comment.") })
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
        responses::<statuscode::ProblemDetails>(),
        json!({ "default": expected })
    );
}

#[test]
fn http_error_is_a_default_response() {
    assert_eq!(
        responses::<HttpError>(),
        json!({ "default": detail("An error, with the status and detail chosen when it is sent") })
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
        "balance": { "type": "integer", "format": "int32", "minimum": 0 },
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

/// A problem type that wraps `Credit` whole and declares a 500 and a 409.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(problem, type = "https://example.com/probs/shop")]
enum Shop {
    #[error("the shop is down")]
    #[status(INTERNAL_SERVER_ERROR, title = "The shop is down.")]
    Down,
    #[error("sold out")]
    #[status(CONFLICT)]
    SoldOut,
    #[error(transparent)]
    #[status(transparent)]
    Credit(Credit),
}

/// Each response lists the `type` and `title` its variants send: the
/// type's `type` with a variant's own title, the reason phrase where no
/// title is declared, and for a 500 also what a refused response sends;
/// none for the statuses of a wrapped type (its field chooses them).
#[test]
fn problem_kinds_are_listed_per_status() {
    let _ = (Shop::Down, Shop::SoldOut, Shop::Credit(Credit::Missing));
    let responses = responses::<Shop>();
    let listed = |code: &str, member: &str| {
        responses[code]["content"]["application/problem+json"]["schema"]["properties"][member]
            ["enum"]
            .clone()
    };
    assert_eq!(
        listed("500", "type"),
        json!(["https://example.com/probs/shop", "about:blank"])
    );
    assert_eq!(
        listed("500", "title"),
        json!(["The shop is down.", "Internal Server Error"])
    );
    assert_eq!(
        listed("409", "type"),
        json!(["https://example.com/probs/shop"])
    );
    assert_eq!(listed("409", "title"), json!(["Conflict"]));
    for code in ["403", "404", "422"] {
        assert_eq!(listed(code, "type"), Value::Null, "{code}");
        assert_eq!(listed(code, "title"), Value::Null, "{code}");
    }
    // What each variant sends (axum's response, its body read back) is
    // among what its status's response lists: the document and the
    // response model agree.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    for (error, code) in [(Shop::Down, "500"), (Shop::SoldOut, "409")] {
        use axum::response::IntoResponse as _;
        let response = error.into_response();
        assert_eq!(response.status().as_str(), code);
        let body = runtime
            .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
            .unwrap();
        let body: Value = serde_json::from_slice(&body).unwrap();
        for member in ["type", "title"] {
            let listed = listed(code, member);
            assert!(
                listed.as_array().unwrap().contains(&body[member]),
                "{code}: {member} {} is not among {listed}",
                body[member]
            );
        }
    }
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
        responses::<Credit>(),
        json!({
            "403": kinds(
                problem("The balance is too low for the item.", &CREDIT_MEMBERS),
                &["https://example.com/probs/out-of-credit"],
                &["You do not have enough credit."],
            ),
            "404": kinds(problem("Not Found", &CREDIT_MEMBERS), &["about:blank"], &["Not Found"]),
            "422": kinds(
                problem("The order is not valid.", &CREDIT_MEMBERS),
                &["about:blank"],
                &["Unprocessable Content"],
            ),
        })
    );
}

#[derive(serde::Serialize, ToSchema)]
struct User {
    name: String,
}

/// `T`: the success status with the `Json` body named.
#[status_code(CREATED)]
#[utoipa::path(post, path = "/users", responses(Plain))]
async fn create() -> Json<User> {
    Json(User { name: "a".into() })
}

/// `Result<T, E>`: the success status next to the error's.
#[status_code(ACCEPTED)]
#[utoipa::path(get, path = "/users/{id}", responses((status = 404, description = "Not here")))]
async fn fetch() -> Result<Json<User>, Plain> {
    Err(Plain::Missing)
}

/// `()`: no content; and `responses` added when the path has none.
#[status_code(NO_CONTENT)]
#[utoipa::path(delete, path = "/users/{id}")]
async fn delete() {}

#[test]
fn status_code_above_utoipa_path() {
    let user = json!({ "$ref": "#/components/schemas/User" });
    let mut plain = responses::<Plain>();
    plain["201"] = json!({
        "description": "Created",
        "content": { "application/json": { "schema": user } },
    });
    assert_eq!(operation_responses::<__path_create>(), plain);
    assert_eq!(
        operation_responses::<__path_fetch>(),
        json!({
            "202": {
                "description": "Accepted",
                "content": { "application/json": { "schema": user } },
            },
            "404": { "description": "Not here" },
        })
    );
    assert_eq!(
        operation_responses::<__path_delete>(),
        json!({ "204": { "description": "No Content" } })
    );
    // The handlers still run.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        assert_eq!(create().await.status.as_u16(), 201);
        assert!(fetch().await.value.is_err());
        assert_eq!(delete().await.status.as_u16(), 204);
    });
}

/// What the README's application names its results.
type AppResult<T> = Result<T, Plain>;

/// Creates a user, through an alias.
#[status_code(CREATED)]
#[utoipa::path(post, path = "/aliased", responses(Plain))]
async fn create_aliased() -> AppResult<Json<User>> {
    Ok(Json(User { name: "a".into() }))
}

/// Creates a user, with a header beside the body.
#[status_code(CREATED)]
#[utoipa::path(post, path = "/with-header", responses(Plain))]
async fn create_with_header()
-> Result<([(axum::http::HeaderName, &'static str); 1], Json<User>), Plain> {
    let location = [(axum::http::header::LOCATION, "/users/a")];
    Ok((location, Json(User { name: "a".into() })))
}

/// Creates a user in actix-web, through an alias.
#[status_code(CREATED)]
#[utoipa::path(post, path = "/actix", responses(Plain))]
async fn create_in_actix() -> AppResult<actix_web::web::Json<User>> {
    Ok(actix_web::web::Json(User { name: "a".into() }))
}

/// Creates a user in Rocket, through an alias.
#[status_code(CREATED)]
#[utoipa::path(post, path = "/rocket", responses(Plain))]
async fn create_in_rocket() -> AppResult<rocket::serde::json::Json<User>> {
    Ok(rocket::serde::json::Json(User { name: "a".into() }))
}

/// Deletes a user, through an alias.
#[status_code(ACCEPTED)]
#[utoipa::path(delete, path = "/aliased", responses(Plain))]
async fn delete_aliased() -> AppResult<()> {
    Ok(())
}

/// The body the server sends is documented whatever spells the return
/// type: an alias or a tuple of headers and body is read through a trait
/// (`SuccessBody`), which documents the body inline; an alias of `()` is
/// without content. The generated doc line ("Responds with …") stays out of
/// the operation's description.
#[test]
fn status_code_documents_the_body_through_aliases() {
    let user = json!({
        "type": "object",
        "properties": { "name": { "type": "string" } },
        "required": ["name"],
    });
    let mut created = responses::<Plain>();
    created["201"] = json!({
        "description": "Created",
        "content": { "application/json": { "schema": user } },
    });
    assert_eq!(operation_responses::<__path_create_aliased>(), created);
    assert_eq!(operation_responses::<__path_create_with_header>(), created);
    assert_eq!(operation_responses::<__path_create_in_actix>(), created);
    assert_eq!(operation_responses::<__path_create_in_rocket>(), created);
    let mut accepted = responses::<Plain>();
    accepted["202"] = json!({ "description": "Accepted" });
    assert_eq!(operation_responses::<__path_delete_aliased>(), accepted);

    let operation = serde_json::to_value(__path_create_aliased::operation()).unwrap();
    assert_eq!(
        operation["summary"],
        json!("Creates a user, through an alias.")
    );
    assert_eq!(operation.get("description"), None, "{operation}");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        assert_eq!(create_aliased().await.status.as_u16(), 201);
        assert!(create_with_header().await.value.is_ok());
        assert!(create_in_actix().await.value.is_ok());
        assert!(create_in_rocket().await.value.is_ok());
        assert_eq!(delete_aliased().await.status.as_u16(), 202);
    });
}

/// Documented as it is sent: the declared 404, the wrapped 200 as the 500 it
/// goes out as, and `default` for the run-time status, never every code
/// (nor a 200 that would replace the operation's success).
#[test]
fn dynamic_and_success_statuses_are_documented_as_sent() {
    let _ = (
        Mixed::Missing,
        Mixed::Fine(Fine),
        Mixed::Http(HttpError::from_status(statuscode::Status::CONFLICT)),
    );
    assert_eq!(
        responses::<Mixed>(),
        json!({
            "404": detail("No such item."),
            "500": detail("Internal Server Error"),
            "default": detail("An error whose status is chosen when it is sent"),
        })
    );
}
