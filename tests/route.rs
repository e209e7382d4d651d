//! `#[status_code(…)]` on plain functions: what the handler returns, with
//! sync and async bodies, generics, `impl Trait`, `Result`, `return` and `?`.

use std::fmt::Display;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use statuscode::{HttpError, NoBody, WithStatus, status, status_code};

/// Polls a future that never waits (the async handlers here don't).
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

#[status_code(CREATED)]
fn create(name: &str) -> String {
    if name == "early" {
        return "returned early".to_owned();
    }
    format!("created {name}")
}

#[status_code(NO_CONTENT)]
fn delete(_id: u32) {}

#[status_code(HTTP_202_ACCEPTED)]
async fn enqueue(job: u32) -> Result<u32, HttpError> {
    let parsed: u32 = job
        .to_string()
        .parse()
        .map_err(|_| HttpError::from_status(status!(400)))?;
    if parsed == 0 {
        return Err(HttpError::new(status!(UNPROCESSABLE_CONTENT), "job 0"));
    }
    Ok(parsed)
}

#[status_code(201)]
fn generic<T: Display, const N: usize>(items: [T; N]) -> Vec<String>
where
    [T; N]: Clone,
{
    items.iter().map(ToString::to_string).collect()
}

#[status_code(CREATED)]
fn with_impl_arg(value: impl Display) -> impl Display {
    format!("<{value}>")
}

#[status_code(CREATED)]
async fn async_impl(value: impl Display + Send) -> impl Display {
    format!("[{value}]")
}

#[status_code(NO_CONTENT)]
fn fallible_unit(fail: bool) -> std::io::Result<()> {
    if fail {
        Err(std::io::Error::other("no"))?;
    }
    Ok(())
}

#[status_code(unassigned 299)]
pub(crate) fn unassigned() -> u8 {
    7
}

/// `->` inside the return type and the where clause does not end them.
#[status_code(OK)]
fn boxed(step: u8) -> Result<Box<dyn Fn(u8) -> u8>, String> {
    Ok(Box::new(move |x| x + step))
}

#[status_code(ACCEPTED)]
fn apply<F>(f: F) -> u8
where
    F: Fn() -> u8,
{
    f()
}

/// Keeps its own docs.
#[status_code(OK)]
fn documented() -> Option<u8> {
    Some(1)
}

struct Store(Vec<u32>);

impl Store {
    #[status_code(CREATED)]
    fn push(&mut self, v: u32) -> Result<usize, HttpError> {
        self.0.push(v);
        Ok(self.0.len())
    }

    #[status_code(OK)]
    async fn first(&self) -> Option<u32> {
        self.0.first().copied()
    }
}

#[test]
fn sync_handlers_carry_the_status() {
    assert_eq!(
        create("hammer"),
        WithStatus::new(status!(201), "created hammer".to_owned())
    );
    assert_eq!(create("early").value, "returned early");
    assert_eq!(delete(3), WithStatus::new(status!(204), NoBody));
    assert_eq!(generic([1, 2]).value, ["1", "2"]);
    assert_eq!(generic([1, 2]).status, status!(CREATED));
    let shown = with_impl_arg(5);
    assert_eq!(
        (shown.status, shown.value.to_string()),
        (status!(201), "<5>".to_owned())
    );
    assert_eq!(unassigned().status.as_u16(), 299);
    assert_eq!(documented().value, Some(1));
    assert_eq!(apply(|| 3), WithStatus::new(status!(202), 3));
    let adder = boxed(2);
    assert_eq!((adder.status, (adder.value.unwrap())(1)), (status!(200), 3));
}

/// A `Result` is wrapped whole, as every return type is: the framework
/// impls of `WithStatus` keep an error's own status (tests/axum.rs,
/// tests/actix.rs). A `Result<(), E>` written out gets `NoBody` for `()`.
#[test]
fn results_are_wrapped_whole() {
    let done = fallible_unit(false);
    assert_eq!((done.status, done.value.unwrap()), (status!(204), NoBody));
    assert_eq!(fallible_unit(true).value.unwrap_err().to_string(), "no");
    let mut store = Store(Vec::new());
    assert_eq!(store.push(4), WithStatus::new(status!(201), Ok(1)));
}

#[test]
fn async_handlers_carry_the_status() {
    assert_eq!(block_on(enqueue(5)), WithStatus::new(status!(202), Ok(5)));
    let err = block_on(enqueue(0)).value.unwrap_err();
    assert_eq!((err.status(), err.detail()), (status!(422), "job 0"));
    let shown = block_on(async_impl("x"));
    assert_eq!(shown.value.to_string(), "[x]");
    let store = Store(vec![9]);
    assert_eq!(
        block_on(store.first()),
        WithStatus::new(status!(200), Some(9))
    );
}
