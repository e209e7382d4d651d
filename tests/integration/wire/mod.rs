//! The contract on every path, judged on the wire: every API that makes a
//! response (`HttpError`, `ProblemDetails`, derived `response` and `problem`
//! types through one and two levels of `transparent`, `WithStatus` over a
//! body and over `NoBody`) is driven with every status from 100 to 599 and
//! generated header sets, in each of the six frameworks, and every response
//! is read off a raw keep-alive socket and judged by [`check`], one RFC 9110
//! checker written from the RFC, not from the crate's tables.
//!
//! Every app serves `GET /c/{api}/{code}/{mask}`: [`case`] builds the value,
//! the framework's handler returns it as that framework's response.

use std::fmt;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use statuscode::{HttpError, HttpStatus, NoBody, ProblemDetails, Status, WithStatus};

/// The headers a case may carry, by bit of the mask: each status that
/// requires one finds it here, and `ETag` is what a 304 keeps.
pub const HEADERS: [(&str, &str); 7] = [
    ("Location", "/elsewhere"),
    ("WWW-Authenticate", "Bearer realm=\"api\""),
    ("Allow", "GET, HEAD"),
    ("Proxy-Authenticate", "Basic realm=\"proxy\""),
    ("Upgrade", "HTTP/3.0"),
    ("Content-Range", "bytes 0-1/2"),
    ("ETag", "\"v1\""),
];

/// The APIs, by the name in the path (`bare_status`: a `Status` returned
/// as the response itself).
pub const APIS: [&str; 8] = [
    "http_error",
    "problem",
    "derived",
    "derived_nested",
    "derived_problem",
    "with_status",
    "with_status_empty",
    "bare_status",
];

/// A derived `response` type over an `HttpError` (depth 1) and over a plain
/// derived type that wraps one (depth 2), with a header of its own.
#[derive(Debug, HttpStatus)]
#[status(response, header("Cache-Control" = "no-store"))]
pub enum ApiError {
    #[status(transparent)]
    Http(HttpError),
    #[status(transparent)]
    Layer(Middle),
}

/// A plain derived type (not a response itself) with a header: a wrapper
/// sends it.
#[derive(Debug, HttpStatus)]
#[status(header("Vary" = "Accept"))]
pub enum Middle {
    #[status(transparent)]
    Http(HttpError),
}

/// A derived `problem` type over a `ProblemDetails`.
#[derive(Debug, HttpStatus)]
#[status(problem, type = "https://example.com/probs/contract")]
pub enum ProblemApi {
    #[status(transparent)]
    Inner(ProblemDetails),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (ApiError::Http(e) | ApiError::Layer(Middle::Http(e))) = self;
        f.write_str(e.detail())
    }
}

impl fmt::Display for ProblemApi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ProblemApi::Inner(p) = self;
        f.write_str(p.detail())
    }
}

/// What a handler returns for one request.
pub enum Case {
    Http(HttpError),
    Problem(ProblemDetails),
    Derived(ApiError),
    DerivedProblem(ProblemApi),
    Text(WithStatus<String>),
    Empty(WithStatus<NoBody>),
    Bare(Status),
}

fn headers(mask: u8) -> impl Iterator<Item = (&'static str, &'static str)> {
    HEADERS
        .into_iter()
        .enumerate()
        .filter(move |(i, _)| mask & (1 << i) != 0)
        .map(|(_, h)| h)
}

fn http_error(status: Status, mask: u8) -> HttpError {
    headers(mask).fold(HttpError::new(status, "boom"), |e, (n, v)| {
        e.with_header(n, v).unwrap()
    })
}

