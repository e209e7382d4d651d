use statuscode::status;

fn main() {
    let _ = status!(WS_1008_POLICY_VIOLATOIN);
}
