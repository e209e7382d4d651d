//! `"…".parse::<CloseCode>()`, `CloseCode::from_name` and
//! `resolve_close_name` on arbitrary strings: the two name readers agree;
//! `parse` takes what `from_name` takes, and otherwise only a code as
//! received (`1000..=4999`, alone or with its own label); every `Ok` reads
//! back from its `Display`; an `Err` formats (suggestions included); never a
//! panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode_core::{CloseCode, resolve_close_name};

fuzz_target!(|input: &str| {
    let named = CloseCode::from_name(input);
    assert_eq!(named, resolve_close_name(input).map(|r| r.code));
    if let Ok(code) = named {
        assert_eq!(CloseCode::from_u16(code.as_u16()), Ok(code));
    }
    match input.parse::<CloseCode>() {
        Ok(code) => {
            if named.is_err() {
                assert!(input.starts_with(&code.as_u16().to_string()), "{input:?}");
            }
            assert_eq!(CloseCode::from_wire(code.as_u16()), Ok(code));
            assert_eq!(code.to_string().parse::<CloseCode>(), Ok(code));
        }
        Err(e) => {
            assert_eq!(Err(e), named);
            let _ = e.to_string();
        }
    }
});
