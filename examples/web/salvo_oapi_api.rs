//! An items API in salvo whose OpenAPI document comes from the same
//! declarations that set the statuses: each `#[endpoint]` returns
//! `Result<T, E>` with a derived error enum `E`, which documents its
//! statuses (the variants' doc comments), its body and its declared headers
//! (feature `salvo-oapi`); `#[status_code]` above `#[endpoint]` sets the
//! success status, documented under its code (`WithStatus<T, 201>` carries
//! it in the type). The items and their create and lookup errors are shared
//! with the other OpenAPI examples (`openapi_items/mod.rs`, `ToSchema`
//! derived). salvo's own rejections (a path or body that does not parse, a
//! body over salvo's 64 KiB, a panic) are sent in the same `{"detail"}` by
//! the catcher hoop `statuscode::salvo::DetailErrors` and salvo's
//! `CatchPanic` (`service`), and documented: each endpoint's error enum has
//! a `#[status(transparent)]` variant of `FrameworkErrors`, never returned
//! (salvo sends no 415, so not `FrameworkBodyErrors`).
//!
//! ```sh
//! cargo run -p statuscode-examples --example salvo_oapi_api --features salvo-oapi          # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example salvo_oapi_api --features salvo-oapi  # serves on 127.0.0.1:8000 (PORT to change), document at /openapi.json
//! ```
//!
//! With the feature `undocumented` as well, `get_item`'s `LookupError` is
//! wrapped in `Undocumented`, which sends it but documents nothing:
//! `tests/openapi/check.sh` shows that schemathesis then finds the
//! undocumented 404. With `phantom`, the list documents a 410 that no
//! request gets: the check's scripted requests (tests/openapi/statuses.py)
//! then find a documented status the server never sends.

use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

use salvo::catch_panic::CatchPanic;
use salvo::catcher::Catcher;
use salvo::conn::tcp::TcpAcceptor;
use salvo::oapi::OpenApi;
use salvo::oapi::extract::{HeaderParam, JsonBody, PathParam};
use salvo::prelude::*;
use statuscode::{FrameworkErrors, HttpStatus, status_code};

// `Item`, `NewItem`, `CreateError` (409, 422), `LookupError` (404) and the
// store `Items`, shared by the four OpenAPI examples (`ToSchema` here).
#[path = "openapi_items/mod.rs"]
mod items;
use items::{CreateError, Item, Items, LookupError, NewItem};

/// Why an item cannot be deleted: a missing token (a 401 must say how to
/// authenticate: `WWW-Authenticate`), or the lookup's own errors.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum DeleteError {
    /// Deleting needs the `token` header.
    #[error("deleting needs a token")]
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Token"))]
    NoToken,
    #[error(transparent)]
    #[status(transparent)]
    Lookup(#[from] LookupError),
    /// salvo's own rejections (a path that does not parse, a panic), sent
    /// by `statuscode::salvo::DetailErrors` (`service`): documented only.
    #[error("{0}")]
    #[status(transparent)]
    #[allow(dead_code)] // documented only: `DetailErrors` sends these
    Framework(FrameworkErrors),
}

/// What `create_item` sends: its `CreateError`, and salvo's own rejections
/// of the body, which `statuscode::salvo::DetailErrors` sends in the same
/// `{"detail"}`: `FrameworkErrors` (a body that is not JSON of the right
/// shape or content type is a 400 in salvo, never a 415) and the 413 of a
/// body over salvo's limit (64 KiB by default). Documented only: the
/// handler never returns these variants.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum CreateFailure {
    #[error(transparent)]
    #[status(transparent)]
    Create(#[from] CreateError),
    #[error("{0}")]
    #[status(transparent)]
    #[allow(dead_code)] // documented only, as below
    Framework(FrameworkErrors),
    /// The body is larger than salvo reads (64 KiB).
    #[error("the body is too large")]
    #[status(PAYLOAD_TOO_LARGE)]
    #[allow(dead_code)] // documented only: salvo sends it
    TooLarge,
}

/// What `get_item` sends: its `LookupError`, and salvo's own rejections
/// of the path (`FrameworkErrors`), as for `CreateFailure`.
#[cfg(not(feature = "undocumented"))]
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum GetFailure {
    #[error(transparent)]
    #[status(transparent)]
    Lookup(#[from] LookupError),
    #[error("{0}")]
    #[status(transparent)]
    #[allow(dead_code)] // documented only: `DetailErrors` sends these
    Framework(FrameworkErrors),
}

/// An error sent as `E` sends it, left out of the document (feature
/// `undocumented`: the planted omission schemathesis must find).
#[cfg(feature = "undocumented")]
struct Undocumented<E>(E);

#[cfg(feature = "undocumented")]
#[async_trait]
impl<E: Writer + Send> Writer for Undocumented<E> {
    async fn write(self, req: &mut Request, depot: &mut Depot, res: &mut Response) {
        self.0.write(req, depot, res).await;
    }
}

#[cfg(feature = "undocumented")]
impl<E> salvo::oapi::EndpointOutRegister for Undocumented<E> {
    fn register(_: &mut salvo::oapi::Components, _: &mut salvo::oapi::Operation) {}
}

#[cfg(not(feature = "undocumented"))]
type GetError = GetFailure;
#[cfg(feature = "undocumented")]
type GetError = Undocumented<LookupError>;

static DB: Mutex<Items> = Mutex::new(Items::new());

fn db() -> MutexGuard<'static, Items> {
    DB.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Every item.
#[cfg_attr(not(feature = "phantom"), endpoint)]
// The planted phantom: a status documented by hand that no request gets.
#[cfg_attr(
    feature = "phantom",
    endpoint(responses((status_code = 410, description = "Gone: the list was retired")))
)]
fn list_items() -> Json<Vec<Item>> {
    Json(db().list(usize::MAX))
}

