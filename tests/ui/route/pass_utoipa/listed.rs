// The user documents the success status: `#[status_code]` adds nothing, so
// any return type goes, `impl IntoResponse` and text included.
use axum_ui::response::IntoResponse;
use statuscode::status_code;

#[status_code(CREATED)]
#[utoipa::path(post, path = "/items", responses((status = 201, description = "Made", body = String, content_type = "text/plain")))]
async fn create() -> impl IntoResponse {
    "made"
}

#[status_code(ACCEPTED)]
#[utoipa::path(post, path = "/queue", responses((status = StatusCode::ACCEPTED, description = "Queued")))]
async fn queue() -> String {
    "queued".to_owned()
}

fn main() {
    use utoipa::Path;
    let _ = (create(), queue());
    let responses = __path_create::operation().responses.responses;
    assert_eq!(responses.keys().collect::<Vec<_>>(), ["201"]);
    let responses = __path_queue::operation().responses.responses;
    assert_eq!(responses.keys().collect::<Vec<_>>(), ["202"]);
}
