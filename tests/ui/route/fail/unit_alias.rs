// An alias whose name ends in `Result`, with `()` first, is read as a
// `Result<(), E>`: one that stands for something else is refused with what
// to write instead.
type PairResult<T> = (T, u8);

#[statuscode::status_code(CREATED)]
fn pair() -> PairResult<()> {
    ((), 1)
}

fn main() {
    let _ = pair();
}
