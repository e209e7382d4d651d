// `#[status(problem)]` mistakes, each at its token; the response rules
// apply to problem types too.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(problem, response)]
enum TwoFormats {
    #[status(NOT_FOUND)]
    Missing,
}

#[derive(Debug, HttpStatus)]
#[status(problem, extension("balance" = balance))]
enum Credit {
    #[status(OK)]
    Success,
    #[status(FORBIDDEN, extension("9lives" = "x"), extension("status" = "x"))]
    BadNames,
    #[status(FORBIDDEN, extension("cost" = price), extension("cost" = "1"))]
    NoField { balance: u32 },
    #[status(FORBIDDEN, type = 42, title = "Twice", title = "Again")]
    BadText,
}

// Without `problem`, the problem keys have nothing to describe.
#[derive(Debug, HttpStatus)]
#[status(NOT_FOUND, response, type = "https://example.com/probs/x", title = "X")]
struct Plain {
    #[allow(dead_code)]
    id: u32,
}

// The response impls need `Display`: given, so only the rules report.
macro_rules! display {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("error")
            }
        }
    )*};
}
display!(TwoFormats, Credit, Plain);

fn main() {}
