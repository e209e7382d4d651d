//! `Status` in serialized data: written as its number, read from a number
//! or any name `status!` accepts, with a clear error otherwise.

use serde::{Deserialize, Serialize};
use statuscode::{HttpError, Status, status};

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Route {
    path: String,
    status: Status,
}

#[test]
fn serializes_as_the_number() {
    let route = Route {
        path: "/items".to_owned(),
        status: status!(CREATED),
    };
    let text = serde_json::to_string(&route).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["status"], serde_json::json!(201));
    assert_eq!(serde_json::from_str::<Route>(&text).unwrap(), route);
}

#[test]
fn deserializes_from_every_accepted_form() {
    for (input, expected) in [
        ("404", status!(404)),
        ("\"NOT_FOUND\"", status!(404)),
        ("\"HTTP_404_NOT_FOUND\"", status!(404)),
        ("\"TEAPOT\"", status!(418)),
        ("\"PAYLOAD_TOO_LARGE\"", status!(413)),
        ("\"422\"", status!(422)),
    ] {
        assert_eq!(
            serde_json::from_str::<Status>(input).unwrap(),
            expected,
            "{input}"
        );
    }
    for status in Status::all() {
        let text = serde_json::to_string(&status).unwrap();
        assert_eq!(serde_json::from_str::<Status>(&text).unwrap(), status);
        let name = serde_json::to_string(status.name()).unwrap();
        assert_eq!(serde_json::from_str::<Status>(&name).unwrap(), status);
    }
}

#[test]
fn refuses_what_the_macro_refuses_and_says_why() {
    let err = |input: &str| {
        serde_json::from_str::<Status>(input)
            .unwrap_err()
            .to_string()
    };
    let misspelled = err("\"NOT_FUOND\"");
    assert!(
        misspelled.contains("did you mean `NOT_FOUND` (404 Not Found)?"),
        "{misspelled}"
    );
    // A number is read as received: an unassigned 299 that was written
    // reads back (tests/received.rs walks every code); a name must be known.
    assert_eq!(serde_json::from_str::<Status>("299").unwrap().as_u16(), 299);
    assert!(err("600").contains("100 to 599"), "{}", err("600"));
    assert!(err("-404").contains("positive"), "{}", err("-404"));
    let wrong_type = err("4.04");
    assert!(wrong_type.contains("an HTTP status code"), "{wrong_type}");
    let mismatch = err("\"HTTP_404_FORBIDDEN\"");
    assert!(mismatch.contains("names two codes"), "{mismatch}");
}

/// `HttpError::json_body` is valid JSON whose `detail` is the message, for
/// any message.
#[test]
fn http_error_body_is_json_for_any_detail() {
    for detail in [
        "plain",
        "quotes \" and \\ backslash",
        "new\nline\ttab\r",
        "control \u{1} \u{1f}",
        "unicode é ✓ 🫖",
        "",
    ] {
        let err = HttpError::new(status!(BAD_REQUEST), detail);
        let value: serde_json::Value = serde_json::from_str(&err.json_body()).unwrap();
        assert_eq!(value, serde_json::json!({ "detail": detail }));
    }
}

/// Close codes the same way: the number out, a number or a name in.
#[test]
fn close_codes_round_trip_and_refuse_with_reasons() {
    use statuscode::CloseCode;
    for code in CloseCode::all() {
        let text = serde_json::to_string(&code).unwrap();
        assert_eq!(text, code.as_u16().to_string());
        assert_eq!(serde_json::from_str::<CloseCode>(&text).unwrap(), code);
        let name = serde_json::to_string(code.name()).unwrap();
        assert_eq!(serde_json::from_str::<CloseCode>(&name).unwrap(), code);
    }
    assert_eq!(
        serde_json::from_str::<CloseCode>("\"WS_1008_POLICY_VIOLATION\"").unwrap(),
        CloseCode::POLICY_VIOLATION
    );
    assert_eq!(
        serde_json::from_str::<CloseCode>("4001").unwrap().as_u16(),
        4001
    );
    let err = serde_json::from_str::<CloseCode>("\"POLICY_VIOLATOIN\"")
        .unwrap_err()
        .to_string();
    assert!(err.contains("did you mean `POLICY_VIOLATION`"), "{err}");
    // A peer's code from a newer protocol revision reads back; 999 is not a
    // close code at all.
    assert_eq!(
        serde_json::from_str::<CloseCode>("2000").unwrap().as_u16(),
        2000
    );
    let err = serde_json::from_str::<CloseCode>("999")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("invalid close code 999: "), "{err}");
}
