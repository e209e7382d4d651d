use statuscode::status;

fn main() {
    let _ = status!(UNPROCESSABLE);
}
