//! The items API of `utoipa_api.rs`, documented with aide 0.15 instead: aide
//! reads each handler's extractors and return type, so the document comes
//! from the types alone. `#[status_code(CREATED)]` makes a handler return
//! `WithStatus<T, 201>`, documented as `201` with `T`'s schema; each error
//! enum (`#[status(response)]`, feature `aide`) documents its statuses, with
//! its variants' doc comments and declared headers; the framework's own
//! errors are added with `statuscode::aide::with_responses`. A panic is
//! answered with the documented 500. The items and their create and lookup
//! errors are shared with the other OpenAPI examples
//! (`openapi_items/mod.rs`, `JsonSchema` derived).
//!
//! ```sh
//! cargo run -p statuscode-examples --example aide_api --features aide          # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example aide_api --features aide  # serves on 127.0.0.1:8000 (PORT to change), document at /openapi.json
//! ```
//!
//! With the feature `undocumented` as well, `get_item`'s `LookupError` is
//! left out of the document: `tests/openapi/check.sh` shows that
//! schemathesis then finds the undocumented 404.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use aide::axum::ApiRouter;
use aide::axum::routing::{get_with, put_with};
use aide::generate::GenContext;
use aide::openapi::{
    HeaderStyle, Info, OpenApi, Operation, Parameter, ParameterData, ParameterSchemaOrContent,
    ReferenceOr, SchemaObject,
};
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::{Extension, Json, Router};
use schemars::JsonSchema;
use serde::Deserialize;
use statuscode::{FrameworkBodyErrors, FrameworkErrors, HttpStatus, status_code};

// `Item`, `NewItem`, `CreateError` (409, 422), `LookupError` (404) and the
// store `Items`, shared by the four OpenAPI examples (`JsonSchema` here).
#[path = "openapi_items/mod.rs"]
mod items;
use items::{CreateError, Item, Items, LookupError, NewItem};

/// The `{id}` path parameter (aide names a path parameter by a field).
#[derive(Deserialize, JsonSchema)]
struct ItemId {
    id: u32,
}

/// Why an item cannot be renamed: its own statuses with the headers they
/// carry, and the lookup and naming errors nested whole.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum RenameError {
    /// Log in first: renaming needs an `Authorization` header.
    #[error("log in first")]
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
    LoggedOut,
    /// The item was renamed too often: try again after `Retry-After` seconds.
    #[error("renamed too often; try again in {seconds} s")]
    #[status(TOO_MANY_REQUESTS, header("Retry-After" = seconds))]
    Throttled { seconds: u32 },
    #[error(transparent)]
    #[status(transparent)]
    Lookup(#[from] LookupError),
    #[error(transparent)]
    #[status(transparent)]
    Name(#[from] CreateError),
}

/// How many times an item may be renamed.
const RENAMES: u32 = 3;

/// An `Authorization` header, required: without one the request is
/// refused with `RenameError::LoggedOut` (401 and its `WWW-Authenticate`).
/// Documented as a required header parameter.
struct Token;

impl<S: Send + Sync> FromRequestParts<S> for Token {
    type Rejection = RenameError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, RenameError> {
        if parts.headers.contains_key(AUTHORIZATION) {
            Ok(Token)
        } else {
            Err(RenameError::LoggedOut)
        }
    }
}

impl aide::OperationInput for Token {
    fn operation_input(_: &mut GenContext, operation: &mut Operation) {
        operation
            .parameters
            .push(ReferenceOr::Item(Parameter::Header {
                parameter_data: ParameterData {
                    name: "Authorization".to_owned(),
                    description: Some("`Bearer` and a token".to_owned()),
                    required: true,
                    deprecated: None,
                    format: ParameterSchemaOrContent::Schema(SchemaObject {
                        json_schema: schemars::json_schema!({ "type": "string" }),
                        example: None,
                        external_docs: None,
                    }),
                    example: None,
                    examples: std::iter::empty().collect(),
                    explode: None,
                    extensions: std::iter::empty().collect(),
                },
                style: HeaderStyle::Simple,
            }));
    }
}

/// An error sent as `E` sends it, left out of the document (feature
/// `undocumented`: the planted omission schemathesis must find).
#[cfg(feature = "undocumented")]
struct Undocumented<E>(E);

#[cfg(feature = "undocumented")]
impl<E: axum::response::IntoResponse> axum::response::IntoResponse for Undocumented<E> {
    fn into_response(self) -> axum::response::Response {
        self.0.into_response()
    }
}

#[cfg(feature = "undocumented")]
impl<E> aide::OperationOutput for Undocumented<E> {
    type Inner = ();
}

#[cfg(not(feature = "undocumented"))]
type GetError = LookupError;
#[cfg(feature = "undocumented")]
type GetError = Undocumented<LookupError>;

/// `error` as `get_item` sends it.
#[cfg(not(feature = "undocumented"))]
fn get_error(error: LookupError) -> GetError {
    error
}
#[cfg(feature = "undocumented")]
fn get_error(error: LookupError) -> GetError {
    Undocumented(error)
}

#[derive(Default)]
struct Db {
    items: Items,
    /// How many times each item was renamed.
    renames: BTreeMap<u32, u32>,
}

type AppState = Arc<Mutex<Db>>;

fn lock(db: &Mutex<Db>) -> MutexGuard<'_, Db> {
    db.lock().unwrap_or_else(PoisonError::into_inner)
}

