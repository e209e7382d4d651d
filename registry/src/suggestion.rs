//! [`Suggestion`] and [`Suggestions`]: the "did you mean" names that
//! [`ParseStatusError`](crate::ParseStatusError) and
//! [`ParseCloseCodeError`](crate::ParseCloseCodeError) carry, typed with the
//! code they name. `suggest.rs` finds them; this wraps them.

use core::fmt;

use crate::rows::ForeignEntry;
use crate::suggest::{Hit, Matches};

/// A name the resolver proposes for a misspelled one: for an HTTP status
/// (`Suggestion<Status>` in statuscode-core) or a WebSocket close code
/// (`Suggestion<CloseCode>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion<C> {
    /// The code the name resolves to.
    pub status: C,
    name: &'static str,
    /// Whether the name is proposed in its FastAPI form
    /// (`HTTP_404_NOT_FOUND`), and with which prefix.
    prefix: Prefix,
}

/// The FastAPI prefix a [`Suggestion`] is shown with: one byte rather than
/// a `&str`, which keeps the errors that carry suggestions small.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefix {
    None,
    Http,
    Ws,
}

impl<C> Suggestion<C> {
    /// `prefix` is `"HTTP"`, `"WS"` or `""`.
    pub(crate) const fn new(status: C, name: &'static str, prefix: &'static str) -> Self {
        let prefix = match prefix.as_bytes() {
            b"HTTP" => Prefix::Http,
            b"WS" => Prefix::Ws,
            _ => Prefix::None,
        };
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
        let prefix = match self.prefix {
            Prefix::None => return f.write_str(self.name),
            Prefix::Http => "HTTP",
            Prefix::Ws => "WS",
        };
        let code: u16 = self.status.into();
        write!(f, "{prefix}_{code}_{}", self.name)
    }
}

/// Up to three [`Suggestion`]s, best first, each for a different code; and,
/// when the unknown name is another ecosystem's name for a code, which one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestions<C> {
    pub(crate) items: [Option<Suggestion<C>>; 3],
    pub(crate) foreign: Option<&'static ForeignEntry>,
}

impl<C> Default for Suggestions<C> {
    fn default() -> Self {
        Suggestions {
            items: [None, None, None],
            foreign: None,
        }
    }
}

/// A name another ecosystem gives a code (gRPC's `PERMISSION_DENIED`, Go's
/// `StatusTeapot`, nginx's `CLIENT_CLOSED_REQUEST`), recognised in a name
/// that is not accepted. These names are never accepted: they only explain.
///
/// ```
/// use statuscode_registry::{resolve_name, ParseStatusError};
/// let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("PERMISSION_DENIED") else {
///     unreachable!()
/// };
/// let foreign = suggestions.foreign().unwrap();
/// assert_eq!((foreign.name(), foreign.ecosystem(), foreign.code()), ("PERMISSION_DENIED", "gRPC", 403));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ForeignName(&'static ForeignEntry);

impl ForeignName {
    /// The name as that ecosystem writes it.
    ///
    /// ```
    /// # use statuscode_registry::{resolve_name, ParseStatusError};
    /// # let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("STATUS_TEAPOT") else { unreachable!() };
    /// assert_eq!(suggestions.foreign().unwrap().name(), "StatusTeapot");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// Whose name it is, as a message says it: `gRPC`, `Go`, `.NET`,
    /// `Spring`, `nginx`, `gorilla/websocket`.
    ///
    /// ```
    /// # use statuscode_registry::{resolve_name, ParseStatusError};
    /// # let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("StatusTeapot") else { unreachable!() };
    /// assert_eq!(suggestions.foreign().unwrap().ecosystem(), "Go");
    /// ```
    #[must_use]
    pub fn ecosystem(self) -> &'static str {
        self.0.ecosystem
    }

    /// The code it names: for gRPC, the HTTP status its code maps to. It may
    /// be a code the IANA registry does not assign (nginx's 499).
    ///
    /// ```
    /// # use statuscode_registry::{resolve_name, ParseStatusError};
    /// # let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("CLIENT_CLOSED_REQUEST") else { unreachable!() };
    /// assert_eq!(suggestions.foreign().unwrap().code(), 499);
    /// assert!(suggestions.is_empty());
    /// ```
    #[must_use]
    pub fn code(self) -> u16 {
        self.0.code
    }

    /// That ecosystem's phrase for the code, or what an unassigned code
    /// means there; may be empty.
    ///
    /// ```
    /// # use statuscode_registry::{resolve_name, ParseStatusError};
    /// # let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("CLIENT_CLOSED_REQUEST") else { unreachable!() };
    /// assert!(suggestions.foreign().unwrap().meaning().contains("closed the connection"));
    /// ```
    #[must_use]
    pub fn meaning(self) -> &'static str {
        self.0.meaning
    }
}

