//! What every web example shares: the FastAPI items/users model, its error
//! enum, the in-memory store, and the self-demo that walks the API over real
//! HTTP. Each framework's example (`axum_api.rs`, `actix_api.rs`) writes only
//! its handlers and its server, so the examples differ exactly where the
//! frameworks do.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde::{Deserialize, Serialize};
use statuscode::{HttpError, HttpStatus, Status, status};

#[derive(Clone, Serialize)]
pub struct Item {
    pub id: u32,
    pub name: String,
}

#[derive(Deserialize)]
pub struct NewItem {
    pub name: String,
}

#[derive(Clone, Serialize)]
pub struct User {
    pub id: u32,
    pub name: String,
}

#[derive(Deserialize)]
pub struct Admin {
    #[serde(default)]
    pub is_admin: bool,
}

/// The API's own errors: each variant's status is checked at compile time,
/// and `response` makes the enum a response in every framework whose feature
/// is on, sending `{"detail": "<Display>"}` as FastAPI does.
#[derive(Debug, HttpStatus)]
#[status(response)]
pub enum ApiError {
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

/// An error type: poem keeps it inside `poem::Error` (downcastable) and
/// `?` converts it there.
impl std::error::Error for ApiError {}

/// `?` works across error types: a derived error becomes an `HttpError`
/// with the same status and detail.
impl From<ApiError> for HttpError {
    fn from(err: ApiError) -> Self {
        HttpError::new(err.status(), err.to_string())
    }
}

#[derive(Default)]
pub struct Db {
    pub items: BTreeMap<u32, Item>,
    pub users: BTreeMap<u32, User>,
    pub next_id: u32,
}

impl Db {
    /// Stores a new item, or refuses a blank name as FastAPI's
    /// `HTTPException(status_code=422)` would.
    pub fn create_item(&mut self, name: &str) -> Result<Item, HttpError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(HttpError::new(
                status!(HTTP_422_UNPROCESSABLE_CONTENT),
                "Name is required",
            ));
        }
        self.next_id += 1;
        let item = Item {
            id: self.next_id,
            name: name.to_owned(),
        };
        self.items.insert(item.id, item.clone());
        Ok(item)
    }

    pub fn create_user(&mut self, name: String) -> User {
        self.next_id += 1;
        let user = User {
            id: self.next_id,
            name,
        };
        self.users.insert(user.id, user.clone());
        user
    }

    /// Deletes a user, for admins only (403 otherwise, 404 if missing).
    pub fn delete_user(&mut self, id: u32, admin: &Admin) -> Result<(), HttpError> {
        if !admin.is_admin {
            return Err(HttpError::new(
                status!(HTTP_403_FORBIDDEN),
                "Admin access required",
            ));
        }
        match self.users.remove(&id) {
            Some(_) => Ok(()),
            None => Err(ApiError::UserNotFound(id).into()),
        }
    }
}

/// The store behind a handler's shared state; a poisoned lock is still used
/// (the data is a plain map), so no handler panics.
pub fn lock(db: &Mutex<Db>) -> MutexGuard<'_, Db> {
    db.lock().unwrap_or_else(PoisonError::into_inner)
}

/// `Some(port)` when asked to serve (`SERVE=1` or `--serve`; `PORT`, default
/// 8000) instead of running the self-demo.
pub fn serve_port() -> Option<String> {
    let serve = std::env::var_os("SERVE").is_some_and(|v| v != "0")
        || std::env::args().any(|a| a == "--serve");
    serve.then(|| std::env::var("PORT").unwrap_or_else(|_| "8000".to_owned()))
}

/// Walks the API over real HTTP, printing each exchange, and checks each
/// status; bounded to 30 s.
pub async fn demo(base: &str) -> Result<(), Box<dyn std::error::Error>> {
    tokio::time::timeout(std::time::Duration::from_secs(30), walk(base)).await?
}

async fn walk(base: &str) -> Result<(), Box<dyn std::error::Error>> {
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
