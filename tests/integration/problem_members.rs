//! Problem members keep their JSON types: the bodies of `ProblemDetails`
//! and of derived `#[status(problem)]` types (directly and through
//! `#[status(transparent)]`), parsed as JSON, compared member by member and
//! validated against RFC 9457 Appendix A's JSON Schema (rules/mod.rs).
//! The bodies are read from actix-web's `ResponseError`, which needs no
//! server; the six frameworks send the same bytes (rules/mod.rs on the wire).

use std::collections::BTreeMap;

use actix_web::ResponseError;
use actix_web::body::MessageBody;
use serde_json::{Value, json};
use statuscode::{HttpStatus, InvalidMember, InvalidParam, ProblemDetails, status};

#[path = "rules/validate.rs"]
mod rules;

/// What the error reporter received in this test binary.
static REPORTED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

fn record(status: statuscode::Status, message: &dyn std::fmt::Display) {
    REPORTED
        .lock()
        .unwrap()
        .push(format!("{status}: {message}"));
}

/// The status and the body, parsed, of `error`'s actix-web response.
fn sent(error: &impl ResponseError) -> (u16, Value) {
    let response = error.error_response();
    let status = response.status().as_u16();
    let content_type = response.headers().get("content-type").unwrap().clone();
    assert_eq!(content_type, "application/problem+json");
    let bytes = response.into_body().try_into_bytes().unwrap();
    (status, serde_json::from_slice(&bytes).unwrap())
}

/// A nested value with `Serialize`: sent as an object.
#[derive(Debug, serde::Serialize)]
struct Limit {
    per: &'static str,
    max: u32,
}

/// Every JSON type a member can have, and the instance from a field.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("Too many requests from {0}")]
#[status(
    TOO_MANY_REQUESTS,
    problem,
    type = "https://example.com/probs/rate-limited",
    title = "Slow down.",
    instance = 1,
    extension("client" = 0),
    extension("retry_in" = 2),
    extension("ratio" = 3),
    extension("banned" = 4),
    extension("windows" = 5),
    extension("limit" = 6),
    extension("reset_at" = 7),
    extension("source" = "gateway")
)]
struct RateLimited(
    &'static str,
    String,
    u64,
    f64,
    bool,
    Vec<&'static str>,
    Limit,
    Option<u64>,
);

fn rate_limited() -> RateLimited {
    RateLimited(
        "10.0.0.7",
        "/clients/10.0.0.7/requests/42".to_owned(),
        30,
        0.5,
        false,
        vec!["minute", "hour"],
        Limit {
            per: "minute",
            max: 60,
        },
        None,
    )
}

/// A validation error: RFC 9457 §3's `invalid-params` from a field.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("Your request parameters didn't validate.")]
#[status(
    UNPROCESSABLE_CONTENT,
    problem,
    type = "https://example.net/validation-error",
    title = "Your request is not valid.",
    extension("invalid-params" = params)
)]
struct Invalid {
    params: Vec<InvalidParam>,
}

/// A wrapper: the wrapped type's members, the wrapper's own beside them
/// (replacing one of the same name), and its instance.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(problem)]
enum ApiError {
    #[error(transparent)]
    #[status(transparent, extension("retry_in" = "later"), instance = "/api")]
    Limited(RateLimited),
    #[error(transparent)]
    #[status(transparent)]
    Invalid(Invalid),
    #[error(transparent)]
    #[status(transparent)]
    Problem(ProblemDetails),
}

/// A member serde cannot serialize (JSON object keys are strings).
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("odd")]
#[status(BAD_REQUEST, problem, extension("by_pair" = 0))]
struct Unserializable(BTreeMap<(u8, u8), u8>);

