//! `#[derive(HttpStatus)]` on the error types of a real-looking service,
//! side by side with `thiserror::Error`, and on generic types.

use std::error::Error as _;
use std::time::Duration;

// `status` (the macro and the module) is imported next to the `#[status]`
// helper attribute: the two do not clash.
use statuscode::{HttpStatus, Status, StatusSet, status};

/// The inventory service's errors.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum InventoryError {
    #[error("sku {sku} is out of stock")]
    #[status(CONFLICT)]
    OutOfStock { sku: String },
    #[error("inventory service unavailable")]
    #[status(SERVICE_UNAVAILABLE)]
    Unavailable,
    #[error("inventory service returned a bad count")]
    #[status(BAD_GATEWAY)]
    BadCount(#[source] std::num::ParseIntError),
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("invalid field `{field}`: {message}")]
#[status(BAD_REQUEST)]
struct ValidationError {
    field: &'static str,
    message: String,
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("payment provider: {0}")]
#[status(transparent)]
struct PaymentError(PaymentFailure);

#[derive(Debug, thiserror::Error, HttpStatus)]
enum PaymentFailure {
    #[error("card declined")]
    #[status(PAYMENT_REQUIRED)]
    Declined,
    #[error("provider timed out")]
    #[status(HTTP_504_GATEWAY_TIMEOUT)]
    Timeout,
}

