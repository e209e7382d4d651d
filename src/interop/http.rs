//! Checked literals of the frameworks' own `StatusCode` types:
//! `http_status!(NOT_FOUND)` and `http02_status!(NOT_FOUND)`.

/// A status code checked at compile time, as http 1.x's `StatusCode`: the
/// type axum, hyper and reqwest use. (feature `http`)
///
/// Takes every form [`status!`](crate::status!) takes, with the same
/// diagnostics, and expands to a constant path, so it works where axum wants
/// a `StatusCode`: in tuples such as `(StatusCode, Json<T>)`, in `const`s and
/// in `match` patterns. Every registry code works, and unassigned ones with
/// `unassigned`.
///
/// ```
/// use http::StatusCode;
/// use statuscode::http_status;
///
/// const GONE: StatusCode = http_status!(HTTP_410_GONE);
///
/// fn kind(code: StatusCode) -> &'static str {
///     match code {
///         http_status!(NOT_FOUND) | GONE => "missing",
///         http_status!(TEAPOT) => "teapot",
///         http_status!(unassigned 499) => "client went away",
///         _ => "other",
///     }
/// }
/// assert_eq!(kind(StatusCode::NOT_FOUND), "missing");
/// assert_eq!(kind(StatusCode::from_u16(499).unwrap()), "client went away");
/// let response: (StatusCode, &str) = (http_status!(CREATED), "made");
/// assert_eq!(response.0, StatusCode::CREATED);
/// ```
///
/// ```compile_fail
/// let _ = statuscode::http_status!(NOT_FUOND); // did you mean `NOT_FOUND` (404 Not Found)?
/// ```
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
#[macro_export]
macro_rules! http_status {
    ($($input:tt)*) => {
        $crate::__private::framework_status!($crate, http, $($input)*)
    };
}

/// A status code checked at compile time, as http 0.2's `StatusCode`: the
/// type actix-web 4 uses (`actix_web::http::StatusCode`). (feature `http02`)
///
/// The same forms and diagnostics as [`status!`](crate::status!), expanded
/// to a constant path usable in `const`s, expressions and `match` patterns.
/// http 0.2 has no constant for 103 Early Hints, 104 Upload Resumption
/// Supported, 306 (Unused) or 425 Too Early, nor for unassigned codes, and
/// cannot build one in a `const`: for those the macro is a compile error
/// that says to convert at run time, `StatusCode::from(status!(425))`.
///
/// ```
/// use http02::StatusCode;
/// use statuscode::http02_status;
///
/// fn retry(code: StatusCode) -> bool {
///     matches!(code, http02_status!(TOO_MANY_REQUESTS) | http02_status!(503))
/// }
/// assert!(retry(StatusCode::SERVICE_UNAVAILABLE));
/// assert_eq!(http02_status!(HTTP_201_CREATED), StatusCode::CREATED);
/// ```
///
/// ```compile_fail
/// let _ = statuscode::http02_status!(TOO_EARLY); // http 0.2 has no constant for 425
/// ```
#[cfg(feature = "http02")]
#[cfg_attr(docsrs, doc(cfg(feature = "http02")))]
#[macro_export]
macro_rules! http02_status {
    ($($input:tt)*) => {
        $crate::__private::framework_status!($crate, http02, $($input)*)
    };
}

/// `HttpCode::<404>::CODE` is http 1.x's `StatusCode` 404, as a path usable
/// in patterns. `http_status!` has checked the code.
#[cfg(feature = "http")]
#[doc(hidden)]
pub struct HttpCode<const N: u16>;

#[cfg(feature = "http")]
impl<const N: u16> HttpCode<N> {
    pub const CODE: http::StatusCode = match http::StatusCode::from_u16(N) {
        Ok(code) => code,
        Err(_) => panic!("status codes run from 100 to 599"),
    };
}

