// axum's `Json` behind an alias, without statuscode's feature `utoipa-axum`
// (this package has `axum` and `utoipa` only): the body cannot be found,
// and the error says to turn the feature on or write the response.
use axum_ui::Json;
use statuscode::status_code;

type AppResult<T> = Result<T, statuscode::HttpError>;

#[status_code(CREATED)]
#[utoipa::path(post, path = "/items")]
async fn create() -> AppResult<Json<u32>> {
    Ok(Json(7))
}

fn main() {
    let _ = create();
}
