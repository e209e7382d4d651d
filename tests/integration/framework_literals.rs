//! `http_status!` and `http02_status!`: every registry code as the
//! frameworks' own `StatusCode`, in expressions, `const`s and patterns.

use statuscode::{Status, http_status, http02_status, status};

#[test]
fn http_status_is_a_pattern_and_a_const() {
    const GONE: http::StatusCode = http_status!(HTTP_410_GONE);
    let describe = |code: http::StatusCode| match code {
        http_status!(NOT_FOUND) | GONE => "missing",
        http_status!(TEAPOT) => "teapot",
        http_status!(UPLOAD_RESUMPTION_SUPPORTED) => "upload",
        http_status!(306) => "unused",
        http_status!(unassigned 499) => "client closed",
        _ => "other",
    };
    assert_eq!(describe(http::StatusCode::NOT_FOUND), "missing");
    assert_eq!(describe(http::StatusCode::GONE), "missing");
    assert_eq!(describe(http::StatusCode::IM_A_TEAPOT), "teapot");
    assert_eq!(describe(http::StatusCode::from_u16(104).unwrap()), "upload");
    assert_eq!(describe(http::StatusCode::from_u16(306).unwrap()), "unused");
    assert_eq!(
        describe(http::StatusCode::from_u16(499).unwrap()),
        "client closed"
    );
    assert_eq!(describe(http::StatusCode::OK), "other");
    let tuple: (http::StatusCode, &str) = (http_status!(CREATED), "made");
    assert_eq!(tuple.0, status!(CREATED));
    #[allow(deprecated)]
    let old = http_status!(HTTP_422_UNPROCESSABLE_ENTITY);
    assert_eq!(old.as_u16(), 422);
}

#[test]
fn http02_status_is_a_pattern_and_a_const() {
    const CREATED: http02::StatusCode = http02_status!(CREATED);
    let retry = |code| {
        matches!(
            code,
            http02_status!(TOO_MANY_REQUESTS) | http02_status!(503)
        )
    };
    assert!(retry(http02::StatusCode::SERVICE_UNAVAILABLE));
    assert!(!retry(CREATED));
    assert_eq!(CREATED, Status::CREATED);
}

/// The list the macro refuses is exactly the codes http 0.2 has no constant
/// for, and every other registry code has its constant.
#[test]
fn http02_constants_cover_the_registry_but_four() {
    let without = statuscode::__private::HTTP02_WITHOUT_CONST;
    for status in Status::all() {
        let code = status.as_u16();
        let constant = statuscode::__private::http02_const(code);
        if without.contains(&code) {
            assert_eq!(constant, None, "{status}");
        } else {
            assert_eq!(constant, Some(http02::StatusCode::from(status)), "{status}");
        }
    }
    assert_eq!(without.len(), 4);
}
