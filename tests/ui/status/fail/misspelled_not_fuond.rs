use statuscode::status;

fn main() {
    let _ = status!(NOT_FUOND);
}
