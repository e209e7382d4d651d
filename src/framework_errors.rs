//! [`FrameworkErrors`] and [`FrameworkProblems`]: the errors a web
//! framework answers by itself, as the framework helpers
//! (`statuscode::axum::detail_errors` …) send them, for the OpenAPI
//! document. List one in an operation's responses (utoipa:
//! `responses(…, statuscode::FrameworkErrors)`; aide: see
//! [`FrameworkErrors`]) and the document describes every status a client
//! can provoke, so a checker that sends malformed requests (schemathesis's
//! negative mode) finds each answer documented.

// Without a framework feature, the derive warns that a `response` type is
// no response: these are for the document first.
#![allow(deprecated)]

use core::fmt;

/// Declares one of the two types: the same statuses, in `{"detail"}` or as
/// problem details.
macro_rules! framework_errors {
    ($(#[$doc:meta])* $name:ident, $format:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, crate::HttpStatus)]
        #[status(crate = crate, $format)]
        pub enum $name {
            /// The request is malformed: a body or query that does not
            /// parse, a path parameter of the wrong type.
            #[status(BAD_REQUEST)]
            BadRequest,
            /// No route has this path.
            #[status(NOT_FOUND)]
            NotFound,
            /// The route has no handler for this method; `Allow` lists the
            /// methods it has.
            #[status(METHOD_NOT_ALLOWED, header("Allow" = 0))]
            MethodNotAllowed(&'static str),
            /// The body is larger than the server accepts.
            #[status(PAYLOAD_TOO_LARGE)]
            PayloadTooLarge,
            /// The body's content type is not one the handler reads.
            #[status(UNSUPPORTED_MEDIA_TYPE)]
            UnsupportedMediaType,
            /// The body parses but does not fit the handler's type.
            #[status(UNPROCESSABLE_CONTENT)]
            UnprocessableContent,
            /// The server failed (a panic, a missing extension): the body
            /// says only "Internal Server Error".
            #[status(INTERNAL_SERVER_ERROR)]
            InternalServerError,
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(crate::HttpStatus::status(self).reason())
            }
        }
    };
}

framework_errors! {
    /// The errors a framework answers by itself (400, 404, 405 with
    /// `Allow`, 413, 415, 422, 500), in `{"detail"}`: what the framework
    /// helpers' `detail_*` forms send. For the OpenAPI document: utoipa
    /// `responses((status = 201, body = Item), ApiError, statuscode::FrameworkErrors)`,
    /// aide `op.response_with::<…>` or the operation's output type. Each
    /// value is also a response that sends its reason phrase.
    FrameworkErrors, response
}

framework_errors! {
    /// The errors a framework answers by itself, as RFC 9457 problem
    /// details: [`FrameworkErrors`] for the framework helpers' `problem_*`
    /// forms.
    FrameworkProblems, problem
}
