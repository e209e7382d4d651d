//! The [`HttpStatus`] trait (what `#[derive(HttpStatus)]` implements) and
//! [`StatusSet`], the allocation-free set of statuses a type can produce.

use core::fmt;
use core::iter::FusedIterator;

use crate::http::Status;

/// A value that maps to an HTTP status: typically an error enum.
///
/// Derive it with `#[derive(HttpStatus)]` from the `statuscode` crate
/// (`use statuscode::HttpStatus;` brings both the trait and the derive), or
/// implement it by hand:
///
/// ```
/// use statuscode_core::{HttpStatus, Status, StatusSet};
///
/// enum LoginError {
///     BadPassword,
///     Locked { minutes: u32 },
/// }
///
/// impl HttpStatus for LoginError {
///     fn status(&self) -> Status {
///         match self {
///             LoginError::BadPassword => Status::UNAUTHORIZED,
///             LoginError::Locked { .. } => Status::TOO_MANY_REQUESTS,
///         }
///     }
///
///     fn statuses() -> StatusSet {
///         StatusSet::new().with(Status::UNAUTHORIZED).with(Status::TOO_MANY_REQUESTS)
///     }
/// }
///
/// assert_eq!(LoginError::Locked { minutes: 5 }.status(), Status::TOO_MANY_REQUESTS);
/// let codes: Vec<u16> = LoginError::statuses().iter().map(Status::as_u16).collect();
/// assert_eq!(codes, [401, 429]);
/// # let _ = LoginError::BadPassword.status();
/// ```
///
/// # Listing every status
///
/// [`HttpStatus::statuses`] returns every status [`HttpStatus::status`] can
/// return, as a [`StatusSet`]: deduplicated, in ascending order, with no
/// allocation (it works under `no_std`). It is a function rather than an
/// associated `const` because a type that delegates to a generic field
/// (`#[status(transparent)]` over `T`) can only learn `T`'s statuses by
/// calling `T::statuses()`, which a `const` cannot do on stable Rust. Use it
/// for documentation, OpenAPI `responses` and tests such as "every status of
/// this error is a 4xx or 5xx".
///
/// # Pointers and trait objects
///
/// `&T`, `&mut T` and (with the `std` feature) `Box<T>`, `Rc<T>` and
/// `Arc<T>` have the status and the statuses of the `T: HttpStatus` they
/// point to. `statuses` has `where Self: Sized`, so `dyn HttpStatus` is
/// usable, and the same pointers to `dyn HttpStatus` (alone, `+ Send`,
/// `+ Sync` or `+ Send + Sync`) implement `HttpStatus` too: a
/// `#[status(transparent)]` field can be a `Box<dyn HttpStatus + Send +
/// Sync>`. Their `statuses()` is [`StatusSet::ALL`], every status from 100
/// to 599, because the type behind the pointer is known only at run time and
/// may return any status; a listing that must be exact needs concrete types.
/// For a trait of your own with `HttpStatus` as a supertrait, implement
/// `HttpStatus` for `Box<dyn YourTrait>` yourself (the orphan rule allows it).
///
/// ```
/// use statuscode_core::{HttpStatus, Status, StatusSet};
/// # struct Gone;
/// # impl HttpStatus for Gone {
/// #     fn status(&self) -> Status { Status::GONE }
/// #     fn statuses() -> StatusSet { StatusSet::new().with(Status::GONE) }
/// # }
/// # #[cfg(feature = "std")] {
/// let boxed: Box<dyn HttpStatus + Send + Sync> = Box::new(Gone);
/// assert_eq!(boxed.status(), Status::GONE);
/// assert_eq!(<Box<dyn HttpStatus + Send + Sync>>::statuses(), StatusSet::ALL);
/// assert_eq!(<Box<Gone>>::statuses(), Gone::statuses());
/// # }
/// ```
pub trait HttpStatus {
    /// The status of this value.
    ///
    /// ```
    /// use statuscode_core::{HttpStatus, Status, StatusSet};
    ///
    /// struct Conflict;
    /// impl HttpStatus for Conflict {
    ///     fn status(&self) -> Status { Status::CONFLICT }
    ///     fn statuses() -> StatusSet { StatusSet::new().with(Status::CONFLICT) }
    /// }
    /// // Also through a reference or a trait object.
    /// let error: &dyn HttpStatus = &&Conflict;
    /// assert_eq!(error.status(), Status::CONFLICT);
    /// ```
    fn status(&self) -> Status;

