//! The FastAPI items/users REST API, in axum with statuscode:
//!
//! ```sh
//! cargo run -p statuscode-examples --example axum_api --features axum            # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example axum_api --features axum    # serves on 127.0.0.1:8000 (PORT to change)
//! ```
//!
//! | FastAPI | here |
//! | --- | --- |
//! | `@app.post("/items", status_code=HTTP_201_CREATED)` | `#[status_code(HTTP_201_CREATED)]` |
//! | `raise HTTPException(status_code=404, detail="Item not found")` | `Err(HttpError::new(status!(404), "Item not found"))` |
//! | an exception class per error | `#[derive(HttpStatus)] #[status(response)]` on an error enum |

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{Path, Query, State};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use statuscode::{HttpError, HttpStatus, Status, status, status_code};

#[derive(Clone, Serialize)]
struct Item {
    id: u32,
    name: String,
}

#[derive(Deserialize)]
struct NewItem {
    name: String,
}

#[derive(Clone, Serialize)]
struct User {
    id: u32,
    name: String,
}

#[derive(Deserialize)]
struct Admin {
    #[serde(default)]
    is_admin: bool,
}

/// The API's own errors: each variant's status is checked at compile time,
/// and `response` sends it with `{"detail": "<Display>"}`, as FastAPI does.
#[derive(Debug, HttpStatus)]
#[status(response)]
enum ApiError {
    #[status(HTTP_404_NOT_FOUND)]
    ItemNotFound(u32),
    #[status(HTTP_404_NOT_FOUND)]
    UserNotFound(u32),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::ItemNotFound(id) => write!(f, "Item {id} not found"),
            ApiError::UserNotFound(id) => write!(f, "User {id} not found"),
        }
    }
}

#[derive(Default)]
struct Db {
    items: BTreeMap<u32, Item>,
    users: BTreeMap<u32, User>,
    next_id: u32,
}

type AppState = Arc<Mutex<Db>>;

fn lock(state: &AppState) -> std::sync::MutexGuard<'_, Db> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

#[status_code(HTTP_200_OK)]
async fn list_items(State(db): State<AppState>) -> Json<Vec<Item>> {
    Json(lock(&db).items.values().cloned().collect())
}

#[status_code(HTTP_201_CREATED)]
async fn create_item(
    State(db): State<AppState>,
    Json(new): Json<NewItem>,
) -> Result<Json<Item>, HttpError> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err(HttpError::new(
            status!(HTTP_422_UNPROCESSABLE_CONTENT),
            "Name is required",
        ));
    }
    let mut db = lock(&db);
    db.next_id += 1;
    let item = Item {
        id: db.next_id,
        name: name.to_owned(),
    };
    db.items.insert(item.id, item.clone());
    Ok(Json(item))
}

#[status_code(HTTP_200_OK)]
async fn get_item(State(db): State<AppState>, Path(id): Path<u32>) -> Result<Json<Item>, ApiError> {
    let item = lock(&db).items.get(&id).cloned();
    item.map(Json).ok_or(ApiError::ItemNotFound(id))
}

#[status_code(HTTP_204_NO_CONTENT)]
async fn delete_item(State(db): State<AppState>, Path(id): Path<u32>) -> Result<(), ApiError> {
    lock(&db)
        .items
        .remove(&id)
        .map(drop)
        .ok_or(ApiError::ItemNotFound(id))
}

#[status_code(HTTP_201_CREATED)]
async fn create_user(State(db): State<AppState>, Json(new): Json<NewItem>) -> Json<User> {
    let mut db = lock(&db);
    db.next_id += 1;
    let user = User {
        id: db.next_id,
        name: new.name,
    };
    db.users.insert(user.id, user.clone());
    Json(user)
}

async fn get_user(State(db): State<AppState>, Path(id): Path<u32>) -> Result<Json<User>, ApiError> {
    let user = lock(&db).users.get(&id).cloned();
    user.map(Json).ok_or(ApiError::UserNotFound(id))
}

#[status_code(HTTP_204_NO_CONTENT)]
async fn delete_user_admin(
    State(db): State<AppState>,
    Path(id): Path<u32>,
    Query(admin): Query<Admin>,
) -> Result<(), HttpError> {
    if !admin.is_admin {
        return Err(HttpError::new(
            status!(HTTP_403_FORBIDDEN),
            "Admin access required",
        ));
    }
    match lock(&db).users.remove(&id) {
        Some(_) => Ok(()),
        None => Err(ApiError::UserNotFound(id).into()),
    }
}

/// `?` works across error types: a derived error becomes an `HttpError`
/// with the same status and detail.
impl From<ApiError> for HttpError {
    fn from(err: ApiError) -> Self {
        HttpError::new(err.status(), err.to_string())
    }
}

fn app() -> Router {
    Router::new()
        .route("/items", get(list_items).post(create_item))
        .route("/items/{id}", get(get_item).delete(delete_item))
        .route("/users", post(create_user))
        .route("/users/{id}", get(get_user))
        .route("/admin/users/{id}", delete(delete_user_admin))
        .with_state(AppState::default())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let serve = std::env::var_os("SERVE").is_some_and(|v| v != "0")
        || std::env::args().any(|a| a == "--serve");
    if serve {
        let port = std::env::var("PORT").unwrap_or_else(|_| "8000".to_owned());
        let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
        println!("serving on http://{}", listener.local_addr()?);
        axum::serve(listener, app()).await?;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app()).await });
    tokio::time::timeout(std::time::Duration::from_secs(30), demo(&base)).await??;
    Ok(())
}

/// Walks the API over real HTTP, printing each exchange, and checks each
/// status.
async fn demo(base: &str) -> Result<(), Box<dyn std::error::Error>> {
    use reqwest::Method;
    let client = reqwest::Client::builder().no_proxy().build()?;
    println!("self-demo against {base} (SERVE=1 to serve instead)\n");
    for (method, path, body, expected) in [
        (
            Method::POST,
            "/items",
            Some(r#"{"name":"hammer"}"#),
            status!(CREATED),
        ),
        (
            Method::POST,
            "/items",
            Some(r#"{"name":"  "}"#),
            status!(UNPROCESSABLE_CONTENT),
        ),
        (Method::GET, "/items/1", None, status!(OK)),
        (Method::GET, "/items", None, status!(OK)),
        (Method::DELETE, "/items/1", None, status!(NO_CONTENT)),
        (Method::GET, "/items/1", None, status!(NOT_FOUND)),
        (
            Method::POST,
            "/users",
            Some(r#"{"name":"ada"}"#),
            status!(CREATED),
        ),
        (Method::GET, "/users/2", None, status!(OK)),
        (Method::DELETE, "/admin/users/2", None, status!(FORBIDDEN)),
        (
            Method::DELETE,
            "/admin/users/2?is_admin=true",
            None,
            status!(NO_CONTENT),
        ),
        (Method::GET, "/users/2", None, status!(NOT_FOUND)),
    ] {
        let mut request = client.request(method.clone(), format!("{base}{path}"));
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        let response = request.send().await?;
        let status = Status::try_from(response.status())?;
        let text = response.text().await?;
        println!(
            "{:6} {path:30} {:18} -> {status} {text}",
            method.as_str(),
            body.unwrap_or("")
        );
        if status != expected {
            return Err(format!("{method} {path}: expected {expected}, got {status}").into());
        }
    }
    Ok(())
}
