//! Conversions and comparisons with the `StatusCode` of http 1.x (`http`
//! feature: axum, hyper, reqwest) and of http 0.2 (`http02` feature:
//! actix-web 4).

use crate::{ParseStatusError, Status};

/// The same impls for both versions of the `http` crate.
macro_rules! impl_status_code {
    ($http:ident, $feature:literal) => {
        /// Every `Status` is in 100..=599, which `StatusCode` accepts.
        #[cfg(feature = $feature)] // for the docs: see interop/mod.rs
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))] // not "http or http02"
        impl From<Status> for $http::StatusCode {
            fn from(status: Status) -> Self {
                // `from_u16` accepts 100..=999 and every `Status` is in
                // 100..=599, so the fallback is never taken.
                $http::StatusCode::from_u16(status.as_u16())
                    .unwrap_or($http::StatusCode::INTERNAL_SERVER_ERROR)
            }
        }

        /// A status as received ([`Status::from_wire`]): any code in
        /// 100..=599, assigned or not, so a client holds nginx's 499 or
        /// Cloudflare's 520. Fallible only for 600..=999, which
        /// `StatusCode` holds and HTTP does not.
        #[cfg(feature = $feature)] // for the docs: see interop/mod.rs
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))] // not "http or http02"
        impl TryFrom<$http::StatusCode> for Status {
            type Error = ParseStatusError;

            fn try_from(code: $http::StatusCode) -> Result<Self, Self::Error> {
                Status::from_wire(code.as_u16())
            }
        }

        #[cfg(feature = $feature)] // for the docs: see interop/mod.rs
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))] // not "http or http02"
        impl TryFrom<&$http::StatusCode> for Status {
            type Error = ParseStatusError;

            fn try_from(code: &$http::StatusCode) -> Result<Self, Self::Error> {
                Status::from_wire(code.as_u16())
            }
        }

        #[cfg(feature = $feature)] // for the docs: see interop/mod.rs
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))] // not "http or http02"
        impl PartialEq<$http::StatusCode> for Status {
            fn eq(&self, other: &$http::StatusCode) -> bool {
                self.as_u16() == other.as_u16()
            }
        }

        #[cfg(feature = $feature)] // for the docs: see interop/mod.rs
        #[cfg_attr(docsrs, doc(cfg(feature = $feature)))] // not "http or http02"
        impl PartialEq<Status> for $http::StatusCode {
            fn eq(&self, other: &Status) -> bool {
                self.as_u16() == other.as_u16()
            }
        }
    };
}

#[cfg(feature = "http")]
impl_status_code!(http, "http");
#[cfg(feature = "http02")]
impl_status_code!(http02, "http02");

#[cfg(test)]
mod tests {
    use crate::{ParseStatusError, Status};

    #[cfg(feature = "http")]
    #[test]
    fn http_round_trips_every_registry_code() {
        for status in Status::all() {
            let code = http::StatusCode::from(status);
            assert_eq!(code.as_u16(), status.as_u16());
            assert_eq!(Status::try_from(code), Ok(status));
            assert_eq!(Status::try_from(&code), Ok(status));
            assert_eq!(status, code);
            assert_eq!(code, status);
        }
        // A received 499 (nginx) is held, and converts back unchanged.
        let nginx = http::StatusCode::from_u16(499).unwrap();
        assert_eq!(Status::try_from(nginx), Status::from_wire(499));
        assert_eq!(
            Status::try_from(http::StatusCode::from_u16(999).unwrap()),
            Err(ParseStatusError::OutOfRange)
        );
        let unassigned = Status::unassigned(499).unwrap();
        assert_eq!(http::StatusCode::from(unassigned), nginx);
        assert!(Status::NOT_FOUND != http::StatusCode::OK);
    }

    #[cfg(feature = "http02")]
    #[test]
    fn http02_round_trips_every_registry_code() {
        for status in Status::all() {
            let code = http02::StatusCode::from(status);
            assert_eq!(code.as_u16(), status.as_u16());
            assert_eq!(Status::try_from(code), Ok(status));
            assert_eq!(status, code);
            assert_eq!(code, status);
        }
        assert_eq!(
            Status::try_from(http02::StatusCode::from_u16(600).unwrap()),
            Err(ParseStatusError::OutOfRange)
        );
        assert!(http02::StatusCode::IM_A_TEAPOT == Status::IM_A_TEAPOT);
    }
}
