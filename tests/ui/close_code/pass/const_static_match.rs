use statuscode::{CloseCode, close_code, status};

const KICKED: CloseCode = close_code!(POLICY_VIOLATION);
static PRIVATE: CloseCode = close_code!(4001);
const IANA_RANGE: CloseCode = close_code!(3999u16);

fn describe(code: CloseCode) -> &'static str {
    match code {
        close_code!(1000) | close_code!(GOING_AWAY) => "normal",
        close_code!(WS_1008_POLICY_VIOLATION) => "kicked",
        close_code!(INVALID_DATA) | close_code!(MANDATORY_EXTENSION) => "alias",
        close_code!(4001) => "private",
        status!(WS_1011_INTERNAL_ERROR) => "error",
        CloseCode::ABNORMAL_CLOSURE => "abnormal",
        _ => "other",
    }
}

fn main() {
    assert_eq!(KICKED, CloseCode::POLICY_VIOLATION);
    assert_eq!(PRIVATE.as_u16(), 4001);
    assert_eq!(IANA_RANGE.as_u16(), 3999);
    assert_eq!(describe(close_code!(NORMAL_CLOSURE)), "normal");
    assert_eq!(describe(KICKED), "kicked");
    assert_eq!(describe(CloseCode::INVALID_FRAME_PAYLOAD_DATA), "alias");
    assert_eq!(describe(PRIVATE), "private");
    assert_eq!(describe(CloseCode::INTERNAL_ERROR), "error");
    assert_eq!(describe(CloseCode::from_u16(1006).unwrap()), "abnormal");
    assert_eq!(describe(close_code!(3000)), "other");
    assert_eq!(status!(WS_1014_BAD_GATEWAY), close_code!(BAD_GATEWAY));
}
