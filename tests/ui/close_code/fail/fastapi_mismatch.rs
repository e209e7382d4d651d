use statuscode::close_code;

fn main() {
    let _ = close_code!(WS_1000_POLICY_VIOLATION);
}
