// Every `status!` diagnostic, in `#[status_code(…)]`: each message shows the
// attribute form, and each function is still emitted unchanged (so `main`
// type-checks and there is no cascade of errors).
use statuscode::status_code;

#[status_code(NOT_FUOND)]
fn misspelled() {}

#[status_code(NotFound)]
fn camel_case() {}

#[status_code(not_found)]
fn snake_case() {}

#[status_code(FOOBAR_BAZ)]
fn unknown() {}

#[status_code(HTTP_404_FORBIDDEN)]
fn fastapi_mismatch() {}

#[status_code(HTTP_404_NOT_FUOND)]
fn fastapi_misspelled() {}

#[status_code(4040)]
fn out_of_range() {}

#[status_code(299)]
fn unassigned() {}

#[status_code(unassigned 404)]
fn unassigned_but_assigned() {}

#[status_code(unassigned 600)]
fn unassigned_out_of_range() {}

#[status_code(unassigned NOT_FOUND)]
fn unassigned_name() {}

#[status_code("201")]
fn string_literal() {}

#[status_code(2.01)]
fn float() {}

#[status_code(-201)]
fn negative() {}

#[status_code(0xc9)]
fn hex() {}

#[status_code(201i8)]
fn suffix() {}

#[status_code(201 202)]
fn trailing() {}

#[status_code((201))]
fn group() {}

#[status_code(status_code = 201)]
fn fastapi_keyword() {}

#[status_code(CREATED, 202)]
fn two_codes() {}

#[status_code(CREATED, crate)]
fn crate_without_path() {}

#[status_code(CREATED, crate = )]
fn crate_empty_path() {}

#[status_code(crate = ::statuscode, crate = ::statuscode, CREATED)]
fn crate_twice() {}

fn main() {
    misspelled();
    let () = unassigned();
}
