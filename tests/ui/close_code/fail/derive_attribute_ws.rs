use statuscode::HttpStatus;

// A derive wants an HTTP status: a FastAPI WebSocket name is refused.
#[derive(HttpStatus)]
#[status(WS_1008_POLICY_VIOLATION)]
struct Kicked;

fn main() {}
