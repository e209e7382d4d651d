// `http_status!` and `http02_status!` give `status!`'s diagnostics with their
// own name in the fix, and http02_status! refuses the codes http 0.2 has no
// constant for, saying what to write instead.
use statuscode::{http02_status, http_status};

fn main() {
    let _ = http_status!(NOT_FUOND);
    let _ = http_status!(299);
    let _ = http02_status!(TOO_EARLY);
    let _ = http02_status!(HTTP_103_EARLY_HINTS);
    let _ = http02_status!(unassigned 499);
}
