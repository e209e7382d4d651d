//! Run-time cost of turning an error into an axum `Response`: a derived
//! `#[status(response)]` enum and a `#[status(problem)]` type against a
//! hand-written `IntoResponse` that builds the same response the way axum's
//! documentation does, `(StatusCode, [(header, value)], Json(json!(…)))`.
//!
//! `cargo bench -p statuscode-benches --bench response` runs two passes:
//!
//! 1. criterion, one benchmark per case and side (`target/criterion/`);
//! 2. a paired pass: for each case, R rounds that time both sides back to
//!    back (the order flips every round) and print the per-call times
//!    (min / median / max over the rounds), the ratio of the medians
//!    (statuscode / hand-written), and the per-round ratios. These are the
//!    figures BENCHMARKS.md reports.
//!
//! Two measures per case:
//!
//! - **response**: `into_response()`, then the status and the headers read
//!   and the body's bytes taken out of it, frame by frame, by polling it
//!   with a no-op waker. Both bodies are in memory, so the body is never
//!   pending and no async runtime is needed (an executor per call would
//!   cost more than what is measured). This is everything a server does
//!   with the response before writing it to a socket.
//! - **into_response**: `into_response()` and the response dropped, so the
//!   share of the body reading shows.
//!
//! The JSON body is produced inside `into_response()` on both sides
//! (statuscode writes it into a `String`, `Json` serializes the `json!`
//! value into a buffer), and statuscode has no public entry point for its
//! body alone, so it is not timed apart.
//!
//! Both sides produce the same response: the same status, the same headers
//! and the same JSON (checked at start-up, key order aside). The error values
//! hold `&'static str`s, so building an input costs nothing on either side.
//! Redacted 5xx messages go to the error reporter: a no-op here (a service
//! routes them to its log, which is its own cost), while the hand-written
//! side sends the reason phrase and logs nothing.
//!
//! `STATUSCODE_BENCH_ROUNDS` (default 31) sets the rounds of the paired pass.

use std::hint::black_box;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

use axum::Json;
use axum::body::HttpBody;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use criterion::Criterion;
use serde_json::json;
use statuscode::{HttpStatus, Status};

/// The derived error: a 404 with its message, a 401 with its challenge, a
/// redacted 500 and an exposed 500.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum ApiError {
    #[error("item {0} not found")]
    #[status(NOT_FOUND)]
    NotFound(u32),
    #[error("invalid token")]
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
    Unauthorized,
    #[error("database: {0}")]
    #[status(INTERNAL_SERVER_ERROR)]
    Database(&'static str),
    #[error("maintenance: {0}")]
    #[status(INTERNAL_SERVER_ERROR, expose)]
    Maintenance(&'static str),
}

/// RFC 9457's example problem, as a derived `problem` type.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(problem)]
enum Credit {
    #[error("your balance is {balance}")]
    #[status(
        FORBIDDEN,
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit.",
        extension("balance" = balance)
    )]
    OutOfCredit { balance: u32 },
}

/// The same errors with a hand-written axum response.
#[derive(Debug, thiserror::Error)]
enum HandError {
    #[error("item {0} not found")]
    NotFound(u32),
    #[error("invalid token")]
    Unauthorized,
    #[error("database: {0}")]
    Database(&'static str),
    #[error("maintenance: {0}")]
    Maintenance(&'static str),
}

impl IntoResponse for HandError {
    fn into_response(self) -> Response {
        match self {
            HandError::NotFound(_) | HandError::Maintenance(_) => {
                let status = match self {
                    HandError::NotFound(_) => StatusCode::NOT_FOUND,
                    _ => StatusCode::INTERNAL_SERVER_ERROR,
                };
                (status, Json(json!({ "detail": self.to_string() }))).into_response()
            }
            HandError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"))],
                Json(json!({ "detail": self.to_string() })),
            )
                .into_response(),
            HandError::Database(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                Json(json!({ "detail": "Internal Server Error" })),
            )
                .into_response(),
        }
    }
}

/// The problem, by hand, with the same members (`balance` a number).
#[derive(Debug, thiserror::Error)]
enum HandCredit {
    #[error("your balance is {balance}")]
    OutOfCredit { balance: u32 },
}

impl IntoResponse for HandCredit {
    fn into_response(self) -> Response {
        let HandCredit::OutOfCredit { balance } = self;
        (
            StatusCode::FORBIDDEN,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/problem+json"),
            )],
            Json(json!({
                "type": "https://example.com/probs/out-of-credit",
                "title": "You do not have enough credit.",
                "status": 403,
                "detail": self.to_string(),
                "balance": balance,
            })),
        )
            .into_response()
    }
}

