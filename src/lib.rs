//! HTTP and WebSocket status codes checked at compile time.
//!
//! ```
//! use statuscode::{status, Status};
//!
//! const CREATED: Status = status!(CREATED);
//! assert_eq!(status!(404), Status::NOT_FOUND);
//! assert_eq!(status!(TEAPOT).to_string(), "418 I'm a teapot");
//! assert_eq!(status!(HTTP_422_UNPROCESSABLE_CONTENT).as_u16(), 422);
//! # let _ = CREATED;
//! ```
//!
//! WebSocket close codes, with the codes RFC 6455 forbids in a Close frame
//! refused at compile time:
//!
//! ```
//! use statuscode::{close_code, status, CloseCode};
//!
//! const KICKED: CloseCode = close_code!(POLICY_VIOLATION);
//! assert_eq!(KICKED, status!(WS_1008_POLICY_VIOLATION)); // FastAPI's name
//! assert_eq!(KICKED, status::WS_1008_POLICY_VIOLATION);  // FastAPI's module
//! assert_eq!(u16::from(KICKED), 1008);
//! ```
//!
//! # Features
//!
//! `std` is on by default; every other feature is off by default:
//!
//! | feature | gives |
//! | --- | --- |
//! | `std` (default) | [`HttpError`], [`ProblemDetails`] and their errors [`InvalidHeader`], [`InvalidMember`], and [`InvalidParam`]; `std::error::Error` for the error types. The JSON bodies are written with serde_json (`serde` and `serde_json` with `default-features = false` and `std`). Every feature below turns it on, except `serde`, `tungstenite` and `axum-ws` |
//! | `http` | `From`/`TryFrom`/`PartialEq` between [`Status`] and http 1.x's `StatusCode` (axum, hyper, reqwest); [`http_status!`] |
//! | `http02` | the same for http 0.2 (actix-web 4); [`http02_status!`] |
//! | `axum` | axum 0.8 (axum-core 0.5): `IntoResponse` for [`Status`], [`WithStatus`], [`NoBody`] and [`HttpError`], and for `#[status(response)]` errors |
//! | `axum-rejections` | `HttpStatus` for axum's extractor rejections (`JsonRejection`, `QueryRejection`, `PathRejection`, `FormRejection` …), so a `#[status(transparent)]` field keeps axum's 400/413/415/422 (builds statuscode-core after axum, hence a feature of its own) |
//! | `actix-web` | actix-web 4: `Responder` for the same, `ResponseError` for [`HttpError`] and `#[status(response)]` errors |
//! | `poem` | poem 3: `IntoResponse` for the same, `ResponseError` for [`HttpError`], `From<E> for poem::Error` for `#[status(response)]` errors |
//! | `rocket` | Rocket 0.5: `Responder` for the same; conversions with `rocket::http::Status` |
//! | `salvo` | salvo 1: `Scribe` for [`Status`], [`NoBody`], [`HttpError`] and `#[status(response)]` errors, `Writer` for [`WithStatus`] |
//! | `warp` | warp 0.4: `Reply` for the same (errors are replies, not rejections) |
//! | `utoipa` | utoipa 6: `IntoResponses` for `#[status(response)]` errors (one response per status, described by the variants' doc comments) and [`HttpError`] (a `default` response); `#[status_code]` adds its status to the `#[utoipa::path]` written below it |
//! | `aide` | aide 0.15: `OperationOutput` for the same, [`NoBody`] and [`WithStatus`] (a `#[status_code]` handler's success under its exact code) |
//! | `poem-openapi` | poem-openapi 5 (turns on `poem`): `ApiResponse` for `#[status(response)]` / `#[status(problem)]` errors (one response per status, with its declared headers) and [`HttpError`] / [`ProblemDetails`] (a `default` response), so a derived error can be an `#[oai]` operation's error type |
//! | `salvo-oapi` | salvo-oapi 1 (turns on `salvo`): `EndpointOutRegister` for the same, [`NoBody`] and [`WithStatus`] (its success under its code, `2XX` when the code is not in the type), so `#[endpoint]` handlers may return them |
//! | `serde` | [`Status`] and [`CloseCode`] serialize as their number, deserialize from a number or any accepted name |
//! | `tungstenite`, `axum-ws` | [`CloseCode`] conversions with those crates' close frames (see `statuscode_core`) |
//!
//! [`macro@status_code`] sets a handler's success status, as FastAPI's
//! `@app.post("/items", status_code=201)`; [`HttpError`] is FastAPI's
//! `HTTPException`.
#![no_std]
#![forbid(unsafe_code)]
// docs.rs (`--cfg docsrs`, nightly): label each item gated by a feature.
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "std")]
mod error;
mod interop;

