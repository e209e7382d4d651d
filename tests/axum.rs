//! An axum app served on 127.0.0.1:0 inside the test and driven by a real
//! HTTP client (reqwest): the status line, JSON body and headers on the wire
//! for `#[status_code]` handlers, a derived error enum, `HttpError`, a bare
//! `Status`, `http_status!` in a tuple, and axum's own 404. Two handlers
//! also carry axum's `#[debug_handler]`, one above and one below.

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use statuscode::{HttpError, HttpStatus, Status, http_status, status, status_code};

#[derive(Deserialize)]
struct NewItem {
    name: String,
}

#[derive(Serialize)]
struct Item {
    id: u32,
    name: String,
}

/// A service's error enum: its status from the derive, its body
/// `{"detail": "<Display>"}` from `#[status(response)]`.
#[derive(Debug, HttpStatus)]
#[status(response)]
enum ItemError {
    #[status(NOT_FOUND)]
    Missing(u32),
    #[status(HTTP_409_CONFLICT)]
    Locked { id: u32 },
}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ItemError::Missing(id) => write!(f, "Item {id} not found"),
            ItemError::Locked { id } => write!(f, "Item {id} is locked"),
        }
    }
}

// With axum's own handler check, in both orders.
#[status_code(CREATED)]
#[axum::debug_handler]
async fn create_item(Json(item): Json<NewItem>) -> Result<Json<Item>, HttpError> {
    if item.name.is_empty() {
        return Err(HttpError::new(
            status!(HTTP_422_UNPROCESSABLE_CONTENT),
            "Name is required",
        ));
    }
    Ok(Json(Item {
        id: 7,
        name: item.name,
    }))
}

async fn get_item(Path(id): Path<u32>) -> Result<Json<Item>, ItemError> {
    match id {
        1 => Ok(Json(Item {
            id,
            name: "hammer".to_owned(),
        })),
        2 => Err(ItemError::Locked { id }),
        _ => Err(ItemError::Missing(id)),
    }
}

#[axum::debug_handler]
#[status_code(NO_CONTENT)]
async fn delete_item(Path(id): Path<u32>) -> Result<(), ItemError> {
    if id == 1 {
        Ok(())
    } else {
        Err(ItemError::Missing(id))
    }
}

async fn admin() -> Result<String, HttpError> {
    Err(HttpError::new(status!(UNAUTHORIZED), "Not authenticated")
        .with_header("WWW-Authenticate", "Bearer")?)
}

async fn teapot() -> Status {
    status!(TEAPOT)
}

async fn accepted() -> (StatusCode, Json<Value>) {
    (http_status!(ACCEPTED), Json(json!({"queued": true})))
}

fn app() -> Router {
    Router::new()
        .route("/items", post(create_item))
        .route("/items/{id}", get(get_item).delete(delete_item))
        .route("/admin", get(admin))
        .route("/teapot", get(teapot))
        .route("/jobs", post(accepted))
}

/// Serves `app()` on an ephemeral loopback port until the runtime ends with
/// the test.
async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app()).await });
    addr
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

/// Status, `content-type`, and the body parsed as JSON (`Null` when empty).
async fn parts(response: reqwest::Response) -> (u16, Option<String>, Value) {
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.text().await.unwrap();
    let json = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&body).unwrap()
    };
    (status, content_type, json)
}

#[tokio::test(flavor = "current_thread")]
async fn responses_on_the_wire() {
    tokio::time::timeout(Duration::from_secs(30), run())
        .await
        .expect("the axum test finishes within 30 s");
}

async fn run() {
    let base = format!("http://{}", serve().await);
    let http = client();

    // #[status_code(CREATED)] POST.
    let response = http
        .post(format!("{base}/items"))
        .json(&json!({"name": "saw"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        parts(response).await,
        (
            201,
            Some("application/json".to_owned()),
            json!({"id": 7, "name": "saw"})
        )
    );

    // The same handler's Err keeps its own status: FastAPI's validation 422.
    let response = http
        .post(format!("{base}/items"))
        .json(&json!({"name": ""}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        parts(response).await,
        (
            422,
            Some("application/json".to_owned()),
            json!({"detail": "Name is required"})
        )
    );

    // #[status_code(NO_CONTENT)] DELETE: 204 and no body.
    let response = http.delete(format!("{base}/items/1")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 204);
    assert_eq!(response.content_length(), Some(0));
    assert_eq!(parts(response).await, (204, None, Value::Null));

    // Err from the derived error enum, through a #[status_code] handler and a
    // plain one.
    for (method, path, code, detail) in [
        (reqwest::Method::DELETE, "/items/5", 404, "Item 5 not found"),
        (reqwest::Method::GET, "/items/9", 404, "Item 9 not found"),
        (reqwest::Method::GET, "/items/2", 409, "Item 2 is locked"),
    ] {
        let response = http
            .request(method, format!("{base}{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            parts(response).await,
            (
                code,
                Some("application/json".to_owned()),
                json!({ "detail": detail })
            ),
            "{path}"
        );
    }

    // A plain handler's Ok keeps axum's 200.
    let response = http.get(format!("{base}/items/1")).send().await.unwrap();
    assert_eq!(parts(response).await.2, json!({"id": 1, "name": "hammer"}));

    // HttpError with a header.
    let response = http.get(format!("{base}/admin")).send().await.unwrap();
    assert_eq!(
        response.headers().get("www-authenticate").unwrap(),
        "Bearer"
    );
    assert_eq!(
        parts(response).await,
        (
            401,
            Some("application/json".to_owned()),
            json!({"detail": "Not authenticated"})
        )
    );

    // A bare Status, and http_status! in axum's (StatusCode, Json<T>).
    let response = http.get(format!("{base}/teapot")).send().await.unwrap();
    assert_eq!(parts(response).await, (418, None, Value::Null));
    let response = http.post(format!("{base}/jobs")).send().await.unwrap();
    assert_eq!(
        parts(response).await,
        (
            202,
            Some("application/json".to_owned()),
            json!({"queued": true})
        )
    );

    // An unknown route: axum's own 404, untouched.
    let response = http.get(format!("{base}/nope")).send().await.unwrap();
    assert_eq!(parts(response).await, (404, None, Value::Null));

    status_lines(&base).await;
}

/// The status line as sent on the wire (`HTTP/1.1 201 Created`), read with a
/// plain socket: reqwest reports the code, this pins the reason phrase too.
async fn status_line(base: &str, method: &str, path: &str, body: &str) -> String {
    use std::io::{Read, Write};
    let addr = base.trim_start_matches("http://").to_owned();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(&addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let text = String::from_utf8_lossy(&response).into_owned();
        text.lines().next().unwrap_or_default().to_owned()
    })
    .await
    .unwrap()
}

/// The status lines themselves, reason phrase included.
async fn status_lines(base: &str) {
    for (method, path, body, line) in [
        (
            "POST",
            "/items",
            r#"{"name":"saw"}"#,
            "HTTP/1.1 201 Created",
        ),
        ("DELETE", "/items/1", "", "HTTP/1.1 204 No Content"),
        ("DELETE", "/items/5", "", "HTTP/1.1 404 Not Found"),
        ("GET", "/admin", "", "HTTP/1.1 401 Unauthorized"),
        ("GET", "/nope", "", "HTTP/1.1 404 Not Found"),
    ] {
        assert_eq!(
            status_line(base, method, path, body).await,
            line,
            "{method} {path}"
        );
    }
}
