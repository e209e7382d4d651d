use statuscode::status;

fn main() {
    let _ = status!(unassigned 600);
}
