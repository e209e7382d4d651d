use statuscode::HttpStatus;

#[derive(HttpStatus)]
enum ProxyError {
    // nginx's "client closed request": not in the IANA registry.
    #[status(499)]
    ClientClosed,
    // `unassigned` is only for unassigned codes.
    #[status(unassigned 404)]
    Missing,
    #[status(unassigned)]
    NoNumber,
}

fn main() {
    let _ = ProxyError::ClientClosed.status();
}
