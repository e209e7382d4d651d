//! A salvo 1 app served on 127.0.0.1:0 inside the test and driven by a real
//! HTTP client, held to the shared wire checks (common/mod.rs): the status
//! line, JSON body and headers for `#[status_code]` handlers, a derived
//! error enum, `HttpError`, a bare `Status`, `http_status!` in a tuple, and
//! salvo's own 404; and the status rules of `#[status_code]` (common's
//! `check_status_rules`). `#[status_code]` sits above `#[handler]` on one handler
//! and below it on the others: both orders work when the handler returns a
//! value; a handler returning `()` needs `#[status_code]` above.

use std::net::SocketAddr;
use std::time::Duration;

use salvo::conn::tcp::TcpAcceptor;
use salvo::extract::{JsonBody, PathParam};
use salvo::http::StatusCode;
use salvo::prelude::*;
use serde_json::{Value, json};
use statuscode::{HttpError, Status, http_status, status, status_code};

mod common;
#[allow(dead_code)]
mod rules;

use common::{
    AppResult, Item, ItemError, NewItem, check_responses, check_status_rules, plain_error,
};
use std::result::Result as Outcome;

#[status_code(CREATED)]
#[handler]
async fn create_item(item: JsonBody<NewItem>) -> Result<Json<Item>, HttpError> {
    let item = item.0;
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

#[handler]
fn get_item(id: PathParam<u32>) -> Result<Json<Item>, ItemError> {
    match id.0 {
        1 => Ok(Json(Item {
            id: 1,
            name: "hammer".to_owned(),
        })),
        id @ 2 => Err(ItemError::Locked { id }),
        id => Err(ItemError::Missing(id)),
    }
}

#[handler]
#[status_code(NO_CONTENT)]
async fn delete_item(id: PathParam<u32>) -> Result<(), ItemError> {
    match id.0 {
        1 => Ok(()),
        id => Err(ItemError::Missing(id)),
    }
}

#[handler]
fn admin() -> Result<String, HttpError> {
    Err(HttpError::new(status!(UNAUTHORIZED), "Not authenticated")
        .with_header("WWW-Authenticate", "Bearer")?)
}

#[handler]
fn teapot() -> Status {
    status!(TEAPOT)
}

#[handler]
fn accepted() -> (StatusCode, Json<Value>) {
    (http_status!(ACCEPTED), Json(json!({"queued": true})))
}

// However the return type is spelled, an error keeps its status and only a
// default 200 takes the declared one.
#[status_code(CREATED)]
#[handler]
fn alias(id: PathParam<u32>) -> AppResult<Json<u32>> {
    match id.0 {
        1 => Ok(Json(1)),
        id => Err(ItemError::Missing(id)),
    }
}

#[status_code(CREATED)]
#[handler]
fn renamed(id: PathParam<u32>) -> Outcome<Json<u32>, ItemError> {
    match id.0 {
        1 => Ok(Json(1)),
        id => Err(ItemError::Missing(id)),
    }
}

#[status_code(CREATED)]
#[handler]
fn opaque(id: PathParam<u32>) -> impl Writer + Send {
    if id.0 != 1 {
        return Err(ItemError::Missing(id.0));
    }
    Ok(Json(id.0))
}

#[status_code(CREATED)]
#[handler]
fn inner(code: PathParam<u16>) -> (StatusCode, Json<u16>) {
    (StatusCode::from_u16(code.0).unwrap(), Json(code.0))
}

#[handler]
fn plain() -> Result<(), HttpError> {
    Err(plain_error()?)
}

#[handler]
fn derived(n: PathParam<u32>) -> Result<String, rules::GateError> {
    Err(rules::gate_error(n.0))
}

#[handler]
fn derived_problem(n: PathParam<u32>) -> Result<String, rules::CreditError> {
    Err(rules::credit_error(n.0))
}

// The handler returns `ProblemDetails` itself, as an application would.
#[allow(clippy::result_large_err)]
#[handler]
fn problem(n: PathParam<u32>) -> Result<String, statuscode::ProblemDetails> {
    Err(rules::problem(n.0))
}

fn app() -> Router {
    Router::new()
        .push(Router::with_path("problem/{n}").get(problem))
        .push(Router::with_path("derived/{n}").get(derived))
        .push(Router::with_path("derived-problem/{n}").get(derived_problem))
        .push(Router::with_path("items").post(create_item))
        .push(
            Router::with_path("items/{id}")
                .get(get_item)
                .delete(delete_item),
        )
        .push(Router::with_path("admin").get(admin))
        .push(Router::with_path("teapot").get(teapot))
        .push(Router::with_path("jobs").post(accepted))
        .push(Router::with_path("alias/{id}").get(alias))
        .push(Router::with_path("renamed/{id}").get(renamed))
        .push(Router::with_path("opaque/{id}").get(opaque))
        .push(Router::with_path("inner/{code}").get(inner))
        .push(Router::with_path("plain").get(plain))
}

/// Serves `app()` on an ephemeral loopback port until the runtime ends with
/// the test.
async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = TcpAcceptor::try_from(listener).unwrap();
    tokio::spawn(Server::new(acceptor).serve(app()));
    addr
}

#[tokio::test(flavor = "current_thread")]
async fn responses_on_the_wire() {
    tokio::time::timeout(Duration::from_secs(30), run())
        .await
        .expect("the salvo test finishes within 30 s");
}

async fn run() {
    let base = format!("http://{}", serve().await);
    check_responses(&base, true).await;
    check_status_rules(&base).await;
}

/// A derived type's declared headers, a `#[status(problem)]` type and
/// `ProblemDetails`, with the checks the axum and actix-web apps pass (rules/mod.rs).
#[tokio::test(flavor = "current_thread")]
async fn rules_on_the_wire() {
    let base = format!("http://{}", serve().await);
    tokio::time::timeout(Duration::from_secs(30), async {
        rules::check_declared_headers(&base).await;
        rules::check_derived_problems(&base).await;
        rules::check_problems(&base).await;
    })
    .await
    .expect("the salvo rules test finishes within 30 s");
}
