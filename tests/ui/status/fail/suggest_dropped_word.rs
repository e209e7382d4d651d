use statuscode::status;

fn main() {
    let _ = status!(METHOD_NOT_SUPPORTED);
}
