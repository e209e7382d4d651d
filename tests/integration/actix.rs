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

use common::{Item, ItemError, NewItem, check_api};

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
    check_api(&base).await;
}
