// RFC 9110 §15.3.5, §15.3.6, §15.4.5: 204, 205 and 304 carry no content.
// A return type with a body is refused on the return type, however the
// type is spelled.
use statuscode::status_code;

type ApiResult<T> = Result<T, String>;

#[status_code(NO_CONTENT)]
fn text() -> String {
    String::new()
}

#[status_code(HTTP_205_RESET_CONTENT)]
async fn aliased() -> ApiResult<String> {
    Ok(String::new())
}

#[status_code(304)]
fn bytes() -> Result<Vec<u8>, std::io::Error> {
    Ok(Vec::new())
}

#[status_code(NO_CONTENT)]
fn generic<T: Default>() -> T {
    T::default()
}

fn main() {}
