use statuscode::{Status, status};

macro_rules! by_literal {
    ($code:literal) => {
        status!($code)
    };
}

macro_rules! by_ident {
    ($name:ident) => {
        status!($name)
    };
}

macro_rules! by_tt {
    ($($t:tt)*) => {
        status!($($t)*)
    };
}

macro_rules! by_expr {
    ($e:expr) => {
        status!($e)
    };
}

macro_rules! in_pattern {
    ($s:expr, $code:literal) => {
        matches!($s, status!($code))
    };
}

fn main() {
    assert_eq!(by_literal!(404), Status::NOT_FOUND);
    assert_eq!(by_ident!(TEAPOT), Status::IM_A_TEAPOT);
    assert_eq!(by_tt!(unassigned 499).as_u16(), 499);
    assert_eq!(by_expr!(201), Status::CREATED);
    assert!(in_pattern!(Status::OK, 200));
}
