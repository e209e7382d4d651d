//! The contract on every path (`wire/mod.rs`): each of the six
//! frameworks serves `GET /c/{api}/{code}/{mask}` on 127.0.0.1:0 with the
//! framework's own handler idiom, and every status from 100 to 599 through
//! every API is read back on a raw keep-alive socket and judged by the
//! shared RFC 9110 checker.

mod wire;

use std::net::SocketAddr;
use std::time::Duration;

use wire::{Case, Raw, assert_clean, case, check, drive};

/// Runs the client on a blocking thread while the server runs on the test's
/// runtime.
async fn judge(addr: SocketAddr, framework: &'static str) {
    let failures = tokio::time::timeout(
        Duration::from_mins(5),
        tokio::task::spawn_blocking(move || drive(addr, framework)),
    )
    .await
    .expect("the contract run finishes within 300 s")
    .unwrap();
    assert_clean(&failures);
}

async fn loopback() -> (tokio::net::TcpListener, SocketAddr) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    (listener, addr)
}

#[tokio::test(flavor = "current_thread")]
async fn axum_holds_the_contract() {
    use axum::extract::Path;
    use axum::response::{IntoResponse, Response};

    async fn handler(Path((api, code, mask)): Path<(String, u16, u8)>) -> Response {
        match case(&api, code, mask) {
            Case::Http(e) => e.into_response(),
            Case::Problem(p) => p.into_response(),
            Case::Derived(d) => d.into_response(),
            Case::DerivedProblem(d) => d.into_response(),
            Case::Text(w) => w.into_response(),
            Case::Empty(w) => w.into_response(),
            Case::Bare(s) => s.into_response(),
        }
    }
    let app = axum::Router::new().route("/c/{api}/{code}/{mask}", axum::routing::get(handler));
    let (listener, addr) = loopback().await;
    tokio::spawn(async move { axum::serve(listener, app).await });
    judge(addr, "axum").await;
}

