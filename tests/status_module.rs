//! Every name of FastAPI's `fastapi.status` (Starlette 1.10.0) and
//! FastrAPI's `fastrapi.status`, as their documentation lists them, must be a
//! constant of `statuscode::status` with the value its name says, typed
//! `Status` (`HTTP_…`) or `CloseCode` (`WS_…`). A name that goes missing is a
//! compile error here.

// `use statuscode::status;` brings in both the module and the macro.
use statuscode::status;
use statuscode::{CloseCode, Status};

/// The number inside a FastAPI name: `HTTP_404_NOT_FOUND` → 404.
fn number_in(name: &str) -> u16 {
    name.split('_').nth(1).unwrap().parse().unwrap()
}

macro_rules! http_names {
    ($($name:ident)*) => {{
        let mut seen = Vec::new();
        $(
            #[allow(deprecated)]
            let value: Status = status::$name;
            assert_eq!(value.as_u16(), number_in(stringify!($name)), stringify!($name));
            // The macro resolves the same name to the same constant.
            #[allow(deprecated)]
            let by_macro = status!($name);
            assert_eq!(by_macro, value, stringify!($name));
            seen.push(stringify!($name));
        )*
        seen
    }};
}

macro_rules! ws_names {
    ($($name:ident)*) => {{
        let mut seen = Vec::new();
        $(
            let value: CloseCode = status::$name;
            assert_eq!(value.as_u16(), number_in(stringify!($name)), stringify!($name));
            assert_eq!(CloseCode::from_name(stringify!($name)), Ok(value));
            seen.push(stringify!($name));
        )*
        seen
    }};
}

#[test]
fn every_fastapi_and_fastrapi_http_name_is_a_status() {
    let names = http_names!(
        HTTP_100_CONTINUE
        HTTP_101_SWITCHING_PROTOCOLS
        HTTP_102_PROCESSING
        HTTP_103_EARLY_HINTS
        HTTP_200_OK
        HTTP_201_CREATED
        HTTP_202_ACCEPTED
        HTTP_203_NON_AUTHORITATIVE_INFORMATION
        HTTP_204_NO_CONTENT
        HTTP_205_RESET_CONTENT
        HTTP_206_PARTIAL_CONTENT
        HTTP_207_MULTI_STATUS
        HTTP_208_ALREADY_REPORTED
        HTTP_226_IM_USED
        HTTP_300_MULTIPLE_CHOICES
        HTTP_301_MOVED_PERMANENTLY
        HTTP_302_FOUND
        HTTP_303_SEE_OTHER
        HTTP_304_NOT_MODIFIED
        HTTP_305_USE_PROXY
        HTTP_306_RESERVED
        HTTP_307_TEMPORARY_REDIRECT
        HTTP_308_PERMANENT_REDIRECT
        HTTP_400_BAD_REQUEST
        HTTP_401_UNAUTHORIZED
        HTTP_402_PAYMENT_REQUIRED
        HTTP_403_FORBIDDEN
        HTTP_404_NOT_FOUND
        HTTP_405_METHOD_NOT_ALLOWED
        HTTP_406_NOT_ACCEPTABLE
        HTTP_407_PROXY_AUTHENTICATION_REQUIRED
        HTTP_408_REQUEST_TIMEOUT
        HTTP_409_CONFLICT
        HTTP_410_GONE
        HTTP_411_LENGTH_REQUIRED
        HTTP_412_PRECONDITION_FAILED
        HTTP_413_CONTENT_TOO_LARGE
        HTTP_413_REQUEST_ENTITY_TOO_LARGE
        HTTP_414_REQUEST_URI_TOO_LONG
        HTTP_414_URI_TOO_LONG
        HTTP_415_UNSUPPORTED_MEDIA_TYPE
        HTTP_416_RANGE_NOT_SATISFIABLE
        HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE
        HTTP_417_EXPECTATION_FAILED
        HTTP_418_IM_A_TEAPOT
        HTTP_421_MISDIRECTED_REQUEST
        HTTP_422_UNPROCESSABLE_CONTENT
        HTTP_422_UNPROCESSABLE_ENTITY
        HTTP_423_LOCKED
        HTTP_424_FAILED_DEPENDENCY
        HTTP_425_TOO_EARLY
        HTTP_426_UPGRADE_REQUIRED
        HTTP_428_PRECONDITION_REQUIRED
        HTTP_429_TOO_MANY_REQUESTS
        HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE
        HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS
        HTTP_500_INTERNAL_SERVER_ERROR
        HTTP_501_NOT_IMPLEMENTED
        HTTP_502_BAD_GATEWAY
        HTTP_503_SERVICE_UNAVAILABLE
        HTTP_504_GATEWAY_TIMEOUT
        HTTP_505_HTTP_VERSION_NOT_SUPPORTED
        HTTP_506_VARIANT_ALSO_NEGOTIATES
        HTTP_507_INSUFFICIENT_STORAGE
        HTTP_508_LOOP_DETECTED
        HTTP_510_NOT_EXTENDED
        HTTP_511_NETWORK_AUTHENTICATION_REQUIRED
    );
    // 58 names on both pages; the FastAPI page adds HTTP_451 and the four
    // names Starlette now deprecates, FastrAPI's the four replacements.
    assert_eq!(names.len(), 67);
}

#[test]
fn every_fastapi_and_fastrapi_websocket_name_is_a_close_code() {
    let names = ws_names!(
        WS_1000_NORMAL_CLOSURE
        WS_1001_GOING_AWAY
        WS_1002_PROTOCOL_ERROR
        WS_1003_UNSUPPORTED_DATA
        WS_1005_NO_STATUS_RCVD
        WS_1006_ABNORMAL_CLOSURE
        WS_1007_INVALID_FRAME_PAYLOAD_DATA
        WS_1008_POLICY_VIOLATION
        WS_1009_MESSAGE_TOO_BIG
        WS_1010_MANDATORY_EXT
        WS_1011_INTERNAL_ERROR
        WS_1012_SERVICE_RESTART
        WS_1013_TRY_AGAIN_LATER
        WS_1014_BAD_GATEWAY
        WS_1015_TLS_HANDSHAKE
    );
    assert_eq!(names.len(), 15);
}

#[test]
fn status_macro_yields_a_close_code_for_websocket_names() {
    let code: CloseCode = status!(WS_1008_POLICY_VIOLATION);
    assert_eq!(code, status::WS_1008_POLICY_VIOLATION);
    assert_eq!(code, statuscode::close_code!(POLICY_VIOLATION));
    // Not sendable, so not for `status!`, but still a constant to compare
    // against.
    assert!(!status::WS_1006_ABNORMAL_CLOSURE.is_sendable());
}
