// `instance = …` mistakes, each at its token, with what to write.
use statuscode::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(problem, instance = id)]
enum OnTheEnum {
    #[status(NOT_FOUND, instance = "/items", instance = "/again")]
    Twice { id: u32 },
    #[status(NOT_FOUND, instance = missing)]
    NoSuchField { id: u32 },
    #[status(NOT_FOUND, instance = 4.5)]
    NotAField,
    #[status(NOT_FOUND, instance =)]
    Empty,
    #[status(NOT_FOUND, instance = "/a" "/b")]
    TwoValues,
}

// Without `problem`, there is no `instance` member to set.
#[derive(Debug, HttpStatus)]
#[status(NOT_FOUND, response, instance = "/items/7")]
struct Plain;

macro_rules! display {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("error")
            }
        }
    )*};
}
display!(OnTheEnum, Plain);

fn main() {}
