// `impl IntoResponse` above `#[utoipa::path]`: the body it sends cannot be
// known, so the success response must be written in `responses(…)`.
use axum_ui::response::IntoResponse;
use statuscode::status_code;

#[status_code(CREATED)]
#[utoipa::path(post, path = "/items")]
async fn create() -> impl IntoResponse {
    axum_ui::Json(1)
}

fn main() {
    let _ = create();
}
