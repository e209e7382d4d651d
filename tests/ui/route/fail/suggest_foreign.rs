use statuscode::status_code;

#[status_code(RESOURCE_EXHAUSTED)]
fn rate_limited() {}

#[status_code(REQUEST_TOO_MANY)]
fn reordered() {}

#[status_code(Redirect)]
fn dotnet() {}

fn main() {
    rate_limited();
    reordered();
    dotnet();
}
