//! The wire checks of RFC 9110's response rules, shared by the axum and
//! actix-web apps of `rules_axum.rs` and `rules_actix.rs` (and, for the
//! derived types and `ProblemDetails`, by the `rules_on_the_wire` tests of
//! `poem.rs`, `rocket.rs`, `salvo.rs` and `warp.rs`). Both serve:
//! `GET /rules/{401,405,407,426}` (`HttpError`'s constructors that take the
//! required header) and `DELETE /rules/empty` (a `#[status_code(NO_CONTENT)]`
//! handler, read on a raw socket), and `GET /derived/{0..=6}` (a
//! `#[status(response)]` enum's declared headers), and `GET /problem/{0,1,2}`
//! (`ProblemDetails`) and `GET /derived-problem/{0,1,2}` (a
//! `#[status(problem)]` enum), validated against RFC 9457 Appendix A's JSON
//! Schema.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use serde_json::{Value, json};
use statuscode::HttpStatus;

mod validate;
pub use validate::validate_problems;

/// Every way to declare a header, and the statuses that need one.
#[derive(Debug, HttpStatus)]
#[status(response, header("Cache-Control" = "no-store"))]
pub enum GateError {
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer realm=\"api\""))]
    NoToken,
    #[status(METHOD_NOT_ALLOWED, header("Allow" = allow))]
    ReadOnly { allow: &'static str },
    #[status(PROXY_AUTHENTICATION_REQUIRED, header("Proxy-Authenticate" = 0))]
    Proxy(String),
    #[status(UPGRADE_REQUIRED, header("Upgrade" = "HTTP/3.0"))]
    Upgrade,
    #[status(SERVICE_UNAVAILABLE, header("Retry-After" = 0))]
    Busy(u32),
    #[status(TEMPORARY_REDIRECT, header("Location" = to))]
    Moved { to: String },
    /// A field whose value cannot be sent: a 500, never a panic.
    #[status(BAD_REQUEST, header("X-Reason" = 0))]
    Bad(String),
}

/// An error type, so poem keeps it (downcastable) inside `poem::Error`.
impl std::error::Error for GateError {}

impl std::fmt::Display for GateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "gate {}", self.status().as_u16())
    }
}

/// The error `GET /derived/{n}` answers with.
pub fn gate_error(n: u32) -> GateError {
    match n {
        0 => GateError::NoToken,
        1 => GateError::ReadOnly { allow: "GET, HEAD" },
        2 => GateError::Proxy("Basic realm=\"proxy\"".to_owned()),
        3 => GateError::Upgrade,
        4 => GateError::Busy(120),
        5 => GateError::Moved {
            to: "/new/place".to_owned(),
        },
        _ => GateError::Bad("line\nbreak".to_owned()),
    }
}

