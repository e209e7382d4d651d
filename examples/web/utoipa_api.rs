//! An items API in axum whose OpenAPI document comes from the same
//! declarations that set the statuses: each error enum lists its statuses
//! with its variants' doc comments (`#[status(response)]`, feature
//! `utoipa`), and `#[status_code]` adds the success status to the
//! `#[utoipa::path]` below it, with the body it finds through an alias
//! (`AppResult<Json<Reservation>>`: statuscode's feature `utoipa-axum`).
//! The shapes a real service has: a 304 Not Modified with its `ETag` and no
//! body, a 401 with `WWW-Authenticate`, a 429 with `Retry-After`, errors
//! nested whole, and a backend's error whose status is chosen at run time
//! (documented as `default`). A panic is answered with the documented 500.
//! The items and their create and lookup errors are shared with the other
//! OpenAPI examples (`openapi_items/mod.rs`, `ToSchema` derived).
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
//! `WWW-Authenticate`. With `phantom`, the list documents a 410 that no
//! request gets: the check's scripted requests (tests/openapi/statuses.py)
//! then find a documented status the server never sends.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use std::fmt::{Debug, Display};

use axum::extract::{Path, Query, State};
use axum::http::header::{AUTHORIZATION, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use statuscode::{
    FrameworkBodyErrors, FrameworkErrors, HttpStatus, Status, StatusSet, status_code,
};
use utoipa::{IntoParams, OpenApi, ToSchema};

// `Item`, `NewItem`, `CreateError` (409, 422), `LookupError` (404) and the
// store `Items`, shared by the four OpenAPI examples (`ToSchema` here).
#[path = "openapi_items/mod.rs"]
mod items;
use items::{CreateError, Item, Items, LookupError, NewItem};

#[derive(Default)]
struct Db {
    items: Items,
    /// How many times each item was renamed.
    renames: BTreeMap<u32, u32>,
    /// Where the items' stock is kept.
    warehouse: Shelves,
}

type AppState = Arc<Mutex<Db>>;

fn lock(db: &Mutex<Db>) -> MutexGuard<'_, Db> {
    db.lock().unwrap_or_else(PoisonError::into_inner)
}

/// How many items to list.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ListQuery {
    /// At most this many (all without it).
    #[param(maximum = 65535)]
    limit: Option<u16>,
}

/// Every item (the first `limit`).
#[status_code(OK)]
#[cfg_attr(
    not(feature = "phantom"),
    utoipa::path(get, path = "/items", params(ListQuery), responses(FrameworkErrors))
)]
// The planted phantom: a status documented by hand that no request gets.
#[cfg_attr(feature = "phantom", utoipa::path(get, path = "/items", params(ListQuery),
    responses((status = 410, description = "Gone: the list was retired"), FrameworkErrors)))]
async fn list_items(State(db): State<AppState>, Query(query): Query<ListQuery>) -> Json<Vec<Item>> {
    let limit = query.limit.map_or(usize::MAX, usize::from);
    Json(lock(&db).items.list(limit))
}

/// Stores a new item.
#[status_code(CREATED)]
#[utoipa::path(post, path = "/items", request_body = NewItem, responses(CreateError, FrameworkBodyErrors))]
async fn create_item(
    State(db): State<AppState>,
    Json(new): Json<NewItem>,
) -> Result<Json<Item>, CreateError> {
    let mut db = lock(&db);
    let item = db.items.create(&new)?;
    db.warehouse.stock.insert(item.id, STOCK);
    Ok(Json(item))
}

/// The version of item `id` after `renames` renames, as its `ETag`.
fn etag(id: u32, renames: u32) -> String {
    format!("\"{id}.{renames}\"")
}

/// Whether `If-None-Match` names `etag` (or is `*`), weak tags included.
fn none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == etag || tag == "*")
}

/// One item, with its version in `ETag`; without body when the client's
/// copy (`If-None-Match`) is current.
#[status_code(OK)]
#[cfg_attr(not(feature = "undocumented"), utoipa::path(get, path = "/items/{id}",
    params(("id" = u32, Path), ("If-None-Match" = Option<String>, Header, description = "The `ETag` of the client's copy")),
    responses(
        (status = 200, description = "The item", body = Item, headers(("ETag" = String, description = "The item's version"))),
        (status = 304, description = "Not Modified: the client's copy is current", headers(("ETag" = String, description = "The item's version"))),
        LookupError, FrameworkErrors)))]
