// Arguments but no code: the error points at the first argument, not at
// the whole attribute.
use statuscode::status_code;

#[status_code(crate = ::statuscode)]
fn only_crate() {}

#[status_code(,)]
fn only_comma() {}

fn main() {
    only_crate();
    only_comma();
}
