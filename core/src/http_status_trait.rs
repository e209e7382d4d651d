//! The `HttpStatus` trait, as issue 3 specifies it (`fn status(&self) ->
//! Status`). The `derive` branch owns this trait; this copy lets the web
//! adapters build and be tested before that branch lands, and is dropped
//! when it merges.

use crate::Status;

/// A value (usually an error) that knows the HTTP status it is sent with.
///
/// ```
/// use statuscode_core::{HttpStatus, Status};
///
/// struct Missing;
/// impl HttpStatus for Missing {
///     fn status(&self) -> Status {
///         Status::NOT_FOUND
///     }
/// }
/// assert_eq!(Missing.status(), Status::NOT_FOUND);
/// ```
pub trait HttpStatus {
    /// The status this value is sent with.
    fn status(&self) -> Status;
}