#[cfg_attr(feature = "undocumented", utoipa::path(get, path = "/items/{id}",
    params(("id" = u32, Path), ("If-None-Match" = Option<String>, Header, description = "The `ETag` of the client's copy")),
    responses(
        (status = 200, description = "The item", body = Item, headers(("ETag" = String, description = "The item's version"))),
        (status = 304, description = "Not Modified: the client's copy is current", headers(("ETag" = String, description = "The item's version"))),
        FrameworkErrors)))]
async fn get_item(
    State(db): State<AppState>,
    Path(id): Path<u32>,
    headers: HeaderMap,
) -> Result<Response, LookupError> {
    let db = lock(&db);
    let item = db.items.get(id)?;
    let etag = etag(id, db.renames.get(&id).copied().unwrap_or_default());
    if none_match(&headers, &etag) {
        return Ok((StatusCode::NOT_MODIFIED, [(ETAG, etag)]).into_response());
    }
    Ok(([(ETAG, etag)], Json(item)).into_response())
}

/// Deletes an item.
#[status_code(NO_CONTENT)]
#[cfg_attr(not(feature = "undocumented"), utoipa::path(delete, path = "/items/{id}", params(("id" = u32, Path)), responses(LookupError, FrameworkErrors)))]
#[cfg_attr(feature = "undocumented", utoipa::path(delete, path = "/items/{id}", params(("id" = u32, Path)), responses(FrameworkErrors)))]
async fn delete_item(State(db): State<AppState>, Path(id): Path<u32>) -> Result<(), LookupError> {
    lock(&db).items.remove(id)
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
    db.items.get(id)?;
    let name = db.items.name(&new, Some(id))?;
    let renames = db.renames.entry(id).or_default();
    if *renames >= RENAMES {
        return Err(RenameError::Throttled { seconds: 60 });
    }
    *renames += 1;
    Ok(Json(db.items.rename(id, name)?))
}

/// How many of each new item the warehouse holds.
const STOCK: u32 = 10;

/// What a stock backend's errors are: each carries its own status, which
/// the service cannot list in advance (a backend may be swapped).
trait StockError: HttpStatus + Display + Debug + Send + Sync {}

impl<E: HttpStatus + Display + Debug + Send + Sync> StockError for E {}

/// A backend's error has the status of the error inside, which is known
/// only at run time: its statuses are all of them, and the document says
/// `default` for it.
impl HttpStatus for Box<dyn StockError> {
    fn status(&self) -> Status {
        (**self).status()
    }

    fn statuses() -> StatusSet {
        StatusSet::ALL
    }
}

/// A backend that keeps stock.
trait Warehouse {
    /// Takes `quantity` of `item`'s stock; what is left.
    fn reserve(&mut self, item: u32, quantity: u32) -> Result<u32, Box<dyn StockError>>;
}

/// The warehouse of this example: a count per item.
#[derive(Default)]
struct Shelves {
    stock: BTreeMap<u32, u32>,
}

/// Why the shelves cannot give stock.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum ShelfError {
    #[error("only {left} left")]
    #[status(CONFLICT)]
    OutOfStock { left: u32 },
}

impl Warehouse for Shelves {
    fn reserve(&mut self, item: u32, quantity: u32) -> Result<u32, Box<dyn StockError>> {
        let left = self.stock.entry(item).or_default();
        let Some(rest) = left.checked_sub(quantity) else {
            return Err(Box::new(ShelfError::OutOfStock { left: *left }));
        };
        *left = rest;
        Ok(rest)
    }
}

/// Why stock cannot be reserved: the item is unknown, or the warehouse
/// refuses with a status of its own.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum AppError {
    #[error(transparent)]
    #[status(transparent)]
    Lookup(#[from] LookupError),
    #[error("{0}")]
    #[status(transparent)]
    Stock(Box<dyn StockError>),
}

type AppResult<T> = Result<T, AppError>;

#[derive(Deserialize, ToSchema)]
struct NewReservation {
    quantity: u32,
}

