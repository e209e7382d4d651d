//! One error format for the whole application (issue 19, item 2): in each of
//! the six frameworks a service set up as the README says answers every
//! error a client can provoke (a body that does not parse, a body of the
//! wrong shape or type, a bad query, an unknown route, a wrong method, a
//! panic, a bare error `Status`, and the application's own errors) in one
//! format, `{"detail"}` or problem+json. Each response is read on a raw
//! keep-alive socket and judged by the shared RFC 9110 checker
//! (`wire::check`), then by the format check here; a 5xx never shows its
//! internal text, which reaches the error reporter instead.

#[allow(dead_code)] // the contract test uses the rest
mod wire;

use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use statuscode::{HttpStatus, Status, status};

use wire::{Connection, Raw, check};

/// Text that must never reach a client: the application's internal error
/// message and a panic's message.
const SECRETS: [&str; 2] = ["hunter2", "secret-panic"];

static REPORTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn record(status: Status, message: &dyn std::fmt::Display) {
    REPORTS.lock().unwrap().push(format!("{status}: {message}"));
}

fn reported(text: &str) -> bool {
    REPORTS.lock().unwrap().iter().any(|r| r.contains(text))
}

/// The body `POST /items` takes.
#[derive(Debug, Deserialize, Serialize)]
pub struct NewItem {
    name: String,
}

/// The query `GET /items` takes.
#[derive(Debug, Deserialize)]
pub struct Page {
    limit: u32,
}

/// The application's errors, once as `{"detail"}` and once as problem
/// details: a 404 with a message, a 401 with its challenge, and a 500 whose
/// message is internal.
macro_rules! app_error {
    ($name:ident, $format:ident) => {
        /// The application's errors.
        #[derive(Debug, thiserror::Error, HttpStatus)]
        #[status($format)]
        pub enum $name {
            /// No such item.
            #[error("no item {0}")]
            #[status(NOT_FOUND)]
            NotFound(u32),
            /// Not logged in.
            #[error("log in first")]
            #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
            Unauthorized,
            /// The database failed.
            #[error("connection refused: the database password is hunter2")]
            #[status(INTERNAL_SERVER_ERROR)]
            Db,
        }
    };
}

app_error!(DetailError, response);
app_error!(ProblemError, problem);

/// What a request provokes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Provoke {
    /// A JSON body that does not parse.
    Syntax,
    /// A JSON body of the wrong type.
    Shape,
    /// A body that is not JSON by its content type.
    ContentType,
    /// A query parameter that does not parse.
    Query,
    /// A path no route has.
    UnknownRoute,
    /// A method the route does not have.
    WrongMethod,
    /// A handler that panics.
    Panic,
    /// A bare `status!(IM_A_TEAPOT)` returned by a handler.
    Teapot,
    /// The application's 404, 401 and 500.
    NotFound,
    Unauthorized,
    Db,
}

impl Provoke {
    fn request(self) -> String {
        let post = |content_type: &str, body: &str| {
            format!(
                "POST /items HTTP/1.1\r\nHost: localhost\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
        };
        let get = |path: &str| format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        match self {
            Provoke::Syntax => post("application/json", "{\"name\": "),
            Provoke::Shape => post("application/json", "{\"name\": 5}"),
            Provoke::ContentType => post("text/plain", "{\"name\": \"x\"}"),
            Provoke::Query => get("/items?limit=many"),
            Provoke::UnknownRoute => get("/nowhere"),
            Provoke::WrongMethod => {
                "DELETE /items HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n".to_owned()
            }
            Provoke::Panic => get("/panic"),
            Provoke::Teapot => get("/teapot"),
            Provoke::NotFound => get("/items/7"),
            Provoke::Unauthorized => get("/private"),
            Provoke::Db => get("/db"),
        }
    }

    /// The statuses a framework may answer with (its own choices among the
    /// 4xx differ; the application's are exact).
    fn statuses(self, framework: &str) -> &'static [u16] {
        match self {
            Provoke::Syntax | Provoke::Shape => &[400, 422],
            Provoke::ContentType => match framework {
                // A route with `format = "json"` does not match.
                "rocket" => &[404],
                _ => &[400, 415],
            },
            Provoke::Query => match framework {
                // Rocket's query guard failing means no route matches.
                "rocket" => &[404, 422],
                _ => &[400],
            },
            Provoke::UnknownRoute | Provoke::NotFound => &[404],
            // A 405 carries `Allow` (the checker holds it to that); the
            // frameworks that cannot name the allowed methods answer 404.
            Provoke::WrongMethod => match framework {
                "axum" | "actix-web" | "salvo" => &[405],
                _ => &[404],
            },
            Provoke::Panic | Provoke::Db => &[500],
            Provoke::Teapot => &[418],
            Provoke::Unauthorized => &[401],
        }
    }
}

