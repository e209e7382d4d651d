use statuscode::status;

fn main() {
    let _ = status!(WS_1006_ABNORMAL_CLOSURE);
}
