use statuscode::status;

fn main() {
    let _ = status!(WS_1008_NOT_FOUND);
}
