use statuscode::close_code;

fn main() {
    let _ = close_code!("1008");
    let _ = close_code!("POLICY_VIOLATION");
}
