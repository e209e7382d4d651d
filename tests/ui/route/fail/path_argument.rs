// The natural spelling for axum users: a path to the constant. The name
// alone is what the attribute takes.
#[statuscode::status_code(StatusCode::CREATED)]
fn create() -> String {
    String::new()
}

fn main() {
    let _ = statuscode::status!(statuscode::Status::NOT_FOUND);
    let _ = create();
}
