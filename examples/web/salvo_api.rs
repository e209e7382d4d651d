//! The FastAPI items API, in salvo 1 with statuscode:
//!
//! ```sh
//! cargo run -p statuscode-examples --example salvo_api --features salvo            # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example salvo_api --features salvo    # serves on 127.0.0.1:8000 (PORT to change)
//! ```
//!
//! `#[status_code(…)]` goes above salvo's `#[handler]`. Below also works
//! when the handler returns a value (`Result<(), E>` included), but not for
//! a handler returning `()`: salvo's macro then discards the value.

use salvo::conn::tcp::TcpAcceptor;
use salvo::extract::{JsonBody, PathParam};
use salvo::prelude::*;
use statuscode::{HttpError, Status, status, status_code};

#[path = "items/mod.rs"]
mod items;

use items::{ApiError, Item, NewItem};

#[handler]
fn list_items() -> Json<Vec<Item>> {
    Json(items::list())
}

#[status_code(HTTP_201_CREATED)]
#[handler]
fn create_item(new: JsonBody<NewItem>) -> Result<Json<Item>, HttpError> {
    items::create(&new.0).map(Json)
}

#[handler]
fn get_item(id: PathParam<u32>) -> Result<Json<Item>, ApiError> {
    items::get(id.0).map(Json)
}

#[status_code(HTTP_204_NO_CONTENT)]
#[handler]
fn delete_item(id: PathParam<u32>) -> Result<(), ApiError> {
    items::delete(id.0)
}

#[handler]
fn admin() -> Result<Json<Item>, HttpError> {
    Err(items::not_authenticated())
}

#[handler]
fn teapot() -> Status {
    status!(IM_A_TEAPOT)
}

fn app() -> Router {
    Router::new()
        .push(Router::with_path("items").get(list_items).post(create_item))
        .push(
            Router::with_path("items/{id}")
                .get(get_item)
                .delete(delete_item),
        )
        .push(Router::with_path("admin").get(admin))
        .push(Router::with_path("teapot").get(teapot))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Some(port) = items::serve_requested() {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        println!("serving on http://{}", listener.local_addr()?);
        Server::new(TcpAcceptor::try_from(listener)?)
            .serve(app())
            .await;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(Server::new(TcpAcceptor::try_from(listener)?).serve(app()));
    tokio::time::timeout(std::time::Duration::from_secs(30), items::demo(&base)).await??;
    Ok(())
}
