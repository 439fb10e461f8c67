//! OpenAPI: the responses of a derived enum that asks with `#[status_registry(utoipa)]` or
//! `#[status_registry(aide)]`, and with `problem`, the schema of [`Problem`](crate::Problem).
//! Feature `utoipa` speaks utoipa 6, feature `utoipa5` utoipa 5, feature `aide` aide 0.15; all
//! come from the one description below, and with both utoipa features on a derived enum
//! implements both crates' `IntoResponses`.

use std::borrow::ToOwned;
use std::collections::BTreeMap;
use std::string::String;
use std::vec::Vec;

/// A header field of a member, as the derive writes it: `(name, example, integer, required by)`:
/// its lower-case name, a fixed value as its example, whether its value is an integer, and the
/// rule that makes it a MUST of the status (`RFC 9110, Section 15.5.6`).
pub(crate) type DocHeader = (&'static str, Option<&'static str>, bool, Option<&'static str>);

/// A member of a derived enum, as the derive writes it: `(code, phrase, may have content, header
/// fields)`.
pub(crate) type DocMember = (u16, &'static str, bool, &'static [DocHeader]);

/// One response of a derived enum's document: its key, its description, whether it may have
/// content, and its header fields by name.
struct Described {
    /// The code the responses go out with.
    code: u16,
    description: String,
    content: bool,
    headers: BTreeMap<&'static str, serde_json::Value>,
}

/// The OpenAPI Header Object of a member's header field, in JSON, which each crate's `Header`
/// reads: its schema (an integer or a string), its example, and `required` with the rule where
/// the status requires it.
fn header_object(&(name, example, integer, required): &DocHeader) -> serde_json::Value {
    let mut object = serde_json::Map::new();
    let description = match required {
        Some(rule) => std::format!("`{name}`, which a response with this status MUST carry ({rule})"),
        None => std::format!("`{name}`, sent with this response"),
    };
    object.insert("description".into(), description.into());
    object.insert("schema".into(), serde_json::json!({"type": if integer { "integer" } else { "string" }}));
    if let Some(example) = example {
        object.insert("example".into(), example.into());
    }
    if required.is_some() {
        object.insert("required".into(), true.into());
    }
    serde_json::Value::Object(object)
}

/// One response per code, described by its phrase; several members with one code share a
/// response, their phrases joined with ` or `. A code `http` cannot carry (`000`) is documented
/// under `500`, as it is sent, with its phrase and the code it stands for. A response may have
/// content unless every member under it has a status without content (204, 304, nginx 499).
fn describe(members: &[DocMember]) -> Vec<Described> {
    // Per code: the phrases, whether any may have content, and the header fields by name.
    type Gathered = (Vec<String>, bool, BTreeMap<&'static str, serde_json::Value>);
    let mut described: BTreeMap<u16, Gathered> = BTreeMap::new();
    for &(code, reason, content, headers) in members {
        let sendable = crate::status_code::sendable(code);
        let (key, phrase) =
            if sendable { (code, reason.to_owned()) } else { (500, std::format!("{reason} ({code:03}, sent as 500)")) };
        let (phrases, any_content, fields) = described.entry(key).or_default();
        if !phrases.contains(&phrase) {
            phrases.push(phrase);
        }
        *any_content |= content || !sendable;
        // A code sent as a 500 carries none of its own fields; a field two members send is
        // documented once, as the first writes it, and required if either must send it.
        for header in headers.iter().filter(|_| sendable) {
            let object = header_object(header);
            let field = fields.entry(header.0).or_insert_with(|| object.clone());
            if object.get("required").is_some() {
                field["required"] = true.into();
            }
        }
    }
    described
        .into_iter()
        .map(|(code, (phrases, content, headers))| Described {
            code,
            description: phrases.join(" or "),
            content,
            headers,
        })
        .collect()
}

/// The schema of [`Problem`](crate::Problem) as JSON Schema: RFC 9457's members and any
/// extension member. The one description every OpenAPI crate's schema is read from.
#[cfg(feature = "problem")]
fn problem_schema() -> serde_json::Value {
    let uri = "uri-reference";
    serde_json::json!({
        "type": "object",
        "description": "Problem details for HTTP APIs (RFC 9457)",
        "properties": {
            "type": {"type": "string", "format": uri, "default": "about:blank",
                     "description": "The kind of problem; about:blank when it is only the status"},
            "title": {"type": "string", "description": "A short summary of the kind of problem"},
            "status": {"type": "integer", "format": "int32", "minimum": 100, "maximum": 599,
                       "description": "The HTTP status code of the response, 100 to 599"},
            "detail": {"type": "string", "description": "What went wrong this time, for the client's user"},
            "instance": {"type": "string", "format": uri, "description": "This occurrence of the problem"},
        },
        "additionalProperties": true,
    })
}

/// The module of one utoipa version: `responses`, and `Problem`'s schema.
#[cfg(any(feature = "utoipa", feature = "utoipa5"))]
macro_rules! openapi_for {
    ($utoipa:ident, $feature:literal) => {
        use std::string::String;

        use $utoipa::openapi::header::Header;
        use $utoipa::openapi::{RefOr, Response, ResponseBuilder};

        /// What `utoipa::IntoResponses::responses` returns.
        pub type Responses = std::collections::BTreeMap<String, RefOr<Response>>;

        /// The responses of a derived enum's members, with the header fields each sends; with
        /// `problem`, a response that may have content has an `application/problem+json` body
        /// that refers to the `Problem` schema (`#/components/schemas/Problem`), which the
        /// document lists in its components.
        #[must_use]
        pub fn responses(members: &[super::DocMember], problem: bool) -> Responses {
            super::describe(members)
                .into_iter()
                .map(|described| {
                    let mut response = ResponseBuilder::new().description(described.description);
                    for (name, object) in described.headers {
                        // Read from the one JSON description; were that not to read, a string.
                        let header = serde_json::from_value::<Header>(object).unwrap_or_default();
                        response = response.header(name, header);
                    }
                    if problem && described.content {
                        response = with_problem_body(response);
                    }
                    (std::format!("{:03}", described.code), RefOr::T(response.build()))
                })
                .collect()
        }

        #[cfg(feature = "problem")]
        fn with_problem_body(response: ResponseBuilder) -> ResponseBuilder {
            let schema = $utoipa::openapi::Ref::from_schema_name("Problem");
            let content = $utoipa::openapi::content::ContentBuilder::new().schema(Some(schema)).build();
            response.content(crate::Problem::CONTENT_TYPE, content)
        }

        #[cfg(not(feature = "problem"))]
        fn with_problem_body(response: ResponseBuilder) -> ResponseBuilder {
            response
        }

        #[cfg(feature = "problem")]
        mod schema {
            use std::borrow::Cow;

            use $utoipa::openapi::{ObjectBuilder, RefOr, Schema};
            use $utoipa::{PartialSchema, ToSchema};

            use crate::Problem;

            /// An object with RFC 9457's members and any extension member, read from
            /// `problem_schema`; were that not to read, an object without properties.
            #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
            impl PartialSchema for Problem {
                fn schema() -> RefOr<Schema> {
                    serde_json::from_value::<Schema>(super::super::problem_schema())
                        .unwrap_or_else(|_| ObjectBuilder::new().into())
                        .into()
                }
            }

            #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
            impl ToSchema for Problem {
                fn name() -> Cow<'static, str> {
                    Cow::Borrowed("Problem")
                }
            }
        }
    };
}

/// utoipa 6, feature `utoipa`.
#[cfg(feature = "utoipa")]
pub(crate) mod v6 {
    openapi_for!(utoipa, "utoipa");
}

/// utoipa 5, feature `utoipa5`.
#[cfg(feature = "utoipa5")]
pub(crate) mod v5 {
    openapi_for!(utoipa5, "utoipa5");
}

/// aide 0.15, feature `aide`: the responses of a derived `OperationOutput`, and `Problem`'s
/// schema for schemars, which aide keeps under `#/components/schemas`.
#[cfg(feature = "aide")]
pub(crate) mod for_aide {
    use std::vec::Vec;

    use aide::generate::GenContext;
    use aide::openapi::Response;

    /// What `OperationOutput::inferred_responses` returns.
    pub type Responses = Vec<(Option<u16>, Response)>;

    /// The responses of a derived enum's members: one per code, as `describe` documents it, with
    /// the header fields each sends; with `problem`, a response that may have content has an
    /// `application/problem+json` body that refers to the `Problem` schema.
    #[must_use]
    pub fn responses(
        ctx: &mut GenContext,
        members: &[super::DocMember],
        problem: bool,
    ) -> Vec<(Option<u16>, Response)> {
        super::describe(members)
            .into_iter()
            .map(|described| {
                let mut response = Response { description: described.description, ..Response::default() };
                for (name, object) in described.headers {
                    if let Ok(header) = serde_json::from_value::<aide::openapi::Header>(object) {
                        response.headers.insert(name.into(), aide::openapi::ReferenceOr::Item(header));
                    }
                }
                if problem && described.content {
                    add_problem_body(ctx, &mut response);
                }
                (Some(described.code), response)
            })
            .collect()
    }

    #[cfg(feature = "problem")]
    fn add_problem_body(ctx: &mut GenContext, response: &mut Response) {
        use aide::openapi::{MediaType, SchemaObject};
        let json_schema = ctx.schema.subschema_for::<crate::Problem>();
        let schema = SchemaObject { json_schema, example: None, external_docs: None };
        let media = MediaType { schema: Some(schema), ..MediaType::default() };
        response.content.insert(crate::Problem::CONTENT_TYPE.into(), media);
    }

    #[cfg(not(feature = "problem"))]
    fn add_problem_body(_: &mut GenContext, _: &mut Response) {}

    #[cfg(feature = "problem")]
    mod schema {
        use std::borrow::Cow;

        use schemars::{JsonSchema, Schema, SchemaGenerator};

        use crate::Problem;

        /// The schema utoipa's impls describe: RFC 9457's members and any extension member.
        #[cfg_attr(docsrs, doc(cfg(feature = "aide")))]
        impl JsonSchema for Problem {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed("Problem")
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                Schema::try_from(super::super::problem_schema()).unwrap_or_default()
            }
        }
    }
}

