//! The FastAPI items API, in Rocket 0.5 with statuscode:
//!
//! ```sh
//! cargo run -p statuscode-examples --example rocket_api --features rocket            # a self-demo over real HTTP, then exits
//! SERVE=1 cargo run -p statuscode-examples --example rocket_api --features rocket    # serves on 127.0.0.1:8000 (PORT to change)
//! ```
//!
//! `#[status_code(…)]` goes above or below Rocket's `#[get]`/`#[post]`:
//! both work. `statuscode::Status` converts into `rocket::http::Status` and
//! back (fallibly: Rocket's holds any number).

use std::net::Ipv4Addr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::Duration;

use rocket::config::{Config, LogLevel, Shutdown};
use rocket::fairing::AdHoc;
use rocket::serde::json::Json;
use rocket::{Build, Rocket, delete, get, post, routes};
use statuscode::{HttpError, Status, status, status_code};

#[path = "items/mod.rs"]
mod items;

use items::{ApiError, Item, NewItem};

#[get("/items")]
fn list_items() -> Json<Vec<Item>> {
    Json(items::list())
}

#[status_code(HTTP_201_CREATED)]
#[post("/items", data = "<new>")]
fn create_item(new: Json<NewItem>) -> Result<Json<Item>, HttpError> {
    items::create(&new).map(Json)
}

#[get("/items/<id>")]
fn get_item(id: u32) -> Result<Json<Item>, ApiError> {
    items::get(id).map(Json)
}

#[delete("/items/<id>")]
#[status_code(HTTP_204_NO_CONTENT)]
fn delete_item(id: u32) -> Result<(), ApiError> {
    items::delete(id)
}

#[get("/admin")]
fn admin() -> Result<Json<Item>, HttpError> {
    Err(items::not_authenticated())
}

#[get("/teapot")]
fn teapot() -> Status {
    status!(IM_A_TEAPOT)
}

/// The app on `port` (0: any free one, stored in `bound` once Rocket has it).
fn app(port: u16, bound: Arc<AtomicU16>) -> Rocket<Build> {
    let config = Config {
        address: Ipv4Addr::LOCALHOST.into(),
        port,
        log_level: LogLevel::Off,
        shutdown: Shutdown {
            ctrlc: port != 0,
            ..Shutdown::default()
        },
        ..Config::debug_default()
    };
    rocket::custom(config)
        .mount(
            "/",
            routes![
                list_items,
                create_item,
                get_item,
                delete_item,
                admin,
                teapot
            ],
        )
        .attach(AdHoc::on_liftoff("bound port", move |rocket| {
            Box::pin(async move {
                bound.store(rocket.config().port, Ordering::SeqCst);
                if port != 0 {
                    println!("serving on http://127.0.0.1:{}", rocket.config().port);
                }
            })
        }))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bound = Arc::new(AtomicU16::new(0));
    if let Some(port) = items::serve_requested() {
        app(port, bound).launch().await?;
        return Ok(());
    }
    let rocket = app(0, Arc::clone(&bound));
    tokio::spawn(async move { rocket.launch().await });
    let demo = async {
        let port = loop {
            match bound.load(Ordering::SeqCst) {
                0 => tokio::time::sleep(Duration::from_millis(10)).await,
                port => break port,
            }
        };
        items::demo(&format!("http://127.0.0.1:{port}")).await
    };
    tokio::time::timeout(Duration::from_secs(30), demo).await??;
    Ok(())
}
