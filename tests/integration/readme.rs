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
