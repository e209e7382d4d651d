//! What the poem, Rocket, salvo and warp examples share: the items API's
//! types, its error enum, an in-memory store, and the self-demo that walks
//! the API over real HTTP. Each example serves the same routes:
//!
//! | route | answers |
//! | --- | --- |
//! | `GET /items` | 200 and the items |
//! | `POST /items` | 201 (`#[status_code(CREATED)]`), or 422 `HttpError` for an empty name |
//! | `GET /items/{id}` | 200, or the derived 404 `{"detail":"Item 9 not found"}` |
//! | `DELETE /items/{id}` | 204 (`#[status_code(NO_CONTENT)]`), or the derived 404 |
//! | `GET /admin` | 401 `HttpError` with `WWW-Authenticate: Bearer` |
//! | `GET /teapot` | 418, a bare `Status` |

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};

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

/// The API's own errors: each variant's status is checked at compile time,
/// and `response` sends it with `{"detail": "<Display>"}`, as FastAPI does.
#[derive(Debug, HttpStatus)]
#[status(response)]
pub enum ApiError {
    #[status(HTTP_404_NOT_FOUND)]
    ItemNotFound(u32),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::ItemNotFound(id) => write!(f, "Item {id} not found"),
        }
    }
}

/// An error type: poem keeps it inside `poem::Error` (downcastable) and
/// `?` converts it there.
impl std::error::Error for ApiError {}

/// The store: a process-wide map, so every framework's handlers reach it
/// the same way.
static ITEMS: Mutex<BTreeMap<u32, String>> = Mutex::new(BTreeMap::new());

pub fn list() -> Vec<Item> {
    let items = ITEMS.lock().unwrap_or_else(PoisonError::into_inner);
    items
        .iter()
        .map(|(&id, name)| Item {
            id,
            name: name.clone(),
        })
        .collect()
}

/// FastAPI's `raise HTTPException(status_code=422, …)` for an empty name.
pub fn create(new: &NewItem) -> Result<Item, HttpError> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err(HttpError::new(
            status!(HTTP_422_UNPROCESSABLE_CONTENT),
            "Name is required",
        ));
    }
    let mut items = ITEMS.lock().unwrap_or_else(PoisonError::into_inner);
    let id = items.keys().next_back().map_or(1, |id| id + 1);
    items.insert(id, name.to_owned());
    Ok(Item {
        id,
        name: name.to_owned(),
    })
}

pub fn get(id: u32) -> Result<Item, ApiError> {
    let items = ITEMS.lock().unwrap_or_else(PoisonError::into_inner);
    let name = items.get(&id).ok_or(ApiError::ItemNotFound(id))?;
    Ok(Item {
        id,
        name: name.clone(),
    })
}

pub fn delete(id: u32) -> Result<(), ApiError> {
    let mut items = ITEMS.lock().unwrap_or_else(PoisonError::into_inner);
    items
        .remove(&id)
        .map(drop)
        .ok_or(ApiError::ItemNotFound(id))
}

/// FastAPI's `HTTPException(401, headers={"WWW-Authenticate": "Bearer"})`.
pub fn not_authenticated() -> HttpError {
    HttpError::new(status!(UNAUTHORIZED), "Not authenticated")
        .with_header("WWW-Authenticate", "Bearer")
        .unwrap_or_else(HttpError::from)
}

/// `SERVE=1` or `--serve`: serve on 127.0.0.1:8000 (`PORT` to change)
/// instead of the self-demo.
pub fn serve_requested() -> Option<u16> {
    let serve = std::env::var_os("SERVE").is_some_and(|v| v != "0")
        || std::env::args().any(|a| a == "--serve");
    serve.then(|| {
        std::env::var("PORT")
            .ok()
            .and_then(|p| p.parse().ok())
            .unwrap_or(8000)
    })
}

/// Walks the API served at `base` over real HTTP, printing each exchange,
/// and checks each status.
pub async fn demo(base: &str) -> Result<(), Box<dyn std::error::Error>> {
    use reqwest::Method;
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(std::time::Duration::from_secs(10))
        .build()?;
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
        (Method::DELETE, "/items/1", None, status!(NOT_FOUND)),
        (Method::GET, "/admin", None, status!(UNAUTHORIZED)),
        (Method::GET, "/teapot", None, status!(IM_A_TEAPOT)),
    ] {
        let mut request = client.request(method.clone(), format!("{base}{path}"));
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        let response = request.send().await?;
        let status = Status::from_u16(response.status().as_u16())?;
        let text = response.text().await?;
        println!(
            "{:6} {path:10} {:18} -> {status} {text}",
            method.as_str(),
            body.unwrap_or("")
        );
        if status != expected {
            return Err(format!("{method} {path}: expected {expected}, got {status}").into());
        }
    }
    Ok(())
}