/// The orders service's error type: every kind of variant, a default,
/// transparent variants over other derived errors (one boxed).
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(INTERNAL_SERVER_ERROR)]
enum OrderError {
    #[error("order {0} not found")]
    #[status(NOT_FOUND)]
    NotFound(u64),
    #[error("customer {customer} may not see order {order}")]
    #[status(FORBIDDEN)]
    Forbidden { customer: u64, order: u64 },
    #[error("missing or expired token")]
    #[status(401)]
    Unauthenticated,
    #[error("invalid quantity {quantity}: must be 1..={max}")]
    #[status(HTTP_422_UNPROCESSABLE_CONTENT)]
    InvalidQuantity { quantity: u32, max: u32 },
    #[error("order {0} was already shipped")]
    #[status(409u16)]
    AlreadyShipped(u64),
    #[error("too many requests; retry in {retry_after:?}")]
    #[status(TOO_MANY_REQUESTS)]
    RateLimited { retry_after: Duration },
    #[error("request body too large")]
    #[status(PAYLOAD_TOO_LARGE)]
    BodyTooLarge,
    #[error("client closed the connection")]
    #[status(unassigned 499)]
    ClientClosed,
    #[error(transparent)]
    #[status(transparent)]
    Inventory(#[from] InventoryError),
    #[error(transparent)]
    #[status(transparent)]
    Validation(#[from] Box<ValidationError>),
    #[error(transparent)]
    #[status(transparent)]
    Payment { source: PaymentError },
    // No `#[status]`: the enum-level default.
    #[error("database: {0}")]
    Database(String),
    #[error("bug: {0}")]
    Internal(&'static str),
}

/// A handler-level wrapper, as services put around their domain errors.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error(transparent)]
#[status(transparent)]
struct ApiError(#[from] OrderError);

fn place_order(quantity: u32, stock: &str) -> Result<u64, ApiError> {
    if quantity == 0 || quantity > 10 {
        return Err(OrderError::InvalidQuantity { quantity, max: 10 }.into());
    }
    let available: u32 = stock
        .parse()
        .map_err(InventoryError::BadCount)
        .map_err(OrderError::from)?;
    if available < quantity {
        return Err(OrderError::from(InventoryError::OutOfStock { sku: "A-1".into() }).into());
    }
    Ok(42)
}

fn samples() -> Vec<(OrderError, u16)> {
    vec![
        (OrderError::NotFound(7), 404),
        (
            OrderError::Forbidden {
                customer: 1,
                order: 7,
            },
            403,
        ),
        (OrderError::Unauthenticated, 401),
        (
            OrderError::InvalidQuantity {
                quantity: 0,
                max: 10,
            },
            422,
        ),
        (OrderError::AlreadyShipped(7), 409),
        (
            OrderError::RateLimited {
                retry_after: Duration::from_secs(3),
            },
            429,
        ),
        (OrderError::BodyTooLarge, 413),
        (OrderError::ClientClosed, 499),
        (InventoryError::OutOfStock { sku: "A-1".into() }.into(), 409),
        (InventoryError::Unavailable.into(), 503),
        (
            InventoryError::BadCount("x".parse::<u32>().unwrap_err()).into(),
            502,
        ),
        (
            Box::new(ValidationError {
                field: "email",
                message: "empty".into(),
            })
            .into(),
            400,
        ),
        (
            OrderError::Payment {
                source: PaymentError(PaymentFailure::Declined),
            },
            402,
        ),
        (
            OrderError::Payment {
                source: PaymentError(PaymentFailure::Timeout),
            },
            504,
        ),
        (OrderError::Database("connection reset".into()), 500),
        (OrderError::Internal("unreachable state"), 500),
    ]
}

#[test]
fn every_variant_maps_to_its_status() {
    for (error, code) in samples() {
        assert_eq!(error.status().as_u16(), code, "{error:?}");
        // Through the wrapper, a reference and a trait object alike.
        let api = ApiError(error);
        assert_eq!(api.status().as_u16(), code);
        assert_eq!(status_of::<&ApiError>(&&api).as_u16(), code);
        let dynamic: &dyn HttpStatus = &api;
        assert_eq!(dynamic.status().as_u16(), code);
    }
}

#[test]
fn the_listing_is_every_status_a_value_can_have() {
    let listed = OrderError::statuses();
    let produced: StatusSet = samples().iter().map(|(e, _)| e.status()).collect();
    // `samples` covers every variant and every status of every transparent
    // field, so the two sets are equal, not merely one inside the other.
    assert_eq!(listed, produced);
    let codes: Vec<u16> = listed.iter().map(Status::as_u16).collect();
    assert_eq!(
        codes,
        [
            400, 401, 402, 403, 404, 409, 413, 422, 429, 499, 500, 502, 503, 504
        ]
    );
    assert_eq!(ApiError::statuses(), listed);
    assert_eq!(
        <Box<ValidationError>>::statuses(),
        StatusSet::new().with(Status::BAD_REQUEST)
    );
    assert_eq!(PaymentError::statuses(), PaymentFailure::statuses());
}

#[test]
fn thiserror_and_http_status_side_by_side() {
    let err = place_order(0, "5").unwrap_err();
    assert_eq!(err.to_string(), "invalid quantity 0: must be 1..=10");
    assert_eq!(err.status(), status!(UNPROCESSABLE_CONTENT));

    let err = place_order(3, "two").unwrap_err();
    assert_eq!(err.to_string(), "inventory service returned a bad count");
    assert_eq!(err.status(), Status::BAD_GATEWAY);
    assert!(
        err.source()
            .is_some_and(|s| s.to_string().contains("invalid digit"))
    );

    let err = place_order(3, "1").unwrap_err();
    assert_eq!(err.to_string(), "sku A-1 is out of stock");
    assert!(matches!(err.status(), status!(409)));

    assert_eq!(place_order(3, "5").ok(), Some(42));
    let payment = OrderError::Payment {
        source: PaymentError(PaymentFailure::Declined),
    };
    assert_eq!(payment.to_string(), "payment provider: card declined");
    assert_eq!(payment.status().to_string(), "402 Payment Required");
}

// Generic types: bounds, where clauses, lifetimes, const generics.

/// A transparent variant over a type parameter: the derive adds
/// `E: HttpStatus` to the impl.
#[derive(Debug, HttpStatus)]
enum Layered<'a, E: std::fmt::Debug, const N: usize>
where
    E: Send,
{
    #[status(transparent)]
    Inner(E),
    #[status(transparent)]
    Borrowed(&'a E),
    #[status(REQUEST_TIMEOUT)]
    Retries([u8; N]),
    #[status(transparent)]
    Boxed { inner: Box<E> },
}

#[derive(Debug, Clone, HttpStatus)]
#[status(transparent)]
struct Context<T>
where
    T: Clone,
{
    source: T,
}

#[derive(Debug, Clone, HttpStatus)]
#[status(GONE)]
struct Gone;

/// A generic type whose status does not depend on its parameter: no bound.
#[derive(Debug, HttpStatus)]
#[status(BAD_REQUEST)]
struct Invalid<T> {
    value: T,
}

#[derive(HttpStatus)]
enum Empty {}

fn status_of<T: HttpStatus>(value: &T) -> Status {
    value.status()
}

#[test]
fn generic_enums_and_structs() {
    let gone = Gone;
    let values: [Layered<'_, Gone, 3>; 4] = [
        Layered::Inner(Gone),
        Layered::Borrowed(&gone),
        Layered::Retries([0; 3]),
        Layered::Boxed {
            inner: Box::new(Gone),
        },
    ];
    let codes: Vec<u16> = values.iter().map(|v| status_of(v).as_u16()).collect();
    assert_eq!(codes, [410, 410, 408, 410]);
    assert_eq!(
        Layered::<'_, Gone, 3>::statuses(),
        StatusSet::new()
            .with(Status::REQUEST_TIMEOUT)
            .with(Status::GONE)
    );

    let nested = Context {
        source: Context { source: Gone },
    };
    assert_eq!(nested.status(), Status::GONE);
    assert_eq!(nested.source.source.status(), Status::GONE);
    assert_eq!(<Context<Context<Gone>>>::statuses().len(), 1);

    // `String` implements no `HttpStatus`, and `Invalid<String>` needs none.
    let invalid = Invalid {
        value: String::from("x"),
    };
    assert_eq!(invalid.status(), Status::BAD_REQUEST);
    assert_eq!(invalid.value, "x");

    assert!(Empty::statuses().is_empty());
}

/// `#[status(response)]` asks for the framework response impls; without a
/// framework feature it adds nothing, and the type still derives. With one
/// (as `--all-features` builds), the type needs `Display` (the body's
/// detail) and `Debug` (actix-web's `ResponseError`), so a generic type
/// bounds its parameters accordingly.
#[derive(Debug, HttpStatus)]
#[status(NOT_FOUND)]
#[status(response)]
struct NotFoundPage;

impl std::fmt::Display for NotFoundPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("page not found")
    }
}

#[derive(Debug, HttpStatus)]
#[status(SERVICE_UNAVAILABLE, response)]
enum Maintenance<T: Clone + std::fmt::Debug> {
    Planned(T),
    #[status(transparent)]
    Upstream(T),
}

impl<T: Clone + std::fmt::Debug> std::fmt::Display for Maintenance<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("down for maintenance")
    }
}

#[test]
fn response_opt_in_still_derives() {
    assert_eq!(NotFoundPage.status(), Status::NOT_FOUND);
    assert_eq!(
        Maintenance::<Gone>::Planned(Gone).status(),
        Status::SERVICE_UNAVAILABLE
    );
    assert_eq!(Maintenance::Upstream(Gone).status(), Status::GONE);
}

// `#[status(response)]` on a generic type whose `Display` (from thiserror)
// holds only for some parameters: the response impls are bounded by what
// they use (`Self: Display`, and `Debug` for actix-web), so the type derives
// for every `E: HttpStatus` and is a response exactly when it can render.

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(response)]
enum Wrapped<E> {
    #[error(transparent)]
    #[status(transparent)]
    Inner(E),
    #[error("wrapped: gone")]
    #[status(GONE)]
    Gone,
}