/// axum: the framework's own errors (extractor rejections, unknown routes,
/// wrong methods) and panics answered in the application's format.
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum {
    pub use crate::interop::axum::{detail_errors, detail_panic, problem_errors, problem_panic};
}

/// actix-web: the framework's own errors (extractor errors, unknown
/// routes, wrong methods) and panics answered in the application's format.
#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub mod actix {
    pub use crate::interop::actix::{detail_errors, detail_panics, problem_errors, problem_panics};
}

/// poem: the framework's own errors (a body it cannot parse, an unknown
/// route, a wrong method) and panics answered in the application's format.
#[cfg(feature = "poem")]
#[cfg_attr(docsrs, doc(cfg(feature = "poem")))]
pub mod poem {
    pub use crate::interop::poem::{detail_errors, detail_panic, problem_errors, problem_panic};
}

/// Rocket: catchers that answer every error Rocket forwards (failed
/// guards, unknown routes, panics) in the application's format.
#[cfg(feature = "rocket")]
#[cfg_attr(docsrs, doc(cfg(feature = "rocket")))]
pub mod rocket {
    pub use crate::interop::rocket::{detail_catchers, problem_catchers};
}

/// salvo: catcher hoops that answer salvo's own errors (unknown routes,
/// wrong methods, `StatusError`s) in the application's format.
#[cfg(feature = "salvo")]
#[cfg_attr(docsrs, doc(cfg(feature = "salvo")))]
pub mod salvo {
    pub use crate::interop::salvo::{DetailErrors, ProblemErrors};
}

/// aide: responses added to an operation, for errors its types do not name
/// (the framework's own, [`FrameworkBodyErrors`]).
#[cfg(feature = "aide")]
#[cfg_attr(docsrs, doc(cfg(feature = "aide")))]
pub mod aide {
    pub use crate::interop::aide::with_responses;
}

/// warp: its rejections (a body it cannot parse, an unknown route) and the
/// application's errors sent as rejections answered in one format.
#[cfg(feature = "warp")]
#[cfg_attr(docsrs, doc(cfg(feature = "warp")))]
pub mod warp {
    pub use crate::interop::warp::{detail_errors, error_reply, problem_errors};
}
#[cfg(any(
    feature = "utoipa",
    feature = "aide",
    feature = "poem-openapi",
    feature = "salvo-oapi"
))]
mod framework_errors;
mod ide;
mod members;
#[cfg(feature = "std")]
mod problem;
// Without a framework feature nothing makes a response, so the response
// model and the reports it sends are unused (and kept, for the docs and
// unit tests).
#[cfg(feature = "std")]
#[cfg_attr(
    not(any(
        feature = "axum",
        feature = "actix-web",
        feature = "poem",
        feature = "rocket",
        feature = "salvo",
        feature = "warp"
    )),
    allow(dead_code)
)]
mod report;
#[cfg(feature = "std")]
#[cfg_attr(
    not(any(
        feature = "axum",
        feature = "actix-web",
        feature = "poem",
        feature = "rocket",
        feature = "salvo",
        feature = "warp"
    )),
    allow(dead_code)
)]
mod response;
mod rules;
mod with_status;

#[cfg(feature = "std")]
pub use error::{HttpError, InvalidHeader};
#[cfg(any(
    feature = "utoipa",
    feature = "aide",
    feature = "poem-openapi",
    feature = "salvo-oapi"
))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(
        feature = "utoipa",
        feature = "aide",
        feature = "poem-openapi",
        feature = "salvo-oapi"
    )))
)]
pub use framework_errors::{
    FrameworkBodyErrors, FrameworkBodyProblems, FrameworkErrors, FrameworkProblems,
};
#[cfg(feature = "std")]
pub use problem::{InvalidMember, InvalidParam, ProblemDetails};
#[cfg(feature = "std")]
pub use report::set_error_reporter;

pub use statuscode_core::{CloseCode, ParseCloseCodeError, ResolvedClose};
pub use statuscode_core::{
    HttpStatus, NameForm, ParseStatusError, RegistryStatus, Resolved, Status, StatusClass,
    StatusSet, StatusSetIter, Suggestion, Suggestions, status,
};
pub use with_status::{NoBody, WithStatus};

