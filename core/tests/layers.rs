//! statuscode-core's modules import one way, downwards through [`LAYERS`]: a
//! file may name (`crate::…`, in a `use` or inline) only modules of the
//! layers listed before its own. lib.rs, which wires everything together,
//! is not checked. A new module has to be given its place here.

use std::collections::HashMap;
use std::path::Path;

/// The layers, bottom first (the order of lib.rs's "How the crate is built").
/// Modules in the same layer may not import each other either.
const LAYERS: &[&[&str]] = &[
    // The registry's row types, then the table generated from core/data/.
    &["registry"],
    &["table"],
    // The resolver and "did you mean": raw codes and rows.
    &["resolve", "suggest"],
    // The types, each on the ones before it.
    &["http"],
    &["suggestion"],
    &["close"],
    &["parse"],
    &["http_status"],
    &["consts"],
    // Trait impls for other crates' types (every file under interop/).
    &["interop"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// What each name lib.rs re-exports at the root (`crate::Status`) comes
/// from: `pub use http::{Status, StatusClass};` maps both names to `http`.
fn root_names(lib_rs: &str) -> HashMap<String, String> {
    let mut names = HashMap::new();
    for item in lib_rs.split(';') {
        let Some(path) = item.trim_start().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, rest)) = path.split_once("::") else {
            continue;
        };
        if module == "crate" || layer_of(module).is_none() {
            continue;
        }
        for name in rest.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if !name.is_empty() {
                names.insert(name.to_owned(), module.to_owned());
            }
        }
    }
    names
}

/// The first path segment after each `crate::` outside comments; for a
/// group (`crate::{close::CloseCode, http::Status}`), the first segment of
/// each item in it.
fn crate_paths(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let Some(group) = rest.strip_prefix('{') else {
            out.push(ident(rest));
            continue;
        };
        let (mut depth, mut start) = (0, 0);
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    out.push(ident(&group[start..i]));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    out.push(ident(&group[start..i]));
                    start = i + 1;
                }
                _ => {}
            }
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The imports of `module` (source text `source`) that do not go downwards.
fn violations(module: &str, source: &str, roots: &HashMap<String, String>) -> Vec<String> {
    let Some(own) = layer_of(module) else {
        return vec![format!(
            "module `{module}` has no place in LAYERS (core/tests/layers.rs)"
        )];
    };
    let mut found = Vec::new();
    for first in crate_paths(source) {
        let target = if layer_of(&first).is_some() {
            first.clone()
        } else if let Some(module) = roots.get(&first) {
            module.clone()
        } else {
            found.push(format!(
                "`{module}` names `crate::{first}`, which is neither a module in LAYERS nor a root re-export"
            ));
            continue;
        };
        let layer = layer_of(&target).unwrap();
        // A module may name its own items through a root re-export
        // (`consts`' editor names re-export `crate::status::…`).
        if layer >= own && target != module {
            found.push(format!(
                "`{module}` (layer {own}) imports `{target}` (layer {layer}) through `crate::{first}`: \
                 a module may only import the layers below it"
            ));
        }
    }
    found
}

/// Every module file of core/src but lib.rs, with its module's name (every
/// file under `interop/` is `interop`).
fn modules() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut dirs = vec![(src.clone(), None::<String>)];
    while let Some((dir, parent)) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
            if path.is_dir() {
                dirs.push((path, Some(parent.clone().unwrap_or(stem))));
            } else if path.extension().is_some_and(|e| e == "rs") && path != src.join("lib.rs") {
                let module = parent.clone().unwrap_or(stem);
                files.push((module, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

fn lib_rs() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap()
}

#[test]
fn modules_import_only_the_layers_below_them() {
    let roots = root_names(&lib_rs());
    let modules = modules();
    assert!(modules.len() >= 10, "found only {} modules", modules.len());
    let found: Vec<String> = modules
        .iter()
        .flat_map(|(module, source)| violations(module, source, &roots))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_root_reexport_comes_from_a_layer() {
    let roots = root_names(&lib_rs());
    for name in [
        "Status",
        "CloseCode",
        "ParseStatusError",
        "NameForm",
        "status",
    ] {
        assert!(roots.contains_key(name), "{name}");
    }
}

/// The check itself catches an upward import, in each form it is written.
#[test]
fn an_upward_import_is_caught() {
    let roots = root_names(&lib_rs());
    for source in [
        "use crate::http::Status;\n",
        "use crate::{registry::Entry, http::Status};\n",
        "use crate::Status;\n",
        "fn f() -> crate::Status { todo!() }\n",
    ] {
        assert_eq!(violations("table", source, &roots).len(), 1, "{source}");
    }
    assert_eq!(
        violations("resolve", "use crate::suggest::Hit;\n", &roots).len(),
        1,
        "same layer"
    );
    assert!(violations("table", "// use crate::http::Status;\n", &roots).is_empty());
    assert!(violations("close", "use crate::http::Status;\n", &roots).is_empty());
}
