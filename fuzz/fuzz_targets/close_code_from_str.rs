//! `"…".parse::<CloseCode>()`, `CloseCode::from_name` and
//! `resolve_close_name` on arbitrary strings: they agree, an `Ok` is a code
//! `from_u16` accepts too, an `Err` formats (suggestions included); never a
//! panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode_core::{CloseCode, resolve_close_name};

fuzz_target!(|input: &str| {
    let parsed = input.parse::<CloseCode>();
    assert_eq!(parsed, CloseCode::from_name(input));
    assert_eq!(parsed, resolve_close_name(input).map(|r| r.code));
    match parsed {
        Ok(code) => {
            assert_eq!(CloseCode::from_u16(code.as_u16()), Ok(code));
            let _ = code.to_string();
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
