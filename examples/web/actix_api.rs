//! The FastAPI items/users REST API, in actix-web 4 with statuscode:
//!
//! ```sh
//! cargo run -p statuscode-examples --example actix_api --features actix-web            # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example actix_api --features actix-web    # serves on 127.0.0.1:8000 (PORT to change)
//! ```
//!
//! `#[status_code(…)]` goes below actix's `#[get]`/`#[post]` here; above
//! works as well.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};

use actix_web::{App, HttpServer, delete, get, post, web};
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
/// and `response` makes the enum an actix-web `ResponseError` sending
/// `{"detail": "<Display>"}`, as FastAPI does.
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

type AppState = web::Data<Mutex<Db>>;

fn lock(state: &AppState) -> std::sync::MutexGuard<'_, Db> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

#[get("/items")]
#[status_code(HTTP_200_OK)]
async fn list_items(db: AppState) -> web::Json<Vec<Item>> {
    web::Json(lock(&db).items.values().cloned().collect())
}

#[post("/items")]
#[status_code(HTTP_201_CREATED)]
async fn create_item(db: AppState, new: web::Json<NewItem>) -> Result<web::Json<Item>, HttpError> {
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
    Ok(web::Json(item))
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
    let mut db = lock(&db);
    db.next_id += 1;
    let user = User {
        id: db.next_id,
        name: new.into_inner().name,
    };
    db.users.insert(user.id, user.clone());
    web::Json(user)
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
    if !admin.is_admin {
        return Err(HttpError::new(
            status!(HTTP_403_FORBIDDEN),
            "Admin access required",
        ));
    }
    let id = id.into_inner();
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
    let serve = std::env::var_os("SERVE").is_some_and(|v| v != "0")
        || std::env::args().any(|a| a == "--serve");
    if serve {
        let port = std::env::var("PORT").unwrap_or_else(|_| "8000".to_owned());
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
    let outcome = tokio::time::timeout(std::time::Duration::from_secs(30), demo(&base)).await;
    handle.stop(true).await;
    outcome?
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
        // reqwest's StatusCode is http 1.x's; with the `http` feature,
        // `Status::try_from(response.status())` does the same.
        let status = Status::from_u16(response.status().as_u16())?;
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
