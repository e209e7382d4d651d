//! The Rust table against the data in `core/data/`.
//!
//! `core/src/table.rs` is generated from the CSV files by this test: after a
//! registry update, change the CSV and run
//! `STATUSCODE_BLESS=1 cargo test -p statuscode-core --test table`.
//! Without `STATUSCODE_BLESS`, the test fails if the file is stale, and checks
//! every row through the public API.

use std::fmt::Write as _;

use statuscode_core::{
    CloseCode, NameForm, ParseCloseCodeError, RegistryStatus, Status, resolve_close_name,
    resolve_name,
};

const HTTP_CSV: &str = include_str!("../data/http-status-codes.csv");
const CLOSE_CSV: &str = include_str!("../data/websocket-close-codes.csv");
const DESCRIPTIONS_CSV: &str = include_str!("../data/descriptions.csv");
const ALIASES_CSV: &str = include_str!("../data/aliases.csv");
const PROJECT_ALIASES_CSV: &str = include_str!("../data/project-aliases.csv");
const TABLE_RS: &str = "src/table.rs";

/// Parses RFC 4180 CSV (quoted fields, doubled quotes), skipping the header.
fn csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for line in text.lines().skip(1).filter(|l| !l.is_empty()) {
        let mut fields = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    fields.last_mut().unwrap().push('"');
                }
                ('"', _) => quoted = !quoted,
                (',', false) => fields.push(String::new()),
                (c, _) => fields.last_mut().unwrap().push(c),
            }
        }
        rows.push(fields);
    }
    rows
}

struct Row {
    code: u16,
    name: String,
    reason: String,
    reference: String,
    registry: String,
    description: String,
}

struct Alias {
    name: String,
    code: u16,
    source: String,
    note: String,
}

fn rows() -> Vec<Row> {
    let descriptions = csv(DESCRIPTIONS_CSV);
    csv(HTTP_CSV)
        .into_iter()
        .map(|f| {
            let code: u16 = f[0].parse().unwrap();
            let description = descriptions
                .iter()
                .find(|d| d[0] == f[0])
                .unwrap_or_else(|| panic!("descriptions.csv has no row for {code}"))[1]
                .clone();
            Row {
                code,
                name: f[1].clone(),
                reason: f[2].clone(),
                reference: f[3].clone(),
                registry: f[4].clone(),
                description,
            }
        })
        .collect()
}

/// A row of `websocket-close-codes.csv`: one code (`last == first`, with a
/// name) or a range (no name).
struct CloseRow {
    first: u16,
    last: u16,
    name: String,
    meaning: String,
    reference: String,
    sendable: bool,
}

fn close_rows() -> Vec<CloseRow> {
    csv(CLOSE_CSV)
        .into_iter()
        .map(|f| {
            let (first, last) = f[0].split_once('-').unwrap_or((&f[0], &f[0]));
            CloseRow {
                first: first.parse().unwrap(),
                last: last.parse().unwrap(),
                name: f[1].clone(),
                meaning: f[2].clone(),
                reference: f[3].clone(),
                sendable: match f[4].as_str() {
                    "yes" => true,
                    "no" => false,
                    other => panic!("unknown sendable {other:?}"),
                },
            }
        })
        .collect()
}

/// The registered close codes: the rows with a name.
fn close_codes() -> Vec<CloseRow> {
    close_rows()
        .into_iter()
        .filter(|r| !r.name.is_empty())
        .inspect(|r| assert_eq!(r.first, r.last, "a named row is one code"))
        .collect()
}

/// The short phrase `Display` prints: IANA's Meaning, unless that is a whole
/// sentence (1014), then the `meaning` alias aliases.csv gives for it.
fn close_label(row: &CloseRow) -> String {
    if !row.meaning.ends_with('.') || row.meaning.split(' ').count() <= 3 {
        return row.meaning.clone();
    }
    csv(ALIASES_CSV)
        .into_iter()
        .find(|f| f[1] == row.first.to_string() && f[3].starts_with("meaning; websocket"))
        .unwrap_or_else(|| panic!("aliases.csv has no short meaning for {}", row.first))[0]
        .clone()
}

fn is_constant_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// HTTP aliases that are valid Rust constant names, from both alias files.
/// `HTTP_…` names are FastAPI names, returned by [`fastapi_names`].
fn aliases() -> Vec<Alias> {
    csv(ALIASES_CSV)
        .into_iter()
        .chain(csv(PROJECT_ALIASES_CSV))
        .filter(|f| is_constant_name(&f[0]) && !f[0].starts_with("HTTP_"))
        .filter_map(|f| {
            let code: u16 = f[1].parse().ok()?;
            (code < 1000).then(|| Alias {
                name: f[0].clone(),
                code,
                source: f[2].clone(),
                note: f[3].clone(),
            })
        })
        .collect()
}

