//! `statuscode` renamed to `sc` in Cargo.toml: there is no `::statuscode`
//! here, so every macro must expand through `$crate`.

/// Resolved at compile time through the renamed crate.
pub const CREATED: sc::Status = sc::status!(CREATED);

/// Pattern use through the renamed crate, including an unassigned code and a
/// FastAPI name.
pub fn describe(s: sc::Status) -> &'static str {
    match s {
        sc::status!(HTTP_404_NOT_FOUND) => "missing",
        sc::status!(unassigned 499) => "client closed",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use sc::status;

    #[test]
    fn macros_resolve_through_the_renamed_crate() {
        assert_eq!(super::CREATED.as_u16(), 201);
        assert_eq!(super::describe(status!(404)), "missing");
        assert_eq!(super::describe(status!(unassigned 499)), "client closed");
        assert_eq!(super::describe(status!(TEAPOT)), "other");
        #[allow(deprecated)]
        let old = status!(HTTP_422_UNPROCESSABLE_ENTITY);
        assert_eq!(old, sc::Status::UNPROCESSABLE_CONTENT);
    }
}
