// `#[status_code]` below `#[utoipa::path]`: utoipa's attribute has run
// first, without the success status (its document would say
// `"responses": {}`, which is invalid). Refused, naming the fix.
use statuscode::status_code;

#[utoipa::path(post, path = "/items")]
#[status_code(CREATED)]
async fn create() -> axum_ui::Json<u32> {
    axum_ui::Json(1)
}

fn main() {
    let _ = create();
}
