use statuscode::status;

fn main() {
    let _ = status!(0x194);
}
