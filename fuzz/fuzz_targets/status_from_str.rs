//! `"…".parse::<Status>()` on arbitrary strings: an `Ok` with a registry
//! code or an `Err` that formats; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode_core::Status;

fuzz_target!(|input: &str| {
    match input.parse::<Status>() {
        Ok(status) => {
            assert!(
                status.is_assigned(),
                "{input:?} parsed to unassigned {status}"
            );
            assert_eq!(Status::from_u16(status.as_u16()), Ok(status));
            let _ = status.to_string();
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
