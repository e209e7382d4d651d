use statuscode::status;

fn main() {
    let _ = status!(REQUEST_TOO_MANY);
}
