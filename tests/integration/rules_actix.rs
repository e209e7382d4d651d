//! RFC 9110's response rules on an actix-web app served on 127.0.0.1:0:
//! the headers `HttpError`'s constructors add, and a 204 with no byte of
//! body.

use std::time::Duration;

use actix_web::{App, HttpServer, delete, get, web};
use statuscode::{HttpError, status_code};

mod rules;

#[get("/rules/401")]
async fn unauthorized() -> Result<String, HttpError> {
    Err(HttpError::unauthorized(
        "Bearer realm=\"api\"",
        "Not authenticated",
    ))
}

#[get("/rules/405")]
async fn method_not_allowed() -> Result<String, HttpError> {
    Err(HttpError::method_not_allowed("GET, HEAD", "Read-only"))
}

#[get("/rules/407")]
async fn proxy() -> Result<String, HttpError> {
    Err(HttpError::proxy_authentication_required(
        "Basic realm=\"proxy\"",
        "Log in to the proxy",
    ))
}

#[get("/rules/426")]
async fn upgrade() -> Result<String, HttpError> {
    Err(HttpError::upgrade_required("HTTP/3.0", "Use HTTP/3"))
}

// Written out: actix-web has no `Responder` for `()`, so only a spelled-out
// `Result<(), E>` becomes `Result<NoBody, E>`.
#[delete("/rules/empty")]
#[status_code(NO_CONTENT)]
async fn empty() -> Result<(), HttpError> {
    Ok(())
}

#[get("/derived/{n}")]
async fn derived(n: web::Path<u32>) -> Result<String, rules::GateError> {
    Err(rules::gate_error(n.into_inner()))
}

#[get("/problem/{n}")]
async fn problem(n: web::Path<u32>) -> Result<String, statuscode::ProblemDetails> {
    Err(rules::problem(n.into_inner()))
}

#[get("/derived-problem/{n}")]
async fn derived_problem(n: web::Path<u32>) -> Result<String, rules::CreditError> {
    Err(rules::credit_error(n.into_inner()))
}

#[actix_web::test]
async fn rules_on_the_wire() {
    let server = HttpServer::new(|| {
        App::new()
            .service(unauthorized)
            .service(method_not_allowed)
            .service(proxy)
            .service(upgrade)
            .service(empty)
            .service(derived)
            .service(problem)
            .service(derived_problem)
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

    let base = format!("http://{addr}");
    let outcome = tokio::time::timeout(Duration::from_secs(30), async {
        rules::check_required_headers(&base).await;
        rules::check_declared_headers(&base).await;
        rules::check_problems(&base).await;
        rules::check_derived_problems(&base).await;
    })
    .await;
    let raw = actix_web::rt::task::spawn_blocking(move || rules::check_no_content_raw(addr)).await;
    handle.stop(true).await;
    outcome.expect("the actix-web test finishes within 30 s");
    raw.unwrap();
}
