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
    // Would be in the extension: no second error for it.
    #[status(799)]
    Mine,
    MyOwnName,
}

// Only `code` and `reason` are needed; a phrase of the registry is not the extension's.
#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(extend_inline = "
statuses:
  - code: 799
    reason: Not Found
    aliases: [Gone, Quota Exceeded]
")]
enum Taken {
    #[status(799)]
    Mine,
}

fn main() {}
