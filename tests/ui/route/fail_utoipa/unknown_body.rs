// A body `#[status_code]` cannot document (not JSON, here text), even
// through an alias: refused with what to write in `responses(…)`.
use statuscode::status_code;

type Text = String;

#[status_code(CREATED)]
#[utoipa::path(post, path = "/items")]
async fn create() -> Result<Text, statuscode::HttpError> {
    Ok("made".to_owned())
}

fn main() {
    let _ = create();
}
