// `#[status(problem)]`: the type and title of each variant (or the
// type's), and extension members from fields or fixed.
use statuscode::HttpStatus;
use statuscode::__private::ResponseParts;

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
#[status(NOT_FOUND, problem, title = "Ignored with about:blank", extension("item_id" = id))]
struct Missing {
    id: u32,
}

fn members(value: &impl ResponseParts) -> Vec<(String, String)> {
    let mut out = Vec::new();
    value.problem_members(&mut |name, value| out.push((name.to_owned(), value.to_string())));
    out
}

fn main() {
    let credit = CreditError::OutOfCredit { balance: 30 };
    assert_eq!(
        credit.problem(),
        Some((
            Some("https://example.com/probs/out-of-credit"),
            Some("You do not have enough credit.")
        ))
    );
    assert_eq!(
        members(&credit),
        [("balance".to_owned(), "30".to_owned()), ("accounts".to_owned(), "/account/12345".to_owned())]
    );
    assert_eq!(CreditError::NoToken("api").problem(), Some((Some("https://example.com/probs/internal"), None)));
    assert_eq!(members(&CreditError::NoToken("api")), [("realm".to_owned(), "api".to_owned())]);
    assert_eq!(members(&CreditError::Internal), []);
    assert_eq!(CreditError::Internal.status().as_u16(), 500);
    let missing = Missing { id: 7 };
    assert_eq!(missing.problem(), Some((None, Some("Ignored with about:blank"))));
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
