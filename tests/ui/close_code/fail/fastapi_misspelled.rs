use statuscode::close_code;

fn main() {
    let _ = close_code!(WS_1008_POLICY_VIOLATOIN);
}
