//! RFC 9110's response rules on an axum app served on 127.0.0.1:0: the
//! headers `HttpError`'s constructors add, and a 204 with no byte of body.

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::routing::{delete, get};
use statuscode::{HttpError, status_code};

mod rules;

async fn unauthorized() -> Result<String, HttpError> {
    Err(HttpError::unauthorized(
        "Bearer realm=\"api\"",
        "Not authenticated",
    ))
}

async fn method_not_allowed() -> Result<String, HttpError> {
    Err(HttpError::method_not_allowed("GET, HEAD", "Read-only"))
}

async fn proxy() -> Result<String, HttpError> {
    Err(HttpError::proxy_authentication_required(
        "Basic realm=\"proxy\"",
        "Log in to the proxy",
    ))
}

async fn upgrade() -> Result<String, HttpError> {
    Err(HttpError::upgrade_required("HTTP/3.0", "Use HTTP/3"))
}

type ApiResult<T> = Result<T, HttpError>;

// An alias of `Result<(), E>`: seen through by the body check.
#[status_code(NO_CONTENT)]
async fn empty() -> ApiResult<()> {
    Ok(())
}

async fn derived(Path(n): Path<u32>) -> Result<String, rules::GateError> {
    Err(rules::gate_error(n))
}

async fn problem(Path(n): Path<u32>) -> Result<String, statuscode::ProblemDetails> {
    Err(rules::problem(n))
}

async fn derived_problem(Path(n): Path<u32>) -> Result<String, rules::CreditError> {
    Err(rules::credit_error(n))
}

fn app() -> Router {
    Router::new()
        .route("/rules/401", get(unauthorized))
        .route("/rules/405", get(method_not_allowed))
        .route("/rules/407", get(proxy))
        .route("/rules/426", get(upgrade))
        .route("/rules/empty", delete(empty))
        .route("/derived/{n}", get(derived))
        .route("/problem/{n}", get(problem))
        .route("/derived-problem/{n}", get(derived_problem))
}

async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app()).await });
    addr
}

#[tokio::test(flavor = "current_thread")]
async fn rules_on_the_wire() {
    let addr = serve().await;
    let base = format!("http://{addr}");
    tokio::time::timeout(Duration::from_secs(30), async {
        rules::check_required_headers(&base).await;
        rules::check_declared_headers(&base).await;
        rules::check_problems(&base).await;
        rules::check_derived_problems(&base).await;
    })
    .await
    .expect("the axum test finishes within 30 s");
    tokio::task::spawn_blocking(move || rules::check_no_content_raw(addr))
        .await
        .unwrap();
}
