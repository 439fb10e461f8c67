//! Derived code uses only absolute paths: it compiles without the prelude, next to items that
//! shadow `Option`, `Result`, `Some`, `core` and `std`, with every warning and clippy's pedantic
//! lints denied.

#![deny(warnings, clippy::pedantic)]

mod shadowed {
    #![no_implicit_prelude]
    #![allow(dead_code, non_camel_case_types)]

    mod core {}
    mod std {}
    type Option = ();
    type Result = ();
    type Some = ();
    type Ok = ();
    type u8 = ();
    type u16 = ();
    type usize = ();
    type str = ();
    type bool = ();

    #[derive(
        ::status_registry::StatusRegistry,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::fmt::Debug,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
    )]
    #[status_registry(serde, http)]
    pub(crate) enum Api {
        Ok,
        #[status(404, reason = "Nothing here")]
        Missing,
        #[deprecated = "members may be deprecated without warnings from the derive"]
        Gone,
        #[status(other)]
        Other(::core::primitive::u16),
    }

    #[derive(
        ::status_registry::StatusRegistry,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::fmt::Debug,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
    )]
    #[status_registry(serde, http)]
    pub(crate) enum Closed {
        Created,
        Accepted,
        #[deprecated]
        MovedPermanently,
    }

    #[derive(::status_registry::StatusRegistry, ::core::fmt::Debug)]
    #[status_registry(axum, problem, utoipa, tonic, warp, poem, poem_openapi, salvo, rocket)]
    pub(crate) enum AppError {
        NotFound {
            id: ::core::primitive::u64,
        },
        #[status(429)]
        Slow(#[header("retry-after")] ::core::primitive::u64),
        #[status(500)]
        Database(&'static ::core::primitive::str),
        #[deprecated]
        Gone,
    }

    impl ::core::fmt::Display for AppError {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Debug::fmt(self, f)
        }
    }

    impl ::core::error::Error for AppError {}

    /// A generic error enum that borrows, with a bound and a where clause.
    #[derive(::status_registry::StatusRegistry, ::core::fmt::Debug)]
    #[status_registry(axum, problem, utoipa, tonic, poem, salvo, rocket)]
    pub(crate) enum Borrowed<'a, E: ::core::fmt::Debug>
    where
        E: ::core::marker::Send,
    {
        NotFound(&'a ::core::primitive::str),
        #[status(502)]
        Upstream(E),
    }

    impl<E: ::core::fmt::Debug + ::core::marker::Send> ::core::fmt::Display for Borrowed<'_, E> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::fmt::Debug::fmt(self, f)
        }
    }

    pub(crate) const GONE: ::status_registry::StatusCode = ::status_registry::status!(410);

    /// An extension record, with every optional text of a row, expands here too.
    #[derive(
        ::status_registry::StatusRegistry,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::fmt::Debug,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
    )]
    #[status_registry(extend_inline = "
statuses:
  - code: 788
    reason: Shadow Lease
    aliases: [Shadowed Lease]
    spec: RFC 9110, Section 15.5.1
    lifecycle: temporary
    expires: 2031-03-01
    headers:
      - {name: x-lease, level: should, spec: 'Lease API, Section 3'}
")]
    pub(crate) enum Extended {
        Ok,
        ShadowLease,
    }
}

use status_registry::StatusCode;

#[test]
fn shadowed_names_do_not_leak_into_generated_code() {
    assert_eq!(shadowed::Api::from(404), shadowed::Api::Missing);
    assert_eq!(shadowed::Api::Missing.to_string(), "404 Nothing here");
    assert_eq!(shadowed::Api::from(500).reason(), "Internal Server Error");
    assert_eq!(shadowed::Closed::try_from(202u16), Ok(shadowed::Closed::Accepted));
    assert_eq!(shadowed::GONE, StatusCode::Gone);
    assert_eq!(shadowed::Api::from(410).to_string(), "410 Gone");
    assert_eq!(shadowed::Closed::try_from(301u16).map(shadowed::Closed::code), Ok(301));
    assert_eq!(http::StatusCode::from(shadowed::Closed::Created), http::StatusCode::CREATED);
    // Without importing a trait: the reason, the members, and comparisons with numbers.
    assert_eq!(shadowed::Closed::ALL.len(), 3);
    assert_eq!(shadowed::Api::Missing, 404u16);
    assert_eq!(404u16, shadowed::Api::Missing);
    assert!(shadowed::Api::from(500) != 404u16);
    // An error enum with data, and its web impls.
    let missing = shadowed::AppError::NotFound { id: 1 };
    assert_eq!((missing.status(), missing.code(), missing.reason()), (StatusCode::NotFound, 404, "Not Found"));
    assert_eq!(status_registry::Problem::from(&missing).detail(), Some("NotFound { id: 1 }"));
    assert_eq!(status_registry::Problem::from(&shadowed::AppError::Database("down")).detail(), None);
    assert_eq!(<shadowed::AppError as utoipa::IntoResponses>::responses().len(), 4);
    let meta = <shadowed::AppError as poem_openapi::ApiResponse>::meta();
    assert_eq!(
        meta.responses.iter().map(|r| r.status).collect::<Vec<_>>(),
        [Some(404), Some(410), Some(429), Some(500)]
    );
    let slow = shadowed::AppError::Slow(30);
    let response = poem::error::ResponseError::as_response(&slow);
    assert_eq!(
        (response.status(), response.headers()["retry-after"].to_str().ok()),
        (http::StatusCode::TOO_MANY_REQUESTS, Some("30"))
    );
    assert_eq!(poem::error::ResponseError::status(&slow), http::StatusCode::TOO_MANY_REQUESTS);
    let error = salvo_core::http::StatusError::from(&slow);
    assert_eq!(
        (error.code, error.name.as_str(), error.brief.as_str()),
        (http::StatusCode::TOO_MANY_REQUESTS, "Too Many Requests", "Slow(30)")
    );
    let response = axum::response::IntoResponse::into_response(missing);
    assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
    let upstream: shadowed::Borrowed<'_, u8> = shadowed::Borrowed::Upstream(7);
    assert_eq!((upstream.code(), StatusCode::from(&upstream)), (502, StatusCode::BadGateway));
    let text = ::std::string::String::from("x");
    let borrowed: shadowed::Borrowed<'_, u8> = shadowed::Borrowed::NotFound(&text);
    assert_eq!(status_registry::Problem::from(&borrowed).detail(), Some("NotFound(\"x\")"));
    // An extension record.
    let info = status_registry::Status::info(shadowed::Extended::ShadowLease).unwrap();
    assert_eq!((info.spec, info.expires), (Some("RFC 9110, Section 15.5.1"), Some("2031-03-01")));
    assert_eq!(info.recommended_headers()[0].name, "x-lease");
    assert_eq!("shadowed lease".parse(), Ok(shadowed::Extended::ShadowLease));
}
