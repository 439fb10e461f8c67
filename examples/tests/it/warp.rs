//! warp replies from the registry, read as raw bytes from a warp server on 127.0.0.1 by the
//! checks every framework shares (`common::shelf`): the members as replies and as rejections
//! turned back into their responses by `rejection::recover`.

use status_registry::rejection::recover;
use status_registry::{Problem, StatusCode};
use warp::Filter;

use crate::common::shelf::{Phrases, ShelfError, check_shelf, member};

async fn serve() -> std::net::SocketAddr {
    let nginx = warp::path!("nginx").map(|| StatusCode::from(499));
    let problem = warp::path!("problem").map(|| Problem::new(StatusCode::Conflict).with_detail("taken"));
    let reply = warp::path!("reply" / String).map(|name: String| Err::<String, _>(member(&name)));
    let reject = warp::path!("reject" / String)
        .and_then(|name: String| async move { Err::<String, _>(warp::reject::custom(member(&name))) })
        .recover(recover::<ShelfError>);
    let routes = nginx.or(problem).or(reply).or(reject);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(warp::serve(routes).incoming(listener).run());
    addr
}

#[test]
fn warp_replies_and_rejections_obey_the_registry() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let addr = serve().await;
        // A member sends the same response as a reply and as a recovered rejection.
        for way in ["/reply", "/reject"] {
            check_shelf(addr, Phrases::Registry, way, Phrases::Registry).await;
        }
    });
}
