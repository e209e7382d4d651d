//! [`Suggestion`] and [`Suggestions`]: the "did you mean" names that
//! [`ParseStatusError`](crate::ParseStatusError) and
//! [`ParseCloseCodeError`](crate::ParseCloseCodeError) carry, typed with the
//! code they name. `suggest.rs` finds them; this wraps them.

use core::fmt;

use crate::http::Status;
use crate::suggest::{Hit, Hits};

/// A name the resolver proposes for a misspelled one: for an HTTP status
/// (`Suggestion<Status>`, the default) or a WebSocket close code
/// (`Suggestion<CloseCode>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion<C = Status> {
    /// The code the name resolves to.
    pub status: C,
    name: &'static str,
    /// `"HTTP"` or `"WS"` when the name is proposed in its FastAPI form
    /// (`HTTP_404_NOT_FOUND`), else `""`.
    prefix: &'static str,
}

impl<C> Suggestion<C> {
    pub(crate) const fn new(status: C, name: &'static str, prefix: &'static str) -> Self {
        Suggestion {
            status,
            name,
            prefix,
        }
    }
}

impl<C: Copy + Into<u16>> fmt::Display for Suggestion<C> {
    /// The name as the user should write it: `NOT_FOUND` or
    /// `HTTP_404_NOT_FOUND`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.prefix.is_empty() {
            f.write_str(self.name)
        } else {
            let code: u16 = self.status.into();
            write!(f, "{}_{code}_{}", self.prefix, self.name)
        }
    }
}

/// Up to three [`Suggestion`]s, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestions<C = Status> {
    pub(crate) items: [Option<Suggestion<C>>; 3],
}

impl<C> Default for Suggestions<C> {
    fn default() -> Self {
        Suggestions {
            items: [None, None, None],
        }
    }
}

impl<C> Suggestions<C> {
    /// Just `best`.
    pub(crate) const fn one(best: Suggestion<C>) -> Self {
        Suggestions {
            items: [Some(best), None, None],
        }
    }

    /// The resolver's rows, each code wrapped by `code`.
    pub(crate) fn from_hits(hits: Hits, code: fn(u16) -> C) -> Self {
        Suggestions {
            items: hits.map(|hit| {
                hit.map(|Hit { entry, prefix }| {
                    Suggestion::new(code(entry.code), entry.name, prefix)
                })
            }),
        }
    }
}

impl<C: Copy> Suggestions<C> {
    /// The suggestions, best first.
    ///
    /// ```
    /// use statuscode_core::{ParseStatusError, Status};
    /// let Err(ParseStatusError::UnknownName { suggestions }) = Status::from_name("TEAPOTT") else {
    ///     unreachable!()
    /// };
    /// assert_eq!(suggestions.iter().next().map(|s| s.status), Some(Status::IM_A_TEAPOT));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Suggestion<C>> + '_ {
        self.items.iter().flatten().copied()
    }

    /// Whether there is none.
    ///
    /// ```
    /// use statuscode_core::{ParseStatusError, Status};
    /// let Err(ParseStatusError::UnknownName { suggestions }) = Status::from_name("XYZZY") else {
    ///     unreachable!()
    /// };
    /// assert!(suggestions.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items[0].is_none()
    }
}

impl<C: Copy + Into<u16> + fmt::Display> fmt::Display for Suggestions<C> {
    /// `` `TEAPOT` (418 I'm a teapot) or `IM_A_TEAPOT` (418 I'm a teapot) ``
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.iter().count();
        for (i, s) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(if i + 1 == count { " or " } else { ", " })?;
            }
            write!(f, "`{s}` ({})", s.status)?;
        }
        Ok(())
    }
}

impl<C: Copy + Into<u16> + fmt::Display> Suggestions<C> {
    /// The message of an unknown name, the same for every kind of code:
    /// `unknown <what> name`, then these suggestions or, when there are
    /// none, an example of a `name` and of a `fastapi` name to write.
    pub(crate) fn fmt_unknown(
        &self,
        f: &mut fmt::Formatter<'_>,
        what: &str,
        name: &str,
        fastapi: &str,
    ) -> fmt::Result {
        write!(f, "unknown {what} name")?;
        if self.is_empty() {
            write!(
                f,
                "; write a name such as {name}, a FastAPI name such as {fastapi}, or a number"
            )
        } else {
            write!(f, "; did you mean {self}?")
        }
    }
}
