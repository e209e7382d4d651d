//! The [`Status`] type and the registry row behind each code.

use core::fmt;
use core::str::FromStr;

use crate::resolve::{self, ParseStatusError};
use crate::table::HTTP;

/// One row of the IANA HTTP Status Code Registry, as kept in `core/data/`.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) code: u16,
    pub(crate) name: &'static str,
    pub(crate) reason: &'static str,
    pub(crate) description: &'static str,
    pub(crate) reference: &'static str,
    pub(crate) registry: RegistryStatus,
}

/// Marks a code with no row in [`INDEX`].
const NONE: u8 = u8::MAX;

/// `INDEX[code - 100]` is the position of `code` in [`HTTP`], or [`NONE`].
/// Built at compile time from the table, so the table stays the only source.
#[allow(
    clippy::cast_possible_truncation,
    reason = "the table has fewer than 255 rows"
)]
const INDEX: [u8; 500] = {
    let mut index = [NONE; 500];
    let mut i = 0;
    while i < HTTP.len() {
        index[(HTTP[i].code - 100) as usize] = i as u8;
        i += 1;
    }
    index
};

/// Bit `code - 100` is set when the registry assigns `code`: the test
/// [`Status::from_u16`] runs, without a branch or a bounds check.
const ASSIGNED: [u64; 8] = {
    let mut bits = [0u64; 8];
    let mut i = 0;
    while i < HTTP.len() {
        let bit = (HTTP[i].code - 100) as usize;
        bits[bit / 64] |= 1 << (bit % 64);
        i += 1;
    }
    bits
};

/// Whether the registry assigns `code`.
#[inline]
#[allow(
    clippy::needless_bitwise_bool,
    reason = "`&`, not `&&`: both sides are cheap and a branch is what this avoids"
)]
const fn assigned(code: u16) -> bool {
    let bit = code.wrapping_sub(100) as usize;
    // `& 7` keeps the load in bounds for any code, so the range test and
    // the bit test combine without a branch.
    (bit < 500) & ((ASSIGNED[(bit / 64) & 7] >> (bit % 64)) & 1 == 1)
}

/// The registry row of `code`, if the registry has one.
#[inline]
pub(crate) const fn entry(code: u16) -> Option<&'static Entry> {
    if code < 100 || code > 599 {
        return None;
    }
    match INDEX[(code - 100) as usize] {
        NONE => None,
        i => Some(&HTTP[i as usize]),
    }
}

/// An HTTP status code: one the IANA registry assigns, or an unassigned
/// three-digit code (100..=599) that the program opted in to with
/// [`Status::unassigned`] or `status!(unassigned 499)`.
///
/// Every registry name is an associated constant (`Status::NOT_FOUND`), so a
/// `Status` can be matched on:
///
/// ```
/// use statuscode_core::Status;
///
/// fn retry(status: Status) -> bool {
///     matches!(status, Status::TOO_MANY_REQUESTS | Status::SERVICE_UNAVAILABLE)
/// }
/// assert!(retry(Status::from_u16(503)?));
/// assert!(!retry(Status::NOT_FOUND));
/// # Ok::<(), statuscode_core::ParseStatusError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Status(u16);

/// The class of a status code: its first digit (RFC 9110 §15).
///
/// ```
/// use statuscode_core::{Status, StatusClass};
/// assert_eq!(Status::CREATED.class(), StatusClass::Success);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    /// 1xx: the request was received, continuing process.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Success,
    /// 3xx: further action needs to be taken to complete the request.
    Redirection,
    /// 4xx: the request contains bad syntax or cannot be fulfilled.
    ClientError,
    /// 5xx: the server failed to fulfil an apparently valid request.
    ServerError,
}

/// Where a code stands in the IANA registry.
///
/// ```
/// use statuscode_core::{RegistryStatus, Status};
/// assert_eq!(Status::NOT_FOUND.registry_status(), RegistryStatus::Registered);
/// assert_eq!(Status::IM_A_TEAPOT.registry_status(), RegistryStatus::Unused);
/// assert_eq!(Status::unassigned(499)?.registry_status(), RegistryStatus::Unassigned);
/// # Ok::<(), statuscode_core::ParseStatusError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegistryStatus {
    /// A permanent registration.
    Registered,
    /// A temporary registration with an expiry date (104).
    Temporary,
    /// Reserved and not to be used (306, 418).
    Unused,
    /// Obsoleted (510).
    Obsoleted,
    /// Not in the registry: a code opted in to with [`Status::unassigned`].
    Unassigned,
}

