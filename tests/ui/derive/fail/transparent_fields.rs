use statuscode::HttpStatus;

#[derive(HttpStatus)]
#[status(BAD_GATEWAY)]
struct Upstream;

#[derive(HttpStatus)]
enum ApiError {
    #[status(transparent)]
    Nothing,
    #[status(transparent)]
    Two(Upstream, Upstream),
    #[status(transparent)]
    Named { first: Upstream, second: Upstream, third: u8 },
    #[status(transparent)]
    EmptyBraces {},
}

#[derive(HttpStatus)]
#[status(transparent)]
struct Pair(Upstream, Upstream);

#[derive(HttpStatus)]
#[status(transparent)]
struct Unit;

#[derive(HttpStatus)]
#[status(transparent)]
enum OnTheEnum {
    #[status(NOT_FOUND)]
    Missing,
}

fn main() {
    let _ = ApiError::Nothing.status();
    let _ = Pair(Upstream, Upstream).status();
    let _ = Unit.status();
    let _ = OnTheEnum::Missing.status();
}
