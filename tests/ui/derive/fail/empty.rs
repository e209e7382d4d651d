use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status()]
    Empty,
    #[status]
    NoList,
    #[status = 404]
    NameValue,
    #[status(, 404)]
    LeadingComma,
}

fn main() {
    let _ = ApiError::Empty.status();
}