/// Sets the status a handler's successful response is sent with, as
/// FastAPI's `@app.post("/items", status_code=201)`.
///
/// The argument is any form [`status!`] takes (`CREATED`, `201`,
/// `HTTP_201_CREATED`, `unassigned 299`), checked at compile time with the
/// same diagnostics. The handler may be sync or `async` (not `const`),
/// generic, a method, with any parameters.
///
/// Its return type `T`, whatever it is, becomes [`WithStatus<T>`], which is
/// an axum `IntoResponse` and an actix-web `Responder` when `T` is. It sends
/// `T`'s response with the declared status **only if that response has the
/// default `200 OK`**, the status every plain body (JSON, text, bytes) gets;
/// any other status is kept. So an error keeps its own status however the
/// return type is spelled: `Result<T, E>`, an alias such as
/// `type AppResult<T> = Result<T, AppError>`, a renamed or re-exported
/// `Result`, an `impl IntoResponse` that returns `Err(…)`; and so do a
/// redirect, actix-web's 404 for `None`, and a deliberate `202 Accepted`.
/// The one consequence: a `200 OK` the handler sets itself cannot be told
/// from the default, and goes out with the declared status.
///
/// A handler returning `()` returns [`WithStatus<NoBody>`]: an empty body
/// (actix-web and warp have no response for `()`); so does the `Ok` of a
/// `Result<(), E>` (`WithStatus<Result<NoBody, E>>`), written out or
/// through an alias whose name ends in `Result` (`ApiResult<()>`), and the
/// `Some` of an `Option<()>`.
///
/// The body is not parsed: it runs unchanged inside a closure (or an `async`
/// block) checked against the declared return type, so `return` and `?`
/// work as before and values coerce to it as they would without the
/// attribute (`b"hello"` as `&'static [u8]`, `Box::new(err)` as
/// `Box<dyn Error>`). Leading inner attributes of the body
/// (`#![allow(…)]`) become attributes of the function. When the handler has
/// docs, the attribute adds a line to them: "Responds with `201 Created`."
/// (an undocumented handler stays undocumented, so `missing_docs` still
/// sees it).
///
/// With actix-web's `#[get]`/`#[post]` and axum's `#[debug_handler]`,
/// both orders work; putting `#[status_code]` below the route attribute is
/// the usual one.
/// So do poem's `#[handler]` and Rocket's `#[get]`/`#[post]`. With salvo's
/// `#[handler]`, put `#[status_code]` above it: below works too, except on
/// a handler returning `()`, whose value salvo's macro discards. warp has
/// no handler attribute: put it on the function a filter calls with
/// `.then(…)`.
///
/// # OpenAPI (utoipa)
///
/// Written above `#[utoipa::path(…)]`, it adds its status to that
/// attribute's `responses(…)` (`responses(…)` is added when missing),
/// described by the reason phrase, with the body the handler sends on
/// success when the status may have content (not 204, 205 or 304): `body =
/// X` when the declared type is `Json<X>` written out (alone, in
/// `Result<…, E>` or `Option<…>`); for any other spelling (an alias such as
/// `AppResult<Json<X>>`, a tuple `(headers, Json<X>)`), the type the
/// compiler finds through the hidden trait `SuccessBody`, documented inline
/// (feature `utoipa`). `()` and `Result<(), E>` have no content. A body it
/// cannot tell is a compile error saying to write the success response in
/// `responses(…)` yourself: `impl Trait`, or a type that is not a `Json<T>`
/// of actix-web, poem or Rocket (or of axum, with the feature
/// `utoipa-axum`, which makes statuscode build after axum). When `responses(…)` already has an entry for
/// the status (`status = 201`, `"201"`, `StatusCode::CREATED`), nothing is
/// added. Written *below* `#[utoipa::path]`, it is a compile error
/// ("expected `PutStatusCodeAboveUtoipaPath`, found `__path_name`"):
/// utoipa's attribute would have run first, without the success status.
/// Under `#[utoipa::path]` the "Responds with" doc line is not added (utoipa
/// would put it in the operation's description). The error type is
/// documented by listing it there: `responses(ApiError)` for a
/// `#[status(response)]` type (feature `utoipa`).
///
/// # OpenAPI (salvo-oapi)
///
/// Written above salvo's `#[endpoint]`, it makes the return type
/// `WithStatus<T, 201>`, which documents `T`'s success response as `201`
/// (the code is part of the type) and `T`'s error responses as they are
/// (feature `salvo-oapi`); aide reads it the same way (feature `aide`).
///
/// An attribute cannot see `$crate`, so the expansion names
/// `::statuscode`; when the dependency is renamed in `Cargo.toml`, say where
/// it is: `#[sc::status_code(CREATED, crate = ::sc)]`.
///
/// ```
/// use statuscode::{status, status_code, HttpError, WithStatus};
///
/// #[status_code(CREATED)]
/// fn create(name: &str) -> Result<String, HttpError> {
///     if name.is_empty() {
///         return Err(HttpError::new(status!(UNPROCESSABLE_CONTENT), "Name is required"));
///     }
///     Ok(format!("item {name}"))
/// }
///
/// assert_eq!(create("hammer"), WithStatus::new(status!(201), Ok("item hammer".to_owned())));
/// // Sent with its own 422: only a 200 response takes the declared 201.
/// assert_eq!(create("").value.unwrap_err().status(), status!(422));
/// ```
///
/// ```compile_fail
/// #[statuscode::status_code(CREATD)] // did you mean `CREATED` (201 Created)?
/// fn create() {}
/// ```
///
/// The response is held to RFC 9110 where the status makes it possible:
///
/// * `NO_CONTENT`, `RESET_CONTENT` and `NOT_MODIFIED` carry no content
///   (§15.3.5, §15.3.6, §15.4.5): a return type that always has a body
///   (`String`, `Json<T>`) is a compile error on the return type. `()`,
///   [`NoBody`], header-only values (`HeaderMap`, `[(HeaderName, V); N]`,
///   tuples of them before `()`: a 304 keeps its `ETag`), the frameworks'
///   own responses (`Response`, `HttpResponse`, Rocket's `NoContent`) and
///   `Result`/`Option` of these pass, however spelled (an alias such as
///   `ApiResult<()>` is seen through: the check is a trait bound). At run
///   time the body, `Content-Type` and `Content-Length` are dropped.
///   `impl Trait` is refused with them: what it hides cannot be named.
/// * A redirect (3xx but 304) without `Location`, or a 206 without
///   `Content-Range`, in the response the handler made, is sent as a 500
///   Internal Server Error (§10.2.2, §15.3.7): return the header with the
///   body, as `([(LOCATION, url)], body)`.
/// * 1xx is refused: a handler's response is final (§15.2).
/// * 401, 405, 407 and 426 are refused: their response MUST carry a header
///   (§15.5.2, §15.5.6, §15.5.8, §15.5.22) that the attribute cannot add;
///   return `Err(HttpError::unauthorized(challenge, detail))` and the like.
///
/// ```compile_fail
/// #[statuscode::status_code(NO_CONTENT)] // a 204 No Content response has no content (RFC 9110 §15.3.5)
/// fn delete() -> String { String::new() }
/// ```
pub use statuscode_macros::status_code;

