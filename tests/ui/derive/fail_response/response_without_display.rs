use statuscode::HttpStatus;

// `response` renders the type with `Display`: a type without it is refused
// at the derive, naming the missing trait.
#[derive(Debug, HttpStatus)]
#[status(NOT_FOUND, response)]
struct Missing;

fn main() {}
