#![no_implicit_prelude]

const KICKED: ::statuscode::CloseCode = ::statuscode::close_code!(POLICY_VIOLATION);

fn main() {
    let c = ::statuscode::close_code!(WS_1001_GOING_AWAY);
    let away = match c {
        ::statuscode::close_code!(1001) => true,
        ::statuscode::close_code!(4001) => false,
        ::statuscode::status!(WS_1000_NORMAL_CLOSURE) => false,
        _ => false,
    };
    ::std::assert!(away);
    ::std::assert_eq!(KICKED.as_u16(), 1008);
}
