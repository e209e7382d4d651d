//! `HttpStatus` for axum's extractor rejections, so an application error
//! that wraps one with `#[status(transparent)]` keeps axum's status (400
//! for a body that does not parse, 415 for a wrong content type, 422 for a
//! body of the wrong shape, 413 for one too large …) and sends axum's
//! message as its `detail`.

use axum::extract::rejection::{
    BytesRejection, ExtensionRejection, FormRejection, JsonRejection, PathRejection,
    QueryRejection, RawFormRejection, StringRejection,
};

use crate::{HttpStatus, Status, StatusSet};

macro_rules! rejections {
    ($($(#[$doc:meta])* $ty:ty => [$($status:ident),*];)*) => {$(
        $(#[$doc])*
        #[cfg(feature = "axum-rejections")] // for the docs: see interop/mod.rs
        impl HttpStatus for $ty {
            fn status(&self) -> Status {
                Status::from_wire(self.status().as_u16()).unwrap_or(Status::INTERNAL_SERVER_ERROR)
            }

            fn statuses() -> StatusSet {
                StatusSet::new()$(.with(Status::$status))*
            }
        }
    )*};
}

rejections! {
    /// 400 (syntax), 413 (too large), 415 (not `application/json`), 422
    /// (the wrong shape).
    JsonRejection => [BAD_REQUEST, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT];
    /// 400, 413, 415, 422, as axum's `Form`.
    FormRejection => [BAD_REQUEST, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT];
    /// 400, 413, 415.
    RawFormRejection => [BAD_REQUEST, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE];
    /// 400.
    QueryRejection => [BAD_REQUEST];
    /// 400 (a parameter that does not parse), 500 (a route that does not
    /// match the extractor).
    PathRejection => [BAD_REQUEST, INTERNAL_SERVER_ERROR];
    /// 500 (the extension was not added: the program's bug).
    ExtensionRejection => [INTERNAL_SERVER_ERROR];
    /// 400, 413.
    BytesRejection => [BAD_REQUEST, PAYLOAD_TOO_LARGE];
    /// 400 (also for text that is not UTF-8), 413.
    StringRejection => [BAD_REQUEST, PAYLOAD_TOO_LARGE];
}