/// Each variant's declared headers arrive, with the type's own.
pub async fn check_declared_headers(base: &str) {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    for (n, code, header, value) in [
        (0, 401, "www-authenticate", "Bearer realm=\"api\""),
        (1, 405, "allow", "GET, HEAD"),
        (2, 407, "proxy-authenticate", "Basic realm=\"proxy\""),
        (3, 426, "upgrade", "HTTP/3.0"),
        (4, 503, "retry-after", "120"),
        (5, 307, "location", "/new/place"),
    ] {
        let response = http
            .get(format!("{base}/derived/{n}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), code, "/derived/{n}");
        let get = |name: &str| -> Vec<String> {
            response
                .headers()
                .get_all(name)
                .iter()
                .map(|v| v.to_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(get(header), [value], "/derived/{n}: {header}");
        assert_eq!(get("cache-control"), ["no-store"], "/derived/{n}");
        let body: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
        // A 5xx says its reason phrase: its message stays on the server.
        let detail = match code {
            500..=599 => statuscode::Status::from_wire(code)
                .unwrap()
                .reason()
                .to_owned(),
            _ => format!("gate {code}"),
        };
        assert_eq!(body, json!({ "detail": detail }), "/derived/{n}");
    }
    // A header value with a line break: 500, no half-sent header.
    let response = http.get(format!("{base}/derived/6")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 500);
    assert!(response.headers().get("x-reason").is_none());
    let body: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(body, json!({ "detail": "Internal Server Error" }));
}

/// Every required header arrives, with the status and the `{"detail"}` body.
pub async fn check_required_headers(base: &str) {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap();
    for (path, code, header, value, detail) in [
        (
            "/rules/401",
            401,
            "www-authenticate",
            "Bearer realm=\"api\"",
            "Not authenticated",
        ),
        ("/rules/405", 405, "allow", "GET, HEAD", "Read-only"),
        (
            "/rules/407",
            407,
            "proxy-authenticate",
            "Basic realm=\"proxy\"",
            "Log in to the proxy",
        ),
        ("/rules/426", 426, "upgrade", "HTTP/3.0", "Use HTTP/3"),
    ] {
        let response = http.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(response.status().as_u16(), code, "{path}");
        let values: Vec<_> = response
            .headers()
            .get_all(header)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect();
        assert_eq!(values, [value], "{path}: {header}");
        let body: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
        assert_eq!(body, json!({ "detail": detail }), "{path}");
    }
}

/// A `#[status_code(NO_CONTENT)]` response read off a raw socket: the
/// status line says 204, and no byte follows the header section (RFC 9110
/// §15.3.5; RFC 9112 §6.3: a 204 ends at the empty line).
pub fn check_no_content_raw(addr: SocketAddr) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream
        .write_all(b"DELETE /rules/empty HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.starts_with("HTTP/1.1 204 "), "{text}");
    let end = text.find("\r\n\r\n").expect("a header section") + 4;
    assert_eq!(
        &raw[end..],
        b"",
        "no body after the header section: {text:?}"
    );
    let headers = text[..end].to_ascii_lowercase();
    assert!(!headers.contains("transfer-encoding"), "{text}");
}

/// The problem `GET /problem/{n}` answers with.
pub fn problem(n: u32) -> statuscode::ProblemDetails {
    use statuscode::{InvalidParam, ProblemDetails, status};
    match n {
        0 => ProblemDetails::new(status!(NOT_FOUND), "No item 7"),
        2 => ProblemDetails::new(
            status!(UNPROCESSABLE_CONTENT),
            "Your request parameters didn't validate.",
        )
        .with_type("https://example.net/validation-error")
        .with_title("Your request is not valid.")
        .with_invalid_params([
            InvalidParam::new("age", "must be a positive integer"),
            InvalidParam::new("color", "must be 'green', 'red' or 'blue'"),
        ]),
        _ => ProblemDetails::new(
            status!(FORBIDDEN),
            "Your current balance is 30, but that costs 50.",
        )
        .with_type("https://example.com/probs/out-of-credit")
        .with_title("You do not have enough credit.")
        .with_instance("/account/12345/msgs/abc")
        .with_extension("balance", 30)
        .unwrap()
        .with_extension("accounts", ["/account/12345", "/account/67890"])
        .unwrap()
        .with_header("Cache-Control", "no-store")
        .unwrap(),
    }
}

/// Problem details on the wire: content type, members, the schema.
pub async fn check_problems(base: &str) {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap();
    let mut bodies = Vec::new();
    for (n, code, expected) in [
        (
            0,
            404,
            json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No item 7"}),
        ),
        (
            1,
            403,
            json!({
                "type": "https://example.com/probs/out-of-credit",
                "title": "You do not have enough credit.",
                "status": 403,
                "detail": "Your current balance is 30, but that costs 50.",
                "instance": "/account/12345/msgs/abc",
                "balance": 30,
                "accounts": ["/account/12345", "/account/67890"],
            }),
        ),
        (
            2,
            422,
            json!({
                "type": "https://example.net/validation-error",
                "title": "Your request is not valid.",
                "status": 422,
                "detail": "Your request parameters didn't validate.",
                "invalid-params": [
                    {"name": "age", "reason": "must be a positive integer"},
                    {"name": "color", "reason": "must be 'green', 'red' or 'blue'"},
                ],
            }),
        ),
    ] {
        let response = http
            .get(format!("{base}/problem/{n}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), code);
        assert_eq!(
            response.headers().get("content-type").unwrap(),
            "application/problem+json"
        );
        if n == 1 {
            assert_eq!(response.headers().get("cache-control").unwrap(), "no-store");
        }
        let body: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
        assert_eq!(body, expected, "/problem/{n}");
        bodies.push(body);
    }
    validate_problems(&bodies);
}

/// A `#[status(problem)]` enum: a variant with its own type, title and
/// members, and one of type `about:blank` with a required header.
#[derive(Debug, HttpStatus)]
#[status(problem)]
pub enum CreditError {
    #[status(
        FORBIDDEN,
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit.",
        extension("balance" = balance),
        extension("accounts" = "/account/12345"),
        instance = msgs
    )]
    OutOfCredit { balance: u32, msgs: String },
    #[status(
        UNPROCESSABLE_CONTENT,
        type = "https://example.net/validation-error",
        extension("invalid-params" = params),
        extension("retry" = retry)
    )]
    Invalid {
        params: Vec<statuscode::InvalidParam>,
        retry: bool,
    },
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
    NoToken,
}

/// An error type, so poem keeps it (downcastable) inside `poem::Error`.
impl std::error::Error for CreditError {}

impl std::fmt::Display for CreditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CreditError::OutOfCredit { balance, .. } => {
                write!(f, "Your current balance is {balance}, but that costs 50.")
            }
            CreditError::Invalid { .. } => f.write_str("Your request parameters didn't validate."),
            CreditError::NoToken => f.write_str("Log in first"),
        }
    }
}

