//! `"…".parse::<Status>()` on arbitrary strings: a name gives a registry
//! code (as `from_name`); anything else that parses is a status as received
//! (`100..=599`, alone or with its own reason phrase); every `Ok` reads back
//! from its `Display`; an `Err` is `from_name`'s and formats; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode_core::Status;

fuzz_target!(|input: &str| {
    let named = Status::from_name(input);
    if let Ok(status) = named {
        assert!(status.is_assigned(), "{input:?} named unassigned {status}");
        assert_eq!(Status::from_u16(status.as_u16()), Ok(status));
    }
    match input.parse::<Status>() {
        Ok(status) => {
            if named.is_err() {
                assert!(input.starts_with(&status.as_u16().to_string()), "{input:?}");
            }
            assert_eq!(Status::from_wire(status.as_u16()), Ok(status));
            assert_eq!(status.to_string().parse::<Status>(), Ok(status));
        }
        Err(e) => {
            assert_eq!(Err(e), named);
            let _ = e.to_string();
        }
    }
});
