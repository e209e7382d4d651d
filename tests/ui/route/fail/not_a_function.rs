use statuscode::status_code;

#[status_code(CREATED)]
struct Created;

#[status_code(CREATED)]
const CODE: u16 = 201;

#[status_code(CREATED)]
impl Created {}

trait Handler {
    #[status_code(CREATED)]
    fn create(&self) -> u8;
}

fn main() {
    let _ = (Created, CODE);
}
