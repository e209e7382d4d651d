use statuscode::close_code;

fn main() {
    let _ = close_code!(1004);
    let _ = close_code!(1005);
    let _ = close_code!(1015);
    let _ = close_code!(ABNORMAL_CLOSURE);
    let _ = close_code!(WS_1005_NO_STATUS_RCVD);
    let _ = close_code!(TLS_HANDSHAKE);
}
