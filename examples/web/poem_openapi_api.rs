//! An items API in poem-openapi whose OpenAPI document comes from the same
//! declarations that set the statuses: each `#[oai]` operation returns
//! `Result<Json<T>, E>` with a derived error enum `E`, which documents its
//! statuses (the variants' doc comments), its body and its declared headers
//! (feature `poem-openapi`). The items and their create and lookup errors
//! are shared with the other OpenAPI examples (`openapi_items/mod.rs`,
//! `Object` derived). poem's own rejections (a path or body that does not
//! parse, no or another content type, a body over `BODY_LIMIT`, a panic)
//! are sent in the same `{"detail"}` by `statuscode::poem::detail_errors`
//! and `detail_panic` (`app`), and documented: each operation's error enum
//! has a `#[status(transparent)]` variant of `FrameworkErrors` or
//! `FrameworkBodyErrors`, never returned.
//!
//! ```sh
//! cargo run -p statuscode-examples --example poem_openapi_api --features poem-openapi          # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example poem_openapi_api --features poem-openapi  # serves on 127.0.0.1:8000 (PORT to change), document at /openapi.json
//! ```
//!
//! With the feature `undocumented` as well, `get_item` returns its
//! `LookupError` through `poem::Result<T>` (poem's `Error`, which documents
//! nothing): `tests/openapi/check.sh` shows that schemathesis then finds
//! the undocumented 404.

// poem-openapi's `#[oai]` takes `async fn`s only.
#![allow(clippy::unused_async)]

use std::sync::{Mutex, MutexGuard, PoisonError};

use poem::http::{StatusCode, header};
use poem::listener::TcpAcceptor;
use poem::middleware::CatchPanic;
use poem::{Endpoint, EndpointExt, IntoResponse, Request, Response, Route, Server};
use poem_openapi::param::{Header, Path};
use poem_openapi::payload::Json;
use poem_openapi::{OpenApi, OpenApiService};
use statuscode::{FrameworkBodyErrors, FrameworkErrors, HttpStatus};

// `Item`, `NewItem`, `CreateError` (409, 422), `LookupError` (404) and the
// store `Items`, shared by the four OpenAPI examples (`Object` here).
#[path = "openapi_items/mod.rs"]
mod items;
use items::{CreateError, Item, Items, LookupError, NewItem};

/// Why an item cannot be deleted: a missing token (a 401 must say how to
/// authenticate: `WWW-Authenticate`), or the lookup's own errors.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum DeleteError {
    /// Deleting needs the `X-Token` header.
    #[error("deleting needs a token")]
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Token"))]
    NoToken,
    #[error(transparent)]
    #[status(transparent)]
    Lookup(#[from] LookupError),
    /// poem's own rejections (a path that does not parse, a panic), sent
    /// by `statuscode::poem::detail_errors` (`app`): documented only.
    #[error("{0}")]
    #[status(transparent)]
    #[allow(dead_code)] // documented only: `detail_errors` sends these
    Framework(FrameworkErrors),
}

/// What `create_item` sends: its `CreateError`, and poem's own rejections
/// of the body (`FrameworkBodyErrors`: not JSON, the wrong content type,
/// too large), which `statuscode::poem::detail_errors` sends in the same
/// `{"detail"}`. A poem-openapi operation has one error type, so the two
/// are variants of one; the second is never constructed, only documented.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum CreateFailure {
    #[error(transparent)]
    #[status(transparent)]
    Create(#[from] CreateError),
    #[error("{0}")]
    #[status(transparent)]
    #[allow(dead_code)] // documented only: `detail_errors` sends these
    Framework(FrameworkBodyErrors),
}

