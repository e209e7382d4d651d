use statuscode::close_code;

fn main() {
    let _ = close_code!(GOODBYE_FOREVER);
    let _ = close_code!(NOT_FOUND);
}
