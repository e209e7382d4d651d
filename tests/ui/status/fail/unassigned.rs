use statuscode::status;

fn main() {
    let _ = status!(299);
}