#[test]
fn derived_members_keep_their_json_types() {
    let (status, body) = sent(&rate_limited());
    assert_eq!(status, 429);
    assert_eq!(
        body,
        json!({
            "type": "https://example.com/probs/rate-limited",
            "title": "Slow down.",
            "status": 429,
            "detail": "Too many requests from 10.0.0.7",
            "instance": "/clients/10.0.0.7/requests/42",
            "client": "10.0.0.7",
            "retry_in": 30,
            "ratio": 0.5,
            "banned": false,
            "windows": ["minute", "hour"],
            "limit": {"per": "minute", "max": 60},
            "reset_at": null,
            "source": "gateway",
        })
    );
    let (status, invalid) = sent(&Invalid {
        params: vec![
            InvalidParam::new("age", "must be a positive integer"),
            InvalidParam::new("color", "must be 'green', 'red' or 'blue'"),
        ],
    });
    assert_eq!(status, 422);
    assert_eq!(
        invalid,
        json!({
            "type": "https://example.net/validation-error",
            "title": "Your request is not valid.",
            "status": 422,
            "detail": "Your request parameters didn't validate.",
            "invalid-params": [
                {"name": "age", "reason": "must be a positive integer"},
                {"name": "color", "reason": "must be 'green', 'red' or 'blue'"},
            ],
        })
    );
    rules::validate_problems(&[body, invalid]);
}

#[test]
fn members_keep_their_types_through_transparent() {
    let (status, limited) = sent(&ApiError::Limited(rate_limited()));
    assert_eq!(status, 429);
    // The wrapper's member replaces the wrapped one's; its instance too.
    assert_eq!(limited["retry_in"], json!("later"));
    assert_eq!(limited["instance"], json!("/api"));
    assert_eq!(limited["windows"], json!(["minute", "hour"]));
    assert_eq!(limited["limit"], json!({"per": "minute", "max": 60}));
    let (status, invalid) = sent(&ApiError::Invalid(Invalid {
        params: vec![InvalidParam::new("age", "must be a positive integer")],
    }));
    assert_eq!(status, 422);
    assert_eq!(
        invalid["invalid-params"],
        json!([{"name": "age", "reason": "must be a positive integer"}])
    );
    let problem = ProblemDetails::new(status!(FORBIDDEN), "Your balance is 30.")
        .with_type("https://example.com/probs/out-of-credit")
        .with_extension("balance", 30)
        .unwrap();
    let (status, wrapped) = sent(&ApiError::Problem(problem));
    assert_eq!(status, 403);
    assert_eq!(wrapped["balance"], json!(30));
    rules::validate_problems(&[limited, invalid, wrapped]);
}

#[test]
fn problem_details_members_keep_their_json_types() {
    // RFC 9457 §3's two examples.
    let credit = ProblemDetails::new(
        status!(FORBIDDEN),
        "Your current balance is 30, but that costs 50.",
    )
    .with_type("https://example.com/probs/out-of-credit")
    .with_title("You do not have enough credit.")
    .with_instance("/account/12345/msgs/abc")
    .with_extension("balance", 30)
    .unwrap()
    .with_extension("accounts", ["/account/12345", "/account/67890"])
    .unwrap();
    let credit: Value = serde_json::from_str(&credit.json_body()).unwrap();
    assert_eq!(
        credit,
        json!({
            "type": "https://example.com/probs/out-of-credit",
            "title": "You do not have enough credit.",
            "status": 403,
            "detail": "Your current balance is 30, but that costs 50.",
            "instance": "/account/12345/msgs/abc",
            "balance": 30,
            "accounts": ["/account/12345", "/account/67890"],
        })
    );
    let validation = ProblemDetails::new(
        status!(UNPROCESSABLE_CONTENT),
        "Your request parameters didn't validate.",
    )
    .with_type("https://example.net/validation-error")
    .with_title("Your request is not valid.")
    .with_invalid_params([InvalidParam::new("age", "must be a positive integer")])
    .with_invalid_params([InvalidParam::new(
        "color",
        "must be 'green', 'red' or 'blue'",
    )])
    .with_extension("nested", json!({"a": [1, 2.5, null, true]}))
    .unwrap();
    let validation: Value = serde_json::from_str(&validation.json_body()).unwrap();
    assert_eq!(
        validation["invalid-params"],
        json!([
            {"name": "age", "reason": "must be a positive integer"},
            {"name": "color", "reason": "must be 'green', 'red' or 'blue'"},
        ])
    );
    assert_eq!(validation["nested"], json!({"a": [1, 2.5, null, true]}));
    rules::validate_problems(&[credit, validation]);
}

