//! [`WithStatus`], the response `#[status_code(…)]` handlers return.

use crate::Status;

/// A response value with the status it is sent with: what a handler under
/// `#[status_code(CREATED)]` returns instead of its declared type.
///
/// With the `axum` feature it is an axum `IntoResponse` when `T` is; with
/// `actix-web` it is an actix-web `Responder` when `T` is; likewise a poem
/// `IntoResponse` (and, for `T = Result<U, E>`, poem's `IntoResult`), a
/// Rocket `Responder`, a salvo `Writer` and a warp `Reply`. Each renders
/// `T`'s response and gives it `status` only if `T` left it at the default
/// `200 OK`: any other status (an `Err`'s 404, a redirect, a deliberate 202)
/// is kept, so a `WithStatus<Result<T, E>>` sends an error with the error's
/// status. A `200 OK` set on purpose cannot be told from the default and is
/// replaced too. A handler that returns nothing returns
/// `WithStatus<NoBody>`: an empty body, as FastAPI sends for
/// `status_code=204`.
///
/// When it sets its status, it holds the response to RFC 9110 as every
/// response of the crate is: with 204, 205 or 304 the body, `Content-Type`
/// and `Content-Length` are dropped; a status whose response needs a header
/// the value did not set (a redirect's `Location`, a 206's `Content-Range`,
/// a 401's `WWW-Authenticate` …) or a 1xx is sent as `500 Internal Server
/// Error` with `{"detail":"Internal Server Error"}`.
///
/// ```
/// use statuscode::{status, WithStatus};
///
/// let created = WithStatus::new(status!(CREATED), "made it");
/// assert_eq!(created.status, status!(201));
/// assert_eq!(created.into_inner(), "made it");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WithStatus<T> {
    /// The status the response is sent with.
    pub status: Status,
    /// The response itself.
    pub value: T,
}

impl<T> WithStatus<T> {
    /// `value`, to be sent with `status`.
    ///
    /// ```
    /// let ok = statuscode::WithStatus::new(statuscode::status!(ACCEPTED), 1);
    /// assert_eq!(ok.value, 1);
    /// ```
    pub const fn new(status: Status, value: T) -> Self {
        WithStatus { status, value }
    }

    /// The response value, without its status.
    ///
    /// ```
    /// let ok = statuscode::WithStatus::new(statuscode::status!(ACCEPTED), 1);
    /// assert_eq!(ok.into_inner(), 1);
    /// ```
    pub fn into_inner(self) -> T {
        self.value
    }
}

/// An empty response body: what a `#[status_code(NO_CONTENT)]` handler that
/// returns `()` sends. (actix-web has no `Responder` for `()`, so the route
/// attribute uses this type for both frameworks.)
///
/// ```
/// use statuscode::{status, status_code, NoBody, WithStatus};
///
/// #[status_code(NO_CONTENT)]
/// fn delete() {}
///
/// assert_eq!(delete(), WithStatus::new(status!(204), NoBody));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct NoBody;
