//! Deserializing `Status` and `CloseCode` (feature `serde`) from arbitrary
//! JSON: a value that serializes back to the same number, or an error that
//! formats; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use statuscode_core::{CloseCode, Status};

fuzz_target!(|bytes: &[u8]| {
    match serde_json::from_slice::<Status>(bytes) {
        Ok(status) => {
            let json = serde_json::to_string(&status).expect("a Status serializes");
            assert_eq!(serde_json::from_str::<Status>(&json).ok(), Some(status));
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    match serde_json::from_slice::<CloseCode>(bytes) {
        Ok(code) => {
            let json = serde_json::to_string(&code).expect("a CloseCode serializes");
            assert_eq!(serde_json::from_str::<CloseCode>(&json).ok(), Some(code));
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    // Inside a struct, as in a request body.
    let _ = serde_json::from_slice::<Vec<(Status, Option<CloseCode>)>>(bytes);
});
