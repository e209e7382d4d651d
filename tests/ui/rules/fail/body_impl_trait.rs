// `impl Trait` hides whether the response carries a body: refused for the
// statuses that carry none, on the `impl`.
use std::fmt::Display;

use statuscode::status_code;

#[status_code(NO_CONTENT)]
fn opaque() -> impl Display {
    ""
}

#[status_code(NOT_MODIFIED)]
async fn nested() -> Result<impl Display, String> {
    Ok("")
}

fn main() {}