/// Stores a new item.
#[status_code(CREATED)]
#[endpoint]
fn create_item(new: JsonBody<NewItem>) -> Result<Json<Item>, CreateFailure> {
    Ok(Json(db().create(&new.0)?))
}

/// One item.
#[endpoint]
fn get_item(id: PathParam<u32>) -> Result<Json<Item>, GetError> {
    let item = db().get(id.0);
    #[cfg(feature = "undocumented")]
    let item = item.map_err(Undocumented);
    #[cfg(not(feature = "undocumented"))]
    let item = item.map_err(GetFailure::from);
    item.map(Json)
}

/// Deletes an item; needs the `token` header.
#[status_code(NO_CONTENT)]
#[endpoint]
fn delete_item(id: PathParam<u32>, token: HeaderParam<String, false>) -> Result<(), DeleteError> {
    if token.into_inner().is_none() {
        return Err(DeleteError::NoToken);
    }
    db().remove(id.0).map_err(DeleteError::from)
}

fn app() -> Router {
    let router = Router::new()
        .push(Router::with_path("items").get(list_items).post(create_item))
        .push(
            Router::with_path("items/{id}")
                .get(get_item)
                .delete(delete_item),
        );
    let doc = OpenApi::new("items", "1.0.0").merge_router(&router);
    let doc = accepted_inputs(serde_json::to_value(&doc).unwrap_or_default());
    DOC.get_or_init(|| doc);
    router.push(Router::with_path("openapi.json").get(openapi_json))
}

/// The router served, with salvo's own rejections (a path or body that
/// does not parse, a body too large or of the wrong content type, a
/// panic) answered in the application's `{"detail"}`, as the endpoints'
/// `FrameworkErrors` and `FrameworkBodyErrors` document them.
fn service() -> Service {
    Service::new(Router::new().hoop(CatchPanic::new()).push(app()))
        .catcher(Catcher::default().hoop(statuscode::salvo::DetailErrors))
}

/// The document, built once by `app`.
static DOC: OnceLock<serde_json::Value> = OnceLock::new();

#[handler]
fn openapi_json(res: &mut Response) {
    res.render(Json(DOC.get().cloned().unwrap_or_default()));
}

/// Says in the document what salvo's extractors accept, so that the
/// document covers every request it lets through to the handlers:
/// salvo-oapi 1.1 documents a `JsonBody` as optional and a `u32` path
/// parameter without its maximum, and salvo refuses a missing body or an
/// id past `u32::MAX` with a 400 of its own, before the handler runs.
fn accepted_inputs(mut doc: serde_json::Value) -> serde_json::Value {
    doc["paths"]["/items"]["post"]["requestBody"]["required"] = true.into();
    for method in ["get", "delete"] {
        if let Some(parameters) = doc["paths"]["/items/{id}"][method]["parameters"].as_array_mut() {
            for parameter in parameters.iter_mut().filter(|p| p["name"] == "id") {
                parameter["schema"]["maximum"] = u32::MAX.into();
            }
        }
    }
    doc
}

/// Fetches the document over HTTP and checks that it lists every status
/// the endpoints send, with the declared header.
async fn demo(base: &str) -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::Client::builder().no_proxy().build()?;
    let created = client
        .post(format!("{base}/items"))
        .json(&serde_json::json!({ "name": "hammer" }))
        .send()
        .await?;
    assert_eq!(created.status().as_u16(), 201);
    let missing = client.get(format!("{base}/items/99")).send().await?;
    assert_eq!(missing.status().as_u16(), 404);
    let refused = client.delete(format!("{base}/items/1")).send().await?;
    assert_eq!(refused.status().as_u16(), 401);
    assert_eq!(refused.headers()["www-authenticate"], "Token");
    let deleted = client
        .delete(format!("{base}/items/1"))
        .header("token", "t")
        .send()
        .await?;
    assert_eq!(deleted.status().as_u16(), 204);
    // salvo's own rejection, in the application's `{"detail"}`.
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
        ["201", "400", "409", "413", "422", "500"]
    );
    assert_eq!(
        statuses("/items/{id}", "delete"),
        ["204", "400", "401", "404", "500"]
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
        Server::new(TcpAcceptor::try_from(listener)?)
            .serve(service())
            .await;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(Server::new(TcpAcceptor::try_from(listener)?).serve(service()));
    tokio::time::timeout(std::time::Duration::from_secs(30), demo(&base)).await?
}
