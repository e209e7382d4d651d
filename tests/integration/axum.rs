//! An axum app served on 127.0.0.1:0 inside the test and driven by a real
//! HTTP client (reqwest): the status line, JSON body and headers on the wire
//! for `#[status_code]` handlers, a derived error enum, `HttpError`, a bare
//! `Status`, `http_status!` in a tuple, and axum's own 404. Two handlers
//! also carry axum's `#[debug_handler]`, one above and one below.

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{Value, json};
use statuscode::{HttpError, Status, http_status, status, status_code};

mod common;

use common::{AppResult, Item, ItemError, NewItem, check_api, check_status_rules, plain_error};

// `Result` under another name: `#[status_code]` must not need to see it.
use std::result::Result as Outcome;

// With axum's own handler check, in both orders.
#[status_code(CREATED)]
#[axum::debug_handler]
async fn create_item(Json(item): Json<NewItem>) -> Result<Json<Item>, HttpError> {
    if item.name.is_empty() {
        return Err(HttpError::new(
            status!(HTTP_422_UNPROCESSABLE_CONTENT),
            "Name is required",
        ));
    }
    Ok(Json(Item {
        id: 7,
        name: item.name,
    }))
}

async fn get_item(Path(id): Path<u32>) -> Result<Json<Item>, ItemError> {
    match id {
        1 => Ok(Json(Item {
            id,
            name: "hammer".to_owned(),
        })),
        2 => Err(ItemError::Locked { id }),
        _ => Err(ItemError::Missing(id)),
    }
}

#[axum::debug_handler]
#[status_code(NO_CONTENT)]
async fn delete_item(Path(id): Path<u32>) -> Result<(), ItemError> {
    if id == 1 {
        Ok(())
    } else {
        Err(ItemError::Missing(id))
    }
}

async fn admin() -> Result<String, HttpError> {
    Err(HttpError::new(status!(UNAUTHORIZED), "Not authenticated")
        .with_header("WWW-Authenticate", "Bearer")?)
}

async fn teapot() -> Status {
    status!(TEAPOT)
}

async fn accepted() -> (StatusCode, Json<Value>) {
    (http_status!(ACCEPTED), Json(json!({"queued": true})))
}

// Issue 11, item 1: however the return type is spelled, an error keeps its
// status and only a default 200 takes the declared one.
#[status_code(CREATED)]
async fn alias(Path(id): Path<u32>) -> AppResult<Json<u32>> {
    if id == 1 {
        Ok(Json(id))
    } else {
        Err(ItemError::Missing(id))
    }
}

#[status_code(CREATED)]
async fn renamed(Path(id): Path<u32>) -> Outcome<Json<u32>, ItemError> {
    if id == 1 {
        Ok(Json(id))
    } else {
        Err(ItemError::Missing(id))
    }
}

#[status_code(CREATED)]
async fn opaque(Path(id): Path<u32>) -> impl axum::response::IntoResponse {
    if id != 1 {
        return Err(ItemError::Missing(id));
    }
    Ok(Json(id))
}

#[status_code(CREATED)]
async fn inner(Path(code): Path<u16>) -> (StatusCode, Json<u16>) {
    (StatusCode::from_u16(code).unwrap(), Json(code))
}

async fn plain() -> Result<(), HttpError> {
    Err(plain_error()?)
}

fn app() -> Router {
    Router::new()
        .route("/items", post(create_item))
        .route("/items/{id}", get(get_item).delete(delete_item))
        .route("/admin", get(admin))
        .route("/teapot", get(teapot))
        .route("/jobs", post(accepted))
        .route("/alias/{id}", get(alias))
        .route("/renamed/{id}", get(renamed))
        .route("/opaque/{id}", get(opaque))
        .route("/inner/{code}", get(inner))
        .route("/plain", get(plain))
}

/// Serves `app()` on an ephemeral loopback port until the runtime ends with
/// the test.
async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app()).await });
    addr
}

#[tokio::test(flavor = "current_thread")]
async fn responses_on_the_wire() {
    tokio::time::timeout(Duration::from_secs(30), run())
        .await
        .expect("the axum test finishes within 30 s");
}

async fn run() {
    let base = format!("http://{}", serve().await);
    check_api(&base).await;
    check_status_rules(&base).await;
}
