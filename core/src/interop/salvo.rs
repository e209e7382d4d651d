//! `Status` as a salvo 1 response.

use salvo_core::{Response, Scribe};

use crate::Status;

/// An empty body with this status, as salvo's own `StatusCode` gives.
impl Scribe for Status {
    fn render(self, res: &mut Response) {
        res.status_code(self.into());
    }
}
