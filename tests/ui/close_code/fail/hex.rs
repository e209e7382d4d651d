use statuscode::close_code;

fn main() {
    let _ = close_code!(0x3F0);
}
