//! A warp 0.4 app served on 127.0.0.1:0 inside the test and driven by a real
//! HTTP client, held to the shared wire checks (common/mod.rs): the status
//! line, JSON body and headers for `#[status_code]` handlers, a derived
//! error enum, `HttpError`, a bare `Status`, `http_status!` in a tuple, and
//! warp's own 404; and the status rules of `#[status_code]` (common's
//! `check_status_rules`). warp has no handler attribute: `#[status_code]` goes on
//! the async fn a filter calls with `.then(…)`, and errors are replies
//! (`Result<T, E>` is a `Reply`), not rejections.

use std::net::SocketAddr;
use std::time::Duration;

use serde_json::json;
use statuscode::{HttpError, Status, http_status, status, status_code};
use warp::Filter;
use warp::http::StatusCode;
use warp::reply::{Json, WithStatus, json, with_status};

mod common;
#[allow(dead_code)]
mod rules;

use common::{AppResult, Item, ItemError, NewItem, check_api, check_status_rules, plain_error};
use std::result::Result as Outcome;

#[status_code(CREATED)]
async fn create_item(item: NewItem) -> Result<Json, HttpError> {
    if item.name.is_empty() {
        return Err(HttpError::new(
            status!(HTTP_422_UNPROCESSABLE_CONTENT),
            "Name is required",
        ));
    }
    Ok(json(&Item {
        id: 7,
        name: item.name,
    }))
}

async fn get_item(id: u32) -> Result<Json, ItemError> {
    match id {
        1 => Ok(json(&Item {
            id,
            name: "hammer".to_owned(),
        })),
        2 => Err(ItemError::Locked { id }),
        _ => Err(ItemError::Missing(id)),
    }
}

#[status_code(NO_CONTENT)]
async fn delete_item(id: u32) -> Result<(), ItemError> {
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

async fn accepted() -> WithStatus<Json> {
    with_status(json(&json!({"queued": true})), http_status!(ACCEPTED))
}

// However the return type is spelled, an error keeps its status and only a
// default 200 takes the declared one.
#[status_code(CREATED)]
async fn alias(id: u32) -> AppResult<Json> {
    if id == 1 {
        Ok(json(&id))
    } else {
        Err(ItemError::Missing(id))
    }
}

#[status_code(CREATED)]
async fn renamed(id: u32) -> Outcome<Json, ItemError> {
    if id == 1 {
        Ok(json(&id))
    } else {
        Err(ItemError::Missing(id))
    }
}

#[status_code(CREATED)]
async fn opaque(id: u32) -> impl warp::Reply {
    if id != 1 {
        return Err(ItemError::Missing(id));
    }
    Ok(json(&id))
}

#[status_code(CREATED)]
async fn inner(code: u16) -> WithStatus<Json> {
    with_status(json(&code), StatusCode::from_u16(code).unwrap())
}

async fn plain() -> Result<Json, HttpError> {
    Err(plain_error()?)
}

async fn derived(n: u32) -> Result<String, rules::GateError> {
    Err(rules::gate_error(n))
}

async fn derived_problem(n: u32) -> Result<String, rules::CreditError> {
    Err(rules::credit_error(n))
}

async fn problem(n: u32) -> Result<String, statuscode::ProblemDetails> {
    Err(rules::problem(n))
}

fn app() -> impl Filter<Extract = (impl warp::Reply,), Error = warp::Rejection> + Clone {
    use warp::{delete, get, path, post};
    // The path first, then the method: a path no filter takes is then warp's
    // 404 (a method rejection would outrank it as a 405).
    let create = path!("items")
        .and(post())
        .and(warp::body::json())
        .then(create_item);
    let get_one = path!("items" / u32).and(get()).then(get_item);
    let delete_one = path!("items" / u32).and(delete()).then(delete_item);
    let admin = path!("admin").and(get()).then(admin);
    let teapot = path!("teapot").and(get()).then(teapot);
    let jobs = path!("jobs").and(post()).then(accepted);
    let rules = path!("alias" / u32)
        .and(get())
        .then(alias)
        .or(path!("renamed" / u32).and(get()).then(renamed))
        .or(path!("opaque" / u32).and(get()).then(opaque))
        .or(path!("inner" / u16).and(get()).then(inner))
        .or(path!("plain").and(get()).then(plain));
    let declared = path!("derived" / u32)
        .and(get())
        .then(derived)
        .or(path!("derived-problem" / u32)
            .and(get())
            .then(derived_problem))
        .or(path!("problem" / u32).and(get()).then(problem));
    create
        .or(rules)
        .or(get_one)
        .or(delete_one)
        .or(admin)
        .or(teapot)
        .or(jobs)
        .or(declared)
}

/// Serves `app()` on an ephemeral loopback port until the runtime ends with
/// the test.
async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(warp::serve(app()).incoming(listener).run());
    addr
}

#[tokio::test(flavor = "current_thread")]
async fn responses_on_the_wire() {
    tokio::time::timeout(Duration::from_secs(30), run())
        .await
        .expect("the warp test finishes within 30 s");
}

async fn run() {
    let base = format!("http://{}", serve().await);
    check_api(&base).await;
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
    .expect("the warp rules test finishes within 30 s");
}
