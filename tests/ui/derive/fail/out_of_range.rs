use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(4040)]
    TooLong,
    #[status(99)]
    TooSmall,
    #[status(600)]
    TooBig,
    #[status(unassigned 600)]
    OptedInButOutOfRange,
}

fn main() {
    let _ = ApiError::TooLong.status();
}
