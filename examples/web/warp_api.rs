//! The FastAPI items API, in warp 0.4 with statuscode:
//!
//! ```sh
//! cargo run -p statuscode-examples --example warp_api --features warp            # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example warp_api --features warp    # serves on 127.0.0.1:8000 (PORT to change)
//! ```
//!
//! warp has no handler attribute: `#[status_code(…)]` goes on the function a
//! filter calls with `.then(…)`. Errors are replies (`Result<T, E>` is a
//! `Reply` when both are), not rejections: a rejection means "try the next
//! filter", an `HttpError` is the answer.

use statuscode::{HttpError, Status, status, status_code};
use warp::Filter;
use warp::reply::{Json, json};

#[path = "items/mod.rs"]
mod items;

use items::{ApiError, NewItem};

async fn list_items() -> Json {
    json(&items::list())
}

#[status_code(HTTP_201_CREATED)]
async fn create_item(new: NewItem) -> Result<Json, HttpError> {
    items::create(&new).map(|item| json(&item))
}

async fn get_item(id: u32) -> Result<Json, ApiError> {
    items::get(id).map(|item| json(&item))
}

#[status_code(HTTP_204_NO_CONTENT)]
async fn delete_item(id: u32) -> Result<(), ApiError> {
    items::delete(id)
}

async fn admin() -> Result<Json, HttpError> {
    Err(items::not_authenticated())
}

async fn teapot() -> Status {
    status!(IM_A_TEAPOT)
}

fn app() -> impl Filter<Extract = (impl warp::Reply,), Error = warp::Rejection> + Clone {
    use warp::{delete, get, path, post};
    // The path first, then the method, so an unknown path is a 404.
    let list = path!("items").and(get()).then(list_items);
    let create = path!("items")
        .and(post())
        .and(warp::body::json())
        .then(create_item);
    let get_one = path!("items" / u32).and(get()).then(get_item);
    let delete_one = path!("items" / u32).and(delete()).then(delete_item);
    let admin = path!("admin").and(get()).then(admin);
    let teapot = path!("teapot").and(get()).then(teapot);
    list.or(create)
        .or(get_one)
        .or(delete_one)
        .or(admin)
        .or(teapot)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Some(port) = items::serve_requested() {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        println!("serving on http://{}", listener.local_addr()?);
        warp::serve(app()).incoming(listener).run().await;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(warp::serve(app()).incoming(listener).run());
    tokio::time::timeout(std::time::Duration::from_secs(30), items::demo(&base)).await??;
    Ok(())
}
