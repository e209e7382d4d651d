//! The errors a web framework answers by itself on a documented route, as
//! the framework helpers (`statuscode::axum::detail_errors` …) send them,
//! as types the OpenAPI document can list: [`FrameworkErrors`] (a path or
//! query that does not parse, a panic) and [`FrameworkBodyErrors`] (those,
//! and a body that is too large, of the wrong content type or shape), and
//! their problem-details twins. List one in an operation's responses
//! (utoipa: `responses(…, statuscode::FrameworkBodyErrors)`; poem-openapi
//! and salvo-oapi: a never-returned `#[status(transparent)]` variant of the
//! operation's error enum) and the
//! document describes every status a client can provoke there, so a
//! checker that sends malformed requests (schemathesis's negative mode)
//! finds each answer documented. An unknown path's 404 and a wrong method's
//! 405 belong to no documented operation, so neither type lists them.
//! Not every framework sends every status: salvo answers a body of the
//! wrong content type with 400, never 415, so a salvo operation lists
//! [`FrameworkErrors`] and its body limit's 413, not [`FrameworkBodyErrors`].

// Without a framework feature, the derive warns that a `response` type is
// no response: these are for the document first.
#![allow(deprecated)]

use core::fmt;

/// Declares one type: its statuses, in `{"detail"}` or as problem details.
macro_rules! framework_errors {
    ($(#[$doc:meta])* $name:ident, $format:ident, body: $($body:ident)?) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, crate::HttpStatus)]
        #[status(crate = crate, $format)]
        pub enum $name {
            /// The request is malformed: a path parameter, query or body
            /// that does not parse.
            #[status(BAD_REQUEST)]
            BadRequest,
            $(
            /// The body is larger than the server accepts.
            #[status(PAYLOAD_TOO_LARGE)]
            PayloadTooLarge,
            /// The body's content type is not one the handler reads.
            #[status(UNSUPPORTED_MEDIA_TYPE)]
            UnsupportedMediaType,
            /// The body parses but does not fit the handler's type.
            #[status(UNPROCESSABLE_CONTENT)]
            $body,
            )?
            /// The server failed (a panic, a missing extension); the body
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
    /// The errors a framework answers by itself on a route without a body
    /// (400 for a path or query that does not parse, 500 for a panic), in
    /// `{"detail"}`, as the framework helpers' `detail_*` forms send them:
    /// for an OpenAPI document, e.g. utoipa's `responses(ApiError,
    /// statuscode::FrameworkErrors)`. A value is also a response that sends
    /// its reason phrase.
    FrameworkErrors, response, body:
}

framework_errors! {
    /// [`FrameworkErrors`] and the body's: 413 (too large), 415 (content
    /// type), 422 (the wrong shape), for a route that reads a body.
    FrameworkBodyErrors, response, body: UnprocessableContent
}

framework_errors! {
    /// [`FrameworkErrors`] as RFC 9457 problem details, for the framework
    /// helpers' `problem_*` forms.
    FrameworkProblems, problem, body:
}

framework_errors! {
    /// [`FrameworkBodyErrors`] as RFC 9457 problem details.
    FrameworkBodyProblems, problem, body: UnprocessableContent
}
