// Every macro expanded inside `#![no_std]` code. std is linked only to run
// `main` (trybuild runs a binary), under another name, so `::std` does not
// resolve here and an expansion that named it would not compile.
// Covered: status!, close_code!, #[status_code], #[derive(HttpStatus)].
#![no_std]
#![allow(deprecated)]

extern crate std as host;

use statuscode::{CloseCode, HttpStatus, Status, close_code, status, status_code};

const CREATED: Status = status!(CREATED);
const CLIENT_CLOSED: Status = status!(unassigned 499);
const KICKED: CloseCode = close_code!(POLICY_VIOLATION);

#[derive(HttpStatus)]
#[status(INTERNAL_SERVER_ERROR)]
enum ApiError<T>
where
    T: HttpStatus,
{
    #[status(404)]
    Missing,
    #[status(HTTP_413_REQUEST_ENTITY_TOO_LARGE)]
    TooLarge,
    #[status(transparent)]
    Inner(T),
    Other,
}

#[derive(HttpStatus)]
#[status(TEAPOT)]
struct Teapot;

fn retry(s: Status) -> bool {
    matches!(s, status!(TOO_MANY_REQUESTS) | status!(503) | status!(unassigned 499))
}

fn reconnect(c: CloseCode) -> bool {
    matches!(c, close_code!(TRY_AGAIN_LATER) | status!(WS_1012_SERVICE_RESTART) | close_code!(4001))
}

#[status_code(ACCEPTED)]
fn accept(n: u8) -> Result<u8, u8> {
    if n == 0 {
        return Err(0);
    }
    Ok(n)
}

#[status_code(204)]
fn nothing() {}

fn main() {
    assert_eq!(accept(7).status, status!(202));
    assert_eq!(accept(0).value.unwrap_err(), 0);
    assert_eq!(nothing().status.as_u16(), 204);
    assert_eq!(CREATED.as_u16(), 201);
    assert!(retry(CLIENT_CLOSED));
    assert!(!retry(status!(HTTP_404_NOT_FOUND)));
    assert!(reconnect(close_code!(1013)));
    assert!(!reconnect(KICKED));
    assert_eq!(ApiError::<Teapot>::Missing.status().as_u16(), 404);
    assert_eq!(ApiError::<Teapot>::TooLarge.status().as_u16(), 413);
    assert_eq!(ApiError::Inner(Teapot).status().as_u16(), 418);
    assert_eq!(ApiError::<Teapot>::Other.status().as_u16(), 500);
    assert_eq!(ApiError::<Teapot>::statuses().len(), 4);
}
