use statuscode::status;

fn main() {
    let _ = status!(INTERNAL_SERVOR_EROR);
}
