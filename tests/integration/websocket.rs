//! Real WebSocket connections on loopback: a server closes with a code made by
//! `close_code!`, a real client reads the code from the Close frame (this
//! package turns on the `axum-ws` and `tungstenite` features); every step is
//! bounded by a timeout, and the servers stop with the test.

use std::net::SocketAddr;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use statuscode::{CloseCode, close_code};
use tokio::net::TcpListener;
use tokio::time::timeout;
use tokio_tungstenite::tungstenite::Message as ClientMessage;

/// Generous for loopback; a hung connection fails the test instead of
/// hanging it.
const LIMIT: Duration = Duration::from_secs(10);

/// Connects to `ws://{addr}{path}` and returns the close code (and reason)
/// of the first Close frame the server sends.
async fn close_code_from(addr: SocketAddr, path: &str) -> (CloseCode, String) {
    let (mut client, _) = timeout(
        LIMIT,
        tokio_tungstenite::connect_async(format!("ws://{addr}{path}")),
    )
    .await
    .expect("connecting timed out")
    .expect("the handshake failed");
    loop {
        let message = timeout(LIMIT, client.next())
            .await
            .expect("no Close frame in time")
            .expect("the stream ended without a Close frame")
            .expect("reading failed");
        if let ClientMessage::Close(frame) = message {
            let frame = frame.expect("the Close frame has no code");
            let code = CloseCode::try_from(&frame).expect("not a close code");
            return (code, frame.reason.as_str().to_owned());
        }
    }
}

/// An axum server closes every connection with 1008 Policy Violation, made by
/// `close_code!` and converted into axum's `CloseFrame`; tokio-tungstenite
/// reads it.
#[tokio::test]
async fn axum_server_closes_with_a_checked_code() {
    use axum::extract::ws::{CloseFrame, Message, WebSocketUpgrade};
    use axum::routing::get;

    const KICKED: CloseCode = close_code!(POLICY_VIOLATION);

    let app = axum::Router::new().route(
        "/ws",
        get(|upgrade: WebSocketUpgrade| async {
            upgrade.on_upgrade(|mut socket| async move {
                let frame = CloseFrame {
                    reason: "no spam".into(),
                    ..CloseFrame::from(KICKED)
                };
                // The client may already be gone by the time the echo
                // arrives; the client side asserts what matters.
                let _ = socket.send(Message::Close(Some(frame))).await;
            })
        }),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });

    let (code, reason) = close_code_from(addr, "/ws").await;
    server.abort();

    assert_eq!(code, close_code!(POLICY_VIOLATION));
    assert_eq!(code, statuscode::status::WS_1008_POLICY_VIOLATION);
    assert_eq!(code.as_u16(), 1008);
    assert_eq!(reason, "no spam");
}

/// A tokio-tungstenite server closes with a private-use code (4001, no
/// constant, so `close_code!` expands to its generic const) converted into
/// tungstenite's `CloseFrame`; the client reads it back.
#[tokio::test]
async fn tungstenite_server_closes_with_a_private_use_code() {
    use tokio_tungstenite::tungstenite::protocol::CloseFrame;

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let mut socket = tokio_tungstenite::accept_async(stream).await.unwrap();
        socket
            .send(ClientMessage::Close(Some(CloseFrame::from(close_code!(
                4001
            )))))
            .await
            .unwrap();
        // Drive the closing handshake until the client answers.
        while let Some(Ok(_)) = socket.next().await {}
    });

    let (code, reason) = close_code_from(addr, "/").await;
    timeout(LIMIT, server)
        .await
        .expect("the server did not finish")
        .expect("the server failed");

    assert_eq!(code, close_code!(4001));
    assert!(code.is_private_use());
    assert_eq!(reason, "");
}
