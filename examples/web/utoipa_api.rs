//! An items API in axum whose OpenAPI document comes from the same
//! declarations that set the statuses: each error enum lists its statuses
//! with its variants' doc comments (`#[status(response)]`, feature
//! `utoipa`), and `#[status_code]` adds the success status to the
//! `#[utoipa::path]` below it.
//!
//! ```sh
//! cargo run -p statuscode-examples --example utoipa_api --features utoipa          # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example utoipa_api --features utoipa  # serves on 127.0.0.1:8000 (PORT to change), document at /openapi.json
//! ```
//!
//! With the feature `undocumented` as well, `LookupError` is left out of
//! the document: `tests/openapi/check.sh` shows that schemathesis then
//! finds the undocumented 404. With `undocumented-header`, the rename's
//! responses are written by hand without their headers, and the check's
//! `undocumented_response_header` (tests/openapi/hooks.py) finds the 401's
//! `WWW-Authenticate`.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use axum::routing::{get, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use statuscode::{FrameworkBodyErrors, FrameworkErrors, HttpStatus, status_code};
use utoipa::{OpenApi, ToSchema};

#[derive(Clone, Serialize, ToSchema)]
struct Item {
    id: u32,
    name: String,
}

#[derive(Deserialize, ToSchema)]
struct NewItem {
    name: String,
}

/// Why an item cannot be created.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum CreateError {
    /// An item with this name exists already.
    #[error("an item named {0:?} exists already")]
    #[status(CONFLICT)]
    Exists(String),
    /// The name is blank.
    #[error("the name is blank")]
    #[status(UNPROCESSABLE_CONTENT)]
    Blank,
}

/// Why an item cannot be found.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum LookupError {
    /// No item has this id.
    #[error("no item has the id {0}")]
    #[status(NOT_FOUND)]
    NotFound(u32),
}

#[derive(Default)]
struct Db {
    items: BTreeMap<u32, Item>,
    next_id: u32,
    /// How many times each item was renamed.
    renames: BTreeMap<u32, u32>,
}

type AppState = Arc<Mutex<Db>>;

fn lock(db: &Mutex<Db>) -> MutexGuard<'_, Db> {
    db.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Every item.
#[status_code(OK)]
#[utoipa::path(get, path = "/items", responses(FrameworkErrors))]
async fn list_items(State(db): State<AppState>) -> Json<Vec<Item>> {
    Json(lock(&db).items.values().cloned().collect())
}

/// Stores a new item.
#[status_code(CREATED)]
#[utoipa::path(post, path = "/items", request_body = NewItem, responses(CreateError, FrameworkBodyErrors))]
async fn create_item(
    State(db): State<AppState>,
    Json(new): Json<NewItem>,
) -> Result<Json<Item>, CreateError> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err(CreateError::Blank);
    }
    let mut db = lock(&db);
    if db.items.values().any(|item| item.name == name) {
        return Err(CreateError::Exists(name.to_owned()));
    }
    db.next_id += 1;
    let item = Item {
        id: db.next_id,
        name: name.to_owned(),
    };
    db.items.insert(item.id, item.clone());
    Ok(Json(item))
}

/// One item.
#[status_code(OK)]
#[cfg_attr(not(feature = "undocumented"), utoipa::path(get, path = "/items/{id}", params(("id" = u32, Path)), responses(LookupError, FrameworkErrors)))]
#[cfg_attr(feature = "undocumented", utoipa::path(get, path = "/items/{id}", params(("id" = u32, Path)), responses(FrameworkErrors)))]
async fn get_item(
    State(db): State<AppState>,
    Path(id): Path<u32>,
) -> Result<Json<Item>, LookupError> {
    let item = lock(&db).items.get(&id).cloned();
    item.map(Json).ok_or(LookupError::NotFound(id))
}

/// Deletes an item.
#[status_code(NO_CONTENT)]
#[cfg_attr(not(feature = "undocumented"), utoipa::path(delete, path = "/items/{id}", params(("id" = u32, Path)), responses(LookupError, FrameworkErrors)))]
#[cfg_attr(feature = "undocumented", utoipa::path(delete, path = "/items/{id}", params(("id" = u32, Path)), responses(FrameworkErrors)))]
async fn delete_item(State(db): State<AppState>, Path(id): Path<u32>) -> Result<(), LookupError> {
    lock(&db)
        .items
        .remove(&id)
        .map(drop)
        .ok_or(LookupError::NotFound(id))
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

/// The `{"detail"}` body, for the responses documented by hand below.
#[cfg(feature = "undocumented-header")]
#[derive(ToSchema)]
#[allow(dead_code)]
struct Detail {
    detail: String,
}

/// Renames an item (at most `RENAMES` times).
#[status_code(OK)]
#[cfg_attr(not(feature = "undocumented-header"), utoipa::path(put, path = "/items/{id}/name",
    params(("id" = u32, Path), ("Authorization" = String, Header, description = "`Bearer` and a token")),
    request_body = NewItem, responses(RenameError, FrameworkBodyErrors)))]