/// How many items to list.
#[derive(Deserialize, JsonSchema)]
struct ListQuery {
    /// At most this many (all without it).
    limit: Option<u16>,
}

/// Every item (the first `limit`).
#[status_code(OK)]
async fn list_items(State(db): State<AppState>, Query(query): Query<ListQuery>) -> Json<Vec<Item>> {
    let limit = query.limit.map_or(usize::MAX, usize::from);
    Json(lock(&db).items.list(limit))
}

/// Stores a new item.
#[status_code(CREATED)]
async fn create_item(
    State(db): State<AppState>,
    Json(new): Json<NewItem>,
) -> Result<Json<Item>, CreateError> {
    lock(&db).items.create(&new).map(Json)
}

/// One item.
#[status_code(OK)]
async fn get_item(
    State(db): State<AppState>,
    Path(ItemId { id }): Path<ItemId>,
) -> Result<Json<Item>, GetError> {
    let item = lock(&db).items.get(id);
    item.map(Json).map_err(get_error)
}

/// Deletes an item.
#[status_code(NO_CONTENT)]
async fn delete_item(
    State(db): State<AppState>,
    Path(ItemId { id }): Path<ItemId>,
) -> Result<(), LookupError> {
    lock(&db).items.remove(id)
}

/// Renames an item (at most `RENAMES` times).
#[status_code(OK)]
async fn rename_item(
    State(db): State<AppState>,
    Path(ItemId { id }): Path<ItemId>,
    _: Token,
    Json(new): Json<NewItem>,
) -> Result<Json<Item>, RenameError> {
    let mut db = lock(&db);
    db.items.get(id)?;
    let name = db.items.name(&new, Some(id))?;
    let renames = db.renames.entry(id).or_default();
    if *renames >= RENAMES {
        return Err(RenameError::Throttled { seconds: 60 });
    }
    *renames += 1;
    Ok(Json(db.items.rename(id, name)?))
}

/// The document, as aide built it from the routes.
async fn document(Extension(api): Extension<Arc<OpenApi>>) -> Json<OpenApi> {
    Json(OpenApi::clone(&api))
}