/// Close-code aliases that are valid Rust constant names.
fn close_aliases() -> Vec<Alias> {
    csv(ALIASES_CSV)
        .into_iter()
        .filter(|f| is_constant_name(&f[0]))
        .filter_map(|f| {
            let code: u16 = f[1].parse().ok()?;
            (code >= 1000).then(|| Alias {
                name: f[0].clone(),
                code,
                source: f[2].clone(),
                note: f[3].clone(),
            })
        })
        .collect()
}

/// FastAPI names that are not `HTTP_<code>_<canonical name>`, with the
/// replacement Starlette names for the deprecated ones.
fn fastapi_names() -> Vec<(Alias, Option<String>)> {
    csv(ALIASES_CSV)
        .into_iter()
        .filter(|f| f[0].starts_with("HTTP_"))
        .map(|f| {
            let replacement = f[3].contains("deprecated").then(|| {
                f[3].split("in favour of ")
                    .nth(1)
                    .unwrap()
                    .split(';')
                    .next()
                    .unwrap()
                    .trim()
                    .to_owned()
            });
            (
                Alias {
                    name: f[0].clone(),
                    code: f[1].parse().unwrap(),
                    source: f[2].clone(),
                    note: f[3].clone(),
                },
                replacement,
            )
        })
        .collect()
}

fn registry_variant(s: &str) -> &'static str {
    match s {
        "registered" => "Registered",
        "temporary" => "Temporary",
        "unused" => "Unused",
        "obsoleted" => "Obsoleted",
        other => panic!("unknown registry_status {other:?}"),
    }
}

