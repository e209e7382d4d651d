//! The FastAPI items API, in poem 3 with statuscode:
//!
//! ```sh
//! cargo run -p statuscode-examples --example poem_api --features poem            # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example poem_api --features poem    # serves on 127.0.0.1:8000 (PORT to change)
//! ```
//!
//! `#[status_code(…)]` goes above or below poem's `#[handler]`: both work.
//! A `#[handler]` returns `Result<T, HttpError>` or `Result<T, ApiError>`
//! (a `#[status(response)]` type converts into `poem::Error`).

use poem::listener::TcpAcceptor;
use poem::web::{Json, Path};
use poem::{Route, Server, get, handler};
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
fn create_item(Json(new): Json<NewItem>) -> Result<Json<Item>, HttpError> {
    items::create(&new).map(Json)
}

#[handler]
fn get_item(Path(id): Path<u32>) -> Result<Json<Item>, ApiError> {
    items::get(id).map(Json)
}

#[handler]
#[status_code(HTTP_204_NO_CONTENT)]
fn delete_item(Path(id): Path<u32>) -> Result<(), ApiError> {
    items::delete(id)
}

#[handler]
fn admin() -> Result<Json<Item>, HttpError> {
    Err(items::not_authenticated())
}

#[handler]
fn teapot() -> Status {
    status!(IM_A_TEAPOT)
}

fn app() -> Route {
    Route::new()
        .at("/items", get(list_items).post(create_item))
        .at("/items/:id", get(get_item).delete(delete_item))
        .at("/admin", get(admin))
        .at("/teapot", get(teapot))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Some(port) = items::serve_requested() {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        println!("serving on http://{}", listener.local_addr()?);
        let acceptor = TcpAcceptor::from_tokio(listener)?;
        Server::new_with_acceptor(acceptor).run(app()).await?;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let acceptor = TcpAcceptor::from_tokio(listener)?;
    tokio::spawn(Server::new_with_acceptor(acceptor).run(app()));
    tokio::time::timeout(std::time::Duration::from_secs(30), items::demo(&base)).await??;
    Ok(())
}
