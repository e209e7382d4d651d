//! The OpenAPI document of a salvo service whose `#[endpoint]` handlers
//! return derived errors, `HttpError`, `ProblemDetails` and `WithStatus<T>`
//! (feature `salvo-oapi`), pinned as JSON; and the same errors sent by the
//! live service, as their types send them.

mod openapi_realistic;

use openapi_realistic::{ApiError, BuyError, detail_content, problem_content, with_kinds};
use salvo::conn::tcp::TcpAcceptor;
use salvo::oapi::extract::PathParam;
use salvo::oapi::{Components, EndpointOutRegister, Operation};
use salvo::prelude::*;
use serde_json::{Value, json};
use statuscode::{HttpError, NoBody, ProblemDetails, WithStatus, status, status_code};

/// One item.
#[endpoint]
fn get_item(id: PathParam<u32>) -> Result<Json<u32>, ApiError> {
    match id.0 {
        0 => Err(ApiError::NotFound(0)),
        1 => Err(ApiError::LoggedOut),
        2 => Err(ApiError::Throttled(30)),
        n => Ok(Json(n)),
    }
}

/// Buys an item.
#[status_code(CREATED)]
#[endpoint]
fn buy(id: PathParam<u32>) -> Result<Json<u32>, BuyError> {
    match id.0 {
        0 => Err(BuyError::Missing),
        1 => Err(BuyError::OutOfCredit { balance: 30 }),
        n => Ok(Json(n)),
    }
}

/// Deletes an item.
#[status_code(NO_CONTENT)]
#[endpoint]
fn delete_item(id: PathParam<u32>) -> Result<(), ApiError> {
    match id.0 {
        0 => Err(ApiError::NotFound(0)),
        _ => Ok(()),
    }
}

/// An error whose status is chosen at run time.
#[endpoint]
fn dynamic() -> Result<Json<u32>, HttpError> {
    Err(HttpError::new(status!(CONFLICT), "taken"))
}

/// A problem whose status is chosen at run time.
#[endpoint]
fn problem() -> Result<Json<u32>, ProblemDetails> {
    Err(ProblemDetails::new(status!(GONE), "gone"))
}

fn router() -> Router {
    Router::new()
        .push(
            Router::with_path("items/{id}")
                .get(get_item)
                .delete(delete_item),
        )
        .push(Router::with_path("items/{id}/buy").post(buy))
        .push(Router::with_path("dynamic").get(dynamic))
        .push(Router::with_path("problem").get(problem))
}

/// The document's responses of `method` `path`.
fn responses(path: &str, method: &str) -> Value {
    let doc = salvo::oapi::OpenApi::new("items", "1.0.0").merge_router(&router());
    let doc: Value = serde_json::from_str(&doc.to_json().unwrap()).unwrap();
    doc["paths"][path][method]["responses"].clone()
}

/// A declared header in salvo-oapi's document: a required string.
fn header() -> Value {
    json!({ "required": true, "schema": { "type": "string" } })
}

/// salvo-oapi's own success response for `Json<u32>`.
fn success() -> Value {
    json!({
        "description": "Response with json format data",
        "content": {
            "application/json": {
                "schema": { "type": "integer", "format": "uint32", "minimum": 0 },
            },
        },
    })
}

#[test]
fn derived_error_in_an_endpoint() {
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

/// `#[status_code(CREATED)]` above `#[endpoint]`: the handler returns
/// `WithStatus<Result<Json<u32>, BuyError>, 201>`, whose success is `201`
/// (the code is in the type) and whose errors are the problem type's; a
/// `#[status_code(NO_CONTENT)]` handler's is a `204` without content.
#[test]
fn with_status_and_a_problem_type() {
    assert_eq!(
        responses("/items/{id}/buy", "post"),
        json!({
            "201": success(),
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
    assert_eq!(
        responses("/items/{id}", "delete"),
        json!({
            "204": { "description": "No Content" },
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

/// An error never replaces a response the operation has already.
#[test]
fn success_wins_over_an_error_of_the_same_code() {
    let mut operation = Operation::new();
    operation
        .responses
        .insert("404", salvo::oapi::Response::new("the success"));
    ApiError::register(&mut Components::new(), &mut operation);
    <WithStatus<NoBody>>::register(&mut Components::new(), &mut operation);
    let responses = serde_json::to_value(&operation.responses).unwrap();
    assert_eq!(responses["404"], json!({ "description": "the success" }));
    assert_eq!(
        responses.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["2XX", "401", "404", "429"]
    );
}

/// The live service sends each error as its type does.
#[tokio::test]
async fn live_errors_keep_their_response() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let acceptor = TcpAcceptor::try_from(listener).unwrap();
    tokio::spawn(Server::new(acceptor).serve(router()));
    let client = reqwest::Client::builder().no_proxy().build().unwrap();

    let response = client.get(format!("{base}/items/1")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");

    let response = client.get(format!("{base}/items/2")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 429);
    assert_eq!(response.headers()["retry-after"], "30");

    let response = client
        .post(format!("{base}/items/5/buy"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 201);

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

    let response = client
        .delete(format!("{base}/items/3"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 204);
}