/// The value `GET /c/{api}/{code}/{mask}` answers with.
pub fn case(api: &str, code: u16, mask: u8) -> Case {
    let status = Status::from_wire(code).unwrap();
    match api {
        "http_error" => Case::Http(http_error(status, mask)),
        "problem" => Case::Problem(
            headers(mask).fold(
                ProblemDetails::new(status, "boom")
                    .with_extension("trace", "t-1")
                    .unwrap(),
                |p, (n, v)| p.with_header(n, v).unwrap(),
            ),
        ),
        "derived" => Case::Derived(ApiError::Http(http_error(status, mask))),
        "derived_nested" => Case::Derived(ApiError::Layer(Middle::Http(http_error(status, mask)))),
        "derived_problem" => Case::DerivedProblem(ProblemApi::Inner(
            headers(mask).fold(ProblemDetails::new(status, "boom"), |p, (n, v)| {
                p.with_header(n, v).unwrap()
            }),
        )),
        "with_status" => Case::Text(WithStatus::new(status, "hello".to_owned())),
        "with_status_empty" => Case::Empty(WithStatus::new(status, NoBody)),
        _ => Case::Bare(status),
    }
}

/// Whether `api` makes error responses (no 1xx or 2xx).
fn is_error(api: &str) -> bool {
    !api.starts_with("with_status") && api != "bare_status"
}

/// What the status on the wire must be: the one asked for when the response
/// can obey RFC 9110 with the headers it carries, else 500. Written from the
/// RFC (§10.2.2, §15.2, §15.3.7, §15.5.2, §15.5.6, §15.5.8, §15.5.22).
pub fn expected(api: &str, code: u16, mask: u8) -> u16 {
    let carries = |name: &str| is_error(api) && headers(mask).any(|(n, _)| n == name);
    let needs = match code {
        206 => Some("Content-Range"),
        300..=303 | 305..=399 => Some("Location"),
        401 => Some("WWW-Authenticate"),
        405 => Some("Allow"),
        407 => Some("Proxy-Authenticate"),
        426 => Some("Upgrade"),
        _ => None,
    };
    if code < 200 || (is_error(api) && code < 300) || needs.is_some_and(|h| !carries(h)) {
        500
    } else {
        code
    }
}

/// A response as read off the socket.
#[derive(Debug)]
pub struct Raw {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Raw {
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// RFC 9110's rules, judged on one response: `error` for the responses of
/// an error type. `Err` says which rule broke.
pub fn check(raw: &Raw, error: bool) -> Result<(), String> {
    let code = raw.status;
    let has = |name: &str| !raw.all(name).is_empty();
    if !(200..=599).contains(&code) {
        return Err(format!("{code} is not a final status (§15.2)"));
    }
    if error && code < 300 {
        return Err(format!("an error sent as {code} (§15)"));
    }
    let required = match code {
        206 => Some(("Content-Range", "§15.3.7")),
        300..=303 | 305..=399 => Some(("Location", "§10.2.2")),
        401 => Some(("WWW-Authenticate", "§15.5.2")),
        405 => Some(("Allow", "§15.5.6")),
        407 => Some(("Proxy-Authenticate", "§15.5.8")),
        426 => Some(("Upgrade", "§15.5.22")),
        _ => None,
    };
    if let Some((name, section)) = required
        && !has(name)
    {
        return Err(format!("{code} without {name} ({section})"));
    }
    if matches!(code, 204 | 205 | 304) && !raw.body.is_empty() {
        return Err(format!("{code} with {} bytes of content", raw.body.len()));
    }
    if matches!(code, 204 | 304) && has("Content-Type") {
        return Err(format!("{code} with a Content-Type"));
    }
    if code == 204 && has("Content-Length") {
        return Err("204 with a Content-Length (§8.6)".to_owned());
    }
    for name in [
        "Content-Type",
        "Content-Length",
        "Location",
        "ETag",
        "Retry-After",
    ] {
        if raw.all(name).len() > 1 {
            return Err(format!("{name} sent twice: {:?}", raw.all(name)));
        }
    }
    if raw.body.is_empty() {
        return Ok(());
    }
    let Some(content_type) = raw.all("Content-Type").first().copied() else {
        return Err("content without a Content-Type".to_owned());
    };
    // A type that declares its own `Content-Type` chose its body's format.
    if !error
        || !matches!(
            content_type,
            "application/json" | "application/problem+json"
        )
    {
        return Ok(());
    }
    let json: serde_json::Value = serde_json::from_slice(&raw.body)
        .map_err(|e| format!("the error body is not JSON ({e}): {:?}", raw.body))?;
    match content_type {
        "application/json" if json["detail"].is_string() => Ok(()),
        "application/problem+json"
            if json["status"] == code && json["type"].is_string() && json["title"].is_string() =>
        {
            Ok(())
        }
        _ => Err(format!("error body {json} as {content_type}")),
    }
}

/// One keep-alive HTTP/1.1 connection read byte by byte as RFC 9112 frames
/// a response, so a body sent where none may be corrupts the next response
/// and is caught.
pub struct Connection {
    reader: BufReader<TcpStream>,
}

impl Connection {
    pub fn open(addr: SocketAddr) -> Connection {
        let stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        stream.set_nodelay(true).unwrap();
        Connection {
            reader: BufReader::new(stream),
        }
    }

