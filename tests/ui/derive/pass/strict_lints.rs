// The expansion is clean under strict rustc lints, even with every name it
// uses also imported (so a needless qualification would be flagged).
// Clippy's pedantic group is checked by the workspace crate
// tests/derive-lints, because clippy lints only run under `cargo clippy`.
#![deny(
    unused_qualifications,
    deprecated,
    unused,
    nonstandard_style,
    rust_2018_idioms,
    unreachable_pub,
    missing_debug_implementations,
    trivial_casts,
    unused_results,
    single_use_lifetimes
)]

use statuscode::{HttpStatus, Status, StatusSet, status};

#[derive(Debug, HttpStatus)]
#[status(INTERNAL_SERVER_ERROR)]
enum ApiError<'a, T>
where
    T: std::fmt::Debug,
{
    #[status(NOT_FOUND)]
    Missing(&'a str),
    #[status(HTTP_409_CONFLICT)]
    Conflict { id: u64 },
    #[status(transparent)]
    Inner(T),
    Other,
}

#[derive(Debug, HttpStatus)]
#[status(GONE)]
struct Gone;

fn main() {
    let e: ApiError<'_, Gone> = ApiError::Inner(Gone);
    assert_eq!(e.status(), Status::GONE);
    assert_eq!(e.status(), status!(410));
    let all: StatusSet = ApiError::<'_, Gone>::statuses();
    assert_eq!(all.len(), 4);
    let others: [ApiError<'_, Gone>; 3] = [
        ApiError::Missing("x"),
        ApiError::Conflict { id: 1 },
        ApiError::Other,
    ];
    if let [ApiError::Missing(what), ApiError::Conflict { id }, _] = &others {
        assert_eq!((*what, *id), ("x", 1));
    }
    for (e, code) in others.iter().zip([404, 409, 500]) {
        assert_eq!(e.status().as_u16(), code);
        assert!(all.contains(e.status()));
    }
}
