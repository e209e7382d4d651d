use statuscode::status;

fn main() {
    let _ = status!(PERMISSION_DENIED);
}