fn app() -> Router {
    // The framework's own errors (a path or body axum cannot parse), which
    // `statuscode::axum::detail_errors` answers in the application's format.
    use statuscode::aide::with_responses;
    let mut api = OpenApi {
        info: Info {
            title: "items".to_owned(),
            version: "1.0.0".to_owned(),
            ..Info::default()
        },
        ..OpenApi::default()
    };
    ApiRouter::new()
        .api_route(
            "/items",
            get_with(list_items, with_responses::<FrameworkErrors>)
                .post_with(create_item, with_responses::<FrameworkBodyErrors>),
        )
        .api_route(
            "/items/{id}",
            get_with(get_item, with_responses::<FrameworkErrors>)
                .delete_with(delete_item, with_responses::<FrameworkErrors>),
        )
        .api_route(
            "/items/{id}/name",
            put_with(rename_item, with_responses::<FrameworkBodyErrors>),
        )
        .route("/openapi.json", axum::routing::get(document))
        .finish_api(&mut api)
        .layer(Extension(Arc::new(api)))
        .with_state(AppState::default())
        .layer(axum::middleware::map_response(
            statuscode::axum::detail_errors,
        ))
        // A panic is answered with the documented 500 in `{"detail"}`, not
        // with a dropped connection.
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            statuscode::axum::detail_panic,
        ))
}

/// Walks the API over HTTP, then fetches the document and checks that it
/// lists the exact success codes and every status the handlers send.
async fn demo(base: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::Client::builder().no_proxy().build()?;
    let created = client
        .post(format!("{base}/items"))
        .json(&serde_json::json!({ "name": "hammer" }))
        .send()
        .await?;
    assert_eq!(created.status().as_u16(), 201);
    let missing = client.get(format!("{base}/items/99")).send().await?;
    assert_eq!(missing.status().as_u16(), 404);
    let rename = || {
        client
            .put(format!("{base}/items/1/name"))
            .json(&serde_json::json!({ "name": "mallet" }))
    };
    let logged_out = rename().send().await?;
    assert_eq!(logged_out.status().as_u16(), 401);
    assert_eq!(logged_out.headers()["www-authenticate"], "Bearer");
    for _ in 0..RENAMES {
        assert_eq!(
            rename().bearer_auth("t").send().await?.status().as_u16(),
            200
        );
    }
    let throttled = rename().bearer_auth("t").send().await?;
    assert_eq!(throttled.status().as_u16(), 429);
    assert_eq!(throttled.headers()["retry-after"], "60");
    let deleted = client.delete(format!("{base}/items/1")).send().await?;
    assert_eq!(deleted.status().as_u16(), 204);

    let doc: serde_json::Value = client
        .get(format!("{base}/openapi.json"))
        .send()
        .await?
        .json()
        .await?;
    let responses = |path: &str, method: &str| doc["paths"][path][method]["responses"].clone();
    let statuses = |path: &str, method: &str| -> Vec<String> {
        responses(path, method)
            .as_object()
            .map(|r| r.keys().cloned().collect())
            .unwrap_or_default()
    };
    println!("GET /openapi.json lists:");
    for (path, method) in [
        ("/items", "get"),
        ("/items", "post"),
        ("/items/{id}", "get"),
        ("/items/{id}", "delete"),
        ("/items/{id}/name", "put"),
    ] {
        println!(
            "  {} {path}: {}",
            method.to_uppercase(),
            statuses(path, method).join(", ")
        );
    }
    let mut post = statuses("/items", "post");
    post.sort();
    assert_eq!(post, ["201", "400", "409", "413", "415", "422", "500"]);
    assert!(responses("/items", "post")["201"]["content"]["application/json"].is_object());
    let mut put = statuses("/items/{id}/name", "put");
    put.sort();
    assert_eq!(
        put,
        [
            "200", "400", "401", "404", "409", "413", "415", "422", "429", "500"
        ]
    );
    let rename = responses("/items/{id}/name", "put");
    assert!(rename["401"]["headers"]["WWW-Authenticate"].is_object());
    assert!(rename["429"]["headers"]["Retry-After"].is_object());
    if cfg!(not(feature = "undocumented")) {
        let mut delete = statuses("/items/{id}", "delete");
        delete.sort();
        assert_eq!(delete, ["204", "400", "404", "500"]);
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Some(port) = items::serve_port() {
        let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
        println!("serving on http://{}", listener.local_addr()?);
        axum::serve(listener, app()).await?;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app()).await });
    tokio::time::timeout(std::time::Duration::from_secs(30), demo(&base)).await?
}
