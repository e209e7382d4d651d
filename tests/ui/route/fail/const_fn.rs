use statuscode::status_code;

#[status_code(CREATED)]
const fn create() -> u8 {
    1
}

#[status_code(CREATED)]
pub const unsafe fn create_unsafe() -> u8 {
    1
}

fn main() {}
