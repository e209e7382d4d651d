use statuscode::close_code;

fn main() {
    let _ = close_code!(VIOLATED_POLICY);
}