/// Derives [`HttpStatus`](trait@HttpStatus) for an error enum or struct:
/// `use statuscode::HttpStatus;` brings in both the trait and this derive.
///
/// ```
/// use statuscode::{HttpStatus, Status};
///
/// #[derive(Debug, HttpStatus)]
/// #[status(INTERNAL_SERVER_ERROR)] // the default for variants without their own
/// enum ApiError {
///     #[status(NOT_FOUND)]
///     UserNotFound { id: u64 },
///     #[status(409)]
///     Conflict(String),
///     #[status(HTTP_429_TOO_MANY_REQUESTS)]
///     RateLimited,
///     #[status(transparent)] // the status of the only field
///     Auth(AuthError),
///     Database(String), // INTERNAL_SERVER_ERROR, the default
/// }
///
/// #[derive(Debug, HttpStatus)]
/// #[status(UNAUTHORIZED)]
/// struct AuthError;
///
/// assert_eq!(ApiError::UserNotFound { id: 7 }.status(), Status::NOT_FOUND);
/// assert_eq!(ApiError::Auth(AuthError).status(), Status::UNAUTHORIZED);
/// assert_eq!(ApiError::Database("down".into()).status(), Status::INTERNAL_SERVER_ERROR);
/// // Every status the type can produce, transparent variants included.
/// let codes: Vec<u16> = ApiError::statuses().iter().map(Status::as_u16).collect();
/// assert_eq!(codes, [401, 404, 409, 429, 500]);
/// # let _ = (ApiError::Conflict(String::new()).status(), ApiError::RateLimited.status());
/// ```
///
/// # The `#[status(…)]` attribute
///
/// | on | key | meaning |
/// | --- | --- | --- |
/// | variant, struct | a status code, in any form [`status!`] takes: `NOT_FOUND`, `404`, `HTTP_404_NOT_FOUND`, `unassigned 499` | the status of that variant or struct |
/// | enum | a status code | the default for variants without their own |
/// | variant, struct with exactly one field | `transparent` | the status of that field, which implements `HttpStatus` |
/// | enum, struct | `response` | also make the type a web response when a framework feature (`axum`, `actix-web`, `poem`, `rocket`, `salvo`, `warp`) is on: its status and the body `{"detail":"<Display>"}`, as FastAPI's `HTTPException`. The response impls are bounded by what they use (`Self: Display`, `Debug` for actix-web's `ResponseError`, `Send` for poem and warp), so a generic type is a response for exactly the parameters with which it can render. With `utoipa`, `aide`, `poem-openapi` or `salvo-oapi` it is also documented: every status of `statuses()`, described by the doc comment of the variants (or struct) that produce it, else by the reason phrase, with its declared headers |
/// | enum, variant, struct | `expose` | with `response` or `problem`, a 5xx response sends the `Display` as its message; without it a 5xx sends the reason phrase (`Internal Server Error`) and the `Display` goes to the error reporter ([`set_error_reporter`], standard error by default), so a database error's text never reaches the client. 4xx messages are always sent |
/// | enum, variant, struct | `type = "uri"`, `title = "…"`, `instance = "uri"` or `instance = field`, `extension("name" = field)` or `extension("name" = "text")` | with `problem`: the problem's members (below); an extension member keeps its field's JSON type (serde) |
/// | enum, struct | `crate = path` | where `statuscode` is, when it is renamed in `Cargo.toml` (default `::statuscode`) |
///
/// Keys may be combined with commas or given in separate attributes:
/// `#[status(BAD_REQUEST, response)]`.
///
/// Generic types work; a transparent field whose type mentions a type
/// parameter adds the bound `FieldType: HttpStatus` to the impl. A
/// transparent field may be a `Box<dyn HttpStatus + Send + Sync>` (whose
/// statuses are all of them: [`StatusSet::ALL`]); one that names the type
/// itself (`Box<Self>`, a recursive error) adds no bound and no statuses of
/// its own.
///
/// ```
/// use statuscode::{HttpStatus, Status};
///
/// #[derive(HttpStatus)]
/// enum Wrapped<E> {
///     #[status(transparent)]
///     Inner(E),
///     #[status(GATEWAY_TIMEOUT)]
///     Timeout,
/// }
///
/// #[derive(HttpStatus)]
/// #[status(NOT_FOUND)]
/// struct Missing;
///
/// assert_eq!(Wrapped::Inner(Missing).status(), Status::NOT_FOUND);
/// assert_eq!(Wrapped::<Missing>::statuses().len(), 2);
/// # let _ = Wrapped::<Missing>::Timeout.status();
/// ```
///
/// The four FastAPI names Starlette deprecates (`HTTP_422_UNPROCESSABLE_ENTITY`
/// …) resolve with a `deprecated` warning at the name, as in `status!`. The
/// warning comes from an item generated beside the type, so an
/// `#[allow(deprecated)]` on the type does not reach it; allow it on the
/// enclosing module, or better, use the current name the warning gives. A
/// `#[deprecated]` type, variant or field does not warn through the derive:
/// the generated impls allow `deprecated`, as thiserror's do.
///
/// Every mistake is a compile error at the token, and one build reports all
/// of them: a status name `status!` would refuse (with the same message and
/// suggestion), a variant with no status and no enum-level default, a
/// duplicate `#[status]`, `transparent` without exactly one field, an unknown
/// key, `#[status]` on a field, a union.
///
/// ```compile_fail
/// #[derive(statuscode::HttpStatus)]
/// enum E {
///     #[status(NOT_FUOND)] // did you mean `NOT_FOUND` (404 Not Found)?
///     Missing,
/// }
/// ```
///
/// # Responses: RFC 9110's rules, headers, problem details
///
/// `#[status(response)]` sends `{"detail": "<Display>"}`;
/// `#[status(problem)]` sends RFC 9457 problem details
/// (`application/problem+json`) instead, with a variant's (or the type's)
/// `type = "uri"` and `title = "…"` (the reason phrase with `about:blank`),
/// `instance = "uri"` or `instance = field` (a field's `Display`), and
/// extension members `extension("name" = field)` (or a fixed string). A
/// member is the field serialized with serde, so it keeps its JSON type (a
/// `u32` is a number, a `Vec` an array; the field's type implements
/// `serde::Serialize`); a `Vec<`[`InvalidParam`]`>` named `invalid-params`
/// is RFC 9457 §3's validation list. A value serde refuses at run time (a
/// map with non-string keys) makes the response a 500, reported.
/// Either takes `header("Name" = "value")` or `header("Name" = field)` (a
/// field's `Display`; `0` in a tuple variant) on a variant or on the type.
/// A field value that cannot be sent as a header (a control character)
/// makes the response a 500 Internal Server Error, never a panic.
///
/// Such a type is an error response, held to RFC 9110 at compile time, each
/// refusal on the status token: no 1xx or 2xx status; no 304 (it has no
/// content); any other 3xx only with a `Location` header; 401, 405, 407 and
/// 426 only with `WWW-Authenticate`, `Allow`, `Proxy-Authenticate` and
/// `Upgrade` declared. A transparent variant's statuses are its field's,
/// checked where that type is derived.
///
/// ```
/// use statuscode::HttpStatus;
///
/// #[derive(Debug, HttpStatus)]
/// #[status(problem, header("Cache-Control" = "no-store"))]
/// enum AuthError {
///     #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"))]
///     NoToken,
///     #[status(METHOD_NOT_ALLOWED, header("Allow" = allow), extension("allowed" = allow))]
///     ReadOnly { allow: &'static str },
/// }
/// # impl std::fmt::Display for AuthError {
/// #     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
/// #         f.write_str("Not authenticated")
/// #     }
/// # }
/// # let _ = (AuthError::NoToken.status(), AuthError::ReadOnly { allow: "GET" }.status());
/// ```
///
/// ```compile_fail
/// #[derive(Debug, statuscode::HttpStatus)]
/// #[status(response)]
/// enum E {
///     #[status(UNAUTHORIZED)] // MUST carry the `WWW-Authenticate` header (RFC 9110 §15.5.2)
///     NoToken,
/// }
/// ```
#[doc(inline)]
pub use statuscode_macros::HttpStatus;

