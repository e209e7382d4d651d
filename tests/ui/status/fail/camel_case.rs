use statuscode::status;

fn main() {
    let _ = status!(NotFound);
}
