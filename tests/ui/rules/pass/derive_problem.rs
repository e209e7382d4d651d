// `#[status(problem)]`: the type and title of each variant (or the
// type's), and extension members from fields or fixed.
use std::fmt::Display;

use statuscode::HttpStatus;
use statuscode::__private::ResponseSink;

/// Records the problem members a type declares (the last type and title).
#[derive(Default)]
struct Record {
    problem: Option<(Option<String>, Option<String>)>,
    members: Vec<(String, String)>,
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
    fn member(&mut self, name: &str, value: &dyn Display) {
        self.members.push((name.to_owned(), value.to_string()));
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
    #[status(UNAUTHORIZED, header("WWW-Authenticate" = "Bearer"), extension("realm" = 0))]
    NoToken(&'static str),
    Internal,
}

#[derive(Debug, HttpStatus)]
#[status(NOT_FOUND, problem, extension("item_id" = id))]
struct Missing {
    id: u32,
}

fn members(value: &impl HttpStatus) -> Vec<(String, String)> {
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
        [("balance".to_owned(), "30".to_owned()), ("accounts".to_owned(), "/account/12345".to_owned())]
    );
    assert_eq!(
        problem(&CreditError::NoToken("api")),
        Some((Some("https://example.com/probs/internal".to_owned()), None))
    );
    assert_eq!(members(&CreditError::NoToken("api")), [("realm".to_owned(), "api".to_owned())]);
    assert_eq!(members(&CreditError::Internal), []);
    assert_eq!(CreditError::Internal.status().as_u16(), 500);
    let missing = Missing { id: 7 };
    assert_eq!(problem(&missing), None);
    assert_eq!(members(&missing), [("item_id".to_owned(), "7".to_owned())]);
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
