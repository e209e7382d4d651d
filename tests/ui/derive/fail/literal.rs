use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status("404")]
    Quoted,
    #[status("NOT_FOUND")]
    QuotedName,
    #[status(4.04)]
    Float,
    #[status(-404)]
    Negative,
    #[status(404i8)]
    Suffix,
    #[status(0x194)]
    Hex,
}

fn main() {
    let _ = ApiError::Quoted.status();
}
