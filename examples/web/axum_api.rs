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
//!
//! The model, its error enum and the self-demo are shared by every framework's
//! example: `shared.rs`.

mod shared;

use std::sync::{Arc, Mutex};

use axum::extract::{Path, Query, State};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use shared::{Admin, ApiError, Db, Item, NewItem, User, lock};
use statuscode::{HttpError, status_code};

type AppState = Arc<Mutex<Db>>;

#[status_code(HTTP_200_OK)]
async fn list_items(State(db): State<AppState>) -> Json<Vec<Item>> {
    Json(lock(&db).items.values().cloned().collect())
}

#[status_code(HTTP_201_CREATED)]
async fn create_item(
    State(db): State<AppState>,
    Json(new): Json<NewItem>,
) -> Result<Json<Item>, HttpError> {
    lock(&db).create_item(&new.name).map(Json)
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
    Json(lock(&db).create_user(new.name))
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
    lock(&db).delete_user(id, &admin)
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
    if let Some(port) = shared::serve_port() {
        let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
        println!("serving on http://{}", listener.local_addr()?);
        axum::serve(listener, app()).await?;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app()).await });
    shared::demo(&base).await
}