/// poem-openapi 5, feature `poem-openapi`: the responses of a derived `ApiResponse`, and
/// `Problem`'s schema in its registry. poem-openapi's descriptions are `&'static str`, so each
/// distinct text is kept once for the life of the program (`intern`): a derived enum's texts
/// are a fixed set, whatever the number of calls.
#[cfg(feature = "poem-openapi")]
pub(crate) mod for_poem {
    use std::boxed::Box;
    use std::collections::BTreeSet;
    use std::string::{String, ToString};
    use std::sync::{Mutex, PoisonError};
    use std::vec::Vec;

    use poem_openapi::registry::{MetaHeader, MetaMediaType, MetaResponse, MetaResponses, MetaSchema, MetaSchemaRef};
    pub use poem_openapi::registry::{MetaResponses as Responses, Registry};

    /// `text` as a `&'static str`, kept once for every call that asks for the same text.
    fn intern(text: &str) -> &'static str {
        static KEPT: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
        let mut kept = KEPT.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(found) = kept.get(text) {
            return found;
        }
        let leaked: &'static str = Box::leak(text.to_string().into_boxed_str());
        kept.insert(leaked);
        leaked
    }

    /// The text of `key` in a JSON object, when it is a string.
    fn text(object: &serde_json::Value, key: &str) -> Option<&'static str> {
        object.get(key).and_then(serde_json::Value::as_str).map(intern)
    }

    /// poem-openapi's schema of one JSON Schema object of `problem_schema` or `header_object`:
    /// its type, format, description, default, bounds and example.
    fn schema(object: &serde_json::Value) -> MetaSchema {
        MetaSchema {
            format: text(object, "format"),
            description: text(object, "description"),
            default: object.get("default").cloned(),
            minimum: object.get("minimum").and_then(serde_json::Value::as_f64),
            maximum: object.get("maximum").and_then(serde_json::Value::as_f64),
            example: object.get("example").cloned(),
            ..MetaSchema::new(text(object, "type").unwrap_or("string"))
        }
    }

    /// The responses of a derived enum's members: one per code, as `describe` documents it, with
    /// the header fields each sends; with `problem`, a response that may have content has an
    /// `application/problem+json` body that refers to the `Problem` schema, which `register`
    /// puts in the registry.
    #[must_use]
    pub fn responses(members: &[super::DocMember], problem: bool) -> MetaResponses {
        let responses = super::describe(members)
            .into_iter()
            .map(|described| {
                let headers = described
                    .headers
                    .iter()
                    .map(|(name, object)| {
                        let mut field = schema(&object["schema"]);
                        field.example = object.get("example").cloned();
                        MetaHeader {
                            name: (*name).to_string(),
                            description: object.get("description").and_then(|d| d.as_str()).map(String::from),
                            required: object.get("required").is_some(),
                            deprecated: false,
                            schema: MetaSchemaRef::Inline(Box::new(field)),
                        }
                    })
                    .collect();
                let content = if problem && described.content { problem_body() } else { Vec::new() };
                MetaResponse {
                    description: intern(&described.description),
                    status: Some(described.code),
                    status_range: None,
                    content,
                    headers,
                }
            })
            .collect();
        MetaResponses { responses }
    }

    /// An `application/problem+json` body of the `Problem` schema, by reference.
    #[cfg(feature = "problem")]
    fn problem_body() -> Vec<MetaMediaType> {
        let schema = MetaSchemaRef::Reference("Problem".to_string());
        Vec::from([MetaMediaType { content_type: crate::Problem::CONTENT_TYPE, schema }])
    }

    #[cfg(not(feature = "problem"))]
    fn problem_body() -> Vec<MetaMediaType> {
        Vec::new()
    }

    /// `Problem` as a poem-openapi type, so that an operation may take or answer one as a
    /// payload (`Json<Problem>`, or an `ApiResponse` of poem-openapi's own with
    /// `content_type = "application/problem+json"`): the schema `register` puts in the registry,
    /// by reference, and the JSON of its `Serialize` and `Deserialize`.
    #[cfg(feature = "problem")]
    mod problem_payload {
        use std::borrow::Cow;
        use std::boxed::Box;
        use std::string::ToString;

        use poem_openapi::registry::{MetaSchemaRef, Registry};
        use poem_openapi::types::{IsObjectType, ParseError, ParseFromJSON, ParseResult, ToJSON, Type};

        use crate::Problem;

        impl Type for Problem {
            const IS_REQUIRED: bool = true;
            type RawValueType = Self;
            type RawElementValueType = Self;

            fn name() -> Cow<'static, str> {
                Cow::Borrowed("Problem")
            }

            fn schema_ref() -> MetaSchemaRef {
                MetaSchemaRef::Reference("Problem".to_string())
            }

            fn register(registry: &mut Registry) {
                super::register(registry, true);
            }

            fn as_raw_value(&self) -> Option<&Self> {
                Some(self)
            }

            fn raw_element_iter<'a>(&'a self) -> Box<dyn Iterator<Item = &'a Self> + 'a> {
                Box::new(core::iter::once(self))
            }
        }

        impl IsObjectType for Problem {}

        impl ToJSON for Problem {
            fn to_json(&self) -> Option<serde_json::Value> {
                serde_json::to_value(self).ok()
            }
        }

        impl ParseFromJSON for Problem {
            fn parse_from_json(value: Option<serde_json::Value>) -> ParseResult<Self> {
                serde_json::from_value(value.unwrap_or_default()).map_err(ParseError::custom)
            }
        }
    }

    /// Puts `Problem`'s schema in `registry` when the responses refer to it.
    #[cfg_attr(not(feature = "problem"), allow(unused_variables))]
    pub fn register(registry: &mut Registry, problem: bool) {
        #[cfg(feature = "problem")]
        if problem {
            registry.create_schema::<crate::Problem, _>("Problem".to_string(), |_| {
                let json = super::problem_schema();
                let properties = json["properties"].as_object().into_iter().flatten();
                MetaSchema {
                    rust_typename: Some(core::any::type_name::<crate::Problem>()),
                    properties: properties
                        .map(|(name, property)| (intern(name), MetaSchemaRef::Inline(Box::new(schema(property)))))
                        .collect(),
                    additional_properties: Some(Box::new(MetaSchemaRef::Inline(Box::new(MetaSchema::ANY)))),
                    ..schema(&json)
                }
            });
        }
    }
}