impl Status {
    /// The status with this code, if the IANA registry assigns it.
    ///
    /// # Errors
    ///
    /// Numbers outside 100..=599 and unassigned codes are an `Err` whose
    /// message names the nearest assigned codes.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert_eq!(Status::from_u16(404), Ok(Status::NOT_FOUND));
    /// assert!(Status::from_u16(499).is_err());
    /// assert!(Status::from_u16(4040).is_err());
    /// ```
    #[inline]
    pub const fn from_u16(code: u16) -> Result<Status, ParseStatusError> {
        if assigned(code) {
            Ok(Status(code))
        } else {
            Err(resolve::code_error(code as u64))
        }
    }

    /// Any three-digit code in 100..=599, assigned or not: the run-time
    /// counterpart of `status!(unassigned 499)`. Prefer [`Status::from_u16`],
    /// which refuses codes the registry does not know.
    ///
    /// # Errors
    ///
    /// [`ParseStatusError::OutOfRange`] outside 100..=599.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// let closed = Status::unassigned(499)?; // nginx's "client closed request"
    /// assert_eq!(closed.as_u16(), 499);
    /// assert_eq!(closed.reason(), "");
    /// assert!(Status::unassigned(600).is_err());
    /// # Ok::<(), statuscode_core::ParseStatusError>(())
    /// ```
    pub const fn unassigned(code: u16) -> Result<Status, ParseStatusError> {
        if code >= 100 && code <= 599 {
            Ok(Status(code))
        } else {
            Err(ParseStatusError::OutOfRange)
        }
    }

