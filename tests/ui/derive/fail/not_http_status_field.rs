use statuscode::HttpStatus;

struct NotAnError;

#[derive(HttpStatus)]
enum ApiError {
    #[status(transparent)]
    Io(std::io::Error),
    #[status(transparent)]
    Other { inner: NotAnError },
}

fn main() {}