// The planted omission: every status documented by hand, but the 401's
// `WWW-Authenticate` and the 429's `Retry-After` left out.
#[cfg_attr(feature = "undocumented-header", utoipa::path(put, path = "/items/{id}/name",
    params(("id" = u32, Path), ("Authorization" = String, Header, description = "`Bearer` and a token")),
    request_body = NewItem, responses(
        (status = 401, description = "Log in first", body = Detail),
        (status = 404, description = "No item has this id", body = Detail),
        (status = 409, description = "An item with this name exists already", body = Detail),
        (status = 422, description = "The name is blank", body = Detail),
        (status = 429, description = "Renamed too often", body = Detail),
        FrameworkBodyErrors)))]
async fn rename_item(
    State(db): State<AppState>,
    Path(id): Path<u32>,
    headers: HeaderMap,
    Json(new): Json<NewItem>,
) -> Result<Json<Item>, RenameError> {
    if !headers.contains_key(AUTHORIZATION) {
        return Err(RenameError::LoggedOut);
    }
    let mut db = lock(&db);
    if !db.items.contains_key(&id) {
        return Err(LookupError::NotFound(id).into());
    }
    let name = new.name.trim();
    if name.is_empty() {
        return Err(CreateError::Blank.into());
    }
    if db
        .items
        .values()
        .any(|item| item.name == name && item.id != id)
    {
        return Err(CreateError::Exists(name.to_owned()).into());
    }
    let renames = db.renames.entry(id).or_default();
    if *renames >= RENAMES {
        return Err(RenameError::Throttled { seconds: 60 });
    }
    *renames += 1;
    let item = db.items.get_mut(&id).ok_or(LookupError::NotFound(id))?;
    name.clone_into(&mut item.name);
    Ok(Json(item.clone()))
}

#[derive(OpenApi)]
#[openapi(
    info(title = "items", version = "1.0.0"),
    paths(list_items, create_item, get_item, delete_item, rename_item)
)]
struct ApiDoc;

fn app() -> Router {
    Router::new()
        .route("/items", get(list_items).post(create_item))
        .route("/items/{id}", get(get_item).delete(delete_item))
        .route("/items/{id}/name", put(rename_item))
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .with_state(AppState::default())
        // axum's own errors (a body or path it cannot parse …) in the
        // application's `{"detail"}`, as `FrameworkErrors` and
        // `FrameworkBodyErrors` document them.
        .layer(axum::middleware::map_response(
            statuscode::axum::detail_errors,
        ))
}

/// `Some(port)` when asked to serve (`SERVE=1` or `--serve`; `PORT`,
/// default 8000) instead of running the self-demo.
fn serve_port() -> Option<String> {
    let serve = std::env::var_os("SERVE").is_some_and(|v| v != "0")
        || std::env::args().any(|a| a == "--serve");
    serve.then(|| std::env::var("PORT").unwrap_or_else(|_| "8000".to_owned()))
}

/// Fetches the document over HTTP and checks that it lists every status
/// the handlers send, described by the doc comments.
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
        let renamed = rename().bearer_auth("token").send().await?;
        assert_eq!(renamed.status().as_u16(), 200);
    }
    let throttled = rename().bearer_auth("token").send().await?;
    assert_eq!(throttled.status().as_u16(), 429);
    assert_eq!(throttled.headers()["retry-after"], "60");
    let doc: serde_json::Value = client
        .get(format!("{base}/openapi.json"))
        .send()
        .await?
        .json()
        .await?;
    let statuses = |path: &str, method: &str| -> Vec<String> {
        doc["paths"][path][method]["responses"]
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
    assert_eq!(
        statuses("/items", "post"),
        ["201", "400", "409", "413", "415", "422", "500"]
    );
    assert_eq!(
        doc["paths"]["/items"]["post"]["responses"]["409"]["description"],
        "An item with this name exists already."
    );
    if cfg!(not(feature = "undocumented-header")) {
        let rename = &doc["paths"]["/items/{id}/name"]["put"]["responses"];
        assert_eq!(
            statuses("/items/{id}/name", "put"),
            [
                "200", "400", "401", "404", "409", "413", "415", "422", "429", "500"
            ]
        );
        assert!(rename["401"]["headers"]["WWW-Authenticate"].is_object());
        assert!(rename["429"]["headers"]["Retry-After"].is_object());
    }
    if cfg!(not(feature = "undocumented")) {
        assert_eq!(
            statuses("/items/{id}", "delete"),
            ["204", "400", "404", "500"]
        );
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Some(port) = serve_port() {
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
