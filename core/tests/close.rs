//! The close-code resolver at run time: the same answers `close_code!` gives
//! at compile time (except that run time accepts codes that may not be sent,
//! which an endpoint may still report).

use statuscode_core::{CloseCode, NameForm, ParseCloseCodeError, resolve_close_name};

fn suggested(input: &str) -> Vec<String> {
    match resolve_close_name(input) {
        Err(ParseCloseCodeError::UnknownName { suggestions }) => {
            suggestions.iter().map(|s| s.to_string()).collect()
        }
        other => panic!("{input}: expected an unknown name, got {other:?}"),
    }
}

#[test]
fn every_form_resolves() {
    let cases = [
        ("1008", 1008, NameForm::Number),
        ("4001", 4001, NameForm::Number),
        ("1006", 1006, NameForm::Number),
        ("POLICY_VIOLATION", 1008, NameForm::Canonical),
        ("INVALID_DATA", 1007, NameForm::Alias),
        ("MANDATORY_EXTENSION", 1010, NameForm::Alias),
        ("WS_1008_POLICY_VIOLATION", 1008, NameForm::FastApi),
        ("WS_1010_MANDATORY_EXTENSION", 1010, NameForm::FastApi),
        ("WS_1014_BAD_GATEWAY", 1014, NameForm::FastApi),
    ];
    for (input, code, form) in cases {
        let r = resolve_close_name(input).unwrap();
        assert_eq!((r.code.as_u16(), r.form), (code, form), "{input}");
        assert_eq!(input.parse::<CloseCode>().unwrap().as_u16(), code);
    }
}

#[test]
fn misspellings_get_the_closest_names() {
    assert_eq!(suggested("POLICY_VIOLATOIN"), ["POLICY_VIOLATION"]);
    assert_eq!(suggested("policy_violation"), ["POLICY_VIOLATION"]);
    assert_eq!(
        suggested("NormalClosure"),
        ["NORMAL_CLOSURE", "ABNORMAL_CLOSURE"]
    );
    assert_eq!(
        suggested("WS_1011_INTERNAL_EROR"),
        ["WS_1011_INTERNAL_ERROR"]
    );
    // A FastAPI name missing its words gets the whole name.
    assert_eq!(suggested("WS_1008"), ["WS_1008_POLICY_VIOLATION"]);
    assert_eq!(suggested("WS_1000_"), ["WS_1000_NORMAL_CLOSURE"]);
    // HTTP names are not close codes.
    assert!(suggested("NOT_FOUND").is_empty());
    assert_eq!(
        "POLICY_VIOLATOIN"
            .parse::<CloseCode>()
            .unwrap_err()
            .to_string(),
        "unknown close code name; did you mean `POLICY_VIOLATION` (1008 Policy Violation)?"
    );
}

#[test]
fn fastapi_names_whose_parts_disagree_name_both_spellings() {
    let err = resolve_close_name("WS_1000_POLICY_VIOLATION").unwrap_err();
    assert_eq!(
        err,
        ParseCloseCodeError::FastApiMismatch {
            number: 1000,
            number_code: Some(CloseCode::NORMAL_CLOSURE),
            name: "POLICY_VIOLATION",
            name_code: CloseCode::POLICY_VIOLATION,
        }
    );
    assert_eq!(
        err.to_string(),
        "`WS_1000_POLICY_VIOLATION` names two codes: 1000 is `WS_1000_NORMAL_CLOSURE` and POLICY_VIOLATION is `WS_1008_POLICY_VIOLATION`"
    );
    assert_eq!(
        resolve_close_name("WS_4001_POLICY_VIOLATION")
            .unwrap_err()
            .to_string(),
        "`WS_4001_POLICY_VIOLATION` names two codes: 4001 has no registered name and POLICY_VIOLATION is `WS_1008_POLICY_VIOLATION`"
    );
}

#[test]
fn numbers_outside_the_close_code_ranges_say_why() {
    assert_eq!(
        "999".parse::<CloseCode>(),
        Err(ParseCloseCodeError::Unused { code: 999 })
    );
    // A program choosing a code keeps to the registry; text read back (a
    // peer's code, `Display` output) takes anything RFC 6455 allows.
    assert_eq!(
        CloseCode::from_name("1016"),
        Err(ParseCloseCodeError::Unassigned { code: 1016 })
    );
    assert_eq!("1016".parse::<CloseCode>().map(u16::from), Ok(1016));
    for big in ["5000", "65535", "65536", "99999999999999999999999999"] {
        assert_eq!(
            big.parse::<CloseCode>(),
            Err(ParseCloseCodeError::OutOfRange),
            "{big}"
        );
    }
}

#[test]
fn other_input_is_an_error_not_a_panic() {
    for input in [
        "",
        "-1008",
        "10.08",
        "\"1008\"",
        "0x3F0",
        "WS_",
        "WS__",
        "é",
        "WS_99999999999_X",
    ] {
        assert!(input.parse::<CloseCode>().is_err(), "{input:?}");
    }
    assert_eq!("".parse::<CloseCode>(), Err(ParseCloseCodeError::Empty));
    assert_eq!(
        "-1008".parse::<CloseCode>(),
        Err(ParseCloseCodeError::Malformed)
    );
}
