//! The axum example the README shows, kept here so it is compiled (CI builds
//! every example) and `tests/integration/readme.rs` checks the README still shows exactly
//! this. It serves on 127.0.0.1:8000 until stopped: `cargo run -p statuscode-examples --example readme_axum --features axum`.

use axum::{Json, Router, extract::Path, routing::get, routing::post};
use statuscode::{HttpError, HttpStatus, status, status_code};

#[derive(Debug, HttpStatus, thiserror::Error)]
#[status(HTTP_404_NOT_FOUND, response)] // an axum response: 404 {"detail":"Item 7 not found"}
enum ApiError {
    #[error("Item {0} not found")]
    ItemNotFound(u32),
}

#[status_code(HTTP_201_CREATED)] // @app.post("/items", status_code=201)
async fn create_item(Json(name): Json<String>) -> Result<Json<String>, HttpError> {
    if name.is_empty() {
        return Err(HttpError::new(status!(422), "Name is required")); // HTTPException
    }
    Ok(Json(name))
}

async fn get_item(Path(id): Path<u32>) -> Result<String, ApiError> {
    Err(ApiError::ItemNotFound(id))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let app = Router::new().route("/items", post(create_item));
    let app = app.route("/items/{id}", get(get_item));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:8000");
    axum::serve(listener.await.unwrap(), app).await.unwrap();
}
