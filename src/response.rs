//! `impl_response!`: what `#[derive(HttpStatus)]` with `#[status(response)]`
//! expands to. The features are read here, in the facade: a `#[cfg]` in the
//! derive's output would be read in the user's crate, whose features are
//! not ours. So each framework has a helper macro whose definition depends
//! on the facade's feature, and `impl_response!` calls both.

/// `[impl generics] [type with its generics] [where clause]` to the axum and
/// actix-web response impls that the facade's features turn on. The type must
/// implement `HttpStatus` and `Display` (and `Debug` for actix-web).
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        $crate::__impl_axum_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_actix_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_poem_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_rocket_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_salvo_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
        $crate::__impl_warp_response! { [$($generics)*] [$($ty)*] [$($where_clause)*] }
    };
}

/// axum's `IntoResponse`: the type's status and `{"detail":"<Display>"}`.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::axum::IntoResponse for $($ty)* $($where_clause)* {
            fn into_response(self) -> $crate::__private::axum::Response {
                $crate::__private::axum::detail_response(
                    <Self as $crate::HttpStatus>::status(&self),
                    &self,
                )
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    ($($input:tt)*) => {};
}

/// actix-web's `ResponseError`: the type's status and
/// `{"detail":"<Display>"}`.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_response {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::actix::ResponseError for $($ty)* $($where_clause)* {
            fn status_code(&self) -> $crate::__private::actix::StatusCode {
                ::core::convert::From::from(<Self as $crate::HttpStatus>::status(self))
            }

            fn error_response(&self) -> $crate::__private::actix::HttpResponse {
                $crate::__private::actix::detail_response(
                    <Self as $crate::HttpStatus>::status(self),
                    self,
                )
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_response {
    ($($input:tt)*) => {};
}
