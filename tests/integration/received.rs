//! Codes a program receives must be representable, and every value the
//! crate writes must read back.
//!
//! Two doors, on purpose: where the program *chooses* a status (`status!`,
//! `Status::from_u16`, `Status::from_name`, `close_code!`) only codes the
//! registries assign are taken; where it *receives* one (from another
//! crate's `StatusCode`, from serialized data, from its own `Display` text)
//! anything the protocol allows on the wire is taken: HTTP 100..=599
//! (RFC 9110 §15), WebSocket 1000..=4999 (RFC 6455 §7.4). These tests walk
//! every such value through every way in and out.

use statuscode::{CloseCode, Status};

/// Every status a client may hold: each three-digit code of RFC 9110.
fn every_status() -> impl Iterator<Item = Status> {
    (100..=599).map(|code| Status::from_wire(code).expect("100..=599 is on the wire"))
}

/// Every close code a peer may send or report.
fn every_close_code() -> impl Iterator<Item = CloseCode> {
    (1000..=4999).map(|code| CloseCode::from_wire(code).expect("1000..=4999 is on the wire"))
}

#[test]
fn the_wire_range_is_exactly_what_the_protocols_allow() {
    for code in (0..100).chain(600..=u16::MAX) {
        assert!(Status::from_wire(code).is_err(), "{code}");
    }
    for code in (0..1000).chain(5000..=u16::MAX) {
        assert!(CloseCode::from_wire(code).is_err(), "{code}");
    }
    // Assigned codes are the same value by either door.
    for status in Status::all() {
        assert_eq!(Status::from_wire(status.as_u16()), Ok(status));
    }
    for code in CloseCode::all() {
        assert_eq!(CloseCode::from_wire(code.as_u16()), Ok(code));
    }
}

#[test]
fn a_program_choosing_a_status_is_still_held_to_the_registry() {
    assert!(Status::from_u16(499).is_err());
    assert!(Status::from_name("499").is_err());
    assert!(Status::try_from(520_u16).is_err());
    assert!(CloseCode::from_u16(2000).is_err());
    assert!(CloseCode::from_name("2000").is_err());
}

#[test]
fn every_status_reads_back_from_its_text() {
    for status in every_status() {
        let text = status.to_string();
        assert_eq!(text.parse::<Status>(), Ok(status), "{text:?}");
        let number = status.as_u16().to_string();
        assert_eq!(number.parse::<Status>(), Ok(status), "{number:?}");
    }
    // The text must be the status's own: a wrong phrase is not read.
    assert!("404 Not Fond".parse::<Status>().is_err());
    assert!("404 OK".parse::<Status>().is_err());
    assert!("499 Client Closed Request".parse::<Status>().is_err());
    assert!("600".parse::<Status>().is_err());
    // Only the digits `Display` writes: a leading zero is not read as
    // received text (found by the status_from_str fuzz target: "0323").
    assert!("0323".parse::<Status>().is_err());
    assert!("0404 Not Found".parse::<Status>().is_err());
}

#[test]
fn every_close_code_reads_back_from_its_text() {
    for code in every_close_code() {
        let text = code.to_string();
        assert_eq!(text.parse::<CloseCode>(), Ok(code), "{text:?}");
    }
    assert!("1008 Going Away".parse::<CloseCode>().is_err());
    assert!("5000".parse::<CloseCode>().is_err());
    assert!("02000".parse::<CloseCode>().is_err());
    assert!("999".parse::<CloseCode>().is_err());
}

#[test]
fn every_status_reads_back_from_serde() {
    for status in every_status() {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.as_u16().to_string());
        assert_eq!(
            serde_json::from_str::<Status>(&json).unwrap(),
            status,
            "{json}"
        );
        let text = serde_json::to_string(&status.to_string()).unwrap();
        assert_eq!(
            serde_json::from_str::<Status>(&text).unwrap(),
            status,
            "{text}"
        );
    }
    for bad in ["600", "99", "-404", "\"600\"", "\"NOT_FUOND\""] {
        assert!(serde_json::from_str::<Status>(bad).is_err(), "{bad}");
    }
}

#[test]
fn every_close_code_reads_back_from_serde() {
    for code in every_close_code() {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(
            serde_json::from_str::<CloseCode>(&json).unwrap(),
            code,
            "{json}"
        );
    }
    for bad in ["999", "5000", "\"POLICY_VIOLATON\""] {
        assert!(serde_json::from_str::<CloseCode>(bad).is_err(), "{bad}");
    }
}

#[test]
fn every_status_round_trips_through_http_status_codes() {
    for status in every_status() {
        let one = http::StatusCode::from(status);
        assert_eq!(Status::try_from(one), Ok(status));
        assert_eq!(Status::try_from(&one), Ok(status));
        let zero_two = http02::StatusCode::from(status);
        assert_eq!(Status::try_from(zero_two), Ok(status));
    }
    // What a client using reqwest may receive from nginx and Cloudflare.
    for code in [499, 520, 521, 522, 530] {
        let received = http::StatusCode::from_u16(code).unwrap();
        assert_eq!(Status::try_from(received).map(Status::as_u16), Ok(code));
    }
    // http's StatusCode holds 600..=999, which HTTP does not.
    for code in [600, 999] {
        assert!(Status::try_from(http::StatusCode::from_u16(code).unwrap()).is_err());
        assert!(Status::try_from(http02::StatusCode::from_u16(code).unwrap()).is_err());
    }
}

#[test]
fn every_close_code_round_trips_through_tungstenite_and_axum() {
    use tokio_tungstenite::tungstenite::protocol::CloseFrame;
    use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode as Theirs;
    for code in every_close_code() {
        let theirs = Theirs::from(code);
        assert_eq!(CloseCode::try_from(theirs), Ok(code));
        let frame = CloseFrame::from(code);
        assert_eq!(CloseCode::try_from(&frame), Ok(code));
        let axum_frame = axum::extract::ws::CloseFrame::from(code);
        assert_eq!(CloseCode::try_from(&axum_frame), Ok(code));
    }
    // A peer's 1016..=2999 (reserved for future protocol versions) is held.
    assert_eq!(
        CloseCode::try_from(Theirs::from(2000)).map(u16::from),
        Ok(2000)
    );
    assert!(CloseCode::try_from(Theirs::from(999)).is_err());
}
