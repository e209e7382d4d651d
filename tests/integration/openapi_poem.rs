//! The OpenAPI document of a poem-openapi service whose operations return
//! derived errors, `HttpError` and `ProblemDetails` (feature
//! `poem-openapi`), pinned as JSON; and the same errors sent by the live
//! service, as their types send them.

// poem-openapi's `#[oai]` takes `async fn`s only.
#![allow(clippy::unused_async)]

mod openapi_realistic;

use openapi_realistic::{ApiError, BuyError, detail_content, problem_content, with_kinds};
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, OpenApi, OpenApiService};
use serde_json::{Value, json};
use statuscode::{HttpError, ProblemDetails, status};

struct Api;

#[OpenApi]
impl Api {
    /// One item.
    #[oai(path = "/items/:id", method = "get")]
    async fn get_item(&self, id: Path<u32>) -> Result<Json<u32>, ApiError> {
        match id.0 {
            0 => Err(ApiError::NotFound(0)),
            1 => Err(ApiError::LoggedOut),
            2 => Err(ApiError::Throttled(30)),
            n => Ok(Json(n)),
        }
    }

    /// Buys an item (`poem::Result` with an error type is the same type).
    #[oai(path = "/items/:id/buy", method = "post")]
    async fn buy(&self, id: Path<u32>) -> poem::Result<Json<u32>, BuyError> {
        match id.0 {
            0 => Err(BuyError::Missing),
            1 => Err(BuyError::OutOfCredit { balance: 30 }),
            n => Ok(Json(n)),
        }
    }

    /// An error whose status is chosen at run time.
    #[oai(path = "/dynamic", method = "get")]
    async fn dynamic(&self) -> Result<Json<u32>, HttpError> {
        Err(HttpError::new(status!(CONFLICT), "taken"))
    }

    /// A problem whose status is chosen at run time.
    #[oai(path = "/problem", method = "get")]
    async fn problem(&self) -> Result<Json<u32>, ProblemDetails> {
        Err(ProblemDetails::new(status!(GONE), "gone"))
    }
}

fn service() -> OpenApiService<Api, ()> {
    OpenApiService::new(Api, "items", "1.0.0")
}

/// The document's responses of `method` `path`.
fn responses(path: &str, method: &str) -> Value {
    let spec: Value = serde_json::from_str(&service().spec()).unwrap();
    spec["paths"][path][method]["responses"].clone()
}

/// A declared header in poem-openapi's document: a required string.
fn header() -> Value {
    json!({ "required": true, "deprecated": false, "schema": { "type": "string" } })
}

/// poem-openapi's own success response for `Json<u32>`.
fn success() -> Value {
    json!({
        "description": "",
        "content": {
            "application/json; charset=utf-8": {
                "schema": { "type": "integer", "format": "uint32" },
            },
        },
    })
}

#[test]
fn derived_error_is_an_operations_error_type() {
    let _ = openapi_realistic::all();
    assert_eq!(
        responses("/items/{id}", "get"),
        json!({
            "200": success(),
            "401": {
                "description": "Log in first.",
                "content": detail_content(),
                "headers": { "WWW-Authenticate": header() },
            },
            "404": { "description": "No item has this id.", "content": detail_content() },
            "429": {
                "description": "Too many requests: try again after the given seconds.",
                "content": detail_content(),
                "headers": { "Retry-After": header() },
            },
        })
    );
}

#[test]
fn problem_type_through_poem_result() {
    assert_eq!(
        responses("/items/{id}/buy", "post"),
        json!({
            "200": success(),
            "403": {
                "description": "The balance is too low for the item.",
                "content": with_kinds(
                    problem_content(&["balance"], false),
                    &["https://example.com/probs/out-of-credit"],
                    &["You do not have enough credit."],
                ),
            },
            "404": {
                "description": "No item has this id.",
                "content": with_kinds(problem_content(&["balance"], false), &["about:blank"], &["Not Found"]),
            },
        })
    );
}

#[test]
fn run_time_statuses_are_default() {
    assert_eq!(
        responses("/dynamic", "get"),
        json!({
            "200": success(),
            "default": {
                "description": "An error, with the status and detail chosen when it is sent",
                "content": detail_content(),
            },
        })
    );
    assert_eq!(
        responses("/problem", "get"),
        json!({
            "200": success(),
            "default": {
                "description": "A problem, with the status, type and detail chosen when it is sent",
                "content": problem_content(&[], true),
            },
        })
    );
}

/// Building the document twice gives the same document (the descriptions
/// are kept, not rebuilt).
#[test]
fn meta_is_stable() {
    let first = serde_json::to_value(ApiError::meta()).unwrap();
    assert_eq!(serde_json::to_value(ApiError::meta()).unwrap(), first);
    assert_eq!(
        first.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["401", "404", "429"]
    );
}

/// The live service sends each error as its type does: status, headers
/// and body (poem-openapi passes the `Err` through `poem::Error`, whose
/// response is the type's own).
#[tokio::test]
async fn live_errors_keep_their_response() {
    use poem::listener::TcpAcceptor;
    use poem::{Route, Server};

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let acceptor = TcpAcceptor::from_tokio(listener).unwrap();
    tokio::spawn(Server::new_with_acceptor(acceptor).run(Route::new().nest("/", service())));
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let get = |path: &str| client.get(format!("{base}{path}")).send();

    let response = get("/items/1").await.unwrap();
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({ "detail": "log in first" })
    );

    let response = get("/items/2").await.unwrap();
    assert_eq!(response.status().as_u16(), 429);
    assert_eq!(response.headers()["retry-after"], "30");

    let response = client
        .post(format!("{base}/items/1/buy"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["balance"], 30);
    assert_eq!(body["type"], "https://example.com/probs/out-of-credit");

    let response = get("/dynamic").await.unwrap();
    assert_eq!(response.status().as_u16(), 409);
    assert_eq!(
        response.json::<Value>().await.unwrap(),
        json!({ "detail": "taken" })
    );
}
