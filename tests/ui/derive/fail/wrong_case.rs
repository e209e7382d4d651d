use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(NotFound)]
    Camel,
    #[status(not_found)]
    Snake,
    #[status(created)]
    NotTheCrateKey,
}

fn main() {
    let _ = ApiError::Camel.status();
}
