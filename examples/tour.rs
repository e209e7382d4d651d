//! A tour of statuscode: `cargo run --example tour`.
//!
//! Every `status!(…)` below is resolved while this file compiles; a typo in
//! any of them is a compile error at that token, with a suggestion.

use statuscode::{CloseCode, Status, StatusClass, close_code, status};

/// `status!` is a `const`: usable in consts, statics and patterns.
const CREATED: Status = status!(CREATED);

fn retry_after(s: Status) -> Option<u32> {
    match s {
        status!(TOO_MANY_REQUESTS) => Some(30),
        status!(503) | status!(HTTP_504_GATEWAY_TIMEOUT) => Some(5),
        // nginx's "client closed request": not in the IANA registry, so it
        // needs the explicit opt-in.
        status!(unassigned 499) => Some(0),
        _ => None,
    }
}

fn main() {
    println!("Every form a status may be written in:");
    for (written, s) in [
        ("status!(404)", status!(404)),
        ("status!(NOT_FOUND)", status!(NOT_FOUND)),
        ("status!(HTTP_404_NOT_FOUND)", status!(HTTP_404_NOT_FOUND)),
        ("status!(TEAPOT)", status!(TEAPOT)),
        ("status!(PAYLOAD_TOO_LARGE)", status!(PAYLOAD_TOO_LARGE)),
    ] {
        println!("  {written:<30} => {s}  (canonical name {})", s.name());
    }

    println!("\nWhat the registry says about 418:");
    let teapot = status!(IM_A_TEAPOT);
    println!("  reason:      {}", teapot.reason());
    println!("  description: {}", teapot.description());
    println!(
        "  registry:    {:?}, {}",
        teapot.registry_status(),
        teapot.reference()
    );

    println!("\nClasses and predicates:");
    assert_eq!(CREATED.class(), StatusClass::Success);
    println!("  {CREATED}: success = {}", CREATED.is_success());
    for s in [status!(429), status!(503), status!(unassigned 499)] {
        println!("  {s}: retry after {:?}", retry_after(s));
    }

    println!(
        "\nAt run time, the same resolver answers names, with suggestions (Status::from_name):"
    );
    for input in [
        "HTTP_201_CREATED",
        "UNPROCESSABLE_ENTITY",
        "NOT_FUOND",
        "HTTP_404_FORBIDDEN",
        "299",
        "4040",
    ] {
        match Status::from_name(input) {
            Ok(s) => println!("  {input:<22} => {s}"),
            Err(e) => println!("  {input:<22} => error: {e}"),
        }
    }

    println!(
        "\nA status received from elsewhere is held if HTTP allows it (FromStr, Status::from_wire):"
    );
    for input in ["499", "404 Not Found", "600"] {
        match input.parse::<Status>() {
            Ok(s) => println!("  {input:<22} => {s} (assigned: {})", s.is_assigned()),
            Err(e) => println!("  {input:<22} => error: {e}"),
        }
    }

    println!("\nWebSocket close codes (close_code! refuses 1004, 1005, 1006 and 1015):");
    for (written, c) in [
        (
            "close_code!(POLICY_VIOLATION)",
            close_code!(POLICY_VIOLATION),
        ),
        (
            "status!(WS_1011_INTERNAL_ERROR)",
            status!(WS_1011_INTERNAL_ERROR),
        ),
        ("close_code!(INVALID_DATA)", close_code!(INVALID_DATA)),
        ("close_code!(4001)", close_code!(4001)),
    ] {
        println!("  {written:<32} => {c:?}: {}", c.meaning());
    }
    for input in ["1006", "WS_1008_POLICY_VIOLATOIN", "2000", "5000"] {
        match CloseCode::from_name(input) {
            Ok(c) => println!("  {input:<26} => {c}, sendable: {}", c.is_sendable()),
            Err(e) => println!("  {input:<26} => error: {e}"),
        }
    }
}
