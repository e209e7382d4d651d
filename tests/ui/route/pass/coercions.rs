// The body is checked against the declared return type, as without the
// attribute: unsizing (`&[u8; 5]` to `&[u8]`, `Box<MyErr>` to
// `Box<dyn Error>`), deref (`&String` to `&str`), in `return`, `?` and the
// tail, sync and async, and with `impl Trait` in the return type.
#![deny(warnings)]

use std::error::Error;
use std::fmt::{self, Display};

use statuscode::status_code;

#[derive(Debug)]
struct MyErr;

impl Display for MyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("my error")
    }
}

impl Error for MyErr {}

#[status_code(OK)]
async fn bytes() -> &'static [u8] {
    b"hello"
}

#[status_code(OK)]
fn sync_bytes() -> &'static [u8] {
    b"hello"
}

#[status_code(CREATED)]
async fn boxed(text: &str) -> Result<u8, Box<dyn Error>> {
    if text.is_empty() {
        return Err(Box::new(MyErr));
    }
    Ok(text.parse()?)
}

#[status_code(CREATED)]
fn sync_opaque(text: &str) -> Result<impl Display, Box<dyn Error>> {
    if text.is_empty() {
        return Err(Box::new(MyErr));
    }
    Ok(text.parse::<u8>()?)
}

#[status_code(CREATED)]
async fn async_opaque(text: &str) -> Result<impl Display, Box<dyn Error>> {
    if text.is_empty() {
        return Err(Box::new(MyErr));
    }
    Ok(text.parse::<u8>()?)
}

#[status_code(OK)]
fn sync_iter(n: u8) -> Box<dyn Iterator<Item = impl Display>> {
    Box::new(0..n)
}

struct User {
    name: String,
}

impl User {
    #[status_code(OK)]
    async fn name(&self) -> &str {
        &self.name
    }

    #[status_code(OK)]
    fn sync_name(&self) -> &str {
        &self.name
    }

    #[status_code(OK)]
    async fn renamed(mut self, name: &str) -> Self {
        self.name = name.to_owned();
        self
    }
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

fn main() {
    assert_eq!(block_on(bytes()).value, b"hello");
    assert_eq!(sync_bytes().value, b"hello");
    assert_eq!(block_on(boxed("7")).value.unwrap(), 7);
    assert_eq!(block_on(boxed("")).value.unwrap_err().to_string(), "my error");
    assert!(block_on(boxed("x")).value.is_err());
    assert_eq!(sync_opaque("7").value.unwrap().to_string(), "7");
    assert!(sync_opaque("").value.is_err());
    assert_eq!(block_on(async_opaque("8")).value.unwrap().to_string(), "8");
    assert_eq!(sync_iter(3).value.count(), 3);
    let user = User { name: "ada".to_owned() };
    assert_eq!(block_on(user.name()).value, "ada");
    assert_eq!(user.sync_name().value, "ada");
    assert_eq!(block_on(user.renamed("bo")).value.name, "bo");
}
