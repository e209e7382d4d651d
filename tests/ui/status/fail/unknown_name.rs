use statuscode::status;

fn main() {
    let _ = status!(FOOBAR_BAZ);
}
