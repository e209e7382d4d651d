use statuscode::status;

fn main() {
    let _ = status!(HTTP_404_NOT_FUOND);
}