/// The text of `src/table.rs`.
#[allow(clippy::too_many_lines, reason = "one template, read top to bottom")]
fn generate() -> String {
    let rows = rows();
    let aliases = aliases();
    let fastapi = fastapi_names();
    let canonical = |code: u16| rows.iter().find(|r| r.code == code).unwrap().name.clone();
    let mut out = String::new();
    out.push_str(
        "// @generated by core/tests/table.rs from core/data/*.csv. Do not edit: change the data\n\
         // and run `STATUSCODE_BLESS=1 cargo test -p statuscode-core --test table`.\n\
         #![cfg_attr(rustfmt, rustfmt::skip)]\n\n\
         use crate::close::{CloseCode, CloseEntry, CloseRange};\n\
         use crate::resolve::{NameEntry, NameForm};\n\
         use crate::http::{Entry, RegistryStatus, Status};\n\n\
         /// The IANA HTTP Status Code Registry (2025-09-15), in ascending order.\n\
         pub(crate) const HTTP: &[Entry] = &[\n",
    );
    for r in &rows {
        writeln!(
            out,
            "    Entry {{ code: {}, name: {:?}, reason: {:?}, description: {:?}, reference: {:?}, registry: RegistryStatus::{} }},",
            r.code, r.name, r.reason, r.description, r.reference, registry_variant(&r.registry)
        )
        .unwrap();
    }
    out.push_str("];\n\n/// Every name a user may write, sorted for binary search.\npub(crate) static NAMES: &[NameEntry] = &[\n");
    let mut names: Vec<(String, u16, &str, Option<String>)> = rows
        .iter()
        .map(|r| (r.name.clone(), r.code, "Canonical", None))
        .collect();
    names.extend(
        aliases
            .iter()
            .map(|a| (a.name.clone(), a.code, "Alias", None)),
    );
    names.extend(
        fastapi
            .iter()
            .map(|(a, rep)| (a.name.clone(), a.code, "FastApi", rep.clone())),
    );
    names.sort();
    for w in names.windows(2) {
        assert_ne!(w[0].0, w[1].0, "a name appears twice in the data");
    }
    for (name, code, form, rep) in &names {
        writeln!(
            out,
            "    NameEntry {{ name: {name:?}, code: {code}, form: NameForm::{form}, replacement: {} }},",
            rep.as_ref().map_or("None".to_owned(), |r| format!("Some({r:?})"))
        )
        .unwrap();
    }
    out.push_str("];\n\n/// One constant per registry name and alias.\nimpl Status {\n");
    for r in &rows {
        writeln!(
            out,
            "    /// `{} {}`: {}\n    ///\n    /// Reference: `{}`{}\n    pub const {}: Status = Status::new_unchecked({});",
            r.code,
            r.reason,
            r.description,
            r.reference,
            match r.registry.as_str() {
                "registered" => String::new(),
                other => format!(" (registry status: {other})"),
            },
            r.name,
            r.code
        )
        .unwrap();
    }
    for a in &aliases {
        writeln!(
            out,
            "    /// Alias of [`Status::{}`] ({}), from {}: {}.\n    pub const {}: Status = Status::{};",
            canonical(a.code),
            a.code,
            a.source,
            a.note,
            a.name,
            canonical(a.code)
        )
        .unwrap();
    }
    out.push_str("}\n\n");
    generate_close(&mut out);
    out.push_str(
        "/// The constants of FastAPI's `fastapi.status` (Starlette's `starlette.status`) and\n\
         /// FastrAPI's `fastrapi.status`, spelled exactly as there, so ported code keeps its names.\n\
         ///\n\
         /// Every registry code has `HTTP_<code>_<NAME>` with its canonical name, typed [`Status`];\n\
         /// the four names Starlette deprecates are `#[deprecated]` here too, naming their\n\
         /// replacement. Every registered WebSocket close code has `WS_<code>_<NAME>`, typed\n\
         /// [`CloseCode`].\n\
         ///\n\
         /// ```\n\
         /// use statuscode_core::{status, CloseCode, Status};\n\
         /// assert_eq!(status::HTTP_201_CREATED, Status::CREATED);\n\
         /// assert_eq!(status::HTTP_418_IM_A_TEAPOT.as_u16(), 418);\n\
         /// assert_eq!(status::WS_1008_POLICY_VIOLATION, CloseCode::POLICY_VIOLATION);\n\
         /// ```\n\
         pub mod status {\n    use crate::{CloseCode, Status};\n\n",
    );
    let mut module: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            (
                format!("HTTP_{}_{}", r.code, r.name),
                format!("    /// `{} {}`: {}\n", r.code, r.reason, r.description),
            )
        })
        .collect();
    for (a, rep) in &fastapi {
        let mut doc = format!(
            "    /// `{}` under Starlette's name ({}: {}).\n",
            canonical(a.code),
            a.source,
            a.note
        );
        if let Some(rep) = rep {
            writeln!(
                doc,
                "    #[deprecated(note = \"Starlette deprecates this name: use {rep}\")]"
            )
            .unwrap();
        }
        module.push((a.name.clone(), doc));
    }
    module.sort_by_key(|(name, _)| (name[5..8].to_owned(), name.clone()));
    for (name, doc) in module {
        let code: u16 = name[5..8].parse().unwrap();
        writeln!(
            out,
            "{doc}    pub const {name}: Status = Status::{};",
            canonical(code)
        )
        .unwrap();
    }
    for r in close_codes() {
        let mut doc = format!("    /// `{} {}`", r.first, close_label(&r));
        if !r.sendable {
            doc.push_str(
                ": may not be sent in a Close frame (RFC 6455 §7.4.1); compare received codes against it",
            );
        }
        writeln!(
            out,
            "{doc}.\n    pub const WS_{}_{}: CloseCode = CloseCode::{};",
            r.first, r.name, r.name
        )
        .unwrap();
    }
    out.push_str("}\n");
    out
}

