//! The README's axum example is `examples/web/readme_axum.rs` (compiled by every
//! `--all-targets` build with the `axum` feature) without its `//!` header.
//! The README marks it `ignore` so that doctests without the `axum` feature
//! still pass; this test keeps the two identical.

#[test]
fn readme_shows_the_compiled_axum_example() {
    let readme = include_str!("../../README.md");
    let example: String = include_str!("../../examples/web/readme_axum.rs")
        .lines()
        .skip_while(|line| line.starts_with("//!") || line.is_empty())
        .flat_map(|line| [line, "\n"])
        .collect();
    let start = readme
        .find("```rust,ignore\nuse axum::")
        .expect("the README has the axum example")
        + "```rust,ignore\n".len();
    let len = readme[start..].find("```").expect("the block ends");
    assert_eq!(readme[start..start + len], example);
    assert!(
        example.lines().count() < 30,
        "the README example stays under 30 lines"
    );
}

/// Every set-up line of the README's "one error format" table is the one
/// `one_format.rs` runs (in its `detail` or `problem` form).
#[test]
fn readme_shows_the_tested_error_format_set_ups() {
    let readme = include_str!("../../README.md");
    let tested = include_str!("one_format.rs");
    let start = readme
        .find("### One error format for the whole application")
        .expect("the README has the section");
    let table = &readme[start..];
    let rows = table.find("| --- |").expect("the section has a table");
    let table = &table[..rows + table[rows..].find("\n\n").expect("the table ends")];
    let snippets: Vec<&str> = table
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|code| code.contains("statuscode::") && code.starts_with(['.', 'S']))
        .collect();
    assert!(snippets.len() >= 9, "{snippets:?}");
    for snippet in snippets {
        let problem = snippet
            .replace("detail_", "problem_")
            .replace("Detail", "Problem");
        assert!(
            tested.contains(snippet) || tested.contains(&problem),
            "one_format.rs does not run the README's `{snippet}`"
        );
    }
}
