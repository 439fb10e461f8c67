use status_registry::StatusRegistry;

#[derive(StatusRegistry)]
enum Api<T> {
    Ok,
    NotFound,
    #[status(other)]
    Other(u16),
    #[doc(hidden)]
    _Marker(std::marker::PhantomData<T>),
}

fn main() {}
