use statuscode::close_code;

fn main() {
    let _ = close_code!(0);
    let _ = close_code!(999);
}