/// The close-code part of `src/table.rs`: rows, ranges, names and constants.
fn generate_close(out: &mut String) {
    let codes = close_codes();
    out.push_str(
        "/// The IANA WebSocket Close Code Number Registry (2025-07-30), in ascending order.\n\
         pub(crate) const CLOSE: &[CloseEntry] = &[\n",
    );
    for r in &codes {
        writeln!(
            out,
            "    CloseEntry {{ code: {}, name: {:?}, meaning: {:?}, label: {:?}, reference: {:?}, sendable: {} }},",
            r.first, r.name, r.meaning, close_label(r), r.reference, r.sendable
        )
        .unwrap();
    }
    out.push_str(
        "];\n\n/// The ranges of RFC 6455 §7.4.2 and the registry's unassigned stretches, in ascending order.\n\
         pub(crate) const CLOSE_RANGES: &[CloseRange] = &[\n",
    );
    for r in close_rows().iter().filter(|r| r.name.is_empty()) {
        writeln!(
            out,
            "    CloseRange {{ first: {}, last: {}, meaning: {:?}, reference: {:?}, sendable: {} }},",
            r.first, r.last, r.meaning, r.reference, r.sendable
        )
        .unwrap();
    }
    out.push_str("];\n\n/// Every close-code name a user may write, sorted for binary search.\npub(crate) static CLOSE_NAMES: &[NameEntry] = &[\n");
    let aliases = close_aliases();
    let mut names: Vec<(&str, u16, &str)> = codes
        .iter()
        .map(|r| (r.name.as_str(), r.first, "Canonical"))
        .chain(aliases.iter().map(|a| (a.name.as_str(), a.code, "Alias")))
        .collect();
    names.sort_unstable();
    for w in names.windows(2) {
        assert_ne!(
            w[0].0, w[1].0,
            "a close-code name appears twice in the data"
        );
    }
    for (name, code, form) in names {
        writeln!(
            out,
            "    NameEntry {{ name: {name:?}, code: {code}, form: NameForm::{form}, replacement: None }},"
        )
        .unwrap();
    }
    out.push_str("];\n\n/// One constant per registered close code and alias.\nimpl CloseCode {\n");
    for r in &codes {
        writeln!(
            out,
            "    /// `{} {}`{}\n    ///\n    /// Reference: `{}`{}\n    pub const {}: CloseCode = CloseCode::new_unchecked({});",
            r.first,
            close_label(r),
            if close_label(r) == r.meaning { String::new() } else { format!(": {}", r.meaning) },
            r.reference,
            if r.sendable {
                ""
            } else {
                "\n    ///\n    /// May not be sent in a Close frame (RFC 6455 §7.4.1): use it to compare against a code\n    /// an endpoint reports, and `close_code!` refuses it."
            },
            r.name,
            r.first
        )
        .unwrap();
    }
    for a in &aliases {
        let canonical = &codes.iter().find(|r| r.first == a.code).unwrap().name;
        writeln!(
            out,
            "    /// Alias of [`CloseCode::{canonical}`] ({}), from {}: {}.\n    pub const {}: CloseCode = CloseCode::{canonical};",
            a.code, a.source, a.note, a.name
        )
        .unwrap();
    }
    out.push_str("}\n\n");
}

#[test]
fn generated_table_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE_RS);
    let expected = generate();
    if std::env::var_os("STATUSCODE_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap();
    assert!(
        actual == expected,
        "{TABLE_RS} is stale: run `STATUSCODE_BLESS=1 cargo test -p statuscode-core --test table`"
    );
}

#[test]
fn every_registry_row_matches_the_rust_table() {
    let rows = rows();
    assert_eq!(rows.len(), 64, "the 2025-09-15 registry has 64 codes");
    assert_eq!(Status::all().len(), rows.len());
    for (row, status) in rows.iter().zip(Status::all()) {
        assert_eq!(status.as_u16(), row.code);
        assert_eq!(Status::from_u16(row.code), Ok(status), "{}", row.code);
        assert_eq!(status.name(), row.name, "{}", row.code);
        assert_eq!(status.reason(), row.reason, "{}", row.code);
        assert_eq!(status.reference(), row.reference, "{}", row.code);
        assert_eq!(status.description(), row.description, "{}", row.code);
        let registry = match row.registry.as_str() {
            "registered" => RegistryStatus::Registered,
            "temporary" => RegistryStatus::Temporary,
            "unused" => RegistryStatus::Unused,
            "obsoleted" => RegistryStatus::Obsoleted,
            other => panic!("unknown registry_status {other:?}"),
        };
        assert_eq!(status.registry_status(), registry, "{}", row.code);
        let by_name = resolve_name(&row.name).unwrap();
        assert_eq!(
            (by_name.status, by_name.form),
            (status, NameForm::Canonical)
        );
        let fastapi = resolve_name(&format!("HTTP_{}_{}", row.code, row.name)).unwrap();
        assert_eq!(
            (fastapi.status, fastapi.form, fastapi.deprecated),
            (status, NameForm::FastApi, None)
        );
    }
}

#[test]
fn codes_outside_the_registry_are_refused() {
    let assigned: Vec<u16> = rows().iter().map(|r| r.code).collect();
    for code in 0..=1000u16 {
        assert_eq!(
            Status::from_u16(code).is_ok(),
            assigned.contains(&code),
            "{code}"
        );
    }
}

