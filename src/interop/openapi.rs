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

/// The responses an error type is documented with, as the response model
/// sends them, each with its description: `None` is `default`.
///
/// - A status an error cannot be sent with (1xx, 2xx) goes out as a 500, so
///   it is documented as 500, never as a success code (which would replace
///   the operation's own success response).
/// - A type whose statuses are all of them ([`StatusSet::ALL`]: a field
///   known only at run time, such as `Box<dyn HttpStatus>` or an
///   `HttpError`) lists the statuses its variants declare and a `default`
///   response for the rest, never every code.
pub(crate) fn documented<T: HttpStatus>() -> Vec<(Option<Status>, String)> {
    let mut docs = Vec::new();
    T::__describe_statuses(&mut |status, doc| docs.push((status, doc)));
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
    let mut out: Vec<(Option<Status>, String)> = sent
        .iter()
        .map(|status| (Some(status), description(status, &docs)))
        .collect();
    if dynamic {
        out.push((
            None,
            "An error whose status is chosen when it is sent".to_string(),
        ));
    }
    out
}
