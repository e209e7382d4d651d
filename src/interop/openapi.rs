//! What the OpenAPI features (`utoipa.rs`, `aide.rs`, `poem_openapi.rs`,
//! `salvo_oapi.rs`) share.

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

/// The `type` URIs and `title`s of a problem response, when all are known.
#[cfg(any(
    feature = "utoipa",
    feature = "aide",
    feature = "poem-openapi",
    feature = "salvo-oapi"
))]
pub(crate) type Kinds = Option<(Vec<&'static str>, Vec<&'static str>)>;

/// The `type` URIs and `title`s a problem type's response with `status`
/// can carry, each once, for an `enum` in its schema: what its variants
/// with that status declare (`about:blank` and the reason phrase where
/// they declare no `type`, as the response model sends them), and for a
/// 500 also `about:blank` with "Internal Server Error" (a response the
/// model refuses is sent so). `None` when they cannot all be known: a
/// status a transparent variant's field can have (the field's are chosen
/// when it is sent), a type whose transparent field names a type
/// parameter, a status no variant declares, the `default` response.
#[cfg(any(
    feature = "utoipa",
    feature = "aide",
    feature = "poem-openapi",
    feature = "salvo-oapi"
))]
pub(crate) fn problem_kinds<T: crate::rules::ResponseFormat>(status: Option<Status>) -> Kinds {
    let status = status?;
    let mut kinds: Vec<(&'static str, &'static str)> = Vec::new();
    let mut unknown = false;
    let complete = T::problem_kinds(&mut |declared, kind| {
        if declared != status {
            return;
        }
        let Some((type_uri, title)) = kind else {
            unknown = true;
            return;
        };
        let type_uri = type_uri.unwrap_or("about:blank");
        let title = match title {
            Some(title) if type_uri != "about:blank" => title,
            _ => status.reason(),
        };
        kinds.push((type_uri, title));
    });
    if !complete || unknown || kinds.is_empty() {
        return None;
    }
    if status == Status::INTERNAL_SERVER_ERROR {
        kinds.push(("about:blank", status.reason()));
    }
    let mut types = Vec::new();
    let mut titles = Vec::new();
    for (type_uri, title) in kinds {
        if !types.contains(&type_uri) {
            types.push(type_uri);
        }
        if !titles.contains(&title) {
            titles.push(title);
        }
    }
    Some((types, titles))
}
