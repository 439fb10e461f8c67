//! rocket on an ephemeral port of 127.0.0.1, for the rocket example and its tests: rocket says
//! which port it bound when it lifts off.

use rocket::fairing::AdHoc;
use rocket::{Build, Config, Rocket};

/// rocket's configuration for a local run: 127.0.0.1, port 0, no log, no Ctrl-C handler.
pub(crate) fn config() -> Config {
    Config {
        address: std::net::Ipv4Addr::LOCALHOST.into(),
        port: 0,
        log_level: rocket::config::LogLevel::Off,
        shutdown: rocket::config::Shutdown { ctrlc: false, ..Default::default() },
        ..Config::debug_default()
    }
}

/// Launches `rocket` (built with `config()`) in a task and returns the address it listens on,
/// with the task.
pub(crate) async fn launch(
    rocket: Rocket<Build>,
) -> Result<(std::net::SocketAddr, tokio::task::JoinHandle<Result<Rocket<rocket::Ignite>, rocket::Error>>), String> {
    let (bound, port) = tokio::sync::oneshot::channel();
    let bound = std::sync::Mutex::new(Some(bound));
    let liftoff = AdHoc::on_liftoff("port", move |rocket| {
        if let Some(bound) = bound.lock().ok().and_then(|mut b| b.take()) {
            let _ = bound.send(rocket.config().port);
        }
        Box::pin(async {})
    });
    let server = tokio::spawn(rocket.attach(liftoff).launch());
    let port = port.await.map_err(|_| "rocket did not lift off")?;
    Ok((std::net::SocketAddr::from(([127, 0, 0, 1], port)), server))
}
