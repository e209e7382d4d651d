use statuscode::status_code;

#[status_code]
fn create() -> u8 {
    1
}

#[status_code()]
fn delete() {}

fn main() {
    // Emitted unchanged: still returns `u8`.
    let _: u8 = create();
    delete();
}
