//! An actix-web 4 app served on 127.0.0.1:0 inside the test and driven by a
//! real HTTP client (reqwest): the status line, JSON body and headers on the
//! wire for `#[status_code]` handlers (in both orders with actix's route
//! attributes), a derived error enum, `HttpError`, a bare `Status`, and
//! actix's own 404.

use std::fmt;
use std::time::Duration;

use actix_web::{App, HttpServer, delete, get, post, web};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use statuscode::{HttpError, HttpStatus, Status, http02_status, status, status_code};

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

// Route attribute first: `#[status_code]` is expanded on the function that
// actix's macro keeps inside the service it generates.
#[post("/items")]
#[status_code(CREATED)]
async fn create_item(item: web::Json<NewItem>) -> Result<web::Json<Item>, HttpError> {
    let item = item.into_inner();
    if item.name.is_empty() {
        return Err(HttpError::new(
            status!(HTTP_422_UNPROCESSABLE_CONTENT),
            "Name is required",
        ));
    }
    Ok(web::Json(Item {
        id: 7,
        name: item.name,
    }))
}

#[get("/items/{id}")]
async fn get_item(id: web::Path<u32>) -> Result<web::Json<Item>, ItemError> {
    match id.into_inner() {
        1 => Ok(web::Json(Item {
            id: 1,
            name: "hammer".to_owned(),
        })),
        2 => Err(ItemError::Locked { id: 2 }),
        id => Err(ItemError::Missing(id)),
    }
}

// `#[status_code]` first: it rewrites the function, then actix's macro
// turns the result into a service.
#[status_code(NO_CONTENT)]
#[delete("/items/{id}")]
async fn delete_item(id: web::Path<u32>) -> Result<(), ItemError> {
    match id.into_inner() {
        1 => Ok(()),
        id => Err(ItemError::Missing(id)),
    }
}

#[get("/admin")]
async fn admin() -> Result<String, HttpError> {
    Err(HttpError::new(status!(UNAUTHORIZED), "Not authenticated")
        .with_header("WWW-Authenticate", "Bearer")?)
}

#[get("/teapot")]
async fn teapot() -> Status {
    status!(TEAPOT)
}

#[post("/jobs")]
async fn accepted() -> (web::Json<Value>, actix_web::http::StatusCode) {
    (web::Json(json!({"queued": true})), http02_status!(ACCEPTED))
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

#[actix_web::test]
async fn responses_on_the_wire() {
    let server = HttpServer::new(|| {
        App::new()
            .service(create_item)
            .service(get_item)
            .service(delete_item)
            .service(admin)
            .service(teapot)
            .service(accepted)
    })
    .workers(1)
    .disable_signals()
    .shutdown_timeout(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let addr = server.addrs()[0];
    let server = server.run();
    let handle = server.handle();
    actix_web::rt::spawn(server);

    let outcome =
        tokio::time::timeout(Duration::from_secs(30), run(format!("http://{addr}"))).await;
    handle.stop(true).await;
    outcome.expect("the actix-web test finishes within 30 s");
}

async fn run(base: String) {
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

    // A plain handler's Ok keeps actix's 200.
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

    // A bare Status, and http02_status! where actix wants its StatusCode.
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

    // An unknown route: actix's own 404, untouched.
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
