// Attribute arguments forwarded by `macro_rules!` arrive wrapped in
// invisible groups (`$code:literal`, `$name:ident`): they parse the same.
use statuscode::{HttpStatus, Status};

macro_rules! error_type {
    ($ty:ident, $variant:ident, $code:literal, $default:ident) => {
        #[derive(HttpStatus)]
        #[status($default)]
        enum $ty {
            #[status($code)]
            $variant,
            Other,
        }
    };
}

error_type!(ApiError, Missing, 404, INTERNAL_SERVER_ERROR);

fn main() {
    assert_eq!(ApiError::Missing.status(), Status::NOT_FOUND);
    assert_eq!(ApiError::Other.status(), Status::INTERNAL_SERVER_ERROR);
}
