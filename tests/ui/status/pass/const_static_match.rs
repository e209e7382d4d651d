use statuscode::{Status, status};

const CREATED: Status = status!(CREATED);
static TEAPOT: Status = status!(TEAPOT);
const CLIENT_CLOSED: Status = status!(unassigned 499u16);

fn describe(s: Status) -> &'static str {
    match s {
        status!(200) | status!(201u16) => "fine",
        status!(HTTP_404_NOT_FOUND) => "missing",
        status!(UNPROCESSABLE_ENTITY) => "invalid",
        status!(unassigned 499) => "client went away",
        _ => "other",
    }
}

fn main() {
    assert_eq!(CREATED.as_u16(), 201);
    assert_eq!(TEAPOT, Status::IM_A_TEAPOT);
    assert_eq!(describe(status!(OK)), "fine");
    assert_eq!(describe(Status::NOT_FOUND), "missing");
    assert_eq!(describe(Status::UNPROCESSABLE_CONTENT), "invalid");
    assert_eq!(describe(CLIENT_CLOSED), "client went away");
    assert_eq!(describe(status!(PAYLOAD_TOO_LARGE)), "other");
    assert_eq!(status!(r#NOT_FOUND), Status::NOT_FOUND);
    assert_eq!(status!(4_04), Status::NOT_FOUND);
}