    /// `GET path`, and the response.
    pub fn get(&mut self, path: &str) -> Result<Raw, String> {
        self.send(&format!(
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n"
        ))
    }

    /// Sends `request` as it is, and reads the response.
    pub fn send(&mut self, request: &str) -> Result<Raw, String> {
        self.reader
            .get_mut()
            .write_all(request.as_bytes())
            .map_err(|e| e.to_string())?;
        let mut line = String::new();
        self.reader
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        let status = line
            .strip_prefix("HTTP/1.1 ")
            .and_then(|rest| rest.get(..3))
            .and_then(|code| code.parse().ok())
            .ok_or_else(|| format!("not a status line: {line:?}"))?;
        let mut headers = Vec::new();
        loop {
            line.clear();
            self.reader
                .read_line(&mut line)
                .map_err(|e| e.to_string())?;
            let field = line.trim_end_matches(['\r', '\n']);
            if field.is_empty() {
                break;
            }
            let (name, value) = field
                .split_once(':')
                .ok_or_else(|| format!("not a field line: {field:?}"))?;
            headers.push((name.to_owned(), value.trim().to_owned()));
        }
        let mut raw = Raw {
            status,
            headers,
            body: Vec::new(),
        };
        let length = raw
            .all("Content-Length")
            .first()
            .map(|v| v.parse::<usize>());
        let chunked = raw
            .all("Transfer-Encoding")
            .iter()
            .any(|v| v.eq_ignore_ascii_case("chunked"));
        if matches!(status, 100..=199 | 204 | 304) {
            // No content by definition (RFC 9112 §6.3): what follows is the
            // next response.
        } else if chunked {
            loop {
                line.clear();
                self.reader
                    .read_line(&mut line)
                    .map_err(|e| e.to_string())?;
                let size = usize::from_str_radix(line.trim(), 16)
                    .map_err(|_| format!("bad chunk size {line:?}"))?;
                let mut chunk = vec![0; size + 2];
                self.reader
                    .read_exact(&mut chunk)
                    .map_err(|e| e.to_string())?;
                if size == 0 {
                    break;
                }
                raw.body.extend_from_slice(&chunk[..size]);
            }
        } else if let Some(length) = length {
            let length = length.map_err(|e| e.to_string())?;
            raw.body = vec![0; length];
            self.reader
                .read_exact(&mut raw.body)
                .map_err(|e| e.to_string())?;
        } else {
            self.reader
                .read_to_end(&mut raw.body)
                .map_err(|e| e.to_string())?;
        }
        Ok(raw)
    }
}

/// The masks each status is tried with: none, every header, and one
/// generated from the status and the API (a fixed-seed mix, so a failure
/// repeats).
fn masks(api: &str, code: u16) -> [u8; 3] {
    let seed = api.bytes().fold(u32::from(code), |h, b| {
        h.wrapping_mul(0x9E37_79B9).wrapping_add(u32::from(b))
    });
    [0, 0x7f, (seed.wrapping_mul(0x85EB_CA6B) >> 25) as u8]
}

/// Drives `GET /c/{api}/{code}/{mask}` for every API, every status from 100
/// to 599 and its masks over one keep-alive connection (reopened after a
/// response that closes it), and returns every broken rule and every
/// status other than [`expected`], one line each.
pub fn drive(addr: SocketAddr, framework: &str) -> Vec<String> {
    let mut failures = Vec::new();
    let mut connection = Connection::open(addr);
    let mut requests = 0;
    for api in APIS {
        for code in 100..=599 {
            for mask in masks(api, code) {
                let path = format!("/c/{api}/{code}/{mask}");
                requests += 1;
                let raw = match connection.get(&path) {
                    Ok(raw) => raw,
                    Err(e) => {
                        failures.push(format!("{framework} {path}: {e}"));
                        connection = Connection::open(addr);
                        continue;
                    }
                };
                if let Err(rule) = check(&raw, is_error(api)) {
                    failures.push(format!("{framework} {path}: {rule}"));
                }
                let want = expected(api, code, mask);
                if raw.status != want {
                    failures.push(format!(
                        "{framework} {path}: sent {}, expected {want}",
                        raw.status
                    ));
                }
                if raw
                    .all("Connection")
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case("close"))
                {
                    connection = Connection::open(addr);
                }
            }
        }
    }
    assert!(requests > 10_000, "{requests} requests");
    failures
}

/// Fails with every line `drive` returned (the first 40).
pub fn assert_clean(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} responses broke the contract:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The types of the numbered cases of the contract issue, each served by a
/// route of its own in `contract.rs`.
pub mod cases {
    use std::fmt;