/// `Http02Code::<404>::CODE` is http 0.2's `StatusCode` 404, as a path
/// usable in patterns. `http02_status!` has checked the code.
#[cfg(feature = "http02")]
#[doc(hidden)]
pub struct Http02Code<const N: u16>;

#[cfg(feature = "http02")]
impl<const N: u16> Http02Code<N> {
    pub const CODE: http02::StatusCode = match http02_const(N) {
        Some(code) => code,
        None => panic!("http 0.2 has no StatusCode constant for this code"),
    };
}

/// http 0.2's constant for `code`, if it has one: its `from_u16` is not a
/// `const fn`, so its named constants are the only way to build one in a
/// `const`.
#[cfg(feature = "http02")]
#[doc(hidden)]
pub const fn http02_const(code: u16) -> Option<http02::StatusCode> {
    use http02::StatusCode as S;
    Some(match code {
        100 => S::CONTINUE,
        101 => S::SWITCHING_PROTOCOLS,
        102 => S::PROCESSING,
        200 => S::OK,
        201 => S::CREATED,
        202 => S::ACCEPTED,
        203 => S::NON_AUTHORITATIVE_INFORMATION,
        204 => S::NO_CONTENT,
        205 => S::RESET_CONTENT,
        206 => S::PARTIAL_CONTENT,
        207 => S::MULTI_STATUS,
        208 => S::ALREADY_REPORTED,
        226 => S::IM_USED,
        300 => S::MULTIPLE_CHOICES,
        301 => S::MOVED_PERMANENTLY,
        302 => S::FOUND,
        303 => S::SEE_OTHER,
        304 => S::NOT_MODIFIED,
        305 => S::USE_PROXY,
        307 => S::TEMPORARY_REDIRECT,
        308 => S::PERMANENT_REDIRECT,
        400 => S::BAD_REQUEST,
        401 => S::UNAUTHORIZED,
        402 => S::PAYMENT_REQUIRED,
        403 => S::FORBIDDEN,
        404 => S::NOT_FOUND,
        405 => S::METHOD_NOT_ALLOWED,
        406 => S::NOT_ACCEPTABLE,
        407 => S::PROXY_AUTHENTICATION_REQUIRED,
        408 => S::REQUEST_TIMEOUT,
        409 => S::CONFLICT,
        410 => S::GONE,
        411 => S::LENGTH_REQUIRED,
        412 => S::PRECONDITION_FAILED,
        413 => S::PAYLOAD_TOO_LARGE,
        414 => S::URI_TOO_LONG,
        415 => S::UNSUPPORTED_MEDIA_TYPE,
        416 => S::RANGE_NOT_SATISFIABLE,
        417 => S::EXPECTATION_FAILED,
        418 => S::IM_A_TEAPOT,
        421 => S::MISDIRECTED_REQUEST,
        422 => S::UNPROCESSABLE_ENTITY,
        423 => S::LOCKED,
        424 => S::FAILED_DEPENDENCY,
        426 => S::UPGRADE_REQUIRED,
        428 => S::PRECONDITION_REQUIRED,
        429 => S::TOO_MANY_REQUESTS,
        431 => S::REQUEST_HEADER_FIELDS_TOO_LARGE,
        451 => S::UNAVAILABLE_FOR_LEGAL_REASONS,
        500 => S::INTERNAL_SERVER_ERROR,
        501 => S::NOT_IMPLEMENTED,
        502 => S::BAD_GATEWAY,
        503 => S::SERVICE_UNAVAILABLE,
        504 => S::GATEWAY_TIMEOUT,
        505 => S::HTTP_VERSION_NOT_SUPPORTED,
        506 => S::VARIANT_ALSO_NEGOTIATES,
        507 => S::INSUFFICIENT_STORAGE,
        508 => S::LOOP_DETECTED,
        510 => S::NOT_EXTENDED,
        511 => S::NETWORK_AUTHENTICATION_REQUIRED,
        _ => return None,
    })
}
