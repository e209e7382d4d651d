use statuscode::status;

fn main() {
    let _ = status!(unassigned 404);
}
