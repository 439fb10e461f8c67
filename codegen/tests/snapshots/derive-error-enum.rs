::status_registry::__if_axum! {
    {} else {
    ::core::compile_error!("`#[status_registry(axum)]` needs feature `axum` of status-registry; enable it in Cargo.toml: status-registry = { version = \"0.6\", features = [\"axum\"] }");
    }
}
::status_registry::__if_problem! {
    {} else {
    ::core::compile_error!("`#[status_registry(problem)]` needs feature `problem` of status-registry; enable it in Cargo.toml: status-registry = { version = \"0.6\", features = [\"problem\"] }");
    }
}
::status_registry::__if_utoipa! {
    {} else { ::status_registry::__if_utoipa5! { {} else {
    ::core::compile_error!("`#[status_registry(utoipa)]` needs feature `utoipa` (utoipa 6) or `utoipa5` (utoipa 5) of status-registry; enable one in Cargo.toml: status-registry = { version = \"0.6\", features = [\"utoipa\"] }");
    } } }
}
#[allow(deprecated)]
const _: () = {
    #[automatically_derived]
    impl AppError {
        /// The built-in status of the value: the meaning its member names (a vendor's,
        /// when it names one).
        #[must_use]
        pub fn status(&self) -> ::status_registry::StatusCode {
            match self {
                Self::NotFound { .. } => ::status_registry::StatusCode::NotFound,
                Self::NoUser { .. } => ::status_registry::StatusCode::NotFound,
                Self::Database { .. } => {
                    ::status_registry::StatusCode::InternalServerError
                }
            }
        }
        /// The numeric status code of the value. The members:
        ///
        /// - `NotFound`: `404 Not Found`
        /// - `NoUser`: `404 No Such User`
        /// - `Database`: `500 Internal Server Error`
        #[must_use]
        pub fn code(&self) -> ::core::primitive::u16 {
            match self {
                Self::NotFound { .. } => 404u16,
                Self::NoUser { .. } => 404u16,
                Self::Database { .. } => 500u16,
            }
        }
        /// The reason phrase: the member's own `reason = "..."`, else the registry's.
        #[must_use]
        pub fn reason(&self) -> &'static ::core::primitive::str {
            match self {
                Self::NotFound { .. } => "Not Found",
                Self::NoUser { .. } => "No Such User",
                Self::Database { .. } => "Internal Server Error",
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<&AppError> for ::status_registry::StatusCode {
        fn from(value: &AppError) -> Self {
            <AppError>::status(value)
        }
    }
};
::status_registry::__if_axum! {
    { #[allow(deprecated)] const _ : () = { ::status_registry::__if_problem! { {
    #[automatically_derived] impl
    ::status_registry::__private::axum_core::response::IntoResponse for AppError { fn
    into_response(self) -> ::status_registry::__private::axum_core::response::Response {
    { let problem = ::core::option::Option::Some(< ::status_registry::Problem as
    ::core::convert::From < & Self >> ::from(& self)); let response =
    ::status_registry::__private::respond(Self::status(& self), Self::reason(& self),
    problem); response } } } } else { #[automatically_derived] impl
    ::status_registry::__private::axum_core::response::IntoResponse for AppError { fn
    into_response(self) -> ::status_registry::__private::axum_core::response::Response {
    { let problem = ::core::option::Option::None; let response =
    ::status_registry::__private::respond(Self::status(& self), Self::reason(& self),
    problem); response } } } } } }; } else {}
}
::status_registry::__if_problem! {
    { #[allow(deprecated)] const _ : () = { #[automatically_derived] impl
    ::core::convert::From < & AppError > for ::status_registry::Problem { fn from(value :
    & AppError) -> Self { match value { AppError::NotFound { .. } =>
    ::status_registry::__private::problem_of(404u16, "Not Found",
    ::core::option::Option::None, ::core::option::Option::Some(value)), AppError::NoUser
    { .. } => ::status_registry::__private::problem_of(404u16, "Not Found",
    ::core::option::Option::None, ::core::option::Option::Some(value)),
    AppError::Database { .. } => ::status_registry::__private::problem_of(500u16,
    "Internal Server Error", ::core::option::Option::None,
    ::core::option::Option::Some(value)), } } } }; } else {}
}
::status_registry::__if_utoipa! {
    { #[allow(deprecated)] const _ : () = { #[automatically_derived] impl
    ::status_registry::__private::utoipa6::utoipa::IntoResponses for AppError { fn
    responses() -> ::status_registry::__private::utoipa6::Responses {
    ::status_registry::__private::utoipa6::responses(& [(404u16, "Not Found", true, &
    []), (404u16, "No Such User", true, & []), (500u16, "Internal Server Error", true, &
    [])], true) } } }; } else {}
}
::status_registry::__if_utoipa5! {
    { #[allow(deprecated)] const _ : () = { #[automatically_derived] impl
    ::status_registry::__private::utoipa5::utoipa::IntoResponses for AppError { fn
    responses() -> ::status_registry::__private::utoipa5::Responses {
    ::status_registry::__private::utoipa5::responses(& [(404u16, "Not Found", true, &
    []), (404u16, "No Such User", true, & []), (500u16, "Internal Server Error", true, &
    [])], true) } } }; } else {}
}
