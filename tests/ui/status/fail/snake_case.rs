use statuscode::status;

fn main() {
    let _ = status!(not_found);
}
