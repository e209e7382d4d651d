//! An actix-web 4 app served on 127.0.0.1:0 inside the test and driven by a
//! real HTTP client (reqwest): the status line, JSON body and headers on the
//! wire for `#[status_code]` handlers (in both orders with actix's route
//! attributes), a derived error enum, `HttpError`, a bare `Status`, and
//! actix's own 404.

use std::time::Duration;

use actix_web::{App, HttpServer, delete, get, post, web};
use serde_json::{Value, json};
use statuscode::{HttpError, Status, http02_status, status, status_code};

mod common;

use common::{AppResult, Item, ItemError, NewItem, check_api, check_status_rules, plain_error};

// `Result` under another name: `#[status_code]` must not need to see it.
use std::result::Result as Outcome;

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

// Issue 11, item 1: however the return type is spelled, an error keeps its
// status and only a default 200 takes the declared one.
#[get("/alias/{id}")]
#[status_code(CREATED)]
async fn alias(id: web::Path<u32>) -> AppResult<web::Json<u32>> {
    match id.into_inner() {
        1 => Ok(web::Json(1)),
        id => Err(ItemError::Missing(id)),
    }
}

#[get("/renamed/{id}")]
#[status_code(CREATED)]
async fn renamed(id: web::Path<u32>) -> Outcome<web::Json<u32>, ItemError> {
    match id.into_inner() {
        1 => Ok(web::Json(1)),
        id => Err(ItemError::Missing(id)),
    }
}

#[get("/opaque/{id}")]
#[status_code(CREATED)]
async fn opaque(id: web::Path<u32>) -> impl actix_web::Responder {
    let id = id.into_inner();
    if id != 1 {
        return Err(ItemError::Missing(id));
    }
    Ok(web::Json(id))
}

#[get("/inner/{code}")]
#[status_code(CREATED)]
async fn inner(code: web::Path<u16>) -> (web::Json<u16>, actix_web::http::StatusCode) {
    let code = code.into_inner();
    (
        web::Json(code),
        actix_web::http::StatusCode::from_u16(code).unwrap(),
    )
}

// actix-web answers `None` with 404: kept under the attribute.
#[get("/maybe/{id}")]
#[status_code(CREATED)]
async fn maybe(id: web::Path<u32>) -> Option<web::Json<u32>> {
    Some(id.into_inner()).filter(|&id| id == 1).map(web::Json)
}

#[get("/plain")]
async fn plain() -> Result<String, HttpError> {
    Err(plain_error()?)
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
            .service(alias)
            .service(renamed)
            .service(opaque)
            .service(inner)
            .service(maybe)
            .service(plain)
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
    check_api(&base).await;
    check_status_rules(&base).await;
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    for (id, code) in [(1, 201), (2, 404)] {
        let response = http.get(format!("{base}/maybe/{id}")).send().await.unwrap();
        assert_eq!(response.status().as_u16(), code, "/maybe/{id}");
    }
}
