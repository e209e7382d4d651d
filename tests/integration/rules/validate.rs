//! RFC 9457 Appendix A's JSON Schema, applied to problem bodies (shared by
//! the wire checks of rules/mod.rs and by problem_members.rs).

use serde_json::{Value, json};

/// Validates `bodies` against RFC 9457 Appendix A's JSON Schema with
/// Python's `jsonschema` (format checks on), and makes sure the validator
/// does reject a wrong one. The interpreter is `$STATUSCODE_PYTHON` (CI
/// points it at a venv with jsonschema 4.26.0 installed), else `python3`
/// (the machine image ships jsonschema 4.26.0).
pub fn validate_problems(bodies: &[Value]) {
    let schema = include_str!("problem.schema.json");
    let mut wrong = bodies.to_vec();
    wrong.push(json!({"status": "404"}));
    let script = r"
import json, sys
import jsonschema
schema, instances = json.loads(sys.argv[1]), json.loads(sys.argv[2])
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
print(json.dumps([not list(validator.iter_errors(i)) for i in instances]))
";
    let python = std::env::var("STATUSCODE_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let output = std::process::Command::new(&python)
        .args(["-c", script, schema, &Value::Array(wrong).to_string()])
        .output()
        .expect("python runs (the problem bodies are validated with Python's jsonschema)");
    assert!(
        output.status.success(),
        "{python} with jsonschema (pip install jsonschema==4.26.0): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let valid: Vec<bool> = serde_json::from_slice(&output.stdout).unwrap();
    let mut expected = vec![true; bodies.len()];
    expected.push(false);
    assert_eq!(valid, expected, "{bodies:?}");
}