#[test]
fn every_constant_alias_resolves_to_its_code() {
    let aliases = aliases();
    // The rust-constant-shaped aliases of aliases.csv, plus TEAPOT.
    let names: Vec<&str> = aliases.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "PAYLOAD_TOO_LARGE",
            "UNPROCESSABLE_ENTITY",
            "REQUEST_ENTITY_TOO_LARGE",
            "REQUEST_URI_TOO_LONG",
            "REQUESTED_RANGE_NOT_SATISFIABLE",
            "SWITCH_PROXY",
            "TEAPOT"
        ]
    );
    for a in aliases {
        let r = resolve_name(&a.name).unwrap();
        assert_eq!(
            (r.status.as_u16(), r.form, r.deprecated),
            (a.code, NameForm::Alias, None),
            "{}",
            a.name
        );
    }
    for (a, replacement) in fastapi_names() {
        let r = resolve_name(&a.name).unwrap();
        assert_eq!(r.status.as_u16(), a.code, "{}", a.name);
        assert_eq!(r.deprecated, replacement.as_deref(), "{}", a.name);
    }
}

#[test]
fn every_close_code_row_matches_the_rust_table() {
    let codes = close_codes();
    assert_eq!(
        codes.len(),
        19,
        "the registry names 1000..=1015, 3000, 3003, 3008"
    );
    assert_eq!(CloseCode::all().len(), codes.len());
    for (row, code) in codes.iter().zip(CloseCode::all()) {
        assert_eq!(code.as_u16(), row.first);
        assert_eq!(CloseCode::from_u16(row.first), Ok(code), "{}", row.first);
        assert_eq!(code.name(), row.name, "{}", row.first);
        assert_eq!(code.meaning(), row.meaning, "{}", row.first);
        assert_eq!(code.label(), close_label(row), "{}", row.first);
        assert_eq!(code.reference(), row.reference, "{}", row.first);
        assert_eq!(code.is_sendable(), row.sendable, "{}", row.first);
        assert!(code.is_registered(), "{}", row.first);
        assert_eq!(
            code.to_string(),
            format!("{} {}", row.first, close_label(row))
        );
        let by_name = resolve_close_name(&row.name).unwrap();
        assert_eq!((by_name.code, by_name.form), (code, NameForm::Canonical));
        let fastapi = resolve_close_name(&format!("WS_{}_{}", row.first, row.name)).unwrap();
        assert_eq!((fastapi.code, fastapi.form), (code, NameForm::FastApi));
        // An HTTP status parser names the mistake instead of guessing.
        assert_eq!(
            Status::from_name(&format!("WS_{}_{}", row.first, row.name)),
            Err(statuscode_core::ParseStatusError::WebSocketName { close_code: code })
        );
    }
}

#[test]
fn every_close_code_range_row_matches_from_u16() {
    let rows = close_rows();
    for code in 0..=u16::MAX {
        let row = rows.iter().find(|r| r.first <= code && code <= r.last);
        let parsed = CloseCode::from_u16(code);
        match row {
            None => assert_eq!(parsed, Err(ParseCloseCodeError::OutOfRange), "{code}"),
            Some(r) if r.last < 1000 => {
                assert_eq!(parsed, Err(ParseCloseCodeError::Unused { code }));
            }
            Some(r) if r.name.is_empty() && r.last < 3000 => {
                assert_eq!(parsed, Err(ParseCloseCodeError::Unassigned { code }));
            }
            Some(r) => {
                let c = parsed.unwrap();
                assert_eq!(c.is_sendable(), r.sendable, "{code}");
                assert_eq!(c.meaning(), r.meaning, "{code}");
                assert_eq!(c.reference(), r.reference, "{code}");
                assert_eq!(c.is_registered(), !r.name.is_empty(), "{code}");
                assert_eq!(c.is_private_use(), (4000..=4999).contains(&code));
                if r.name.is_empty() {
                    assert_eq!((c.name(), c.to_string()), ("", code.to_string()));
                }
            }
        }
        assert!(
            code >= 5000 || row.is_some(),
            "the CSV covers every code below 5000, {code} is missing"
        );
    }
}

#[test]
fn every_constant_close_code_alias_resolves_to_its_code() {
    let aliases = close_aliases();
    let names: Vec<&str> = aliases.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["INVALID_DATA", "MANDATORY_EXTENSION"]);
    for a in aliases {
        let r = resolve_close_name(&a.name).unwrap();
        assert_eq!((r.code.as_u16(), r.form), (a.code, NameForm::Alias));
        let fastapi = resolve_close_name(&format!("WS_{}_{}", a.code, a.name)).unwrap();
        assert_eq!(fastapi.code.as_u16(), a.code);
    }
}
