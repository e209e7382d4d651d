use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(NOT_FOUND)]
    Missing,
    Unmapped { detail: String },
}

#[derive(HttpStatus)]
struct Bare(u32);

fn main() {
    let _ = ApiError::Missing.status();
    let _ = Bare(1).status();
}