const ALL: [Provoke; 11] = [
    Provoke::Syntax,
    Provoke::Shape,
    Provoke::ContentType,
    Provoke::Query,
    Provoke::UnknownRoute,
    Provoke::WrongMethod,
    Provoke::Panic,
    Provoke::Teapot,
    Provoke::NotFound,
    Provoke::Unauthorized,
    Provoke::Db,
];

/// `Ok` if `raw` is an error in the one format: the checker's rules, then
/// the content type of `problem` (or `{"detail"}`) and its JSON members,
/// no secret in the body, and a status the framework may send for `what`.
fn judge(raw: &Raw, what: Provoke, framework: &str, problem: bool) -> Result<(), String> {
    check(raw, true)?;
    if !what.statuses(framework).contains(&raw.status) {
        return Err(format!(
            "status {} (expected one of {:?})",
            raw.status,
            what.statuses(framework)
        ));
    }
    let content_type = raw.all("Content-Type");
    let expected = if problem {
        "application/problem+json"
    } else {
        "application/json"
    };
    if content_type != [expected] {
        return Err(format!("content type {content_type:?}, not {expected}"));
    }
    let body = String::from_utf8_lossy(&raw.body);
    if let Some(secret) = SECRETS.iter().find(|s| body.contains(*s)) {
        return Err(format!("the body shows {secret:?}: {body}"));
    }
    let json: serde_json::Value =
        serde_json::from_slice(&raw.body).map_err(|e| format!("not JSON ({e}): {body}"))?;
    let detail = json["detail"]
        .as_str()
        .ok_or_else(|| format!("no string `detail`: {json}"))?;
    if problem && (json["status"] != raw.status || json["title"].as_str().is_none()) {
        return Err(format!("not a problem of status {}: {json}", raw.status));
    }
    if raw.status >= 500 && detail != "Internal Server Error" {
        return Err(format!("a 5xx that says {detail:?}"));
    }
    match what {
        Provoke::NotFound if detail != "no item 7" => Err(format!("the app's 404 says {detail:?}")),
        _ => Ok(()),
    }
}

/// Sends every request in `provoked` to `addr` on one keep-alive
/// connection (reopened if the server closes it) and judges each answer.
async fn drive(addr: SocketAddr, framework: &'static str, problem: bool, provoked: &[Provoke]) {
    let provoked = provoked.to_vec();
    let db = provoked.contains(&Provoke::Db);
    let failures = tokio::time::timeout(
        Duration::from_mins(1),
        tokio::task::spawn_blocking(move || {
            let mut failures = Vec::new();
            let mut connection = Connection::open(addr);
            for what in provoked {
                let result = connection
                    .send(&what.request())
                    .and_then(|raw| judge(&raw, what, framework, problem).map(|()| raw));
                match result {
                    Ok(raw) if raw.all("Connection").contains(&"close") => {
                        connection = Connection::open(addr);
                    }
                    Ok(_) => {}
                    Err(e) => {
                        let again = Connection::open(addr).send(&what.request());
                        failures.push(format!("{framework} {what:?}: {e}\n    {again:?}"));
                        connection = Connection::open(addr);
                    }
                }
            }
            failures
        }),
    )
    .await
    .expect("the requests finish within 60 s")
    .unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    if db {
        assert!(reported("hunter2"), "the 500's message was not reported");
    }
}