    /// The numeric code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::Status::NOT_FOUND.as_u16(), 404);
    /// ```
    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// The registry's reason phrase (`"Not Found"`), or `""` for an
    /// unassigned code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::Status::CONTENT_TOO_LARGE.reason(), "Content Too Large");
    /// ```
    #[inline]
    pub const fn reason(self) -> &'static str {
        match entry(self.0) {
            Some(e) => e.reason,
            None => "",
        }
    }

    /// The canonical constant name (`"NOT_FOUND"`), or `""` for an unassigned
    /// code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::Status::PAYLOAD_TOO_LARGE.name(), "CONTENT_TOO_LARGE");
    /// ```
    #[inline]
    pub const fn name(self) -> &'static str {
        match entry(self.0) {
            Some(e) => e.name,
            None => "",
        }
    }

    /// One sentence on what the code means, or `""` for an unassigned code.
    ///
    /// ```
    /// assert_eq!(
    ///     statuscode_core::Status::NOT_FOUND.description(),
    ///     "The server cannot find the requested resource."
    /// );
    /// ```
    pub const fn description(self) -> &'static str {
        match entry(self.0) {
            Some(e) => e.description,
            None => "",
        }
    }

    /// The registry's reference, as IANA writes it
    /// (`"[RFC9110, Section 15.5.5]"`), or `""` for an unassigned code.
    ///
    /// ```
    /// assert_eq!(statuscode_core::Status::NOT_FOUND.reference(), "[RFC9110, Section 15.5.5]");
    /// ```
    pub const fn reference(self) -> &'static str {
        match entry(self.0) {
            Some(e) => e.reference,
            None => "",
        }
    }

    /// Where the code stands in the IANA registry.
    ///
    /// ```
    /// use statuscode_core::{RegistryStatus, Status};
    /// assert_eq!(Status::NOT_EXTENDED.registry_status(), RegistryStatus::Obsoleted);
    /// ```
    pub const fn registry_status(self) -> RegistryStatus {
        match entry(self.0) {
            Some(e) => e.registry,
            None => RegistryStatus::Unassigned,
        }
    }

    /// Whether the registry assigns this code (any [`RegistryStatus`] but
    /// `Unassigned`).
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert!(Status::OK.is_assigned());
    /// assert!(!Status::unassigned(499)?.is_assigned());
    /// # Ok::<(), statuscode_core::ParseStatusError>(())
    /// ```
    #[inline]
    pub const fn is_assigned(self) -> bool {
        assigned(self.0)
    }

    /// The class: the code's first digit.
    ///
    /// ```
    /// use statuscode_core::{Status, StatusClass};
    /// assert_eq!(Status::BAD_GATEWAY.class(), StatusClass::ServerError);
    /// ```
    pub const fn class(self) -> StatusClass {
        match self.0 / 100 {
            1 => StatusClass::Informational,
            2 => StatusClass::Success,
            3 => StatusClass::Redirection,
            4 => StatusClass::ClientError,
            // Every constructor keeps the code in 100..=599.
            _ => StatusClass::ServerError,
        }
    }

    /// 1xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::CONTINUE.is_informational());
    /// ```
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), StatusClass::Informational)
    }

    /// 2xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::NO_CONTENT.is_success());
    /// ```
    pub const fn is_success(self) -> bool {
        matches!(self.class(), StatusClass::Success)
    }

    /// 3xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::SEE_OTHER.is_redirection());
    /// ```
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), StatusClass::Redirection)
    }

    /// 4xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::IM_A_TEAPOT.is_client_error());
    /// ```
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), StatusClass::ClientError)
    }

    /// 5xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::GATEWAY_TIMEOUT.is_server_error());
    /// ```
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), StatusClass::ServerError)
    }

    /// 4xx or 5xx.
    ///
    /// ```
    /// assert!(statuscode_core::Status::NOT_FOUND.is_error());
    /// ```
    pub const fn is_error(self) -> bool {
        self.0 >= 400
    }

    /// The status for any name form `status!` accepts (canonical name, alias,
    /// FastAPI name) or a decimal number; the same resolver as the macro.
    ///
    /// # Errors
    ///
    /// A [`ParseStatusError`] saying what is wrong, with suggestions for a
    /// misspelled name.
    ///
    /// ```
    /// use statuscode_core::Status;
    /// assert_eq!(Status::from_name("UNPROCESSABLE_ENTITY"), Ok(Status::UNPROCESSABLE_CONTENT));
    /// assert_eq!(Status::from_name("HTTP_201_CREATED"), Ok(Status::CREATED));
    /// assert_eq!(
    ///     Status::from_name("HTTP_404_FORBIDDEN").unwrap_err().to_string(),
    ///     "`HTTP_404_FORBIDDEN` names two codes: 404 is `HTTP_404_NOT_FOUND` and FORBIDDEN is `HTTP_403_FORBIDDEN`"
    /// );
    /// ```
    #[inline]
    pub fn from_name(name: &str) -> Result<Status, ParseStatusError> {
        resolve::resolve_name(name).map(|r| r.status)
    }

    /// Every code in the registry, in ascending order.
    ///
    /// ```
    /// let all: Vec<_> = statuscode_core::Status::all().collect();
    /// assert_eq!(all.len(), 64);
    /// assert_eq!(all[0], statuscode_core::Status::CONTINUE);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Status> + DoubleEndedIterator + Clone {
        HTTP.iter().map(|e| Status(e.code))
    }

    /// Used by the generated table and by [`Unassigned`].
    pub(crate) const fn new_unchecked(code: u16) -> Status {
        Status(code)
    }
}

impl fmt::Display for Status {
    /// `404 Not Found`; an unassigned code prints its number alone.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason() {
            "" => write!(f, "{}", self.0),
            reason => write!(f, "{} {}", self.0, reason),
        }
    }
}

impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            "" => write!(f, "Status({})", self.0),
            name => write!(f, "Status::{name}"),
        }
    }
}

impl FromStr for Status {
    type Err = ParseStatusError;

    /// Same as [`Status::from_name`].
    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::from_name(s)
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.0
    }
}

impl TryFrom<u16> for Status {
    type Error = ParseStatusError;

    /// Same as [`Status::from_u16`].
    #[inline]
    fn try_from(code: u16) -> Result<Self, Self::Error> {
        Status::from_u16(code)
    }
}

impl PartialEq<u16> for Status {
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Status> for u16 {
    fn eq(&self, other: &Status) -> bool {
        *self == other.0
    }
}

/// `Unassigned::<N>::STATUS` is the status for the unassigned code `N`, as a
/// path usable in patterns. `status!(unassigned 499)` expands to it; the
/// macro has already checked the range, and the `const` checks it again.
#[doc(hidden)]
pub struct Unassigned<const N: u16>;

impl<const N: u16> Unassigned<N> {
    pub const STATUS: Status = match Status::unassigned(N) {
        Ok(status) => status,
        Err(_) => panic!("status codes are three digits, 100..=599"),
    };
}
