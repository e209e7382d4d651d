//! statuscode-core's and statuscode-registry's modules import one way,
//! downwards through [`CORE`] and [`REGISTRY`]: a file may name (`crate::…`,
//! in a `use` or inline) only modules of the layers listed before its own.
//! lib.rs, which wires everything together, is not checked. A new module has
//! to be given its place here.

use std::collections::HashMap;
use std::path::Path;

/// statuscode-registry's layers, bottom first (the order of its lib.rs's
/// "How the crate is built"). Modules in the same layer may not import each
/// other either.
const REGISTRY: Layers = &[
    // The registry's row types, then the table generated from
    // registry/data/.
    &["rows"],
    &["table"],
    // The resolver and "did you mean": raw codes and rows.
    &["resolve", "suggest"],
    // The types, each on the ones before it.
    &["codes"],
    &["suggestion"],
    &["parse"],
];

/// statuscode-core's layers, on top of statuscode-registry (which it names
/// by its crate name, never `crate::`).
const CORE: Layers = &[
    &["http"],
    &["close"],
    &["parse"],
    &["http_status"],
    &["consts"],
    // Trait impls for other crates' types (every file under interop/).
    &["interop"],
];

type Layers = &'static [&'static [&'static str]];

fn layer_of(layers: Layers, module: &str) -> Option<usize> {
    layers.iter().position(|layer| layer.contains(&module))
}

/// What each name lib.rs re-exports at the root (`crate::Status`) comes
/// from: `pub use http::{Status, StatusClass};` maps both names to `http`.
fn root_names(layers: Layers, lib_rs: &str) -> HashMap<String, String> {
    let mut names = HashMap::new();
    for item in lib_rs.split(';') {
        let Some(path) = item.trim_start().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, rest)) = path.split_once("::") else {
            continue;
        };
        if module == "crate" || layer_of(layers, module).is_none() {
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
fn violations(
    layers: Layers,
    module: &str,
    source: &str,
    roots: &HashMap<String, String>,
) -> Vec<String> {
    let Some(own) = layer_of(layers, module) else {
        return vec![format!(
            "module `{module}` has no place in its crate's layers (core/tests/layers.rs)"
        )];
    };
    let mut found = Vec::new();
    for first in crate_paths(source) {
        let target = if layer_of(layers, &first).is_some() {
            first.clone()
        } else if let Some(module) = roots.get(&first) {
            module.clone()
        } else {
            found.push(format!(
                "`{module}` names `crate::{first}`, which is neither a module in its layers nor a root re-export"
            ));
            continue;
        };
        let layer = layer_of(layers, &target).unwrap();
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

/// The `src` directory of statuscode-core (`"core"`) or statuscode-registry.
fn src(krate: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(krate)
        .join("src")
}

/// Every module file of a crate's src but lib.rs, with its module's name
/// (every file under `interop/` is `interop`).
fn modules(krate: &str) -> Vec<(String, String)> {
    let src = src(krate);
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

fn lib_rs(krate: &str) -> String {
    std::fs::read_to_string(src(krate).join("lib.rs")).unwrap()
}

#[test]
fn modules_import_only_the_layers_below_them() {
    for (krate, layers, least) in [("core", CORE, 10), ("registry", REGISTRY, 7)] {
        let roots = root_names(layers, &lib_rs(krate));
        let modules = modules(krate);
        assert!(
            modules.len() >= least,
            "{krate}: found only {} modules",
            modules.len()
        );
        let found: Vec<String> = modules
            .iter()
            .flat_map(|(module, source)| violations(layers, module, source, &roots))
            .collect();
        assert!(found.is_empty(), "{krate}: {}", found.join("\n"));
    }
}

#[test]
fn every_root_reexport_comes_from_a_layer() {
    let roots = root_names(CORE, &lib_rs("core"));
    for name in ["Status", "CloseCode", "status"] {
        assert!(roots.contains_key(name), "{name}");
    }
    let roots = root_names(REGISTRY, &lib_rs("registry"));
    for name in ["HttpCode", "ParseStatusError", "NameForm", "Suggestions"] {
        assert!(roots.contains_key(name), "{name}");
    }
}

/// The check itself catches an upward import, in each form it is written.
#[test]
fn an_upward_import_is_caught() {
    let roots = root_names(REGISTRY, &lib_rs("registry"));
    for source in [
        "use crate::codes::HttpCode;\n",
        "use crate::{rows::Entry, codes::HttpCode};\n",
        "use crate::HttpCode;\n",
        "fn f() -> crate::HttpCode { todo!() }\n",
    ] {
        assert_eq!(
            violations(REGISTRY, "table", source, &roots).len(),
            1,
            "{source}"
        );
    }
    assert_eq!(
        violations(REGISTRY, "resolve", "use crate::suggest::Hit;\n", &roots).len(),
        1,
        "same layer"
    );
    assert!(
        violations(
            REGISTRY,
            "table",
            "// use crate::codes::HttpCode;\n",
            &roots
        )
        .is_empty()
    );
    let roots = root_names(CORE, &lib_rs("core"));
    assert!(violations(CORE, "close", "use crate::http::Status;\n", &roots).is_empty());
    assert_eq!(
        violations(
            CORE,
            "http",
            "use crate::Status;\nuse crate::close::CloseCode;\n",
            &roots
        )
        .len(),
        1
    );
}
