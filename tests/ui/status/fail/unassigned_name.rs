use statuscode::status;

fn main() {
    let _ = status!(unassigned NOT_FOUND);
}