/// The error reporter: redacted messages are dropped (a service logs them).
fn quiet(_: Status, _: &dyn std::fmt::Display) {}

/// One case: a way to make the error each side sends.
struct Case {
    name: &'static str,
    ours: fn() -> Response,
    hand: fn() -> Response,
}

fn cases() -> [Case; 5] {
    [
        Case {
            name: "404 with its message",
            ours: || ApiError::NotFound(black_box(7)).into_response(),
            hand: || HandError::NotFound(black_box(7)).into_response(),
        },
        Case {
            name: "401 with WWW-Authenticate",
            ours: || black_box(ApiError::Unauthorized).into_response(),
            hand: || black_box(HandError::Unauthorized).into_response(),
        },
        Case {
            name: "500 redacted",
            ours: || ApiError::Database(black_box("connection refused")).into_response(),
            hand: || HandError::Database(black_box("connection refused")).into_response(),
        },
        Case {
            name: "500 #[status(expose)]",
            ours: || ApiError::Maintenance(black_box("back at 10:00 UTC")).into_response(),
            hand: || HandError::Maintenance(black_box("back at 10:00 UTC")).into_response(),
        },
        Case {
            name: "403 problem+json with a member",
            ours: || {
                Credit::OutOfCredit {
                    balance: black_box(30),
                }
                .into_response()
            },
            hand: || {
                HandCredit::OutOfCredit {
                    balance: black_box(30),
                }
                .into_response()
            },
        },
    ]
}

/// Reads what a server reads of `response` before writing it: the status,
/// every header, and the body's bytes, polled out with a no-op waker.
/// Returns a number that depends on all of it.
fn drain(response: Response) -> usize {
    let (parts, mut body) = response.into_parts();
    let mut seen = usize::from(parts.status.as_u16());
    for (name, value) in &parts.headers {
        seen += name.as_str().len() + value.len();
    }
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        match Pin::new(&mut body).poll_frame(&mut cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let Ok(data) = frame.into_data() {
                    seen += black_box(data).len();
                }
            }
            Poll::Ready(None) => return seen,
            Poll::Ready(Some(Err(e))) => panic!("an in-memory body failed: {e}"),
            Poll::Pending => unreachable!("an in-memory body is never pending"),
        }
    }
}

/// The status, the headers and the body as JSON: what the start-up check
/// compares.
fn read(response: Response) -> (u16, Vec<(String, String)>, serde_json::Value) {
    let (parts, mut body) = response.into_parts();
    let mut headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
        .collect();
    headers.sort();
    let mut bytes = Vec::new();
    let mut cx = Context::from_waker(Waker::noop());
    while let Poll::Ready(Some(Ok(frame))) = Pin::new(&mut body).poll_frame(&mut cx) {
        if let Ok(data) = frame.into_data() {
            bytes.extend_from_slice(&data);
        }
    }
    let json = serde_json::from_slice(&bytes).expect("both sides send JSON");
    (parts.status.as_u16(), headers, json)
}

/// Panics unless both sides of every case send the same response.
fn check(cases: &[Case]) {
    for case in cases {
        let (ours, hand) = (read((case.ours)()), read((case.hand)()));
        assert_eq!(ours, hand, "{}: the two sides differ", case.name);
    }
}

/// One measured operation; returns how many calls it made.
type Op = Box<dyn Fn() -> usize>;

fn full(make: fn() -> Response) -> Op {
    Box::new(move || {
        black_box(drain(make()));
        1
    })
}

fn build_only(make: fn() -> Response) -> Op {
    Box::new(move || {
        drop(black_box(make()));
        1
    })
}

/// Pass 1: criterion, each case and side, the full measure.
fn criterion_pass(c: &mut Criterion, cases: &[Case]) {
    for case in cases {
        let mut g = c.benchmark_group(format!("error to response: {}", case.name));
        g.bench_function("statuscode", |b| b.iter(|| drain((case.ours)())));
        g.bench_function("hand-written", |b| b.iter(|| drain((case.hand)())));
        g.finish();
    }
}

/// Nanoseconds per call of `op` over `iters` calls.
fn time_per_call(op: &Op, iters: u32) -> f64 {
    let start = Instant::now();
    let mut calls = 0usize;
    for _ in 0..iters {
        calls += op();
    }
    #[allow(
        clippy::cast_precision_loss,
        reason = "call counts stay far below 2^52"
    )]
    let per_call = start.elapsed().as_secs_f64() * 1e9 / calls as f64;
    per_call
}

