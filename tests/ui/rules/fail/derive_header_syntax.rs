// `header(…)` mistakes, each at its token.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(response, header("X-Enum" = field))]
enum ApiError {
    #[status(BAD_REQUEST, header("Bad Name" = "x"))]
    BadName,
    #[status(BAD_REQUEST, header("X-Value" = "a\nb"))]
    BadValue,
    #[status(BAD_REQUEST, header("X-Field" = missing))]
    NoField { present: u8 },
    #[status(BAD_REQUEST, header("X-Index" = 1))]
    NoIndex(u8),
    #[status(BAD_REQUEST, header())]
    Empty,
    #[status(BAD_REQUEST, header("X-No-Value"))]
    NoValue,
    #[status(BAD_REQUEST, header(X_Ident = "x"))]
    IdentName,
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
display!(ApiError);

fn main() {}