#[test]
fn a_member_serde_refuses_is_an_error_never_a_panic() {
    let by_pair = BTreeMap::from([((1, 2), 3)]);
    let err = ProblemDetails::new(status!(BAD_REQUEST), "x")
        .with_extension("by_pair", &by_pair)
        .unwrap_err();
    assert_eq!(
        err,
        InvalidMember::Value {
            name: "by_pair".to_owned(),
            reason: "key must be a string".to_owned(),
        }
    );
    // RFC 9457's own members and a repeated name are refused by name.
    for name in ["status", "detail", "x", "a b"] {
        let err = ProblemDetails::new(status!(BAD_REQUEST), "x")
            .with_extension(name, 1)
            .unwrap_err();
        assert_eq!(err, InvalidMember::Name(name.to_owned()));
    }
    let twice = ProblemDetails::new(status!(BAD_REQUEST), "x")
        .with_extension("once", 1)
        .unwrap()
        .with_extension("once", 2);
    assert_eq!(twice, Err(InvalidMember::Name("once".to_owned())));
    // A derived type's field serde refuses: the response is a 500 problem,
    // with none of the member, and the error reporter is told.
    statuscode::set_error_reporter(record);
    let error = Unserializable(by_pair);
    // actix-web asks for the status apart from the response: the same 500.
    assert_eq!(error.status_code().as_u16(), 500);
    let (status, body) = sent(&error);
    assert!(
        REPORTED.lock().unwrap().iter().any(|line| line
            == "500 Internal Server Error: a `400 Bad Request` response could not be written (the extension member `by_pair` cannot be serialized as JSON (key must be a string)) and was sent as 500 Internal Server Error: odd"),
        "{:?}",
        REPORTED.lock().unwrap()
    );
    assert_eq!(status, 500);
    assert_eq!(
        body,
        json!({
            "type": "about:blank",
            "title": "Internal Server Error",
            "status": 500,
            "detail": "Internal Server Error",
        })
    );
    rules::validate_problems(&[body]);
}

/// The README's derive example, as written there.
#[derive(Debug, HttpStatus, thiserror::Error)]
#[status(problem)]
enum CreditError {
    #[error("Your current balance is {balance}, but that costs {cost}.")]
    #[status(FORBIDDEN, type = "https://example.com/probs/out-of-credit",
             title = "You do not have enough credit.", instance = msgs,
             extension("balance" = balance), extension("accounts" = accounts))]
    OutOfCredit {
        balance: u32,
        cost: u32,
        msgs: String,
        accounts: Vec<String>,
    },
}

/// The README shows `CreditError::OutOfCredit`'s body as RFC 9457 §3's
/// example: these are its bytes.
#[test]
fn the_readme_example_sends_the_rfc_example() {
    let error = CreditError::OutOfCredit {
        balance: 30,
        cost: 50,
        msgs: "/account/12345/msgs/abc".into(),
        accounts: vec!["/account/12345".into(), "/account/67890".into()],
    };
    let bytes = error.error_response().into_body().try_into_bytes().unwrap();
    let readme = include_str!("../../README.md");
    let marker = "is sent as RFC 9457 §3's example:\n\n```json\n";
    let start = readme.find(marker).expect("the README shows the body") + marker.len();
    let shown: String = readme[start..][..readme[start..].find("```").unwrap()]
        .lines()
        .map(str::trim_start)
        .collect();
    assert_eq!(std::str::from_utf8(&bytes).unwrap(), shown);
    rules::validate_problems(&[serde_json::from_slice(&bytes).unwrap()]);
}