/// A status code, checked while the program compiles.
///
/// Takes one code, written in any of these forms, and expands to the
/// matching `Status` constant: usable in `const`, `static` and `match`
/// patterns, at no run-time cost.
///
/// | form | example |
/// | --- | --- |
/// | decimal literal, optionally `u16` | `status!(404)`, `status!(404u16)` |
/// | canonical registry name | `status!(NOT_FOUND)`, `status!(CONTENT_TOO_LARGE)` |
/// | alias other libraries use | `status!(PAYLOAD_TOO_LARGE)`, `status!(TEAPOT)` |
/// | FastAPI / FastrAPI name | `status!(HTTP_404_NOT_FOUND)` |
/// | unassigned code, opted in | `status!(unassigned 499)` (100..=599 only) |
/// | FastAPI WebSocket name | `status!(WS_1008_POLICY_VIOLATION)`: a [`CloseCode`], as [`close_code!`] checks it |
///
/// A name that is unknown, misspelled or whose FastAPI number and words
/// disagree, a number outside the registry, or any other token is a compile
/// error on that token, with a suggestion. The four FastAPI names Starlette
/// deprecates (`HTTP_422_UNPROCESSABLE_ENTITY` …) still resolve, with a
/// deprecation warning at the name.
///
/// ```
/// use statuscode::{status, Status};
///
/// const CREATED: Status = status!(CREATED);
///
/// fn retry(s: Status) -> bool {
///     matches!(s, status!(TOO_MANY_REQUESTS) | status!(503) | status!(unassigned 499))
/// }
/// assert_eq!(CREATED, status!(HTTP_201_CREATED));
/// assert!(retry(Status::SERVICE_UNAVAILABLE));
/// ```
///
/// ```compile_fail
/// let _ = statuscode::status!(TEAPOTT); // did you mean `TEAPOT` (418 I'm a teapot)?
/// ```
///
/// The macro works when the crate is renamed in `Cargo.toml`: it expands
/// through `$crate`.
#[macro_export]
macro_rules! status {
    ($($input:tt)*) => {
        $crate::__private::status!($crate, $($input)*)
    };
}

