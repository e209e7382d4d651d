// A deprecated type, variant and field: the derive's own impls (the
// `HttpStatus` impl and, with `response` and a framework feature, the
// response impls) name them without tripping `deprecated` in the user's
// crate, as thiserror's derive does. Only the user's own uses warn.
#![deny(deprecated)]

use statuscode::HttpStatus;

#[deprecated = "use NewError"]
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(INTERNAL_SERVER_ERROR, response)]
pub enum OldError {
    #[error("gone")]
    #[status(GONE)]
    Gone,
    #[deprecated = "use Gone"]
    #[error("removed")]
    #[status(NOT_FOUND)]
    Removed,
    #[error("inner")]
    #[status(transparent)]
    Inner {
        #[deprecated = "no longer set"]
        source: Teapot,
    },
    #[deprecated]
    #[error("other")]
    Other,
}

#[deprecated]
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("old")]
#[status(transparent, response)]
pub struct OldStruct(Teapot);

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("teapot")]
#[status(IM_A_TEAPOT)]
pub struct Teapot;

#[allow(deprecated)]
fn main() {
    assert_eq!(OldError::Removed.status().as_u16(), 404);
    assert_eq!(OldError::Other.status().as_u16(), 500);
    assert_eq!(OldStruct(Teapot).status().as_u16(), 418);
    assert_eq!(OldError::statuses().len(), 4);
    assert_eq!(OldError::Inner { source: Teapot }.status().as_u16(), 418);
}
