// Every form of `header(…)` on a `#[status(response)]` type, and the
// statuses that need one, declared: the type's headers first, then the
// variant's (the response model lets the later layer win). A fixed value's
// name comes lowercase (`header_static`), as http's `HeaderName` holds it; a
// field's as written.
use std::fmt::Display;

use statuscode::HttpStatus;
use statuscode::__private::ResponseSink;

/// Records what a type declares, layer by layer.
#[derive(Default)]
struct Record(Vec<(String, String)>);

impl ResponseSink for Record {
    fn layer(&mut self) {}
    fn header(&mut self, name: &str, value: &dyn Display) {
        self.0.push((name.to_owned(), value.to_string()));
    }
    fn problem(&mut self, _: Option<&str>, _: Option<&str>) {}
    fn member(&mut self, _: &str, _: &dyn std::any::Any) {}
}

#[derive(Debug, HttpStatus)]
#[status(response, INTERNAL_SERVER_ERROR, header("Cache-Control" = "no-store"))]
enum ApiError {
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer realm=\"api\""))]
    NoToken,
    #[status(METHOD_NOT_ALLOWED, header("Allow" = allow))]
    ReadOnly { allow: &'static str },
    #[status(HTTP_407_PROXY_AUTHENTICATION_REQUIRED, header("proxy-authenticate" = 0))]
    Proxy(String),
    #[status(UPGRADE_REQUIRED, header("Upgrade" = "HTTP/3.0"))]
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

fn headers(value: &impl HttpStatus) -> Vec<(String, String)> {
    let mut out = Record::default();
    value.__response_parts(&mut out);
    out.0
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
    let store = ("cache-control", "no-store");
    assert_eq!(
        headers(&ApiError::NoToken),
        pairs(&[store, ("www-authenticate", "Bearer realm=\"api\"")])
    );
    assert_eq!(
        headers(&ApiError::ReadOnly { allow: "GET" }),
        pairs(&[store, ("Allow", "GET")])
    );
    assert_eq!(
        headers(&ApiError::Proxy("Basic".into())),
        pairs(&[store, ("proxy-authenticate", "Basic")])
    );
    assert_eq!(
        headers(&ApiError::Upgrade),
        pairs(&[store, ("upgrade", "HTTP/3.0")])
    );
    assert_eq!(headers(&ApiError::Busy(0, 30)), pairs(&[store, ("Retry-After", "30")]));
    assert_eq!(
        headers(&ApiError::Moved { to: "/new".into() }),
        pairs(&[store, ("Location", "/new")])
    );
    assert_eq!(headers(&ApiError::Internal), pairs(&[store]));
    assert_eq!(headers(&Slow { seconds: 5 }), pairs(&[("Retry-After", "5")]));
    assert_eq!(ApiError::Internal.status().as_u16(), 500);
}
