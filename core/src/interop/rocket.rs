//! `Status` as a Rocket 0.5 responder, and conversions with
//! `rocket::http::Status` (Rocket has its own status type, not http's).

use rocket::response::{self, Responder, Response};
use rocket::{Request, http};

use crate::{ParseStatusError, Status};

/// An empty body with this status; a 4xx or 5xx is forwarded to the
/// application's catchers, as Rocket's own `Status` is (with
/// `statuscode::rocket::detail_catchers()` registered, they answer in the
/// application's error format; without, Rocket's HTML page). A status RFC
/// 9110 does not allow alone (1xx, a redirect, 401 …) is a
/// 500 Internal Server Error instead (`Status::bare`).
#[cfg(feature = "rocket")] // for the docs: see interop/mod.rs
impl<'r> Responder<'r, 'static> for Status {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let status = self.bare();
        // An error status goes to the application's catcher (its error
        // format), as Rocket's own `Status` does.
        if status.is_client_error() || status.is_server_error() {
            return Err(status.into());
        }
        Response::build().status(status.into()).ok()
    }
}

/// Every `Status` is a Rocket `Status`.
#[cfg(feature = "rocket")] // for the docs: see interop/mod.rs
impl From<Status> for http::Status {
    fn from(status: Status) -> Self {
        http::Status::new(status.as_u16())
    }
}

/// A status as received ([`Status::from_wire`]), as with http's
/// `StatusCode`: any code in 100..=599, assigned or not (nginx's 499).
/// Fallible for the rest: Rocket's `Status` holds any `u16`.
#[cfg(feature = "rocket")] // for the docs: see interop/mod.rs
impl TryFrom<http::Status> for Status {
    type Error = ParseStatusError;

    fn try_from(status: http::Status) -> Result<Self, Self::Error> {
        Status::from_wire(status.code)
    }
}

#[cfg(feature = "rocket")] // for the docs: see interop/mod.rs
impl PartialEq<http::Status> for Status {
    fn eq(&self, other: &http::Status) -> bool {
        self.as_u16() == other.code
    }
}

#[cfg(feature = "rocket")] // for the docs: see interop/mod.rs
impl PartialEq<Status> for http::Status {
    fn eq(&self, other: &Status) -> bool {
        self.code == other.as_u16()
    }
}

#[cfg(test)]
mod tests {
    use rocket::http;

    use crate::{ParseStatusError, Status};

    #[test]
    fn rocket_round_trips_every_registry_code() {
        for status in Status::all() {
            let code = http::Status::from(status);
            assert_eq!(code.code, status.as_u16());
            assert_eq!(Status::try_from(code), Ok(status));
            assert_eq!(status, code);
            assert_eq!(code, status);
        }
        assert_eq!(
            Status::try_from(http::Status::new(499)).map(Status::as_u16),
            Ok(499)
        );
        assert_eq!(
            Status::try_from(http::Status::new(999)),
            Err(ParseStatusError::OutOfRange)
        );
        assert!(http::Status::ImATeapot == Status::IM_A_TEAPOT);
    }
}
