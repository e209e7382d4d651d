//! `Status` as a salvo 1 response.

use salvo_core::{Response, Scribe};

use crate::Status;

/// An empty body with this status; for a 4xx or 5xx the body is left
/// unset, as salvo's own `StatusCode` leaves it, so the service's catcher
/// answers (with `statuscode::salvo::DetailErrors` in the application's
/// error format; without, salvo's page). A status RFC 9110 does not allow
/// alone (1xx, a redirect, 401 …) is a
/// 500 Internal Server Error instead (`Status::bare`).
#[cfg(feature = "salvo")] // for the docs: see interop/mod.rs
impl Scribe for Status {
    fn render(self, res: &mut Response) {
        let status = self.bare();
        res.status_code(status.into());
        // An error status is left without a body, so the service's catcher
        // answers it (in the application's error format); any other is
        // sent empty.
        if !(status.is_client_error() || status.is_server_error()) {
            res.body("");
        }
    }
}
