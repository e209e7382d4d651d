use statuscode::status;

fn main() {
    let _ = status!(99);
    let _ = status!(600);
    let _ = status!(4040);
    let _ = status!(65536);
}
