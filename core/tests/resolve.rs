//! The resolver at run time: the same answers `status!` gives at compile time.

use statuscode_core::{NameForm, ParseStatusError, Status, resolve_name};

fn suggested(input: &str) -> Vec<String> {
    match resolve_name(input) {
        Err(ParseStatusError::UnknownName { suggestions }) => {
            suggestions.iter().map(|s| s.to_string()).collect()
        }
        other => panic!("{input}: expected an unknown name, got {other:?}"),
    }
}

#[test]
fn every_form_resolves() {
    let cases = [
        ("404", 404, NameForm::Number),
        ("NOT_FOUND", 404, NameForm::Canonical),
        ("TEAPOT", 418, NameForm::Alias),
        ("PAYLOAD_TOO_LARGE", 413, NameForm::Alias),
        ("HTTP_404_NOT_FOUND", 404, NameForm::FastApi),
        ("HTTP_413_PAYLOAD_TOO_LARGE", 413, NameForm::FastApi),
        ("HTTP_306_RESERVED", 306, NameForm::FastApi),
    ];
    for (input, code, form) in cases {
        let r = resolve_name(input).unwrap();
        assert_eq!(
            (r.status.as_u16(), r.form, r.deprecated),
            (code, form, None),
            "{input}"
        );
        assert_eq!(input.parse::<Status>().unwrap().as_u16(), code);
    }
}

#[test]
fn the_four_starlette_deprecations_name_their_replacement() {
    for (old, new) in [
        (
            "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
            "HTTP_413_CONTENT_TOO_LARGE",
        ),
        ("HTTP_414_REQUEST_URI_TOO_LONG", "HTTP_414_URI_TOO_LONG"),
        (
            "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",
            "HTTP_416_RANGE_NOT_SATISFIABLE",
        ),
        (
            "HTTP_422_UNPROCESSABLE_ENTITY",
            "HTTP_422_UNPROCESSABLE_CONTENT",
        ),
    ] {
        let r = resolve_name(old).unwrap();
        assert_eq!(r.deprecated, Some(new));
        assert_eq!(r.status, resolve_name(new).unwrap().status);
    }
}

#[test]
fn misspellings_get_the_closest_names() {
    assert_eq!(suggested("TEAPOTT"), ["TEAPOT"]);
    assert_eq!(suggested("NOT_FUOND"), ["NOT_FOUND"]);
    assert_eq!(suggested("NotFound"), ["NOT_FOUND"]);
    assert_eq!(suggested("not_found"), ["NOT_FOUND"]);
    assert_eq!(suggested("NOTFOUND"), ["NOT_FOUND"]);
    assert_eq!(suggested("HTTP_404_NOT_FUOND"), ["HTTP_404_NOT_FOUND"]);
    assert_eq!(suggested("http_404_not_found"), ["HTTP_404_NOT_FOUND"]);
    assert_eq!(suggested("HTTP_404"), ["HTTP_404_NOT_FOUND"]);
    // One code once: the canonical name, not also its alias.
    assert_eq!(suggested("UNPROCESSABLE"), ["UNPROCESSABLE_CONTENT"]);
    assert!(suggested("FOOBAR_BAZ").is_empty());
}

#[test]
fn fastapi_names_whose_parts_disagree_name_both_spellings() {
    let err = resolve_name("HTTP_404_FORBIDDEN").unwrap_err();
    assert_eq!(
        err,
        ParseStatusError::FastApiMismatch {
            number: 404,
            number_status: Some(Status::NOT_FOUND),
            name: "FORBIDDEN",
            name_status: Status::FORBIDDEN,
        }
    );
    let msg = resolve_name("HTTP_499_FORBIDDEN").unwrap_err().to_string();
    assert_eq!(
        msg,
        "`HTTP_499_FORBIDDEN` names two codes: 499 is not an assigned status code and FORBIDDEN is `HTTP_403_FORBIDDEN`"
    );
}

#[test]
fn numbers_outside_the_registry_say_why() {
    assert_eq!(resolve_name("99"), Err(ParseStatusError::OutOfRange));
    assert_eq!(resolve_name("600"), Err(ParseStatusError::OutOfRange));
    assert_eq!(resolve_name("65536"), Err(ParseStatusError::OutOfRange));
    assert_eq!(
        resolve_name(&"9".repeat(100)),
        Err(ParseStatusError::OutOfRange)
    );
    assert_eq!(
        resolve_name("299"),
        Err(ParseStatusError::Unassigned {
            code: 299,
            below: Some(Status::IM_USED),
            above: Some(Status::MULTIPLE_CHOICES)
        })
    );
    assert_eq!(
        resolve_name("599").unwrap_err().to_string(),
        "599 is not assigned in the IANA registry; the nearest assigned code is 511 (Network Authentication Required)"
    );
}

#[test]
fn other_input_is_an_error_not_a_panic() {
    assert_eq!(resolve_name(""), Err(ParseStatusError::Empty));
    for input in [
        "-404", "+404", "4.04", "\"404\"", " 404", "404 ", "ÄÖ", "\u{0}", "404u16",
    ] {
        assert!(resolve_name(input).is_err(), "{input:?}");
    }
    // Longer than any name: no suggestion, no panic.
    assert!(suggested(&"A".repeat(10_000)).is_empty());
    assert!(suggested(&format!("HTTP_404_{}", "B".repeat(500))).is_empty());
}

#[test]
fn unassigned_codes_need_the_explicit_constructor() {
    assert!(Status::from_u16(499).is_err());
    let s = Status::unassigned(499).unwrap();
    assert_eq!(
        (s.as_u16(), s.reason(), s.name(), s.to_string()),
        (499, "", "", "499".to_owned())
    );
    assert_eq!(format!("{s:?}"), "Status(499)");
    assert_eq!(format!("{:?}", Status::NOT_FOUND), "Status::NOT_FOUND");
    assert_eq!(Status::unassigned(99), Err(ParseStatusError::OutOfRange));
}

/// `FromStr` reads back what `Display` writes, for every status and close
/// code a program may hold, and a label that is not the code's own is the
/// name resolver's error.
#[test]
fn from_str_reads_display_and_fails_as_the_resolver() {
    use statuscode_core::{CloseCode, resolve_close_name};
    for code in 100..=599 {
        let status = Status::from_wire(code).unwrap();
        assert_eq!(status.to_string().parse(), Ok(status), "{status}");
    }
    for code in 1000..=4999 {
        let close = CloseCode::from_wire(code).unwrap();
        assert_eq!(close.to_string().parse(), Ok(close), "{close}");
    }
    for text in ["404 Not Fnd", "404 ", "NOT_FUOND", "600 Bad"] {
        assert_eq!(
            text.parse::<Status>(),
            Err(resolve_name(text).unwrap_err()),
            "{text}"
        );
    }
    for text in ["1008 Policy", "POLICY_VIOLATON", "999"] {
        assert_eq!(
            text.parse::<CloseCode>(),
            Err(resolve_close_name(text).unwrap_err()),
            "{text}"
        );
    }
}
