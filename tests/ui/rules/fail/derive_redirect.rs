// A redirect needs `Location` (RFC 9110 §10.2.2); 304 has no content.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(response)]
enum Moved {
    #[status(FOUND)]
    Nowhere,
    #[status(SEE_OTHER, header("Location" = to))]
    Somewhere { to: String },
    #[status(NOT_MODIFIED)]
    Cached,
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
display!(Moved);

fn main() {}
