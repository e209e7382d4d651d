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
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn rocket_holds_the_contract() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU16, Ordering};

    use rocket::config::{Config, LogLevel, Shutdown};
    use rocket::fairing::AdHoc;

    #[rocket::get("/c/<api>/<code>/<mask>")]
    fn serve(api: &str, code: u16, mask: u8) -> Case {
        case(api, code, mask)
    }
    let config = Config {
        address: std::net::Ipv4Addr::LOCALHOST.into(),
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
    let port = Arc::new(AtomicU16::new(0));
    let bound = Arc::clone(&port);
    let rocket = rocket::custom(config)
        .mount("/", rocket::routes![serve])
        .attach(AdHoc::on_liftoff("bound port", move |rocket| {
            Box::pin(async move { bound.store(rocket.config().port, Ordering::SeqCst) })
        }));
    tokio::spawn(async move { rocket.launch().await });
    let port = loop {
        match port.load(Ordering::SeqCst) {
            0 => tokio::time::sleep(Duration::from_millis(10)).await,
            port => break port,
        }
    };
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
