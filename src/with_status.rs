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
/// The second parameter, `CODE`, is the status as the *type* knows it: `0`
/// (the default, so `WithStatus<T>` is `WithStatus<T, 0>`) when the status
/// is known only at run time, or the code itself. `#[status_code(CREATED)]`
/// makes a handler return `WithStatus<T, 201>`, so the OpenAPI integrations
/// that read a handler's return type (aide's `OperationOutput`, salvo-oapi's
/// `EndpointOutRegister`) document `201` with `T`'s body, where a
/// `WithStatus<T>` can only be documented as `2XX`. Both forms are the same
/// response in every framework: what is sent is always the `status` field,
/// which [`WithStatus::exact`] and `#[status_code]` set to `CODE`.
///
/// ```
/// use statuscode::{status, WithStatus};
///
/// let created = WithStatus::new(status!(CREATED), "made it");
/// assert_eq!(created.status, status!(201));
/// assert_eq!(created.into_inner(), "made it");
///
/// // The code in the type as well: documented as `201` by aide and salvo-oapi.
/// let exact = WithStatus::<_, 201>::exact("made it");
/// assert_eq!(exact.status, status!(201));
/// assert_eq!(exact, WithStatus::new(status!(CREATED), "made it"));
/// ```
#[derive(Clone, Copy, Debug, Eq)]
pub struct WithStatus<T, const CODE: u16 = 0> {
    /// The status the response is sent with (equal to `CODE` when that is
    /// not `0`).
    pub status: Status,
    /// The response itself.
    pub value: T,
}

impl<T> WithStatus<T> {
    /// `value`, to be sent with `status` (known at run time: the type is
    /// `WithStatus<T>`, documented as `2XX`).
    ///
    /// ```
    /// let ok = statuscode::WithStatus::new(statuscode::status!(ACCEPTED), 1);
    /// assert_eq!(ok.value, 1);
    /// ```
    pub const fn new(status: Status, value: T) -> Self {
        WithStatus { status, value }
    }
}

impl<T, const CODE: u16> WithStatus<T, CODE> {
    /// `value`, to be sent with `CODE`, the status named in the type. A
    /// `CODE` that is not a registered status (or `0`) is a compile error
    /// where this is used.
    ///
    /// ```
    /// use statuscode::{status, WithStatus};
    ///
    /// let accepted: WithStatus<&str, 202> = WithStatus::exact("queued");
    /// assert_eq!(accepted.status, status!(ACCEPTED));
    /// ```
    ///
    /// ```compile_fail
    /// // 299 is not a registered status.
    /// let odd = statuscode::WithStatus::<_, 299>::exact("?");
    /// ```
    pub const fn exact(value: T) -> Self {
        let status = const {
            match Status::from_u16(CODE) {
                Ok(status) => status,
                Err(_) => panic!(
                    "`WithStatus<T, CODE>::exact`: CODE is not a registered HTTP status (0 means a status known only at run time: use `WithStatus::new`)"
                ),
            }
        };
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

    /// The same response with the code only at run time
    /// (`WithStatus<T>`).
    ///
    /// ```
    /// use statuscode::{status, WithStatus};
    ///
    /// let dynamic: WithStatus<u8> = WithStatus::<u8, 201>::exact(1).into_dynamic();
    /// assert_eq!(dynamic.status, status!(CREATED));
    /// ```
    pub fn into_dynamic(self) -> WithStatus<T> {
        WithStatus {
            status: self.status,
            value: self.value,
        }
    }
}

/// Equal when the statuses and the values are: the code in the type is not
/// compared, so a `#[status_code]` handler's `WithStatus<T, 201>` equals
/// `WithStatus::new(status!(CREATED), …)`.
impl<T, U, const A: u16, const B: u16> PartialEq<WithStatus<U, B>> for WithStatus<T, A>
where
    T: PartialEq<U>,
{
    fn eq(&self, other: &WithStatus<U, B>) -> bool {
        self.status == other.status && self.value == other.value
    }
}

/// The status and the value, as compared (the code in the type is not).
impl<T: core::hash::Hash, const CODE: u16> core::hash::Hash for WithStatus<T, CODE> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.status.hash(state);
        self.value.hash(state);
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
