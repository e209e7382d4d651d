use statuscode::status;

fn main() {
    let _ = status!(unassigned WS_1008_POLICY_VIOLATION);
}
