use statuscode::close_code;

fn main() {
    let _ = close_code!(INTERNAL_SERVER_ERROR);
}