    /// Every status that [`HttpStatus::status`] can return for a value of
    /// this type.
    ///
    /// ```
    /// use statuscode_core::{HttpStatus, Status, StatusSet};
    ///
    /// struct Gone;
    /// impl HttpStatus for Gone {
    ///     fn status(&self) -> Status { Status::GONE }
    ///     fn statuses() -> StatusSet { StatusSet::new().with(Status::GONE) }
    /// }
    /// // References delegate, so `&Gone` lists the same statuses.
    /// assert_eq!(<&Gone>::statuses(), Gone::statuses());
    /// assert!(Gone::statuses().contains(Status::GONE));
    /// # let _ = Gone.status();
    /// ```
    fn statuses() -> StatusSet
    where
        Self: Sized;

    /// Calls `describe` with each status a value of this type can have and
    /// the doc comment of the variant that produces it (`""` without one).
    /// `#[derive(HttpStatus)]` writes it (a transparent field's pairs come
    /// from the field's type); the OpenAPI features of `statuscode` read it
    /// for the responses' descriptions. A type that does not implement it
    /// describes nothing: its statuses are documented by their reason phrase.
    #[doc(hidden)]
    fn __describe_statuses(describe: &mut dyn FnMut(Status, &'static str))
    where
        Self: Sized,
    {
        let _ = describe;
    }

    /// Calls `describe` with each status a value of this type can have and
    /// the name of each header sent with it (`#[status(header(…))]` on the
    /// variant or the type, a transparent field's own), for the OpenAPI
    /// features. A type that does not implement it declares none.
    #[doc(hidden)]
    fn __describe_headers(describe: &mut dyn FnMut(Status, &'static str))
    where
        Self: Sized,
    {
        let _ = describe;
    }

    /// Writes what a response of this value carries beside its status
    /// into `sink`: the headers and problem members the derive's
    /// `#[status(header(…), type = …, title = …, extension(…))]` declare, a
    /// transparent field's first. A type that does not implement it
    /// declares nothing.
    #[doc(hidden)]
    fn __response_parts(&self, sink: &mut dyn ResponseSink) {
        let _ = sink;
    }
}

/// What a response is made of beside its status and message, as a type
/// declares it: its headers, and for RFC 9457 problem details its `type`,
/// `title`, `instance` and extension members. [`HttpStatus`]'s hidden
/// `__response_parts` writes into one; the facade's response model is the
/// one implementation, where RFC 9110's rules are applied.
///
/// Declarations come in layers, from the least specific to the most: a
/// transparent field's own parts, then the type's, then the variant's. A
/// header replaces the ones of its name from earlier layers.
#[doc(hidden)]
pub trait ResponseSink {
    /// Starts the next, more specific layer.
    fn layer(&mut self);
    /// A header, by its name and its value's `Display`.
    fn header(&mut self, name: &str, value: &dyn fmt::Display);
    /// A header whose name and value are fixed (a derive's literal): the
    /// sink may keep them without copying.
    fn header_static(&mut self, name: &'static str, value: &'static str) {
        self.header(name, &value);
    }
    /// The problem `type` URI and `title`, each when declared.
    fn problem(&mut self, type_uri: Option<&str>, title: Option<&str>);
    /// The problem `instance` URI, by its `Display`.
    fn instance(&mut self, uri: &dyn fmt::Display) {
        let _ = uri;
    }
    /// An extension member, by its name and its JSON value, which keeps its
    /// type (a number stays a number). The value is what the facade's
    /// `__private::member` makes of a field (its serde serialization, or
    /// the reason it failed): this crate knows no JSON, so it passes it on
    /// as it is.
    fn member(&mut self, name: &str, value: &dyn core::any::Any);
    /// The message may be sent with a 5xx status (`#[status(expose)]`, or a
    /// message the program wrote itself, as an `HttpError`'s).
    fn expose(&mut self) {}
}

/// A pointer to a sized `T`: `T`'s status and `T`'s statuses.
macro_rules! sized_pointers {
    ($($(#[$cfg:meta])* $ty:ty;)*) => {$(
        $(#[$cfg])*
        impl<T: HttpStatus> HttpStatus for $ty {
            fn status(&self) -> Status {
                T::status(self)
            }

            fn statuses() -> StatusSet {
                T::statuses()
            }

            fn __describe_statuses(describe: &mut dyn FnMut(Status, &'static str)) {
                T::__describe_statuses(describe);
            }

            fn __describe_headers(describe: &mut dyn FnMut(Status, &'static str)) {
                T::__describe_headers(describe);
            }

            fn __response_parts(&self, sink: &mut dyn ResponseSink) {
                T::__response_parts(self, sink);
            }
        }
    )*};
}

sized_pointers! {
    &T;
    &mut T;
    #[cfg(feature = "std")]
    std::boxed::Box<T>;
    #[cfg(feature = "std")]
    std::rc::Rc<T>;
    #[cfg(feature = "std")]
    std::sync::Arc<T>;
}

/// The same pointers to `dyn HttpStatus` with each combination of `Send`
/// and `Sync`: the value's status, and [`StatusSet::ALL`] as the statuses,
/// since the type behind the pointer is not known statically.
macro_rules! dyn_pointers {
    ($([$($bounds:tt)*])*) => {$(
        dyn_pointers!(@impl &'a (dyn HttpStatus $($bounds)* + 'a));
        dyn_pointers!(@impl &'a mut (dyn HttpStatus $($bounds)* + 'a));
        #[cfg(feature = "std")]
        dyn_pointers!(@impl std::boxed::Box<dyn HttpStatus $($bounds)* + 'a>);
        #[cfg(feature = "std")]
        dyn_pointers!(@impl std::rc::Rc<dyn HttpStatus $($bounds)* + 'a>);
        #[cfg(feature = "std")]
        dyn_pointers!(@impl std::sync::Arc<dyn HttpStatus $($bounds)* + 'a>);
    )*};
    (@impl $ty:ty) => {
        impl<'a> HttpStatus for $ty {
            fn status(&self) -> Status {
                (**self).status()
            }

            fn statuses() -> StatusSet {
                StatusSet::ALL
            }

            fn __response_parts(&self, sink: &mut dyn ResponseSink) {
                (**self).__response_parts(sink);
            }
        }
    };
}

dyn_pointers! { [] [+ Send] [+ Sync] [+ Send + Sync] }

/// The first code a [`StatusSet`] can hold.
const FIRST: u16 = 100;
/// How many `u64` words cover 100..=599 (500 codes).
const WORDS: usize = 8;

/// A set of statuses: a 512-bit bitmap over 100..=599, `Copy`, with no
/// allocation. Iteration is in ascending order, each status once.
///
/// ```
/// use statuscode_core::{Status, StatusSet};
///
/// const CLIENT: StatusSet = StatusSet::new().with(Status::NOT_FOUND).with(Status::BAD_REQUEST);
/// let all = CLIENT.union(StatusSet::new().with(Status::NOT_FOUND).with(Status::BAD_GATEWAY));
/// assert_eq!(all.len(), 3);
/// let codes: Vec<u16> = all.iter().map(Status::as_u16).collect();
/// assert_eq!(codes, [400, 404, 502]);
/// assert_eq!(format!("{all:?}"), "{Status::BAD_REQUEST, Status::NOT_FOUND, Status::BAD_GATEWAY}");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct StatusSet {
    bits: [u64; WORDS],
}

impl StatusSet {
    /// Every status, 100..=599 (500 codes, assigned or not). It is what
    /// [`HttpStatus::statuses`] returns for a pointer to `dyn HttpStatus`
    /// (`Box<dyn HttpStatus + Send + Sync>`, `&dyn HttpStatus`, …): any
    /// implementation may return any status, and the one behind the pointer
    /// is known only at run time.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// assert_eq!(StatusSet::ALL.len(), 500);
    /// assert!(StatusSet::ALL.contains(Status::NOT_FOUND));
    /// ```
    // Words 0..=6 are full (448 codes), word 7 holds the last 52.
    pub const ALL: StatusSet = StatusSet {
        bits: [
            u64::MAX,
            u64::MAX,
            u64::MAX,
            u64::MAX,
            u64::MAX,
            u64::MAX,
            u64::MAX,
            (1 << 52) - 1,
        ],
    };

    /// The empty set.
    ///
    /// ```
    /// assert!(statuscode_core::StatusSet::new().is_empty());
    /// ```
    pub const fn new() -> StatusSet {
        StatusSet { bits: [0; WORDS] }
    }

    /// Word index and bit mask of `status`. Every `Status` is in 100..=599.
    const fn slot(status: Status) -> (usize, u64) {
        let index = (status.as_u16() - FIRST) as usize;
        (index / 64, 1 << (index % 64))
    }

    /// This set with `status` added; usable in `const`.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// const SET: StatusSet = StatusSet::new().with(Status::GONE);
    /// assert!(SET.contains(Status::GONE));
    /// ```
    #[must_use]
    pub const fn with(mut self, status: Status) -> StatusSet {
        let (word, mask) = StatusSet::slot(status);
        self.bits[word] |= mask;
        self
    }

    /// Every status in `self` or in `other`; usable in `const`.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// let a = StatusSet::new().with(Status::GONE);
    /// let b = StatusSet::new().with(Status::CONFLICT);
    /// assert_eq!(a.union(b).len(), 2);
    /// ```
    #[must_use]
    pub const fn union(mut self, other: StatusSet) -> StatusSet {
        let mut i = 0;
        while i < WORDS {
            self.bits[i] |= other.bits[i];
            i += 1;
        }
        self
    }

    /// Adds `status`; returns whether it was new.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// let mut set = StatusSet::new();
    /// assert!(set.insert(Status::GONE));
    /// assert!(!set.insert(Status::GONE));
    /// ```
    pub fn insert(&mut self, status: Status) -> bool {
        let (word, mask) = StatusSet::slot(status);
        let new = self.bits[word] & mask == 0;
        self.bits[word] |= mask;
        new
    }

    /// Whether `status` is in the set.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// assert!(!StatusSet::new().contains(Status::OK));
    /// ```
    pub const fn contains(&self, status: Status) -> bool {
        let (word, mask) = StatusSet::slot(status);
        self.bits[word] & mask != 0
    }

    /// How many statuses the set holds.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// assert_eq!(StatusSet::new().with(Status::OK).with(Status::OK).len(), 1);
    /// ```
    pub const fn len(&self) -> usize {
        let mut n = 0;
        let mut i = 0;
        while i < WORDS {
            n += self.bits[i].count_ones() as usize;
            i += 1;
        }
        n
    }

    /// Whether the set is empty.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// assert!(!StatusSet::new().with(Status::OK).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The statuses, in ascending order.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// let set = StatusSet::new().with(Status::GONE).with(Status::OK);
    /// assert_eq!(set.iter().next(), Some(Status::OK));
    /// assert_eq!(set.iter().next_back(), Some(Status::GONE));
    /// ```
    pub fn iter(&self) -> StatusSetIter {
        StatusSetIter {
            bits: self.bits,
            front: 0,
            back: WORDS * 64,
        }
    }
}

impl fmt::Debug for StatusSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl Extend<Status> for StatusSet {
    fn extend<I: IntoIterator<Item = Status>>(&mut self, iter: I) {
        for status in iter {
            self.insert(status);
        }
    }
}

impl FromIterator<Status> for StatusSet {
    /// ```
    /// use statuscode_core::{Status, StatusSet};
    /// let set: StatusSet = [Status::OK, Status::GONE, Status::OK].into_iter().collect();
    /// assert_eq!(set.len(), 2);
    /// ```
    fn from_iter<I: IntoIterator<Item = Status>>(iter: I) -> StatusSet {
        let mut set = StatusSet::new();
        set.extend(iter);
        set
    }
}

impl IntoIterator for StatusSet {
    type Item = Status;
    type IntoIter = StatusSetIter;

    fn into_iter(self) -> StatusSetIter {
        self.iter()
    }
}

impl IntoIterator for &StatusSet {
    type Item = Status;
    type IntoIter = StatusSetIter;

    fn into_iter(self) -> StatusSetIter {
        self.iter()
    }
}

/// The statuses of a [`StatusSet`], in ascending order: see
/// [`StatusSet::iter`].
///
/// ```
/// use statuscode_core::{Status, StatusSet};
/// let set = StatusSet::new().with(Status::OK).with(Status::CREATED);
/// assert_eq!(set.iter().len(), 2);
/// assert_eq!(set.iter().rev().next(), Some(Status::CREATED));
/// ```
#[derive(Clone, Debug)]
pub struct StatusSetIter {
    bits: [u64; WORDS],
    /// Next bit index to look at from the front.
    front: usize,
    /// One past the last bit index to look at from the back.
    back: usize,
}

impl StatusSetIter {
    fn status(index: usize) -> Status {
        // The index is below 512 and every bit set came from a `Status`, so
        // the code is in 100..=599.
        #[allow(clippy::cast_possible_truncation, reason = "index < 512")]
        Status::new_unchecked(FIRST + index as u16)
    }
}

impl Iterator for StatusSetIter {
    type Item = Status;

    fn next(&mut self) -> Option<Status> {
        while self.front < self.back {
            let (word, bit) = (self.front / 64, self.front % 64);
            let rest = self.bits[word] >> bit;
            if rest == 0 {
                self.front = (word + 1) * 64;
                continue;
            }
            let index = self.front + rest.trailing_zeros() as usize;
            if index >= self.back {
                break;
            }
            self.front = index + 1;
            return Some(StatusSetIter::status(index));
        }
        self.front = self.back;
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl DoubleEndedIterator for StatusSetIter {
    fn next_back(&mut self) -> Option<Status> {
        while self.front < self.back {
            let index = self.back - 1;
            let (word, bit) = (index / 64, index % 64);
            // Bits 0..=bit of the word.
            let rest = self.bits[word] & (u64::MAX >> (63 - bit));
            if rest == 0 {
                self.back = word * 64;
                continue;
            }
            let found = word * 64 + 63 - rest.leading_zeros() as usize;
            if found < self.front {
                break;
            }
            self.back = found;
            return Some(StatusSetIter::status(found));
        }
        self.back = self.front;
        None
    }
}

impl ExactSizeIterator for StatusSetIter {
    fn len(&self) -> usize {
        (self.front..self.back)
            .filter(|&i| self.bits[i / 64] & (1 << (i % 64)) != 0)
            .count()
    }
}

impl FusedIterator for StatusSetIter {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iterates_both_ways_in_order_each_once() {
        let codes = [100u16, 163, 164, 227, 404, 418, 499, 599];
        let set: StatusSet = codes
            .iter()
            .map(|&c| Status::unassigned(c).unwrap())
            .chain([Status::NOT_FOUND])
            .collect();
        assert_eq!(set.len(), codes.len());
        assert!(set.iter().map(Status::as_u16).eq(codes));
        assert!(
            set.iter()
                .rev()
                .map(Status::as_u16)
                .eq(codes.iter().rev().copied())
        );
        // Meeting in the middle.
        let mut it = set.iter();
        assert_eq!(it.next().map(Status::as_u16), Some(100));
        assert_eq!(it.next_back().map(Status::as_u16), Some(599));
        assert_eq!(it.len(), codes.len() - 2);
        let middle: [u16; 6] = [163, 164, 227, 404, 418, 499];
        let mut seen = [0u16; 6];
        for (slot, s) in seen.iter_mut().zip(&mut it) {
            *slot = s.as_u16();
        }
        assert_eq!(seen, middle);
        assert_eq!(it.next(), None);
        assert_eq!(it.next_back(), None);
    }

    #[test]
    fn empty_and_full() {
        assert_eq!(StatusSet::new().iter().next(), None);
        assert_eq!(StatusSet::new().iter().next_back(), None);
        let full: StatusSet = (100..=599)
            .map(|c| Status::unassigned(c).unwrap())
            .collect();
        assert_eq!(full.len(), 500);
        assert_eq!(full, StatusSet::ALL);
        assert!(full.iter().map(Status::as_u16).eq(100..=599));
        assert!(full.iter().rev().map(Status::as_u16).eq((100..=599).rev()));
    }
}
