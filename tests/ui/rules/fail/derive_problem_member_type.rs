// An extension member is serialized with serde: a field whose type does not
// implement `Serialize` is refused at its type, saying what to do.
use statuscode::HttpStatus;

#[derive(Debug)]
struct Opaque;

#[derive(Debug, HttpStatus)]
#[status(NOT_FOUND, problem, extension("detail_of" = why))]
struct Missing {
    why: Opaque,
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("missing")
    }
}

fn main() {}
