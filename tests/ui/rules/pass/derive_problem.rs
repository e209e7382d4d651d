// `#[status(problem)]`: the type and title of each variant (or the
// type's), the instance and extension members from fields or fixed. (The
// members' JSON values are checked in tests/integration, which has
// serde_json: here, their names.)
use std::any::Any;
use std::fmt::Display;

use statuscode::HttpStatus;
use statuscode::__private::ResponseSink;

/// Records the problem members a type declares (the last type and title).
#[derive(Default)]
struct Record {
    problem: Option<(Option<String>, Option<String>)>,
    instance: Option<String>,
    members: Vec<String>,
}

impl ResponseSink for Record {
    fn layer(&mut self) {}
    fn header(&mut self, _: &str, _: &dyn Display) {}
    fn problem(&mut self, type_uri: Option<&str>, title: Option<&str>) {
        let (t, ti) = self.problem.get_or_insert((None, None));
        if let Some(uri) = type_uri {
            *t = Some(uri.to_owned());
        }
        if let Some(title) = title {
            *ti = Some(title.to_owned());
        }
    }
    fn instance(&mut self, uri: &dyn Display) {
        self.instance = Some(uri.to_string());
    }
    fn member(&mut self, name: &str, _: &dyn Any) {
        self.members.push(name.to_owned());
    }
}

fn record(value: &impl HttpStatus) -> Record {
    let mut out = Record::default();
    value.__response_parts(&mut out);
    out
}

fn problem(value: &impl HttpStatus) -> Option<(Option<String>, Option<String>)> {
    record(value).problem
}

#[derive(Debug, HttpStatus)]
#[status(problem, INTERNAL_SERVER_ERROR, type = "https://example.com/probs/internal")]
enum CreditError {
    #[status(
        FORBIDDEN,
        type = "https://example.com/probs/out-of-credit",
        title = "You do not have enough credit.",
        extension("balance" = balance),
        extension("accounts" = "/account/12345"),
    )]
    OutOfCredit { balance: u32 },
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"), extension("realm" = 0), instance = 1)]
    NoToken(&'static str, u32),
    Internal,
}

#[derive(Debug, HttpStatus)]
#[status(NOT_FOUND, problem, extension("item_id" = id), instance = "/items")]
struct Missing {
    id: u32,
}

fn members(value: &impl HttpStatus) -> Vec<String> {
    record(value).members
}

fn main() {
    let credit = CreditError::OutOfCredit { balance: 30 };
    assert_eq!(
        problem(&credit),
        Some((
            Some("https://example.com/probs/out-of-credit".to_owned()),
            Some("You do not have enough credit.".to_owned())
        ))
    );
    assert_eq!(
        members(&credit),
        ["balance", "accounts"]
    );
    assert_eq!(record(&credit).instance, None);
    assert_eq!(
        problem(&CreditError::NoToken("api", 7)),
        Some((Some("https://example.com/probs/internal".to_owned()), None))
    );
    assert_eq!(members(&CreditError::NoToken("api", 7)), ["realm"]);
    assert_eq!(record(&CreditError::NoToken("api", 7)).instance.as_deref(), Some("7"));
    assert!(members(&CreditError::Internal).is_empty());
    assert_eq!(CreditError::Internal.status().as_u16(), 500);
    let missing = Missing { id: 7 };
    assert_eq!(problem(&missing), None);
    assert_eq!(members(&missing), ["item_id"]);
    assert_eq!(record(&missing).instance.as_deref(), Some("/items"));
}

impl std::fmt::Display for CreditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no item {}", self.id)
    }
}
