// Every form of `header(…)` on a `#[status(response)]` type, and the
// statuses that need one, declared.
use std::fmt::Display;

use statuscode::HttpStatus;
use statuscode::__private::ResponseParts;

#[derive(Debug, HttpStatus)]
#[status(response, INTERNAL_SERVER_ERROR, header("Cache-Control" = "no-store"))]
enum ApiError {
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer realm=\"api\""))]
    NoToken,
    #[status(METHOD_NOT_ALLOWED, header("Allow" = allow))]
    ReadOnly { allow: &'static str },
    #[status(HTTP_407_PROXY_AUTHENTICATION_REQUIRED, header("proxy-authenticate" = 0))]
    Proxy(String),
    #[status(UPGRADE_REQUIRED, header("Upgrade" = "HTTP/3.0"), header("Connection" = "Upgrade"))]
    Upgrade,
    #[status(SERVICE_UNAVAILABLE, header("Retry-After" = 1))]
    Busy(u8, u32),
    #[status(TEMPORARY_REDIRECT, header("Location" = to))]
    Moved { to: String },
    Internal,
}

#[derive(Debug, HttpStatus)]
#[status(TOO_MANY_REQUESTS, response, header("Retry-After" = seconds))]
struct Slow<T: Display> {
    seconds: T,
}

fn headers(value: &impl ResponseParts) -> Vec<(String, String)> {
    let mut out = Vec::new();
    value.response_headers(&mut |name, value| out.push((name.to_owned(), value.to_string())));
    out
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect()
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl<T: Display> std::fmt::Display for Slow<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "slow down")
    }
}

fn main() {
    let store = ("Cache-Control", "no-store");
    assert_eq!(
        headers(&ApiError::NoToken),
        pairs(&[("WWW-Authenticate", "Bearer realm=\"api\""), store])
    );
    assert_eq!(
        headers(&ApiError::ReadOnly { allow: "GET" }),
        pairs(&[("Allow", "GET"), store])
    );
    assert_eq!(
        headers(&ApiError::Proxy("Basic".into())),
        pairs(&[("proxy-authenticate", "Basic"), store])
    );
    assert_eq!(
        headers(&ApiError::Upgrade),
        pairs(&[("Upgrade", "HTTP/3.0"), ("Connection", "Upgrade"), store])
    );
    assert_eq!(headers(&ApiError::Busy(0, 30)), pairs(&[("Retry-After", "30"), store]));
    assert_eq!(
        headers(&ApiError::Moved { to: "/new".into() }),
        pairs(&[("Location", "/new"), store])
    );
    assert_eq!(headers(&ApiError::Internal), pairs(&[store]));
    assert_eq!(headers(&Slow { seconds: 5 }), pairs(&[("Retry-After", "5")]));
    assert_eq!(ApiError::Internal.status().as_u16(), 500);
}