/// What `get_item` sends: its `LookupError`, and poem's own rejections of
/// the path (`FrameworkErrors`), as for `CreateFailure`.
#[cfg(not(feature = "undocumented"))]
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum GetFailure {
    #[error(transparent)]
    #[status(transparent)]
    Lookup(#[from] LookupError),
    #[error("{0}")]
    #[status(transparent)]
    #[allow(dead_code)] // documented only: `detail_errors` sends these
    Framework(FrameworkErrors),
}

#[derive(Default)]
struct Api {
    db: Mutex<Items>,
}

impl Api {
    fn db(&self) -> MutexGuard<'_, Items> {
        self.db.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// What `get_item` returns: its `LookupError` documented, or (feature
/// `undocumented`) sent through `poem::Error`, which documents nothing.
#[cfg(not(feature = "undocumented"))]
type GetResult = Result<Json<Item>, GetFailure>;
#[cfg(feature = "undocumented")]
type GetResult = poem::Result<Json<Item>>;

#[OpenApi]
impl Api {
    /// Every item.
    #[oai(path = "/items", method = "get")]
    async fn list_items(&self) -> Json<Vec<Item>> {
        Json(self.db().list(usize::MAX))
    }

    /// Stores a new item.
    #[oai(path = "/items", method = "post")]
    async fn create_item(&self, new: Json<NewItem>) -> Result<Json<Item>, CreateFailure> {
        Ok(Json(self.db().create(&new.0)?))
    }

    /// One item.
    #[oai(path = "/items/:id", method = "get")]
    async fn get_item(
        &self,
        #[oai(validator(minimum(value = "0"), maximum(value = "4294967295")))] id: Path<u32>,
    ) -> GetResult {
        let item = self.db().get(id.0);
        #[cfg(feature = "undocumented")]
        let item = item.map_err(poem::Error::from);
        #[cfg(not(feature = "undocumented"))]
        let item = item.map_err(GetFailure::from);
        item.map(Json)
    }

    /// Deletes an item; needs the `X-Token` header.
    #[oai(path = "/items/:id", method = "delete")]
    async fn delete_item(
        &self,
        #[oai(validator(minimum(value = "0"), maximum(value = "4294967295")))] id: Path<u32>,
        #[oai(name = "X-Token")] token: Header<Option<String>>,
    ) -> Result<(), DeleteError> {
        if token.0.is_none() {
            return Err(DeleteError::NoToken);
        }
        self.db().remove(id.0).map_err(DeleteError::from)
    }
}

/// The largest body the API reads: a larger one gets the documented 413.
const BODY_LIMIT: u64 = 64 * 1024;

/// Refuses a body whose `Content-Length` is over `BODY_LIMIT` with 413.
/// (poem's `SizeLimit` would also refuse every request without a
/// `Content-Length`, a GET's too, with a 411 no document lists.)
async fn limit_body<E: Endpoint>(endpoint: E, request: Request) -> poem::Result<Response> {
    let length = request
        .header(header::CONTENT_LENGTH)
        .and_then(|length| length.parse::<u64>().ok());
    if length.is_some_and(|length| length > BODY_LIMIT) {
        return Err(poem::Error::from_string(
            format!("the body is larger than {BODY_LIMIT} bytes"),
            StatusCode::PAYLOAD_TOO_LARGE,
        ));
    }
    endpoint
        .call(request)
        .await
        .map(IntoResponse::into_response)
}

/// The API and its document, with poem's own rejections (a path or body
/// that does not parse, a body too large or of the wrong content type, a
/// panic) answered in the application's `{"detail"}`, as the operations'
/// `FrameworkErrors` and `FrameworkBodyErrors` document them.
fn app() -> impl Endpoint {
    let service = OpenApiService::new(Api::default(), "items", "1.0.0");
    let spec = service.spec_endpoint();
    Route::new()
        .nest("/", service)
        .at("/openapi.json", spec)
        .around(limit_body)
        .with(CatchPanic::new().with_handler(statuscode::poem::detail_panic))
        .after(statuscode::poem::detail_errors)
}

/// Fetches the document over HTTP and checks that it lists every status
/// the operations send, with the declared header.
async fn demo(base: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::Client::builder().no_proxy().build()?;
    let created = client
        .post(format!("{base}/items"))
        .json(&serde_json::json!({ "name": "hammer" }))
        .send()
        .await?;
    assert_eq!(created.status().as_u16(), 200);
    let missing = client.get(format!("{base}/items/99")).send().await?;
    assert_eq!(missing.status().as_u16(), 404);
    let refused = client.delete(format!("{base}/items/1")).send().await?;
    assert_eq!(refused.status().as_u16(), 401);
    assert_eq!(refused.headers()["www-authenticate"], "Token");
    // poem's own rejection, in the application's `{"detail"}`.
    let malformed = client.get(format!("{base}/items/x")).send().await?;
    assert_eq!(malformed.status().as_u16(), 400);
    let body: serde_json::Value = malformed.json().await?;
    assert!(body["detail"].is_string(), "{body}");
    let doc: serde_json::Value = client
        .get(format!("{base}/openapi.json"))
        .send()
        .await?
        .json()
        .await?;
    let statuses = |path: &str, method: &str| -> Vec<String> {
        doc["paths"][path][method]["responses"]
            .as_object()
            .map(|r| r.keys().cloned().collect())
            .unwrap_or_default()
    };
    println!("GET /openapi.json lists:");
    for (path, method) in [
        ("/items", "get"),
        ("/items", "post"),
        ("/items/{id}", "get"),
        ("/items/{id}", "delete"),
    ] {
        println!(
            "  {} {path}: {}",
            method.to_uppercase(),
            statuses(path, method).join(", ")
        );
    }
    assert_eq!(
        statuses("/items", "post"),
        ["200", "400", "409", "413", "415", "422", "500"]
    );
    assert_eq!(
        statuses("/items/{id}", "delete"),
        ["200", "400", "401", "404", "500"]
    );
    assert_eq!(
        doc["paths"]["/items/{id}"]["delete"]["responses"]["401"]["headers"]["WWW-Authenticate"]["schema"]
            ["type"],
        "string"
    );
    if cfg!(not(feature = "undocumented")) {
        assert_eq!(statuses("/items/{id}", "get"), ["200", "400", "404", "500"]);
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Some(port) = items::serve_port() {
        let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
        println!("serving on http://{}", listener.local_addr()?);
        let acceptor = TcpAcceptor::from_tokio(listener)?;
        Server::new_with_acceptor(acceptor).run(app()).await?;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let acceptor = TcpAcceptor::from_tokio(listener)?;
    tokio::spawn(Server::new_with_acceptor(acceptor).run(app()));
    tokio::time::timeout(std::time::Duration::from_secs(30), demo(&base)).await?
}
