use statuscode::close_code;

fn main() {
    let _ = close_code!(MESAGE_TO_BIG);
}
