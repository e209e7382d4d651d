//! The README's OpenAPI example is `readme_openapi_example.rs` without its
//! `//!` header, and the JSON the README shows is what utoipa generates for
//! it: this test keeps both true.

#[allow(dead_code)]
#[path = "readme_openapi_example.rs"]
mod example;

/// The text of the README's first fenced block that starts with `opening`.
fn block(readme: &str, opening: &str) -> String {
    let start = readme.find(opening).expect("the README has the block") + opening.len();
    let len = readme[start..].find("```").expect("the block ends");
    readme[start..start + len].to_owned()
}

#[test]
fn readme_shows_the_compiled_openapi_example_and_its_document() {
    let readme = include_str!("../../README.md");
    let example: String = include_str!("readme_openapi_example.rs")
        .lines()
        .skip_while(|line| line.starts_with("//!") || line.is_empty())
        .flat_map(|line| [line, "\n"])
        .collect();
    assert_eq!(
        block(readme, "```rust,ignore\n// One declaration\n"),
        example
    );

    let generated = <example::__path_order as utoipa::Path>::operation().responses;
    let generated = serde_json::to_value(generated).unwrap();
    let pretty = serde_json::to_string_pretty(&generated).unwrap();
    let shown: Option<serde_json::Value> = serde_json::from_str(&block(readme, "```json\n")).ok();
    assert_eq!(
        shown.as_ref(),
        Some(&generated),
        "the README's JSON block should be:\n{pretty}"
    );
}