/// Where an unknown name comes from, said in one sentence: another
/// ecosystem's name, and what it is here. Its `Display` is what the
/// resolver's errors and the macros print.
///
/// ```
/// use statuscode_registry::{resolve_name, ParseStatusError};
/// let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("PERMISSION_DENIED") else {
///     unreachable!()
/// };
/// assert_eq!(
///     suggestions.origin().unwrap().to_string(),
///     "`PERMISSION_DENIED` is gRPC's name; in HTTP that is `FORBIDDEN` (403 Forbidden)"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Origin<C> {
    /// The other ecosystem's name.
    pub foreign: ForeignName,
    /// The name to write here, or `None` when the code is one the IANA
    /// registry does not assign.
    pub target: Option<Suggestion<C>>,
}

impl<C: Copy + Into<u16> + fmt::Display> fmt::Display for Origin<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.foreign.0;
        write!(f, "`{}` is {}'s name", e.name, e.ecosystem)?;
        match (self.target, e.mapped) {
            (Some(t), true) => write!(f, "; in HTTP that is `{t}` ({})", t.status),
            (Some(t), false) => write!(f, " for `{t}` ({})", t.status),
            (None, true) => write!(
                f,
                "; in HTTP that is {}, which the IANA registry does not assign",
                e.code
            ),
            (None, false) => {
                write!(f, " for {}", e.code)?;
                if !e.meaning.is_empty() {
                    write!(f, " ({})", e.meaning)?;
                }
                f.write_str(", which the IANA registry does not assign")
            }
        }
    }
}

impl<C> Suggestions<C> {
    /// The same suggestions with their codes converted.
    pub fn map<D>(self, code: impl Fn(C) -> D) -> Suggestions<D> {
        Suggestions {
            items: self.items.map(|item| {
                item.map(|s| Suggestion {
                    status: code(s.status),
                    name: s.name,
                    prefix: s.prefix,
                })
            }),
            foreign: self.foreign,
        }
    }

    /// Just `best`.
    pub(crate) const fn one(best: Suggestion<C>) -> Self {
        Suggestions {
            items: [Some(best), None, None],
            foreign: None,
        }
    }

    /// The resolver's rows, each code wrapped by `code`.
    pub(crate) fn from_matches(matches: Matches, code: fn(u16) -> C) -> Self {
        Suggestions {
            items: matches.hits.map(|hit| {
                hit.map(|Hit { entry, prefix }| {
                    Suggestion::new(code(entry.code), entry.name, prefix)
                })
            }),
            foreign: matches.foreign,
        }
    }
}

impl<C: Copy> Suggestions<C> {
    /// The suggestions, best first.
    ///
    /// ```
    /// use statuscode_registry::{resolve_name, ParseStatusError};
    /// let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("TEAPOTT") else {
    ///     unreachable!()
    /// };
    /// assert_eq!(suggestions.iter().next().map(|s| s.status.get()), Some(418));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Suggestion<C>> + '_ {
        self.items.iter().flatten().copied()
    }

    /// Whether there is none.
    ///
    /// ```
    /// use statuscode_registry::{resolve_name, ParseStatusError};
    /// let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("XYZZY") else {
    ///     unreachable!()
    /// };
    /// assert!(suggestions.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items[0].is_none()
    }

    /// The other ecosystem's name the unknown name is, if it is one:
    /// gRPC's `PERMISSION_DENIED`, Go's `StatusTeapot`.
    ///
    /// ```
    /// use statuscode_registry::{resolve_name, ParseStatusError};
    /// let Err(ParseStatusError::UnknownName { suggestions }) = resolve_name("NOT_FUOND") else {
    ///     unreachable!()
    /// };
    /// assert!(suggestions.foreign().is_none());
    /// ```
    #[must_use]
    pub fn foreign(&self) -> Option<ForeignName> {
        self.foreign.map(ForeignName)
    }

    /// Where the unknown name comes from, when it is another ecosystem's
    /// name: that name, and the name to write here (the first suggestion),
    /// if the code has one.
    ///
    /// ```
    /// use statuscode_registry::{resolve_close_name, ParseCloseCodeError};
    /// let Err(ParseCloseCodeError::UnknownName { suggestions }) = resolve_close_name("CloseGoingAway") else {
    ///     unreachable!()
    /// };
    /// assert_eq!(
    ///     suggestions.origin().unwrap().to_string(),
    ///     "`CloseGoingAway` is gorilla/websocket's name for `GOING_AWAY` (1001 Going Away)"
    /// );
    /// ```
    #[must_use]
    pub fn origin(&self) -> Option<Origin<C>>
    where
        C: Into<u16>,
    {
        let e = self.foreign?;
        let target = self
            .iter()
            .next()
            .filter(|s| Into::<u16>::into(s.status) == e.code);
        Some(Origin {
            foreign: ForeignName(e),
            target,
        })
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
        if let Some(origin) = self.origin() {
            write!(f, ": {origin}")?;
            if origin.target.is_none() {
                write!(
                    f,
                    "; `Status::unassigned({})` opts in",
                    origin.foreign.code()
                )?;
            }
            return Ok(());
        }
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
