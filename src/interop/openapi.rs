//! What the OpenAPI features (`utoipa.rs`, `aide.rs`) share.

use std::string::{String, ToString};
use std::vec::Vec;

use crate::Status;

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
