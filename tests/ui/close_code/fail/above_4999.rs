use statuscode::close_code;

fn main() {
    let _ = close_code!(5000);
    let _ = close_code!(65536);
    let _ = close_code!(99999999999999999999999);
}
