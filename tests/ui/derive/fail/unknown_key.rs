use statuscode::HttpStatus;

#[derive(HttpStatus)]
#[status(default = 500)]
enum ApiError {
    #[status(transparant)]
    Misspelled(Inner),
    #[status(code = 404)]
    CodeEquals,
    #[status(code(404))]
    CodeCall,
    #[status(foo)]
    Foo,
    #[status(response)]
    ResponseOnVariant,
    #[status(NOT_FOUND, crate = statuscode)]
    CrateOnVariant,
    #[status(crate = )]
    CrateWithoutPath,
}

#[derive(HttpStatus)]
#[status(NOT_FOUND)]
struct Inner;

fn main() {
    let _ = ApiError::Foo.status();
}
