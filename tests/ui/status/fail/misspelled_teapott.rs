use statuscode::status;

fn main() {
    let _ = status!(TEAPOTT);
}
