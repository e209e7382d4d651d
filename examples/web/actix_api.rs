//! The FastAPI items/users REST API, in actix-web 4 with statuscode:
//!
//! ```sh
//! cargo run -p statuscode-examples --example actix_api --features actix-web            # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example actix_api --features actix-web    # serves on 127.0.0.1:8000 (PORT to change)
//! ```
//!
//! `#[status_code(…)]` goes below actix's `#[get]`/`#[post]` here; above
//! works as well.
//!
//! The model, its error enum and the self-demo are shared by every framework's
//! example: `shared.rs`.

mod shared;

use std::sync::Mutex;

use actix_web::{App, HttpServer, delete, get, post, web};
use shared::{Admin, ApiError, Db, Item, NewItem, User, lock};
use statuscode::{HttpError, status_code};

type AppState = web::Data<Mutex<Db>>;

#[get("/items")]
#[status_code(HTTP_200_OK)]
async fn list_items(db: AppState) -> web::Json<Vec<Item>> {
    web::Json(lock(&db).items.values().cloned().collect())
}

#[post("/items")]
#[status_code(HTTP_201_CREATED)]
async fn create_item(db: AppState, new: web::Json<NewItem>) -> Result<web::Json<Item>, HttpError> {
    lock(&db).create_item(&new.name).map(web::Json)
}

#[get("/items/{id}")]
#[status_code(HTTP_200_OK)]
async fn get_item(db: AppState, id: web::Path<u32>) -> Result<web::Json<Item>, ApiError> {
    let id = id.into_inner();
    let item = lock(&db).items.get(&id).cloned();
    item.map(web::Json).ok_or(ApiError::ItemNotFound(id))
}

#[delete("/items/{id}")]
#[status_code(HTTP_204_NO_CONTENT)]
async fn delete_item(db: AppState, id: web::Path<u32>) -> Result<(), ApiError> {
    let id = id.into_inner();
    lock(&db)
        .items
        .remove(&id)
        .map(drop)
        .ok_or(ApiError::ItemNotFound(id))
}

#[post("/users")]
#[status_code(HTTP_201_CREATED)]
async fn create_user(db: AppState, new: web::Json<NewItem>) -> web::Json<User> {
    web::Json(lock(&db).create_user(new.into_inner().name))
}

#[get("/users/{id}")]
async fn get_user(db: AppState, id: web::Path<u32>) -> Result<web::Json<User>, ApiError> {
    let id = id.into_inner();
    let user = lock(&db).users.get(&id).cloned();
    user.map(web::Json).ok_or(ApiError::UserNotFound(id))
}

#[delete("/admin/users/{id}")]
#[status_code(HTTP_204_NO_CONTENT)]
async fn delete_user_admin(
    db: AppState,
    id: web::Path<u32>,
    admin: web::Query<Admin>,
) -> Result<(), HttpError> {
    lock(&db).delete_user(id.into_inner(), &admin)
}

fn server(
    db: AppState,
    listener: std::net::TcpListener,
) -> std::io::Result<actix_web::dev::Server> {
    let server = HttpServer::new(move || {
        App::new()
            .app_data(db.clone())
            .service(list_items)
            .service(create_item)
            .service(get_item)
            .service(delete_item)
            .service(create_user)
            .service(get_user)
            .service(delete_user_admin)
    })
    .workers(1)
    .listen(listener)?;
    Ok(server.run())
}

#[actix_web::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let db = AppState::new(Mutex::new(Db::default()));
    if let Some(port) = shared::serve_port() {
        let listener = std::net::TcpListener::bind(format!("127.0.0.1:{port}"))?;
        println!("serving on http://{}", listener.local_addr()?);
        server(db, listener)?.await?;
        return Ok(());
    }
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let base = format!("http://{}", listener.local_addr()?);
    let running = server(db, listener)?;
    let handle = running.handle();
    actix_web::rt::spawn(running);
    let outcome = shared::demo(&base).await;
    handle.stop(true).await;
    outcome
}
