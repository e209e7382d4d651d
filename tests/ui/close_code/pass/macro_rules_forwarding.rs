use statuscode::{CloseCode, close_code};

macro_rules! by_literal {
    ($code:literal) => {
        close_code!($code)
    };
}

macro_rules! by_ident {
    ($name:ident) => {
        close_code!($name)
    };
}

macro_rules! by_tt {
    ($($t:tt)*) => {
        close_code!($($t)*)
    };
}

macro_rules! by_expr {
    ($e:expr) => {
        close_code!($e)
    };
}

macro_rules! in_pattern {
    ($c:expr, $code:literal) => {
        matches!($c, close_code!($code))
    };
}

fn main() {
    assert_eq!(by_literal!(1008), CloseCode::POLICY_VIOLATION);
    assert_eq!(by_ident!(TRY_AGAIN_LATER), CloseCode::TRY_AGAIN_LATER);
    assert_eq!(by_tt!(WS_1000_NORMAL_CLOSURE), CloseCode::NORMAL_CLOSURE);
    assert_eq!(by_expr!(4999).as_u16(), 4999);
    assert!(in_pattern!(CloseCode::GOING_AWAY, 1001));
}
