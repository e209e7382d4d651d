use statuscode::status;

fn main() {
    let _ = status!(NETWORK_AUTH_REQUIRED);
}