async fn loopback() -> (tokio::net::TcpListener, SocketAddr) {
    statuscode::set_error_reporter(record);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    (listener, addr)
}

/// The application's errors by name, for handlers generic over the format.
trait AppError: Send + 'static {
    fn not_found(id: u32) -> Self;
    fn unauthorized() -> Self;
    fn db() -> Self;
}

macro_rules! app_error_impl {
    ($($name:ident)*) => {$(
        impl AppError for $name {
            fn not_found(id: u32) -> Self {
                $name::NotFound(id)
            }
            fn unauthorized() -> Self {
                $name::Unauthorized
            }
            fn db() -> Self {
                $name::Db
            }
        }
    )*};
}

app_error_impl!(DetailError ProblemError);

mod axum_app {
    use axum::Router;
    use axum::extract::{Json, Path, Query};
    use axum::middleware::map_response;
    use axum::response::IntoResponse;
    use axum::routing::{get, post};
    use statuscode::{Status, status};
    use tower_http::catch_panic::CatchPanicLayer;

    use super::{AppError, NewItem, Page};

    async fn create(Json(item): Json<NewItem>) -> Json<NewItem> {
        Json(item)
    }

    async fn list(Query(page): Query<Page>) -> String {
        page.limit.to_string()
    }

    async fn item<E: AppError>(Path(id): Path<u32>) -> Result<String, E> {
        Err(E::not_found(id))
    }

    async fn private<E: AppError>() -> Result<String, E> {
        Err(E::unauthorized())
    }

    async fn db<E: AppError>() -> Result<String, E> {
        Err(E::db())
    }

    async fn panic() -> String {
        panic!("secret-panic")
    }

    async fn teapot() -> Status {
        status!(IM_A_TEAPOT)
    }

    /// The README's set-up, in either format.
    pub fn app<E: AppError + IntoResponse>(problem: bool) -> Router {
        let router = Router::new()
            .route("/items", post(create).get(list))
            .route("/items/{id}", get(item::<E>))
            .route("/private", get(private::<E>))
            .route("/db", get(db::<E>))
            .route("/panic", get(panic))
            .route("/teapot", get(teapot));
        if problem {
            router
                .layer(map_response(statuscode::axum::problem_errors))
                .layer(CatchPanicLayer::custom(statuscode::axum::problem_panic))
        } else {
            router
                .layer(map_response(statuscode::axum::detail_errors))
                .layer(CatchPanicLayer::custom(statuscode::axum::detail_panic))
        }
    }
}

#[tokio::test]
async fn axum_answers_every_error_in_one_format() {
    for problem in [false, true] {
        let app = if problem {
            axum_app::app::<ProblemError>(true)
        } else {
            axum_app::app::<DetailError>(false)
        };
        let (listener, addr) = loopback().await;
        tokio::spawn(async move { axum::serve(listener, app).await });
        drive(addr, "axum", problem, &ALL).await;
    }
    assert!(reported("secret-panic"), "the panic was not reported");
}