#[actix_web::test]
async fn actix_web_holds_the_contract() {
    use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError, web};

    async fn handler(req: HttpRequest, path: web::Path<(String, u16, u8)>) -> HttpResponse {
        let (api, code, mask) = path.into_inner();
        match case(&api, code, mask) {
            Case::Http(e) => e.respond_to(&req),
            Case::Problem(p) => p.respond_to(&req),
            Case::Derived(d) => d.error_response(),
            Case::DerivedProblem(d) => d.error_response(),
            Case::Text(w) => w.respond_to(&req),
            Case::Empty(w) => w.respond_to(&req),
            Case::Bare(s) => s.respond_to(&req),
        }
    }
    let server = actix_web::HttpServer::new(|| {
        actix_web::App::new().route("/c/{api}/{code}/{mask}", web::get().to(handler))
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
    judge(addr, "actix-web").await;
    handle.stop(true).await;
}

#[tokio::test(flavor = "current_thread")]
async fn poem_holds_the_contract() {
    use poem::web::Path;
    use poem::{IntoResponse, Response, handler};

    #[handler]
    fn serve(Path((api, code, mask)): Path<(String, u16, u8)>) -> Response {
        match case(&api, code, mask) {
            Case::Http(e) => e.into_response(),
            Case::Problem(p) => p.into_response(),
            Case::Derived(d) => d.into_response(),
            Case::DerivedProblem(d) => d.into_response(),
            Case::Text(w) => w.into_response(),
            Case::Empty(w) => w.into_response(),
            Case::Bare(s) => s.into_response(),
        }
    }
    let app = poem::Route::new().at("/c/:api/:code/:mask", poem::get(serve));
    let (listener, addr) = loopback().await;
    let acceptor = poem::listener::TcpAcceptor::from_tokio(listener).unwrap();
    tokio::spawn(poem::Server::new_with_acceptor(acceptor).run(app));
    judge(addr, "poem").await;
}

impl<'r> rocket::response::Responder<'r, 'static> for Case {
    fn respond_to(self, req: &'r rocket::Request<'_>) -> rocket::response::Result<'static> {
        match self {
            Case::Http(e) => e.respond_to(req),
            Case::Problem(p) => p.respond_to(req),
            Case::Derived(d) => d.respond_to(req),
            Case::DerivedProblem(d) => d.respond_to(req),
            Case::Text(w) => w.respond_to(req),
            Case::Empty(w) => w.respond_to(req),
            Case::Bare(s) => s.respond_to(req),
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn rocket_holds_the_contract() {
    #[rocket::get("/c/<api>/<code>/<mask>")]
    fn serve(api: &str, code: u16, mask: u8) -> Case {
        case(api, code, mask)
    }
    let port = wire::launch_rocket(|rocket| rocket.mount("/", rocket::routes![serve])).await;
    judge(SocketAddr::from(([127, 0, 0, 1], port)), "rocket").await;
}

#[tokio::test(flavor = "current_thread")]
async fn salvo_holds_the_contract() {
    use salvo::{Depot, Request, Response, Router, Server, Writer, handler};

    #[handler]
    async fn serve(req: &mut Request, depot: &mut Depot, res: &mut Response) {
        let api: String = req.param("api").unwrap();
        let code: u16 = req.param("code").unwrap();
        let mask: u8 = req.param("mask").unwrap();
        match case(&api, code, mask) {
            Case::Http(e) => res.render(e),
            Case::Problem(p) => res.render(p),
            Case::Derived(d) => res.render(d),
            Case::DerivedProblem(d) => res.render(d),
            Case::Text(w) => w.write(req, depot, res).await,
            Case::Empty(w) => w.write(req, depot, res).await,
            Case::Bare(s) => res.render(s),
        }
    }
    let app = Router::with_path("c/{api}/{code}/{mask}").get(serve);
    let (listener, addr) = loopback().await;
    let acceptor = salvo::conn::tcp::TcpAcceptor::try_from(listener).unwrap();
    tokio::spawn(Server::new(acceptor).serve(app));
    judge(addr, "salvo").await;
}

#[tokio::test(flavor = "current_thread")]
async fn warp_holds_the_contract() {
    use warp::Filter;
    use warp::Reply;

    let app = warp::path!("c" / String / u16 / u8).map(|api: String, code, mask| {
        match case(&api, code, mask) {
            Case::Http(e) => e.into_response(),
            Case::Problem(p) => p.into_response(),
            Case::Derived(d) => d.into_response(),
            Case::DerivedProblem(d) => d.into_response(),
            Case::Text(w) => w.into_response(),
            Case::Empty(w) => w.into_response(),
            Case::Bare(s) => s.into_response(),
        }
    });
    let (listener, addr) = loopback().await;
    tokio::spawn(warp::serve(app).incoming(listener).run());
    judge(addr, "warp").await;
}

/// The checker catches what it is there to catch: each response below
/// breaks one rule.
#[test]
fn the_checker_fails_on_broken_responses() {
    let raw = |status, headers: &[(&str, &str)], body: &str| Raw {
        status,
        headers: headers
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect(),
        body: body.as_bytes().to_vec(),
    };
    let json = [("Content-Type", "application/json")];
    let broken = [
        (raw(100, &[], ""), false),
        (raw(200, &json, r#"{"detail":"boom"}"#), true),
        (raw(401, &json, r#"{"detail":"x"}"#), true),
        (raw(303, &[], ""), false),
        (raw(206, &[], "ab"), false),
        (raw(204, &json, ""), false),
        (raw(204, &[("Content-Length", "0")], ""), false),
        (raw(304, &[], "x"), false),
        (
            raw(404, &[("Content-Type", "a"), ("content-type", "b")], "{}"),
            true,
        ),
        (raw(404, &[], "x"), false),
        (raw(404, &json, "not json"), true),
        (raw(404, &json, r#"{"error":"x"}"#), true),
        (
            raw(
                404,
                &[("Content-Type", "application/problem+json")],
                r#"{"type":"about:blank","title":"Not Found","status":500}"#,
            ),
            true,
        ),
    ];
    for (response, error) in &broken {
        assert!(check(response, *error).is_err(), "{response:?}");
    }
    let fine = raw(304, &[("ETag", "\"v1\"")], "");
    assert_eq!(check(&fine, true), Ok(()));
}

/// The numbered cases of the contract issue on axum, each a regression test
/// (each sent a rule-breaking response, or was refused, before the response
/// model): read on the raw socket, judged by the checker, and pinned.
#[tokio::test(flavor = "current_thread")]
async fn axum_numbered_cases() {
    use axum::http::HeaderMap;
    use axum::http::header::{ETAG, HeaderName, LOCATION};
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;
    use statuscode::{HttpError, status_code};
    use wire::cases::{Auth, BareAuth, Credit, Fine, ProblemWrapper, Wrapper};

    #[status_code(SEE_OTHER)]
    async fn see_other() -> String {
        "look elsewhere".to_owned()
    }
    #[status_code(SEE_OTHER)]
    async fn see_other_located() -> ([(HeaderName, &'static str); 1], String) {
        ([(LOCATION, "/there")], "look there".to_owned())
    }
    #[status_code(PARTIAL_CONTENT)]
    async fn partial() -> String {
        "ab".to_owned()
    }
    #[status_code(NOT_MODIFIED)]
    async fn not_modified() -> Result<[(HeaderName, String); 1], HttpError> {
        Ok([(ETAG, "\"v1\"".to_owned())])
    }
    #[status_code(NO_CONTENT)]
    async fn no_content_headers() -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-deleted", "7".parse().unwrap());
        headers
    }
    #[status_code(NO_CONTENT)]
    async fn no_content_response() -> Response {
        "a body the status cannot carry".into_response()
    }

    let app = axum::Router::new()
        .route("/bare", get(|| async { Wrapper::Bare(BareAuth) }))
        .route("/auth", get(|| async { Wrapper::Auth(Auth) }))
        .route("/fine", get(|| async { Wrapper::Fine(Fine) }))
        .route("/merged", get(|| async { Wrapper::Merged(Auth) }))
        .route("/plain", get(|| async { Wrapper::Plain }))
        .route(
            "/credit",
            get(|| async { ProblemWrapper::Credit(Credit::Out { balance: 30 }) }),
        )
        .route(
            "/unsendable",
            get(|| async { ProblemWrapper::Unsendable("a\nb".to_owned()) }),
        )
        .route("/see-other", get(see_other))
        .route("/see-other-located", get(see_other_located))
        .route("/partial", get(partial))
        .route("/not-modified", get(not_modified))
        .route("/no-content-headers", get(no_content_headers))
        .route("/no-content-response", get(no_content_response));
    let (listener, addr) = loopback().await;
    tokio::spawn(async move { axum::serve(listener, app).await });
    tokio::task::spawn_blocking(move || numbered_cases(addr))
        .await
        .unwrap();
}

/// What each numbered route must send.
fn numbered_cases(addr: SocketAddr) {
    let mut connection = wire::Connection::open(addr);
    let mut get = |path: &str, error: bool| {
        let raw = connection.get(path).unwrap();
        assert_eq!(check(&raw, error), Ok(()), "{path}: {raw:?}");
        raw
    };
    let json = |raw: &Raw| serde_json::from_slice::<serde_json::Value>(&raw.body).unwrap();
    let internal = serde_json::json!({ "detail": "Internal Server Error" });

    // 1. A wrapped plain 401 without its challenge is a 500; with it, the
    // wrapper sends the challenge; a wrapped 200 is never an error's status.
    let bare = get("/bare", true);
    assert_eq!((bare.status, json(&bare)), (500, internal.clone()));
    let auth = get("/auth", true);
    assert_eq!(auth.status, 401);
    assert_eq!(auth.all("WWW-Authenticate"), ["Bearer"]);
    assert_eq!(auth.all("Cache-Control"), ["no-cache"]);
    let fine = get("/fine", true);
    assert_eq!((fine.status, json(&fine)), (500, internal));
    // 3. Headers merge: the variant's Cache-Control replaces the type's,
    // a declared Content-Type replaces the default, each sent once.
    let merged = get("/merged", true);
    assert_eq!(merged.all("Cache-Control"), ["private"]);
    let plain = get("/plain", true);
    assert_eq!(
        (plain.status, plain.all("Content-Type")),
        (400, vec!["text/plain"])
    );
    // 1. A wrapped problem keeps its type, title, members and headers.
    let credit = get("/credit", true);
    assert_eq!(credit.status, 403);
    assert_eq!(credit.all("Content-Type"), ["application/problem+json"]);
    assert_eq!(credit.all("Cache-Control"), ["no-store"]);
    assert_eq!(
        json(&credit),
        serde_json::json!({
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit.",
            "status": 403,
            "detail": "Your balance is too low.",
            "balance": 30,
        })
    );
    // 5. A header value that cannot be sent: a 500 in problem+json.
    let unsendable = get("/unsendable", true);
    assert_eq!(unsendable.status, 500);
    assert_eq!(unsendable.all("Content-Type"), ["application/problem+json"]);
    assert!(unsendable.all("X-Reason").is_empty());
    // 4. A redirect needs its Location, a 206 its Content-Range.
    assert_eq!(get("/see-other", false).status, 500);
    let located = get("/see-other-located", false);
    assert_eq!(
        (located.status, located.all("Location")),
        (303, vec!["/there"])
    );
    assert_eq!(get("/partial", false).status, 500);
    // 6. Header-only shapes pass with 304 and 204, and keep their headers.
    let not_modified = get("/not-modified", false);
    assert_eq!(not_modified.status, 304);
    assert_eq!(not_modified.all("ETag"), ["\"v1\""]);
    let headers = get("/no-content-headers", false);
    assert_eq!((headers.status, headers.all("x-deleted")), (204, vec!["7"]));
    // 3. (run time) An opaque response under 204 goes without its body.
    let response = get("/no-content-response", false);
    assert_eq!((response.status, response.body.len()), (204, 0));
    // The connection is still in step: nothing was sent after a 204/304.
    assert_eq!(get("/auth", true).status, 401);
}

/// Case 7 on actix-web: its own bodiless response passes with 204, and a
/// response with a body under 204 goes without it (actix-web would write the
/// bytes after the header and corrupt the next response on the connection).
#[actix_web::test]
async fn actix_web_numbered_cases() {
    use actix_web::{HttpResponse, get};
    use statuscode::status_code;

    #[get("/no-content")]
    #[status_code(NO_CONTENT)]
    async fn no_content() -> HttpResponse {
        HttpResponse::NoContent().finish()
    }
    #[get("/no-content-body")]
    #[status_code(NO_CONTENT)]
    async fn no_content_body() -> HttpResponse {
        HttpResponse::Ok().body("a body the status cannot carry")
    }
    #[get("/auth")]
    async fn auth() -> Result<String, wire::cases::Wrapper> {
        Err(wire::cases::Wrapper::Auth(wire::cases::Auth))
    }
    /// Case 8: an alias with `()` (actix-web has no `Responder` for `()`).
    #[get("/alias/{id}")]
    #[status_code(NO_CONTENT)]
    async fn alias(id: actix_web::web::Path<u32>) -> AppResult<()> {
        match id.into_inner() {
            1 => Ok(()),
            _ => Err(wire::cases::Wrapper::Auth(wire::cases::Auth)),
        }
    }
    let server = actix_web::HttpServer::new(|| {
        actix_web::App::new()
            .service(no_content)
            .service(no_content_body)
            .service(auth)
            .service(alias)
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
    tokio::task::spawn_blocking(move || {
        let mut connection = wire::Connection::open(addr);
        for path in ["/no-content", "/no-content-body", "/no-content-body"] {
            let raw = connection.get(path).unwrap();
            assert_eq!(check(&raw, false), Ok(()), "{path}: {raw:?}");
            assert_eq!((raw.status, raw.body.len()), (204, 0), "{path}");
        }
        // Still in step after two 204s.
        let raw = connection.get("/auth").unwrap();
        assert_eq!(check(&raw, true), Ok(()));
        assert_eq!(raw.all("WWW-Authenticate"), ["Bearer"]);
        let ok = connection.get("/alias/1").unwrap();
        assert_eq!((ok.status, check(&ok, false)), (204, Ok(())));
        let err = connection.get("/alias/2").unwrap();
        assert_eq!((err.status, check(&err, true)), (401, Ok(())));
    })
    .await
    .unwrap();
    handle.stop(true).await;
}

/// The alias most services define, with the error of the numbered cases.
type AppResult<T> = Result<T, wire::cases::Wrapper>;

/// Case 8 on warp: `#[status_code(NO_CONTENT)]` on a handler returning an
/// alias with `()` (warp has no `Reply` for `()`), used with `.then`.
#[tokio::test(flavor = "current_thread")]
async fn warp_numbered_cases() {
    use statuscode::status_code;
    use warp::Filter;

    #[status_code(NO_CONTENT)]
    async fn delete(id: u32) -> AppResult<()> {
        match id {
            1 => Ok(()),
            _ => Err(wire::cases::Wrapper::Auth(wire::cases::Auth)),
        }
    }
    let app = warp::path!("items" / u32).then(delete);
    let (listener, addr) = loopback().await;
    tokio::spawn(warp::serve(app).incoming(listener).run());
    tokio::task::spawn_blocking(move || {
        let mut connection = wire::Connection::open(addr);
        let ok = connection.get("/items/1").unwrap();
        assert_eq!((ok.status, check(&ok, false)), (204, Ok(())));
        let err = connection.get("/items/2").unwrap();
        assert_eq!((err.status, check(&err, true)), (401, Ok(())));
        assert_eq!(err.all("WWW-Authenticate"), ["Bearer"]);
    })
    .await
    .unwrap();
}

/// Case 7 on Rocket: `NoContent` and `Option<()>` pass with 204; `None` is
/// Rocket's own 404.
#[tokio::test(flavor = "current_thread")]
async fn rocket_numbered_cases() {
    use rocket::response::status::NoContent;
    use statuscode::status_code;

    #[rocket::delete("/items/<_id>")]
    #[status_code(NO_CONTENT)]
    fn delete(_id: u32) -> NoContent {
        NoContent
    }
    #[rocket::delete("/maybe/<id>")]
    #[status_code(NO_CONTENT)]
    fn maybe(id: u32) -> Option<()> {
        (id == 1).then_some(())
    }
    let port =
        wire::launch_rocket(|rocket| rocket.mount("/", rocket::routes![delete, maybe])).await;
    let statuses = tokio::task::spawn_blocking(move || {
        let mut connection = wire::Connection::open(SocketAddr::from(([127, 0, 0, 1], port)));
        let mut statuses = Vec::new();
        for path in ["/items/7", "/maybe/1", "/maybe/2"] {
            let request = format!("DELETE {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
            let raw = connection.send(&request).unwrap();
            assert_eq!(check(&raw, false), Ok(()), "{path}: {raw:?}");
            statuses.push(raw.status);
        }
        statuses
    })
    .await
    .unwrap();
    assert_eq!(statuses, [204, 204, 404]);
}
