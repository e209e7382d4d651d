//! What the real-server tests (axum, actix-web, poem, Rocket, salvo, warp)
//! share: the API's types and error enum, and the client that drives each
//! app over real HTTP and checks what arrives on the wire. Every app serves
//! the same routes:
//! `POST /items` (201), `GET|DELETE /items/{id}` (200 / 204, derived errors
//! 404 and 409), `GET /admin` (`HttpError` 401 with a header), `GET /teapot`
//! (a bare `Status`), `POST /jobs` (202 through the framework literal).

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use statuscode::HttpStatus;

#[derive(Deserialize)]
pub struct NewItem {
    pub name: String,
}

#[derive(Serialize)]
pub struct Item {
    pub id: u32,
    pub name: String,
}

/// The alias most services define; `#[status_code]` must see through it.
pub type AppResult<T> = Result<T, ItemError>;

/// A service's error enum: its status from the derive, its body
/// `{"detail": "<Display>"}` from `#[status(response)]`.
#[derive(Debug, HttpStatus)]
#[status(response)]
pub enum ItemError {
    #[status(NOT_FOUND)]
    Missing(u32),
    #[status(HTTP_409_CONFLICT)]
    Locked { id: u32 },
}

/// An error type, so poem keeps it (downcastable) inside `poem::Error`.
impl std::error::Error for ItemError {}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ItemError::Missing(id) => write!(f, "Item {id} not found"),
            ItemError::Locked { id } => write!(f, "Item {id} is locked"),
        }
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap()
}

/// Status, `content-type`, and the body as text.
async fn raw_parts(response: reqwest::Response) -> (u16, Option<String>, String) {
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned());
    (status, content_type, response.text().await.unwrap())
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

/// `parts` of a body the framework's own JSON type made: poem, Rocket and
/// salvo add `; charset=utf-8` to its `application/json`, which is theirs to
/// choose (the errors this crate sends are held to exactly
/// `application/json`).
async fn framework_json_parts(response: reqwest::Response) -> (u16, Option<String>, Value) {
    let (status, content_type, json) = parts(response).await;
    let content_type = content_type.map(|ct| ct.trim_end_matches("; charset=utf-8").to_owned());
    (status, content_type, json)
}

/// Drives the app served at `base` and checks every response on the wire,
/// the framework's own 404 for an unknown route included (an empty body, as
/// axum, actix-web and warp send it).
#[allow(
    dead_code,
    reason = "the poem, Rocket and salvo tests call `check_responses`"
)]
pub async fn check_api(base: &str) {
    check_responses(base, false).await;
    let response = client().get(format!("{base}/nope")).send().await.unwrap();
    assert_eq!(parts(response).await, (404, None, Value::Null));
}

/// Every check of [`check_api`] but the body of the framework's own 404,
/// which poem, Rocket and salvo fill with a text or a page of their own;
/// `catchers` for Rocket and salvo, where a bare error status goes to the
/// catchers.
pub async fn check_responses(base: &str, catchers: bool) {
    let http = client();

    // #[status_code(CREATED)] POST.
    let response = http
        .post(format!("{base}/items"))
        .json(&json!({"name": "saw"}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        framework_json_parts(response).await,
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

    // A plain handler's Ok keeps the framework's 200.
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

    // A bare Status, and the framework literal (http_status! / http02_status!)
    // in a (StatusCode, Json<T>) response. In Rocket and salvo an error
    // status goes to the application's catchers, as their own status types
    // do (without `statuscode::{rocket, salvo}`'s, the framework's page).
    let response = http.get(format!("{base}/teapot")).send().await.unwrap();
    let (status, content_type, body) = raw_parts(response).await;
    assert_eq!(status, 418);
    if !catchers {
        assert_eq!((content_type, body.as_str()), (None, ""));
    }
    let response = http.post(format!("{base}/jobs")).send().await.unwrap();
    assert_eq!(
        framework_json_parts(response).await,
        (
            202,
            Some("application/json".to_owned()),
            json!({"queued": true})
        )
    );

    // An unknown route: the framework's own 404, untouched.
    let response = http.get(format!("{base}/nope")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 404);

    status_lines(base).await;
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

/// The rule `#[status_code(CREATED)]` follows, whatever the spelling of the
/// return type: an inner response at the default `200 OK` is sent with 201,
/// any other status (an error's 404, a deliberate 202) is kept. Both apps
/// serve `GET /alias/{id}` (`AppResult<Json<u32>>`), `GET /renamed/{id}`
/// (`Outcome<Json<u32>, ItemError>`, `std::result::Result` renamed),
/// `GET /opaque/{id}` (`impl IntoResponse` / `impl Responder` returning
/// `Err`), all 201 for id 1 and 404 otherwise, and `GET /inner/{code}` (a
/// `(StatusCode, Json<u16>)` the handler sets itself); and `GET /plain`, an
/// `HttpError` whose `Content-Type` replaces the default.
pub async fn check_status_rules(base: &str) {
    let http = client();
    for (path, code, body) in [
        ("/alias/1", 201, json!(1)),
        ("/alias/5", 404, json!({"detail": "Item 5 not found"})),
        ("/renamed/1", 201, json!(1)),
        ("/renamed/6", 404, json!({"detail": "Item 6 not found"})),
        ("/opaque/1", 201, json!(1)),
        ("/opaque/7", 404, json!({"detail": "Item 7 not found"})),
        // A 200 the handler sets itself cannot be told from the default one:
        // it goes out with the declared status (documented).
        ("/inner/200", 201, json!(200)),
        ("/inner/202", 202, json!(202)),
        ("/inner/418", 418, json!(418)),
    ] {
        let response = http.get(format!("{base}{path}")).send().await.unwrap();
        // The errors are this crate's, held to exactly `application/json`;
        // the numbers are the framework's own JSON.
        let received = if body.get("detail").is_some() {
            parts(response).await
        } else {
            framework_json_parts(response).await
        };
        assert_eq!(
            received,
            (code, Some("application/json".to_owned()), body),
            "{path}"
        );
    }

    // One content-type on the wire, the user's; repeated user headers all
    // arrive.
    let response = http.get(format!("{base}/plain")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let values = |name: &str| -> Vec<String> {
        response
            .headers()
            .get_all(name)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(values("content-type"), ["text/plain"]);
    assert_eq!(values("x-note"), ["a", "b"]);
    assert_eq!(response.text().await.unwrap(), r#"{"detail":"Plain text"}"#);
}

/// The `HttpError` of `GET /plain`.
pub fn plain_error() -> Result<statuscode::HttpError, statuscode::InvalidHeader> {
    statuscode::HttpError::new(statuscode::status!(BAD_REQUEST), "Plain text")
        .with_header("Content-Type", "text/plain")?
        .with_header("x-note", "a")?
        .with_header("X-Note", "b")
}
