use statuscode::HttpStatus;

#[derive(HttpStatus)]
#[status(NOT_FOUND)]
union Bits {
    code: u16,
    bytes: [u8; 2],
}

fn main() {
    let _ = Bits { code: 404 }.status();
}
