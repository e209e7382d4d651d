//! What the OpenAPI features (`utoipa.rs`, `aide.rs`) share.

use std::string::{String, ToString};
use std::vec::Vec;

use crate::{HttpStatus, Status, StatusSet};

/// The description of `status`: the docs given for it (one, or a list of
/// several), or its reason phrase when none is.
pub(crate) fn description(status: Status, docs: &[(Status, &'static str)]) -> String {
    let mut listed: Vec<&str> = Vec::new();
    for (_, doc) in docs.iter().filter(|(s, d)| *s == status && !d.is_empty()) {
        if !listed.contains(doc) {
            listed.push(doc);
        }
    }
    match listed.as_slice() {
        [] if status.reason().is_empty() => status.as_u16().to_string(),
        [] => status.reason().to_string(),
        [one] => (*one).to_string(),
        many => many
            .iter()
            .map(|doc| std::format!("- {}", doc.replace('\n', "\n  ")))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// One response an error type is documented with.
pub(crate) struct Documented {
    /// Its status; `None` is `default`.
    pub(crate) status: Option<Status>,
    /// The variants' docs, or the reason phrase.
    pub(crate) description: String,
    /// The headers it carries, declared (`#[status(header(…))]`), each once.
    pub(crate) headers: Vec<&'static str>,
}

/// The responses an error type is documented with, as the response model
/// sends them.
///
/// - A status an error cannot be sent with (1xx, 2xx) goes out as a 500, so
///   it is documented as 500, never as a success code (which would replace
///   the operation's own success response).
/// - A type whose statuses are all of them ([`StatusSet::ALL`]: a field
///   known only at run time, such as `Box<dyn HttpStatus>` or an
///   `HttpError`) lists the statuses its variants declare and a `default`
///   response for the rest, never every code.
/// - Each carries the headers declared for it (a refused response, sent as
///   a 500, carries none).
pub(crate) fn documented<T: HttpStatus>() -> Vec<Documented> {
    let mut docs = Vec::new();
    T::__describe_statuses(&mut |status, doc| docs.push((status, doc)));
    let mut declared: Vec<(Status, &'static str)> = Vec::new();
    T::__describe_headers(&mut |status, name| declared.push((status, name)));
    let statuses = T::statuses();
    let dynamic = statuses == StatusSet::ALL;
    let known: StatusSet = if dynamic {
        docs.iter().map(|(status, _)| *status).collect()
    } else {
        statuses
    };
    let mut sent = StatusSet::new();
    for status in &known {
        sent.insert(if status.as_u16() < 300 {
            Status::INTERNAL_SERVER_ERROR
        } else {
            status
        });
    }
    let mut out: Vec<Documented> = sent
        .iter()
        .map(|status| {
            let mut headers: Vec<&'static str> = Vec::new();
            for (_, name) in declared.iter().filter(|(s, _)| *s == status) {
                if !headers.iter().any(|h| h.eq_ignore_ascii_case(name)) {
                    headers.push(name);
                }
            }
            Documented {
                status: Some(status),
                description: description(status, &docs),
                headers,
            }
        })
        .collect();
    if dynamic {
        out.push(Documented {
            status: None,
            description: "An error whose status is chosen when it is sent".to_string(),
            headers: Vec::new(),
        });
    }
    out
}