/// Has a status but no `Display`: `Wrapped<Silent>` is `HttpStatus` and no
/// response.
#[derive(Debug, HttpStatus)]
#[status(IM_A_TEAPOT)]
struct Silent;

#[test]
fn generic_response_type_derives_without_display() {
    assert_eq!(
        Wrapped::Inner(PaymentFailure::Declined).status(),
        Status::PAYMENT_REQUIRED
    );
    assert_eq!(Wrapped::Inner(Silent).status(), Status::IM_A_TEAPOT);
    assert_eq!(Wrapped::<Silent>::Gone.status(), Status::GONE);
    assert_eq!(
        Wrapped::<Silent>::statuses(),
        StatusSet::new()
            .with(Status::GONE)
            .with(Status::IM_A_TEAPOT)
    );
}

#[tokio::test]
async fn generic_response_type_renders_in_axum() {
    use axum::response::IntoResponse;

    for (error, code, body) in [
        // A 5xx's message stays on the server: the reason phrase is sent.
        (
            Wrapped::Inner(PaymentFailure::Timeout),
            504,
            r#"{"detail":"Gateway Timeout"}"#,
        ),
        (Wrapped::Gone, 410, r#"{"detail":"wrapped: gone"}"#),
    ] {
        let response = error.into_response();
        assert_eq!(response.status().as_u16(), code);
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        assert_eq!(std::str::from_utf8(&bytes).unwrap(), body);
    }
}

#[test]
fn generic_response_type_renders_in_actix() {
    use actix_web::ResponseError;
    use actix_web::body::MessageBody;

    for (error, code, body) in [
        (
            Wrapped::Inner(PaymentFailure::Declined),
            402,
            r#"{"detail":"card declined"}"#,
        ),
        (Wrapped::Gone, 410, r#"{"detail":"wrapped: gone"}"#),
    ] {
        assert_eq!(error.status_code().as_u16(), code);
        let response = error.error_response();
        assert_eq!(response.status().as_u16(), code);
        let bytes = response.into_body().try_into_bytes().unwrap();
        assert_eq!(std::str::from_utf8(&bytes).unwrap(), body);
    }
}

// Transparent variants over boxed errors: a concrete one keeps its exact
// statuses, a `dyn HttpStatus` one may have any status, so the listing is
// every status (`StatusSet::ALL`).

#[derive(HttpStatus)]
enum Boxed {
    #[status(transparent)]
    Concrete(Box<PaymentFailure>),
    #[status(transparent)]
    Dynamic(Box<dyn HttpStatus + Send + Sync>),
}

#[derive(Debug, HttpStatus)]
enum BoxedConcrete {
    #[status(transparent)]
    Concrete(Box<PaymentFailure>),
    #[status(transparent)]
    Shared(std::sync::Arc<Gone>),
    #[status(CONFLICT)]
    Conflict,
}

#[test]
fn transparent_over_boxed_errors() {
    let dynamic = Boxed::Dynamic(Box::new(Gone));
    assert_eq!(dynamic.status(), Status::GONE);
    let dynamic = Boxed::Dynamic(Box::new(PaymentFailure::Timeout));
    assert_eq!(dynamic.status(), Status::GATEWAY_TIMEOUT);
    let concrete = Boxed::Concrete(Box::new(PaymentFailure::Declined));
    assert_eq!(concrete.status(), Status::PAYMENT_REQUIRED);
    assert_eq!(Boxed::statuses(), StatusSet::ALL);

    let codes: Vec<u16> = [
        BoxedConcrete::Concrete(Box::new(PaymentFailure::Timeout)),
        BoxedConcrete::Shared(std::sync::Arc::new(Gone)),
        BoxedConcrete::Conflict,
    ]
    .iter()
    .map(|e| e.status().as_u16())
    .collect();
    assert_eq!(codes, [504, 410, 409]);
    assert_eq!(
        BoxedConcrete::statuses(),
        PaymentFailure::statuses()
            .with(Status::GONE)
            .with(Status::CONFLICT)
    );

    // Every pointer to `dyn HttpStatus` delegates the status.
    let gone = Gone;
    let by_ref: &dyn HttpStatus = &gone;
    assert_eq!(by_ref.status(), Status::GONE);
    assert_eq!(<&dyn HttpStatus>::statuses(), StatusSet::ALL);
    assert_eq!(status_of(&by_ref), Status::GONE);
    let rc: std::rc::Rc<dyn HttpStatus> = std::rc::Rc::new(Gone);
    assert_eq!(status_of(&rc), Status::GONE);
    let arc: std::sync::Arc<dyn HttpStatus + Send> = std::sync::Arc::new(Gone);
    assert_eq!(status_of(&arc), Status::GONE);
}

// Other attributes and shapes next to the derive: `#[cfg]` and `#[cfg_attr]`
// on variants (the derive sees the configured enum), `#[non_exhaustive]`,
// `#[must_use]`, `#[doc(hidden)]`, lifetimes with generics and `response`,
// a where clause, and `Self` in a transparent field's type.

#[derive(Debug, thiserror::Error, HttpStatus)]
#[non_exhaustive]
#[must_use]
#[status(response)]
enum Configured<'a, E>
where
    E: std::error::Error,
{
    #[cfg(any())]
    #[error("never compiled")]
    #[status(NOT_FOUND)]
    Never(NotCompiled),
    #[cfg(any())]
    #[error("never compiled, no status")]
    NeverWithoutStatus,
    #[cfg_attr(all(), status(GONE))]
    #[cfg_attr(any(), status(NOT_FOUND))]
    #[error("gone")]
    Gone,
    #[doc(hidden)]
    #[non_exhaustive]
    #[error("borrowed: {0}")]
    #[status(transparent)]
    Borrowed(&'a E),
    #[error("owned: {inner}")]
    #[status(transparent)]
    Owned {
        #[cfg(any())]
        never: NotCompiled,
        inner: E,
    },
}

/// Recursive errors: the derive adds no bound for a field type naming the
/// type itself, and such a field adds no statuses of its own (it has the
/// type's), so `statuses()` terminates.
#[derive(Debug, HttpStatus)]
enum Chain<T> {
    #[status(transparent)]
    Caused(Box<Self>),
    #[status(transparent)]
    Wrapped(Box<Chain<T>>),
    #[status(transparent)]
    Leaf(T),
    #[status(BAD_GATEWAY)]
    Upstream,
}

#[derive(Debug, HttpStatus)]
enum Retry {
    #[status(transparent)]
    Again(Box<Retry>),
    #[status(SERVICE_UNAVAILABLE)]
    GiveUp,
}

#[test]
fn std_attributes_lifetimes_and_self_fields() {
    let retry = Retry::Again(Box::new(Retry::GiveUp));
    assert_eq!(retry.status(), Status::SERVICE_UNAVAILABLE);
    assert_eq!(
        Retry::statuses(),
        StatusSet::new().with(Status::SERVICE_UNAVAILABLE)
    );

    let inner = PaymentFailure::Declined;
    let borrowed: Configured<'_, PaymentFailure> = Configured::Borrowed(&inner);
    assert_eq!(borrowed.status(), Status::PAYMENT_REQUIRED);
    assert_eq!(
        Configured::<'_, PaymentFailure>::Gone.status(),
        Status::GONE
    );
    assert_eq!(
        Configured::<'_, PaymentFailure>::statuses(),
        PaymentFailure::statuses().with(Status::GONE)
    );
    let owned: Configured<'_, PaymentFailure> = Configured::Owned {
        inner: PaymentFailure::Timeout,
    };
    assert_eq!(owned.status(), Status::GATEWAY_TIMEOUT);

    let chain = Chain::Caused(Box::new(Chain::Wrapped(Box::new(Chain::Leaf(Gone)))));
    assert_eq!(chain.status(), Status::GONE);
    assert_eq!(Chain::<Gone>::Upstream.status(), Status::BAD_GATEWAY);
    assert_eq!(
        Chain::<Gone>::statuses(),
        StatusSet::new()
            .with(Status::GONE)
            .with(Status::BAD_GATEWAY)
    );
}

#[tokio::test]
async fn lifetimes_generics_and_response_in_axum() {
    use axum::response::IntoResponse;

    let inner = PaymentFailure::Declined;
    let response = Configured::Borrowed(&inner).into_response();
    assert_eq!(response.status().as_u16(), 402);
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    assert_eq!(&bytes[..], br#"{"detail":"borrowed: card declined"}"#);
}

#[test]
fn lifetimes_generics_and_response_in_actix() {
    use actix_web::ResponseError;
    use actix_web::body::MessageBody;

    let response = Configured::<'_, PaymentFailure>::Gone.error_response();
    assert_eq!(response.status().as_u16(), 410);
    let bytes = response.into_body().try_into_bytes().unwrap();
    assert_eq!(&bytes[..], br#"{"detail":"gone"}"#);
}

/// Messages the error reporter received in this test binary.
static REPORTED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

fn record(status: Status, message: &dyn std::fmt::Display) {
    REPORTED
        .lock()
        .unwrap()
        .push(format!("{}: {message}", status.as_u16()));
}

/// A 5xx's message is sent only with `#[status(expose)]`; otherwise the
/// reason phrase is sent and the message goes to the error reporter.
#[tokio::test]
async fn server_errors_are_redacted_unless_exposed() {
    use axum::response::IntoResponse;

    /// A 401 without its challenge, wrapped: refused at run time.
    #[derive(Debug, HttpStatus)]
    #[status(UNAUTHORIZED)]
    struct NoChallenge;
    #[derive(Debug, thiserror::Error, HttpStatus)]
    #[status(response)]
    enum Gate {
        #[error("log in")]
        #[status(transparent)]
        Auth(NoChallenge),
    }

    #[derive(Debug, thiserror::Error, HttpStatus)]
    #[status(response)]
    enum StoreError {
        #[error("database: password authentication failed for user \"app\" (10.0.0.5:5432)")]
        #[status(INTERNAL_SERVER_ERROR)]
        Database,
        #[error("maintenance until 10:00 UTC")]
        #[status(SERVICE_UNAVAILABLE, expose)]
        Maintenance,
        #[error("item 7 is locked")]
        #[status(CONFLICT)]
        Locked,
    }

    statuscode::set_error_reporter(record);
    for (error, code, body) in [
        (
            StoreError::Database,
            500,
            r#"{"detail":"Internal Server Error"}"#,
        ),
        (
            StoreError::Maintenance,
            503,
            r#"{"detail":"maintenance until 10:00 UTC"}"#,
        ),
        (StoreError::Locked, 409, r#"{"detail":"item 7 is locked"}"#),
    ] {
        let response = error.into_response();
        assert_eq!(response.status().as_u16(), code);
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        assert_eq!(std::str::from_utf8(&bytes).unwrap(), body);
    }
    // A response that breaks a rule is reported with the rule.
    assert_eq!(
        Gate::Auth(NoChallenge).into_response().status().as_u16(),
        500
    );
    let reported = REPORTED.lock().unwrap();
    assert!(
        reported
            .iter()
            .any(|r| r.starts_with("500: database: password")),
        "{reported:?}"
    );
    let rule = "500: a `401 Unauthorized` response broke RFC 9110 (it requires the `WWW-Authenticate` header, §15.5.2) and was sent as 500 Internal Server Error: log in";
    assert!(reported.iter().any(|r| r == rule), "{reported:?}");
    assert!(
        !reported
            .iter()
            .any(|r| r.contains("maintenance") || r.contains("locked"))
    );
}