#[actix_web::test]
async fn actix_web_answers_every_error_in_one_format() {
    use actix_web::middleware::{ErrorHandlers, from_fn};
    use actix_web::{App, HttpServer, web};

    async fn create(item: web::Json<NewItem>) -> web::Json<NewItem> {
        item
    }
    async fn list(page: web::Query<Page>) -> String {
        page.limit.to_string()
    }
    async fn item(id: web::Path<u32>) -> Result<String, DetailError> {
        Err(DetailError::NotFound(*id))
    }
    async fn private() -> Result<String, DetailError> {
        Err(DetailError::Unauthorized)
    }
    async fn db() -> Result<String, DetailError> {
        Err(DetailError::Db)
    }
    async fn panic() -> String {
        panic!("secret-panic")
    }
    async fn teapot() -> Status {
        status!(IM_A_TEAPOT)
    }

    statuscode::set_error_reporter(record);
    let server = HttpServer::new(|| {
        App::new()
            .service(
                web::resource("/items")
                    .route(web::post().to(create))
                    .route(web::get().to(list)),
            )
            .route("/items/{id}", web::get().to(item))
            .route("/private", web::get().to(private))
            .route("/db", web::get().to(db))
            .route("/panic", web::get().to(panic))
            .route("/teapot", web::get().to(teapot))
            .wrap(from_fn(statuscode::actix::detail_panics))
            .wrap(ErrorHandlers::new().default_handler(statuscode::actix::detail_errors))
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let addr = server.addrs()[0];
    actix_web::rt::spawn(server.run());
    drive(addr, "actix-web", false, &ALL).await;
    assert!(reported("secret-panic"), "the panic was not reported");
}

#[tokio::test]
async fn poem_answers_every_error_in_one_format() {
    use poem::listener::{Acceptor, TcpAcceptor};
    use poem::middleware::CatchPanic;
    use poem::web::{Json, Path, Query};
    use poem::{EndpointExt, Route, get, handler, post};

    #[handler]
    fn create(Json(new): Json<NewItem>) -> Json<NewItem> {
        Json(new)
    }
    #[handler]
    fn list(Query(page): Query<Page>) -> String {
        page.limit.to_string()
    }
    #[handler]
    fn item(Path(id): Path<u32>) -> Result<String, ProblemError> {
        Err(ProblemError::NotFound(id))
    }
    #[handler]
    fn private() -> Result<String, ProblemError> {
        Err(ProblemError::Unauthorized)
    }
    #[handler]
    fn db() -> Result<String, ProblemError> {
        Err(ProblemError::Db)
    }
    #[handler]
    fn panic() -> String {
        panic!("secret-panic")
    }
    #[handler]
    fn teapot() -> Status {
        status!(IM_A_TEAPOT)
    }

    let app = Route::new()
        .at("/items", post(create).get(list))
        .at("/items/:id", get(item))
        .at("/private", get(private))
        .at("/db", get(db))
        .at("/panic", get(panic))
        .at("/teapot", get(teapot))
        .with(CatchPanic::new().with_handler(statuscode::poem::problem_panic))
        .after(statuscode::poem::problem_errors);
    let (listener, addr) = loopback().await;
    let acceptor = TcpAcceptor::from_tokio(listener).unwrap();
    assert_eq!(acceptor.local_addr()[0].as_socket_addr(), Some(&addr));
    tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(app));
    drive(addr, "poem", true, &ALL).await;
    assert!(reported("secret-panic"), "the panic was not reported");
}

#[tokio::test]
async fn rocket_answers_every_error_in_one_format() {
    use rocket::serde::json::Json;
    use rocket::{get, post, routes};

    #[post("/items", format = "json", data = "<item>")]
    fn create(item: Json<NewItem>) -> Json<NewItem> {
        item
    }
    #[get("/items?<limit>")]
    fn list(limit: u32) -> String {
        limit.to_string()
    }
    #[get("/items/<id>")]
    fn item(id: u32) -> Result<String, DetailError> {
        Err(DetailError::NotFound(id))
    }
    #[get("/private")]
    fn private() -> Result<String, DetailError> {
        Err(DetailError::Unauthorized)
    }
    #[get("/db")]
    fn db() -> Result<String, DetailError> {
        Err(DetailError::Db)
    }
    #[get("/panic")]
    fn panic() -> String {
        panic!("secret-panic")
    }
    #[get("/teapot")]
    fn teapot() -> Status {
        status!(IM_A_TEAPOT)
    }

    statuscode::set_error_reporter(record);
    let port = wire::launch_rocket(|rocket| {
        rocket
            .mount("/", routes![create, list, item, private, db, panic, teapot])
            .register("/", statuscode::rocket::detail_catchers())
    })
    .await;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    // Rocket gives a catcher no message, so a panic is not reported here
    // (Rocket logs it); its body is still checked for the secret.
    drive(addr, "rocket", false, &ALL).await;
}

#[tokio::test]
async fn salvo_answers_every_error_in_one_format() {
    use salvo::catch_panic::CatchPanic;
    use salvo::catcher::Catcher;
    use salvo::http::ParseError;
    use salvo::prelude::*;

    // salvo's own idiom: `parse_json` and `try_query` return a
    // `ParseError`, which salvo renders as a `StatusError` for the catcher.
    #[handler]
    async fn create(req: &mut Request) -> Result<Json<NewItem>, ParseError> {
        req.parse_json::<NewItem>().await.map(Json)
    }
    #[handler]
    async fn list(req: &mut Request) -> Result<String, ParseError> {
        req.try_query::<u32>("limit").map(|limit| limit.to_string())
    }
    #[handler]
    async fn item(req: &mut Request) -> Result<String, ProblemError> {
        Err(ProblemError::NotFound(req.param("id").unwrap_or(0)))
    }
    #[handler]
    async fn private() -> Result<String, ProblemError> {
        Err(ProblemError::Unauthorized)
    }
    #[handler]
    async fn db() -> Result<String, ProblemError> {
        Err(ProblemError::Db)
    }
    #[handler]
    async fn panic() -> String {
        panic!("secret-panic")
    }
    #[handler]
    async fn teapot(res: &mut Response) {
        res.render(status!(IM_A_TEAPOT));
    }

    let router = Router::new()
        .hoop(CatchPanic::new())
        .push(Router::with_path("items").post(create).get(list))
        .push(Router::with_path("items/{id}").get(item))
        .push(Router::with_path("private").get(private))
        .push(Router::with_path("db").get(db))
        .push(Router::with_path("panic").get(panic))
        .push(Router::with_path("teapot").get(teapot));
    let service =
        Service::new(router).catcher(Catcher::default().hoop(statuscode::salvo::ProblemErrors));
    let (listener, addr) = loopback().await;
    let acceptor = salvo::conn::tcp::TcpAcceptor::try_from(listener).unwrap();
    tokio::spawn(Server::new(acceptor).serve(service));
    drive(addr, "salvo", true, &ALL).await;
}

#[tokio::test]
async fn warp_answers_every_error_in_one_format() {
    use warp::Filter;

    async fn find(id: u32) -> Result<String, warp::Rejection> {
        Err(ProblemError::NotFound(id))?
    }
    async fn private() -> Result<String, warp::Rejection> {
        Err(ProblemError::Unauthorized)?
    }
    async fn db() -> Result<String, warp::Rejection> {
        Err(ProblemError::Db)?
    }

    statuscode::set_error_reporter(record);
    let items = warp::path!("items");
    let create = warp::post()
        .and(items)
        .and(warp::body::json())
        .map(|item: NewItem| warp::reply::json(&item));
    let list = warp::get()
        .and(items)
        .and(warp::query::<Page>())
        .map(|page: Page| page.limit.to_string());
    let item = warp::get().and(warp::path!("items" / u32)).and_then(find);
    let private = warp::get().and(warp::path!("private")).and_then(private);
    let db = warp::get().and(warp::path!("db")).and_then(db);
    let app = create
        .or(list)
        .or(item)
        .or(private)
        .or(db)
        .recover(statuscode::warp::problem_errors);
    let (listener, addr) = loopback().await;
    tokio::spawn(warp::serve(app).incoming(listener).run());
    // warp does not check a JSON body's content type, has no panic hook
    // (a panicking handler closes the connection) and sends a bare
    // `Status` reply as it is (no rejection to recover from).
    let provoked: Vec<Provoke> = ALL
        .into_iter()
        .filter(|p| !matches!(p, Provoke::ContentType | Provoke::Panic | Provoke::Teapot))
        .collect();
    drive(addr, "warp", true, &provoked).await;
}

/// `statuscode::warp::error_reply` sends an error found by reference (a
/// `recover` of the application's own) with its declared headers.
#[test]
fn warp_error_reply_sends_the_whole_response() {
    let response = statuscode::warp::error_reply(&ProblemError::Unauthorized);
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
}

/// axum's own idiom for its rejections in the application's error type:
/// `#[derive(FromRequest)]` with `rejection(ApiError)`, and the rejection
/// kept whole by `#[status(transparent)]` (feature `axum-rejections`), so
/// axum's 400/415/422 split survives in the application's format.
mod axum_rejections {
    use axum::extract::rejection::{JsonRejection, QueryRejection};
    use axum::extract::{FromRequest, FromRequestParts};
    use statuscode::HttpStatus;

    use super::{NewItem, Page};

    /// The application's error, wrapping axum's rejections.
    #[derive(Debug, thiserror::Error, HttpStatus)]
    #[status(problem)]
    pub enum ApiError {
        /// A JSON body axum refused.
        #[error(transparent)]
        #[status(transparent)]
        Json(#[from] JsonRejection),
        /// A query axum refused.
        #[error(transparent)]
        #[status(transparent)]
        Query(#[from] QueryRejection),
    }

    /// axum's `Json`, rejecting with [`ApiError`].
    #[derive(FromRequest)]
    #[from_request(via(axum::Json), rejection(ApiError))]
    pub struct Json<T>(pub T);

    /// axum's `Query`, rejecting with [`ApiError`].
    #[derive(FromRequestParts)]
    #[from_request(via(axum::extract::Query), rejection(ApiError))]
    pub struct Query<T>(pub T);

    pub async fn create(Json(item): Json<NewItem>) -> axum::Json<NewItem> {
        axum::Json(item)
    }

    pub async fn list(Query(page): Query<Page>) -> String {
        page.limit.to_string()
    }
}

#[tokio::test]
async fn axum_rejections_keep_their_status_inside_the_applications_error() {
    use axum::Router;
    use axum::routing::post;

    let statuses: Vec<u16> = axum_rejections::ApiError::statuses()
        .iter()
        .map(Status::as_u16)
        .collect();
    assert_eq!(statuses, [400, 413, 415, 422]);

    let app = Router::new().route(
        "/items",
        post(axum_rejections::create).get(axum_rejections::list),
    );
    let (listener, addr) = loopback().await;
    tokio::spawn(async move { axum::serve(listener, app).await });
    let answers = tokio::task::spawn_blocking(move || {
        let mut connection = Connection::open(addr);
        [
            (
                Provoke::Syntax,
                400,
                "Failed to parse the request body as JSON",
            ),
            (Provoke::Shape, 422, "Failed to deserialize the JSON body"),
            (
                Provoke::ContentType,
                415,
                "Expected request with `Content-Type: application/json`",
            ),
            (Provoke::Query, 400, "Failed to deserialize query string"),
        ]
        .map(|(what, status, text)| (what, status, text, connection.send(&what.request())))
    })
    .await
    .unwrap();
    for (what, status, text, raw) in answers {
        let raw = raw.unwrap();
        check(&raw, true).unwrap();
        assert_eq!(raw.status, status, "{what:?}");
        assert_eq!(
            raw.all("Content-Type"),
            ["application/problem+json"],
            "{what:?}"
        );
        let json: serde_json::Value = serde_json::from_slice(&raw.body).unwrap();
        assert_eq!(json["status"], status, "{what:?}");
        let detail = json["detail"].as_str().unwrap();
        assert!(detail.starts_with(text), "{what:?}: {detail}");
    }
}

/// A derived error inside a `poem::Error` stays itself: poem's
/// `downcast_ref`, `Display` and `catch_error` see it, and its response is
/// the type's (status, declared header, problem body).
#[tokio::test]
async fn poem_keeps_a_derived_error_downcastable() {
    use poem::{Endpoint, EndpointExt, IntoResponse, Request, handler};

    let error = poem::Error::from(ProblemError::Unauthorized);
    assert!(matches!(
        error.downcast_ref::<ProblemError>(),
        Some(ProblemError::Unauthorized)
    ));
    assert_eq!(error.to_string(), "log in first");
    assert_eq!(error.status(), 401);
    let response = error.into_response();
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );

    #[handler]
    fn missing() -> Result<String, ProblemError> {
        Err(ProblemError::NotFound(7))
    }
    let caught = missing.catch_error(|error: ProblemError| async move {
        format!("caught: {error}").with_status(poem::http::StatusCode::GONE)
    });
    let response = caught.get_response(Request::default()).await;
    assert_eq!(response.status(), 410);
    assert_eq!(
        response.into_body().into_string().await.unwrap(),
        "caught: no item 7"
    );
}
