use statuscode::status;

fn main() {
    let _ = status!(ServiceUnavailble);
}
