use statuscode::close_code;

fn main() {
    let _ = close_code!(1016);
    let _ = close_code!(2999);
}
