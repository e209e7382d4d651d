// The return types without content that 204, 205 and 304 accept, however
// they are spelled.
use statuscode::{NoBody, status, status_code};

type ApiResult<T> = Result<T, String>;

mod renamed {
    pub use std::result::Result as Outcome;
}

#[status_code(NO_CONTENT)]
fn unit() {}

#[status_code(NO_CONTENT)]
fn unit_written() -> () {}

#[status_code(RESET_CONTENT)]
fn no_body() -> NoBody {
    NoBody
}

#[status_code(NOT_MODIFIED)]
fn result() -> Result<(), String> {
    Ok(())
}

#[status_code(NO_CONTENT)]
fn result_no_body() -> Result<NoBody, String> {
    Ok(NoBody)
}

#[status_code(HTTP_204_NO_CONTENT)]
async fn alias() -> ApiResult<()> {
    Err("gone".to_owned())
}

#[status_code(204)]
fn io() -> std::io::Result<()> {
    Ok(())
}

#[status_code(NO_CONTENT)]
fn renamed() -> renamed::Outcome<NoBody, u8> {
    Ok(NoBody)
}

// Other statuses are not concerned.
#[status_code(OK)]
fn text() -> String {
    String::new()
}

fn main() {
    assert_eq!(unit().status, status!(204));
    assert_eq!(unit_written().status, status!(204));
    assert_eq!(no_body().status, status!(205));
    assert_eq!(result().status, status!(304));
    assert!(result_no_body().value.is_ok());
    assert!(io().value.is_ok());
    assert!(renamed().value.is_ok());
    assert_eq!(text().status, status!(200));
    let _ = alias();
}
