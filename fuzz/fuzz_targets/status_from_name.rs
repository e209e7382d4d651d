//! `Status::from_name` and `resolve_name` on arbitrary strings: they agree,
//! an `Ok` resolves back to itself by its canonical name, an `Err` formats
//! (suggestions included); never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode_core::{Status, resolve_name};

fuzz_target!(|input: &str| {
    let resolved = resolve_name(input);
    assert_eq!(resolved.map(|r| r.status), Status::from_name(input));
    match resolved {
        Ok(r) => {
            assert_eq!(Status::from_name(r.status.name()), Ok(r.status));
            let _ = r.status.to_string();
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
