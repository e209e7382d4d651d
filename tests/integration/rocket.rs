//! A Rocket 0.5 app served on 127.0.0.1:0 inside the test and driven by a
//! real HTTP client, held to the shared wire checks (common/mod.rs): the
//! status line, JSON body and headers for `#[status_code]` handlers, a
//! derived error enum, `HttpError`, a bare `Status`, a `Status` converted
//! into Rocket's own in a `(Status, Json<T>)`, and Rocket's own 404; and the
//! status rules of `#[status_code]` (common's `check_status_rules`).
//! `#[status_code]` sits above `#[post]` on one handler and below
//! `#[delete]` on another: both orders work.

use std::net::Ipv4Addr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::Duration;

use rocket::config::{Config, LogLevel, Shutdown};
use rocket::fairing::AdHoc;
use rocket::serde::json::Json;
use rocket::{Build, Rocket, delete, get, post, routes};
use serde_json::{Value, json};
use statuscode::{HttpError, Status, status, status_code};

mod common;
#[allow(dead_code)]
mod rules;

use common::{
    AppResult, Item, ItemError, NewItem, check_responses, check_status_rules, plain_error,
};
use rocket::Either;
use std::result::Result as Outcome;

#[status_code(CREATED)]
#[post("/items", data = "<item>")]
fn create_item(item: Json<NewItem>) -> Result<Json<Item>, HttpError> {
    let item = item.into_inner();
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

#[get("/items/<id>")]
fn get_item(id: u32) -> Result<Json<Item>, ItemError> {
    match id {
        1 => Ok(Json(Item {
            id,
            name: "hammer".to_owned(),
        })),
        2 => Err(ItemError::Locked { id }),
        _ => Err(ItemError::Missing(id)),
    }
}

#[delete("/items/<id>")]
#[status_code(NO_CONTENT)]
async fn delete_item(id: u32) -> Result<(), ItemError> {
    if id == 1 {
        Ok(())
    } else {
        Err(ItemError::Missing(id))
    }
}

#[get("/admin")]
fn admin() -> Result<String, HttpError> {
    Err(HttpError::new(status!(UNAUTHORIZED), "Not authenticated")
        .with_header("WWW-Authenticate", "Bearer")?)
}

#[get("/teapot")]
fn teapot() -> Status {
    status!(TEAPOT)
}

#[post("/jobs")]
fn accepted() -> (rocket::http::Status, Json<Value>) {
    (status!(ACCEPTED).into(), Json(json!({"queued": true})))
}

// However the return type is spelled, an error keeps its status and only a
// default 200 takes the declared one.
#[status_code(CREATED)]
#[get("/alias/<id>")]
fn alias(id: u32) -> AppResult<Json<u32>> {
    if id == 1 {
        Ok(Json(id))
    } else {
        Err(ItemError::Missing(id))
    }
}

#[get("/renamed/<id>")]
#[status_code(CREATED)]
fn renamed(id: u32) -> Outcome<Json<u32>, ItemError> {
    if id == 1 {
        Ok(Json(id))
    } else {
        Err(ItemError::Missing(id))
    }
}

// Rocket's route attribute needs a named responder type: its own `Either`
// stands in for an opaque one.
#[get("/opaque/<id>")]
#[status_code(CREATED)]
fn opaque(id: u32) -> Either<Json<u32>, ItemError> {
    if id != 1 {
        return Either::Right(ItemError::Missing(id));
    }
    Either::Left(Json(id))
}

#[get("/inner/<code>")]
#[status_code(CREATED)]
fn inner(code: u16) -> (rocket::http::Status, Json<u16>) {
    (rocket::http::Status::new(code), Json(code))
}

#[get("/plain")]
fn plain() -> Result<(), HttpError> {
    Err(plain_error()?)
}

#[get("/derived/<n>")]
fn derived(n: u32) -> Result<String, rules::GateError> {
    Err(rules::gate_error(n))
}

#[get("/derived-problem/<n>")]
fn derived_problem(n: u32) -> Result<String, rules::CreditError> {
    Err(rules::credit_error(n))
}

// The handler returns `ProblemDetails` itself, as an application would.
#[allow(clippy::result_large_err)]
#[get("/problem/<n>")]
fn problem(n: u32) -> Result<String, statuscode::ProblemDetails> {
    Err(rules::problem(n))
}

fn app(port: Arc<AtomicU16>) -> Rocket<Build> {
    let config = Config {
        address: Ipv4Addr::LOCALHOST.into(),
        port: 0,
        log_level: LogLevel::Off,
        shutdown: Shutdown {
            ctrlc: false,
            #[cfg(unix)]
            signals: std::collections::HashSet::new(),
            ..Shutdown::default()
        },
        ..Config::debug_default()
    };
    rocket::custom(config)
        .mount(
            "/",
            routes![
                create_item,
                get_item,
                delete_item,
                admin,
                teapot,
                accepted,
                alias,
                renamed,
                opaque,
                inner,
                plain,
                derived,
                derived_problem,
                problem
            ],
        )
        .attach(AdHoc::on_liftoff("bound port", move |rocket| {
            Box::pin(async move { port.store(rocket.config().port, Ordering::SeqCst) })
        }))
}

/// Serves `app()` on an ephemeral loopback port (Rocket tells which once it
/// has bound it) until the runtime ends with the test.
async fn serve() -> u16 {
    let port = Arc::new(AtomicU16::new(0));
    let rocket = app(Arc::clone(&port));
    tokio::spawn(async move { rocket.launch().await });
    loop {
        match port.load(Ordering::SeqCst) {
            0 => tokio::time::sleep(Duration::from_millis(10)).await,
            port => return port,
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn responses_on_the_wire() {
    tokio::time::timeout(Duration::from_secs(30), run())
        .await
        .expect("the Rocket test finishes within 30 s");
}

async fn run() {
    let base = format!("http://127.0.0.1:{}", serve().await);
    check_responses(&base, true).await;
    check_status_rules(&base).await;
}

/// A derived type's declared headers, a `#[status(problem)]` type and
/// `ProblemDetails`, with the checks the axum and actix-web apps pass (rules/mod.rs).
#[tokio::test(flavor = "current_thread")]
async fn rules_on_the_wire() {
    tokio::time::timeout(Duration::from_secs(30), async {
        let base = format!("http://127.0.0.1:{}", serve().await);
        rules::check_declared_headers(&base).await;
        rules::check_derived_problems(&base).await;
        rules::check_problems(&base).await;
    })
    .await
    .expect("the Rocket rules test finishes within 30 s");
}
