use statuscode::close_code;

fn main() {
    let _ = close_code!(TRY_LATER);
}
