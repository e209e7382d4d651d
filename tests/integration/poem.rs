//! A poem 3 app served on 127.0.0.1:0 inside the test and driven by a real
//! HTTP client, held to the shared wire checks (common/mod.rs): the status
//! line, JSON body and headers for `#[status_code]` handlers, a derived
//! error enum, `HttpError`, a bare `Status`, `http_status!` in a tuple, and
//! poem's own 404; and the status rules of `#[status_code]` (common's
//! `check_status_rules`). `#[status_code]` sits above `#[handler]` on one handler
//! and below it on the others: both orders work.

use std::net::SocketAddr;
use std::time::Duration;

use poem::http::StatusCode;
use poem::listener::TcpAcceptor;
use poem::web::{Json, Path};
use poem::{Route, Server, get, handler, post};
use serde_json::{Value, json};
use statuscode::{HttpError, Status, http_status, status, status_code};

mod common;
#[allow(dead_code)]
mod rules;

use common::{
    AppResult, Item, ItemError, NewItem, check_responses, check_status_rules, plain_error,
};
use poem::IntoResponse;
use std::result::Result as Outcome;

#[status_code(CREATED)]
#[handler]
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

#[handler]
fn get_item(Path(id): Path<u32>) -> Result<Json<Item>, ItemError> {
    match id {
        1 => Ok(Json(Item {
            id,
            name: "hammer".to_owned(),
        })),
        2 => Err(ItemError::Locked { id }),
        _ => Err(ItemError::Missing(id)),
    }
}

#[handler]
#[status_code(NO_CONTENT)]
async fn delete_item(Path(id): Path<u32>) -> Result<(), ItemError> {
    if id == 1 {
        Ok(())
    } else {
        Err(ItemError::Missing(id))
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
fn alias(Path(id): Path<u32>) -> AppResult<Json<u32>> {
    if id == 1 {
        Ok(Json(id))
    } else {
        Err(ItemError::Missing(id))
    }
}

#[handler]
#[status_code(CREATED)]
fn renamed(Path(id): Path<u32>) -> Outcome<Json<u32>, ItemError> {
    if id == 1 {
        Ok(Json(id))
    } else {
        Err(ItemError::Missing(id))
    }
}

// poem has no `IntoResponse` for `Result`: an opaque handler answers with
// either response itself.
#[status_code(CREATED)]
#[handler]
fn opaque(Path(id): Path<u32>) -> impl IntoResponse {
    if id != 1 {
        return ItemError::Missing(id).into_response();
    }
    Json(id).into_response()
}

#[status_code(CREATED)]
#[handler]
fn inner(Path(code): Path<u16>) -> (StatusCode, Json<u16>) {
    (StatusCode::from_u16(code).unwrap(), Json(code))
}

#[handler]
fn plain() -> Result<(), HttpError> {
    Err(plain_error()?)
}

#[handler]
fn derived(Path(n): Path<u32>) -> Result<String, rules::GateError> {
    Err(rules::gate_error(n))
}

#[handler]
fn derived_problem(Path(n): Path<u32>) -> Result<String, rules::CreditError> {
    Err(rules::credit_error(n))
}

// The handler returns `ProblemDetails` itself, as an application would.
#[allow(clippy::result_large_err)]
#[handler]
fn problem(Path(n): Path<u32>) -> Result<String, statuscode::ProblemDetails> {
    Err(rules::problem(n))
}

fn app() -> Route {
    Route::new()
        .at("/problem/:n", get(problem))
        .at("/derived/:n", get(derived))
        .at("/derived-problem/:n", get(derived_problem))
        .at("/items", post(create_item))
        .at("/items/:id", get(get_item).delete(delete_item))
        .at("/admin", get(admin))
        .at("/teapot", get(teapot))
        .at("/jobs", post(accepted))
        .at("/alias/:id", get(alias))
        .at("/renamed/:id", get(renamed))
        .at("/opaque/:id", get(opaque))
        .at("/inner/:code", get(inner))
        .at("/plain", get(plain))
}

/// Serves `app()` on an ephemeral loopback port until the runtime ends with
/// the test.
async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = TcpAcceptor::from_tokio(listener).unwrap();
    tokio::spawn(Server::new_with_acceptor(acceptor).run(app()));
    addr
}

#[tokio::test(flavor = "current_thread")]
async fn responses_on_the_wire() {
    tokio::time::timeout(Duration::from_secs(30), run())
        .await
        .expect("the poem test finishes within 30 s");
}

async fn run() {
    let base = format!("http://{}", serve().await);
    check_responses(&base, false).await;
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
    .expect("the poem rules test finishes within 30 s");
}
