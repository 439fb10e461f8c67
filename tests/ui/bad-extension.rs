use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(extend_inline = "
statuses:
  - code: 404
    reason: Not Found Here
    reason_ja: ない
    lifecycle: registered
    retry: never
    description:
      en: Gone fishing.
      ja: 釣りに出かけました。
  - code: 1200
    reason: Too Big
    reason_ja: 大きい
    lifecycle: forever
    retry: never
    colour: blue
    description:
      en: Much too big.
      ja: 大きすぎます。
")]
enum Api {
    Ok,
}

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(extend_inline = "statuses: [")]
enum Broken {
    Ok,
}

fn main() {}
