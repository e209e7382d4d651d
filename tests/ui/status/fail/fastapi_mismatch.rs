use statuscode::status;

fn main() {
    let _ = status!(HTTP_404_FORBIDDEN);
}