/// The error `GET /derived-problem/{n}` answers with.
pub fn credit_error(n: u32) -> CreditError {
    match n {
        0 => CreditError::OutOfCredit {
            balance: 30,
            msgs: "/account/12345/msgs/abc".to_owned(),
        },
        2 => CreditError::Invalid {
            params: vec![statuscode::InvalidParam::new(
                "age",
                "must be a positive integer",
            )],
            retry: false,
        },
        _ => CreditError::NoToken,
    }
}

/// A derived problem type on the wire.
pub async fn check_derived_problems(base: &str) {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()
        .unwrap();
    let mut bodies = Vec::new();
    for (n, code, expected) in [
        (
            0,
            403,
            json!({
                "type": "https://example.com/probs/out-of-credit",
                "title": "You do not have enough credit.",
                "status": 403,
                "detail": "Your current balance is 30, but that costs 50.",
                "instance": "/account/12345/msgs/abc",
                "balance": 30,
                "accounts": "/account/12345",
            }),
        ),
        (
            2,
            422,
            json!({
                "type": "https://example.net/validation-error",
                "title": "Unprocessable Content",
                "status": 422,
                "detail": "Your request parameters didn't validate.",
                "invalid-params": [{"name": "age", "reason": "must be a positive integer"}],
                "retry": false,
            }),
        ),
        (
            1,
            401,
            json!({"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "Log in first"}),
        ),
    ] {
        let response = http
            .get(format!("{base}/derived-problem/{n}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), code);
        assert_eq!(
            response.headers().get("content-type").unwrap(),
            "application/problem+json"
        );
        if n == 1 {
            assert_eq!(
                response.headers().get("www-authenticate").unwrap(),
                "Bearer"
            );
        }
        let body: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
        assert_eq!(body, expected, "/derived-problem/{n}");
        bodies.push(body);
    }
    validate_problems(&bodies);
}
