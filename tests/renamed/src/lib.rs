//! `statuscode` renamed to `sc` in Cargo.toml: there is no `::statuscode`
//! here, so every macro must expand through `$crate`.

/// Resolved at compile time through the renamed crate.
pub const CREATED: sc::Status = sc::status!(CREATED);

/// Pattern use through the renamed crate, including an unassigned code and a
/// FastAPI name.
pub fn describe(s: sc::Status) -> &'static str {
    match s {
        sc::status!(HTTP_404_NOT_FOUND) => "missing",
        sc::status!(unassigned 499) => "client closed",
        _ => "other",
    }
}

/// The derive cannot see `$crate`: `crate = sc` tells it where `statuscode`
/// is. Without it the expansion names `::statuscode`, which does not exist
/// here.
#[derive(Debug, sc::HttpStatus)]
#[status(crate = sc)]
#[status(INTERNAL_SERVER_ERROR)]
pub enum RenamedError {
    /// 404.
    #[status(HTTP_404_NOT_FOUND)]
    Missing,
    /// The status of the wrapped error.
    #[status(transparent)]
    Inner(Teapot),
    /// The default.
    Other,
}

/// 418.
#[derive(Debug, sc::HttpStatus)]
#[status(crate = sc, TEAPOT)]
pub struct Teapot;

/// `#[status_code]` through the renamed crate: `crate = sc`, after or
/// before the code.
#[sc::status_code(CREATED, crate = sc)]
pub fn create(name: &str) -> Result<String, sc::HttpError> {
    Ok(name.to_owned())
}

/// The same with the option first, on a handler returning nothing.
#[sc::status_code(crate = ::sc, HTTP_204_NO_CONTENT)]
pub fn delete() {}

#[cfg(test)]
mod tests {
    use sc::status;

    #[test]
    fn status_code_with_crate_path() {
        let created = super::create("x");
        assert_eq!(
            (created.status, created.value.unwrap().as_str()),
            (status!(201), "x")
        );
        assert_eq!(super::delete().status, status!(204));
    }

    #[test]
    fn macros_resolve_through_the_renamed_crate() {
        assert_eq!(super::CREATED.as_u16(), 201);
        assert_eq!(super::describe(status!(404)), "missing");
        assert_eq!(super::describe(status!(unassigned 499)), "client closed");
        assert_eq!(super::describe(status!(TEAPOT)), "other");
        #[allow(deprecated)]
        let old = status!(HTTP_422_UNPROCESSABLE_ENTITY);
        assert_eq!(old, sc::Status::UNPROCESSABLE_CONTENT);
    }

    #[test]
    fn derive_with_crate_path() {
        use super::{RenamedError, Teapot};
        use sc::HttpStatus;
        assert_eq!(RenamedError::Missing.status(), status!(404));
        assert_eq!(RenamedError::Inner(Teapot).status(), status!(418));
        assert_eq!(RenamedError::Other.status(), status!(500));
        let codes: Vec<u16> = RenamedError::statuses()
            .iter()
            .map(sc::Status::as_u16)
            .collect();
        assert_eq!(codes, [404, 418, 500]);
    }
}

/// Close codes through the renamed crate: a registered name, a FastAPI name
/// through `status!`, and a private-use code without a constant.
pub fn reconnect(code: sc::CloseCode) -> bool {
    matches!(
        code,
        sc::close_code!(TRY_AGAIN_LATER)
            | sc::status!(WS_1012_SERVICE_RESTART)
            | sc::close_code!(4001)
    )
}

#[cfg(test)]
mod close_tests {
    #[test]
    fn close_codes_resolve_through_the_renamed_crate() {
        assert!(super::reconnect(sc::CloseCode::TRY_AGAIN_LATER));
        assert!(super::reconnect(sc::CloseCode::SERVICE_RESTART));
        assert!(super::reconnect(sc::CloseCode::from_u16(4001).unwrap()));
        assert!(!super::reconnect(sc::close_code!(POLICY_VIOLATION)));
    }
}
