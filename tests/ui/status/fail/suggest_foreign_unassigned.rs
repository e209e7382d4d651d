use statuscode::status;

fn main() {
    let _ = status!(CLIENT_CLOSED_REQUEST);
}