#[derive(Serialize, ToSchema)]
struct Reservation {
    item: u32,
    quantity: u32,
    /// What is left in stock.
    left: u32,
}

/// Reserves some of an item's stock.
#[status_code(CREATED)]
#[utoipa::path(post, path = "/items/{id}/reservations", params(("id" = u32, Path)),
    request_body = NewReservation, responses(AppError, FrameworkBodyErrors))]
async fn reserve_item(
    State(db): State<AppState>,
    Path(id): Path<u32>,
    Json(new): Json<NewReservation>,
) -> AppResult<Json<Reservation>> {
    let mut db = lock(&db);
    db.items.get(id)?;
    let left = db
        .warehouse
        .reserve(id, new.quantity)
        .map_err(AppError::Stock)?;
    Ok(Json(Reservation {
        item: id,
        quantity: new.quantity,
        left,
    }))
}

#[derive(OpenApi)]
#[openapi(
    info(title = "items", version = "1.0.0"),
    paths(
        list_items,
        create_item,
        get_item,
        delete_item,
        rename_item,
        reserve_item
    )
)]
struct ApiDoc;

fn app() -> Router {
    Router::new()
        .route("/items", get(list_items).post(create_item))
        .route("/items/{id}", get(get_item).delete(delete_item))
        .route("/items/{id}/name", put(rename_item))
        .route("/items/{id}/reservations", post(reserve_item))
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .with_state(AppState::default())
        // axum's own errors (a body or path it cannot parse …) in the
        // application's `{"detail"}`, as `FrameworkErrors` and
        // `FrameworkBodyErrors` document them.
        .layer(axum::middleware::map_response(
            statuscode::axum::detail_errors,
        ))
        // A panic is answered with the documented 500 in `{"detail"}`, not
        // with a dropped connection.
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            statuscode::axum::detail_panic,
        ))
}

/// The 304 with its `ETag` and no body, and the warehouse's own error.
async fn cache_and_stock(
    client: &reqwest::Client,
    base: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    // The item with its version; the same request with that version: 304,
    // its `ETag`, no body.
    let item = client.get(format!("{base}/items/1")).send().await?;
    assert_eq!(item.status().as_u16(), 200);
    let etag = item.headers()["etag"].clone();
    assert_eq!(etag, "\"1.3\"");
    let cached = client
        .get(format!("{base}/items/1"))
        .header("If-None-Match", &etag)
        .send()
        .await?;
    assert_eq!(cached.status().as_u16(), 304);
    assert_eq!(cached.headers()["etag"], etag);
    assert!(cached.bytes().await?.is_empty());
    // The warehouse's own error, with its own status (documented as `default`).
    let reserve = |quantity: u32| {
        client
            .post(format!("{base}/items/1/reservations"))
            .json(&serde_json::json!({ "quantity": quantity }))
            .send()
    };
    let reserved = reserve(STOCK).await?;
    assert_eq!(reserved.status().as_u16(), 201);
    let refused = reserve(1).await?;
    assert_eq!(refused.status().as_u16(), 409);
    let refused: serde_json::Value = refused.json().await?;
    assert_eq!(refused, serde_json::json!({ "detail": "only 0 left" }));
    Ok(())
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
    cache_and_stock(&client, base).await?;
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
        ("/items/{id}/reservations", "post"),
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
        let get = &doc["paths"]["/items/{id}"]["get"]["responses"];
        assert_eq!(
            statuses("/items/{id}", "get"),
            ["200", "304", "400", "404", "500"]
        );
        assert!(get["200"]["headers"]["ETag"].is_object());
        assert!(get["304"]["headers"]["ETag"].is_object());
        assert!(get["304"].get("content").is_none());
    }
    // The alias's body found through `SuccessBody`; the warehouse's errors
    // as `default`, never as every status.
    let reserve = &doc["paths"]["/items/{id}/reservations"]["post"]["responses"];
    assert_eq!(
        statuses("/items/{id}/reservations", "post"),
        ["201", "400", "404", "413", "415", "422", "500", "default"]
    );
    assert_eq!(
        reserve["201"]["content"]["application/json"]["schema"]["required"],
        serde_json::json!(["item", "quantity", "left"])
    );
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