/// A WebSocket close code that may be sent, checked while the program
/// compiles.
///
/// Takes one code and expands to the matching [`CloseCode`] constant:
/// usable in `const`, `static` and `match` patterns, at no run-time cost.
///
/// | form | example |
/// | --- | --- |
/// | decimal literal, optionally `u16` | `close_code!(1008)`, `close_code!(4001)` |
/// | registry name | `close_code!(POLICY_VIOLATION)`, `close_code!(MANDATORY_EXT)` |
/// | alias (Python `websockets`) | `close_code!(INVALID_DATA)`, `close_code!(MANDATORY_EXTENSION)` |
/// | FastAPI / FastrAPI name | `close_code!(WS_1008_POLICY_VIOLATION)` |
///
/// It accepts 1000..=1003, 1007..=1014, the registered 3000, 3003 and 3008,
/// and any code of 3000..=3999 (registered with IANA) and 4000..=4999
/// (private use). It refuses, with a compile error on the token:
///
/// * 1004, 1005, 1006 and 1015: RFC 6455 §7.4.1 keeps them for *reporting*
///   what happened, never for a Close frame; compare a received code with
///   the constant instead (`CloseCode::ABNORMAL_CLOSURE`);
/// * 0..=999 (not used), 1016..=2999 (reserved for the protocol, not
///   assigned) and numbers above 4999;
/// * unknown or misspelled names (with a suggestion), and any other token.
///
/// ```
/// use statuscode::{close_code, CloseCode};
///
/// const KICKED: CloseCode = close_code!(POLICY_VIOLATION);
/// const APP_SPECIFIC: CloseCode = close_code!(4001);
///
/// fn reconnect(code: CloseCode) -> bool {
///     matches!(code, close_code!(TRY_AGAIN_LATER) | close_code!(WS_1012_SERVICE_RESTART) | close_code!(4001))
/// }
/// assert_eq!(KICKED.as_u16(), 1008);
/// assert!(reconnect(APP_SPECIFIC));
/// assert!(!reconnect(CloseCode::ABNORMAL_CLOSURE));
/// ```
///
/// ```compile_fail
/// // may not be sent in a Close frame: RFC 6455 §7.4.1 keeps 1006 for reporting …
/// let _ = statuscode::close_code!(1006);
/// ```
///
/// The macro works when the crate is renamed in `Cargo.toml`: it expands
/// through `$crate`.
#[macro_export]
macro_rules! close_code {
    ($($input:tt)*) => {
        $crate::__private::close_code!($crate, $($input)*)
    };
}

