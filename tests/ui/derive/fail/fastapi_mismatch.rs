use statuscode::HttpStatus;

#[derive(HttpStatus)]
#[status(HTTP_404_FORBIDDEN)]
struct Forbidden;

fn main() {
    let _ = Forbidden.status();
}
