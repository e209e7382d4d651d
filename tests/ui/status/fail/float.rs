use statuscode::status;

fn main() {
    let _ = status!(4.04);
}
