//! OpenAPI through utoipa 5: the responses of a derived enum that asks with
//! `#[status_registry(utoipa)]`, and with `problem`, the schema of [`Problem`](crate::Problem).

use std::collections::BTreeMap;
use std::string::String;

use utoipa::openapi::{RefOr, Response, ResponseBuilder};

/// What `utoipa::IntoResponses::responses` returns.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// One response per code, described by its phrase; several members with one code share a
/// response, their phrases joined with ` or `. With `problem`, each response has an
/// `application/problem+json` body described by the `Problem` schema.
#[must_use]
pub fn responses(members: &[(u16, &str)], problem: bool) -> Responses {
    let mut descriptions: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (code, reason) in members {
        let phrases = descriptions.entry(std::format!("{code:03}")).or_default();
        if !phrases.contains(reason) {
            phrases.push(reason);
        }
    }
    descriptions
        .into_iter()
        .map(|(code, phrases)| {
            let mut response = ResponseBuilder::new().description(phrases.join(" or "));
            if problem {
                response = with_problem_body(response);
            }
            (code, RefOr::T(response.build()))
        })
        .collect()
}

#[cfg(feature = "problem")]
fn with_problem_body(response: ResponseBuilder) -> ResponseBuilder {
    use utoipa::PartialSchema;
    let content = utoipa::openapi::content::ContentBuilder::new().schema(Some(crate::Problem::schema())).build();
    response.content(crate::Problem::CONTENT_TYPE, content)
}

#[cfg(not(feature = "problem"))]
fn with_problem_body(response: ResponseBuilder) -> ResponseBuilder {
    response
}

#[cfg(feature = "problem")]
mod schema {
    use std::borrow::Cow;

    use utoipa::openapi::schema::{AdditionalProperties, KnownFormat, ObjectBuilder, SchemaFormat, Type};
    use utoipa::openapi::{RefOr, Schema};
    use utoipa::{PartialSchema, ToSchema};

    use std::string::ToString;

    use crate::Problem;

    fn member(kind: Type, description: &str) -> ObjectBuilder {
        ObjectBuilder::new().schema_type(kind).description(Some(description))
    }

    /// An object with RFC 9457's members and any extension member.
    #[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "utoipa"))))]
    impl PartialSchema for Problem {
        fn schema() -> RefOr<Schema> {
            let uri = || Some(SchemaFormat::Custom("uri-reference".to_string()));
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .description(Some("Problem details for HTTP APIs (RFC 9457)"))
                .property(
                    "type",
                    member(Type::String, "The kind of problem; about:blank when it is only the status")
                        .format(uri())
                        .default(Some("about:blank".into())),
                )
                .property("title", member(Type::String, "A short summary of the kind of problem"))
                .property(
                    "status",
                    member(Type::Integer, "The HTTP status code")
                        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32)))
                        .minimum(Some(0))
                        .maximum(Some(999)),
                )
                .property("detail", member(Type::String, "What went wrong this time, for the client's user"))
                .property("instance", member(Type::String, "This occurrence of the problem").format(uri()))
                .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(true)))
                .into()
        }
    }

    #[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "utoipa"))))]
    impl ToSchema for Problem {
        fn name() -> Cow<'static, str> {
            Cow::Borrowed("Problem")
        }
    }
}