/// How many calls take about `budget`.
fn calibrate(op: &Op, budget: Duration) -> u32 {
    let mut iters = 1u32;
    loop {
        let start = Instant::now();
        for _ in 0..iters {
            op();
        }
        let elapsed = start.elapsed();
        if elapsed >= budget / 4 || iters >= 1 << 28 {
            let scale = budget.as_secs_f64() / elapsed.as_secs_f64().max(1e-9);
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "clamped to 1..=2^28 before the cast"
            )]
            let scaled = (f64::from(iters) * scale).clamp(1.0, f64::from(1u32 << 28)) as u32;
            return scaled;
        }
        iters *= 2;
    }
}

/// (min, median, max) of `xs`.
fn spread(mut xs: Vec<f64>) -> (f64, f64, f64) {
    xs.sort_by(f64::total_cmp);
    let mid = xs.len() / 2;
    let median = if xs.len() % 2 == 1 {
        xs[mid]
    } else {
        f64::midpoint(xs[mid - 1], xs[mid])
    };
    (xs[0], median, xs[xs.len() - 1])
}

/// Pass 2: both sides of each case and measure timed alternately, R rounds.
fn paired_pass(cases: &[Case], rounds: usize, filter: Option<&str>) {
    let budget = Duration::from_millis(20);
    println!();
    println!(
        "paired pass: {rounds} rounds, ~{} ms per side per round, order flipped each round",
        budget.as_millis()
    );
    println!();
    println!(
        "| case | measure | statuscode ns min / median / max | hand-written ns min / median / max | ratio of medians | per-round ratio min / median / max | target |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for case in cases {
        if filter.is_some_and(|f| !case.name.contains(f)) {
            continue;
        }
        for (measure, ours, hand) in [
            ("response", full(case.ours), full(case.hand)),
            (
                "into_response",
                build_only(case.ours),
                build_only(case.hand),
            ),
        ] {
            let (ours_iters, hand_iters) = (calibrate(&ours, budget), calibrate(&hand, budget));
            let (mut a, mut b, mut ratio) = (Vec::new(), Vec::new(), Vec::new());
            for round in 0..rounds {
                let (x, y) = if round % 2 == 0 {
                    let x = time_per_call(&ours, ours_iters);
                    (x, time_per_call(&hand, hand_iters))
                } else {
                    let y = time_per_call(&hand, hand_iters);
                    (time_per_call(&ours, ours_iters), y)
                };
                a.push(x);
                b.push(y);
                ratio.push(x / y);
            }
            let (a, b, ratio) = (spread(a), spread(b), spread(ratio));
            let of_medians = a.1 / b.1;
            let verdict = if measure != "response" {
                "-"
            } else if of_medians <= 1.0 {
                "<= 1.0x: met"
            } else {
                "<= 1.0x: MISSED"
            };
            println!(
                "| {} | {measure} | {:.1} / {:.1} / {:.1} | {:.1} / {:.1} / {:.1} | {of_medians:.2} | {:.2} / {:.2} / {:.2} | {verdict} |",
                case.name, a.0, a.1, a.2, b.0, b.1, b.2, ratio.0, ratio.1, ratio.2
            );
        }
    }
}

/// Criterion's positional FILTER argument, skipping the values of its
/// options that take one (`--measurement-time 3`).
fn positional_filter(args: &[String]) -> Option<String> {
    const TAKES_VALUE: [&str; 16] = [
        "--color",
        "--save-baseline",
        "--baseline",
        "--baseline-lenient",
        "--format",
        "--profile-time",
        "--load-baseline",
        "--sample-size",
        "--warm-up-time",
        "--measurement-time",
        "--nresamples",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--plotting-backend",
        "--output-format",
    ];
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if TAKES_VALUE.contains(&arg.as_str()) || ["-c", "-s", "-b"].contains(&arg.as_str()) {
            args.next();
        } else if !arg.starts_with('-') {
            return Some(arg.clone());
        }
    }
    None
}

fn main() {
    assert!(statuscode::set_error_reporter(quiet));
    let cases = cases();
    check(&cases);
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and
    // criterion then runs each benchmark once as a smoke test.
    let bench_mode = args.iter().any(|a| a == "--bench");
    let filter = positional_filter(&args);

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    criterion_pass(&mut c, &cases);
    c.final_summary();

    if bench_mode {
        let rounds = std::env::var("STATUSCODE_BENCH_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(31);
        paired_pass(&cases, rounds, filter.as_deref());
    }
}