    use statuscode::HttpStatus;

    /// A plain derived type (no response of its own), as in the README.
    #[derive(Debug, HttpStatus)]
    #[status(UNAUTHORIZED)]
    pub struct BareAuth;

    /// The same, declaring its challenge.
    #[derive(Debug, HttpStatus)]
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
    pub struct Auth;

    /// A plain type whose status is a success: never an error on the wire.
    #[derive(Debug, HttpStatus)]
    #[status(OK)]
    pub struct Fine;

    /// A problem type with its own type, title, member and header.
    #[derive(Debug, HttpStatus)]
    #[status(problem)]
    pub enum Credit {
        #[status(
            FORBIDDEN,
            type = "https://example.com/probs/out-of-credit",
            title = "You do not have enough credit.",
            extension("balance" = balance),
            header("Cache-Control" = "no-store")
        )]
        Out { balance: u32 },
    }

    /// A response type wrapping each, with headers that merge.
    #[derive(Debug, HttpStatus)]
    #[status(response, header("Cache-Control" = "no-cache"))]
    pub enum Wrapper {
        #[status(transparent)]
        Bare(BareAuth),
        #[status(transparent)]
        Auth(Auth),
        #[status(transparent)]
        Fine(Fine),
        #[status(transparent, header("Cache-Control" = "private"))]
        Merged(Auth),
        #[status(BAD_REQUEST, header("Content-Type" = "text/plain"))]
        Plain,
    }

    /// A problem type wrapping `Credit`.
    #[derive(Debug, HttpStatus)]
    #[status(problem)]
    pub enum ProblemWrapper {
        #[status(transparent)]
        Credit(Credit),
        #[status(BAD_REQUEST, header("X-Reason" = 0))]
        Unsendable(String),
    }

    impl fmt::Display for Wrapper {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("wrapped")
        }
    }

    impl fmt::Display for Credit {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("Your balance is too low.")
        }
    }

    impl fmt::Display for ProblemWrapper {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                ProblemWrapper::Credit(c) => c.fmt(f),
                ProblemWrapper::Unsendable(_) => f.write_str("bad"),
            }
        }
    }
}

/// Launches Rocket as `build` sets it up (routes, catchers) on an
/// ephemeral loopback port and returns the port once it is bound.
pub async fn launch_rocket(
    build: impl FnOnce(rocket::Rocket<rocket::Build>) -> rocket::Rocket<rocket::Build>,
) -> u16 {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU16, Ordering};

    use rocket::config::{Config, LogLevel, Shutdown};
    use rocket::fairing::AdHoc;

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
    let rocket = build(rocket::custom(config))
        .attach(AdHoc::on_liftoff("bound port", move |rocket| {
            Box::pin(async move { bound.store(rocket.config().port, Ordering::SeqCst) })
        }));
    tokio::spawn(async move { rocket.launch().await });
    loop {
        match port.load(Ordering::SeqCst) {
            0 => tokio::time::sleep(Duration::from_millis(10)).await,
            port => return port,
        }
    }
}