/// The modules of every accepted name, short paths for the macros'
/// expansions (`$crate::__http::NOT_FOUND`: fewer tokens per `status!`).
#[doc(hidden)]
pub use statuscode_core::__private::names::{close as __close, http as __http};

#[doc(hidden)]
pub mod __private {
    pub use crate::__impl_response as impl_response;
    /// The derive's keys for the editor (see `src/ide.rs`).
    pub mod ide {
        pub use crate::ide::{Trigger, attr, keys};
    }
    #[cfg(feature = "http")]
    pub use crate::interop::http::HttpCode;
    #[cfg(feature = "http02")]
    pub use crate::interop::http::{Http02Code, http02_const};
    pub use crate::members::{
        MemberSchema, Probe, SchemarsTyped, SchemarsUntyped, UtoipaTyped, UtoipaUntyped,
    };
    pub use crate::rules::*;
    pub use statuscode_core::__private::*;
    pub use statuscode_macros::{close_code, framework_status, status};

    /// The bound on a field a derived type sends as a problem extension
    /// member (`extension("name" = field)`): its value is serialized with
    /// serde, so it keeps its JSON type.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be sent as a problem extension member: it does not implement `serde::Serialize`",
        label = "sent as an extension member, serialized with serde",
        note = "derive or implement `serde::Serialize` for it (numbers, strings, booleans, `Vec`, maps with string keys and `statuscode::InvalidParam` already do), or send its text with a `String` field"
    )]
    pub trait Member {
        /// The value as JSON, or why serde could not serialize it.
        #[cfg(feature = "std")]
        #[doc(hidden)]
        fn __json(&self) -> crate::response::MemberValue;
    }

    #[cfg(feature = "std")]
    impl<T: serde::Serialize + ?Sized> Member for T {
        fn __json(&self) -> crate::response::MemberValue {
            serde_json::to_value(self)
        }
    }

    /// Without `std` nothing sends a problem: any field will do.
    #[cfg(not(feature = "std"))]
    impl<T: ?Sized> Member for T {}

    /// An extension member of a derived type: `value` serialized, handed to
    /// `sink` (a value serde cannot serialize makes the response a 500).
    pub fn member<T: Member + ?Sized>(
        sink: &mut dyn statuscode_core::__private::ResponseSink,
        name: &str,
        value: &T,
    ) {
        #[cfg(feature = "std")]
        sink.member(name, &value.__json());
        #[cfg(not(feature = "std"))]
        let _ = (sink, name, value);
    }

    /// What `#[status_code]` wraps a sync body in: `return` and `?` in the
    /// body stay the closure's.
    pub fn call<T>(body: impl FnOnce() -> T) -> T {
        body()
    }

    /// `None` of the declared return type: the first statement of an
    /// `async` body under `#[status_code]` returns it if `Some`, which never
    /// happens, and fixes the block's output type so that `return`, `?` and
    /// the tail coerce to it.
    pub const fn declared<T>() -> ::core::option::Option<T> {
        ::core::option::Option::None
    }

    /// For the pattern on [`declared`], named through the crate's path.
    pub use ::core::option::Option::Some;

    /// What a `#[status_code]` handler binds to `__path_<name>`: a type
    /// that is not utoipa's `__path_<name>` struct, so the binding fails to
    /// compile, naming this type, when `#[utoipa::path]` above the handler has
    /// defined that struct (see `utoipa_probe` in the macro crate). The fix:
    /// write `#[status_code]` above `#[utoipa::path]`.
    #[derive(Clone, Copy)]
    pub struct PutStatusCodeAboveUtoipaPath;

    /// The value of a handler returning `T`.
    pub fn with_status<T, const CODE: u16>(
        status: crate::Status,
        value: T,
    ) -> crate::WithStatus<T, CODE> {
        crate::WithStatus { status, value }
    }

    /// The value of a handler returning `()`.
    pub fn no_body<const CODE: u16>(
        status: crate::Status,
        (): (),
    ) -> crate::WithStatus<crate::NoBody, CODE> {
        crate::WithStatus {
            status,
            value: crate::NoBody,
        }
    }

    /// A handler's value with `()` in it, by a name the tokens do not
    /// resolve (`ApiResult<()>`, `Option<()>`): the same value with
    /// [`NoBody`](crate::NoBody) for `()`, which every framework sends.
    #[diagnostic::on_unimplemented(
        message = "`#[status_code]` reads `{Self}` as a value with `()` in it, and does not know how to send it",
        label = "read as `Result<(), E>` or `Option<()>` because of its name",
        note = "`()` is not a response in actix-web or warp, so `#[status_code]` maps `Result<(), E>` and `Option<()>` (also through an alias whose name ends in `Result`) to `NoBody`; write the body type as `NoBody` (`statuscode::NoBody`) here"
    )]
    pub trait UnitBody {
        /// The same shape with `NoBody`.
        type Out;
        /// `()` becomes `NoBody`.
        fn into_body(self) -> Self::Out;
    }

    impl<E> UnitBody for ::core::result::Result<(), E> {
        type Out = ::core::result::Result<crate::NoBody, E>;
        fn into_body(self) -> Self::Out {
            self.map(|()| crate::NoBody)
        }
    }

    impl UnitBody for ::core::option::Option<()> {
        type Out = ::core::option::Option<crate::NoBody>;
        fn into_body(self) -> Self::Out {
            self.map(|()| crate::NoBody)
        }
    }

    /// The value of a handler returning `ApiResult<()>` or `Option<()>`.
    pub fn unit_body<T: UnitBody, const CODE: u16>(
        status: crate::Status,
        value: T,
    ) -> crate::WithStatus<T::Out, CODE> {
        crate::WithStatus {
            status,
            value: value.into_body(),
        }
    }

    /// The value of a handler returning `Result<(), E>`.
    pub fn ok_no_body<E, const CODE: u16>(
        status: crate::Status,
        result: ::core::result::Result<(), E>,
    ) -> crate::WithStatus<::core::result::Result<crate::NoBody, E>, CODE> {
        crate::WithStatus {
            status,
            value: result.map(|()| crate::NoBody),
        }
    }

    /// axum items the generated code names.
    #[cfg(feature = "axum")]
    pub mod axum {
        pub use crate::interop::axum::derived_response;
        pub use axum_core::response::{IntoResponse, Response};
    }

    #[cfg(feature = "poem")]
    pub use crate::interop::poem::private as poem;
    #[cfg(feature = "rocket")]
    pub use crate::interop::rocket::private as rocket;
    #[cfg(feature = "salvo")]
    pub use crate::interop::salvo::private as salvo;
    #[cfg(feature = "warp")]
    pub use crate::interop::warp::private as warp;
    /// utoipa items the generated code names.
    #[cfg(feature = "utoipa")]
    pub mod utoipa {
        pub use crate::interop::utoipa::{SuccessBody, responses};
        pub use utoipa::IntoResponses;

        /// What `IntoResponses::responses` returns.
        pub type Responses = std::collections::BTreeMap<
            std::string::String,
            utoipa::openapi::RefOr<utoipa::openapi::Response>,
        >;
    }

    /// aide items the generated code names.
    #[cfg(feature = "aide")]
    pub mod aide {
        pub use crate::interop::aide::{response, responses};
        pub use aide::generate::GenContext;
        pub use aide::openapi::{Operation, Response};
        pub use aide::operation::OperationOutput;
        pub use std::vec::Vec;
    }

    #[cfg(feature = "poem-openapi")]
    pub use crate::interop::poem_openapi::private as poem_openapi;
    #[cfg(feature = "salvo-oapi")]
    pub use crate::interop::salvo_oapi::private as salvo_oapi;

    /// actix-web items the generated code names.
    #[cfg(feature = "actix-web")]
    pub mod actix {
        pub use crate::interop::actix::{derived_response, error_status};
        pub use actix_web::http::StatusCode;
        pub use actix_web::{HttpResponse, ResponseError};
    }
}

/// The README's examples, run as doctests so it stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
