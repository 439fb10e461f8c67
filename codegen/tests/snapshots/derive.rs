#[allow(deprecated)]
const _: () = {
    const _: () = ::status_registry::__private::assert_copy::<Api>();
    #[automatically_derived]
    impl ::status_registry::__private::Members for Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        const CODES: &'static [::core::primitive::u16] = &[200u16, 503u16];
    }
    #[allow(dead_code)]
    const fn ext_info(
        _: ::core::primitive::u16,
    ) -> ::core::option::Option<&'static ::status_registry::Info> {
        ::core::option::Option::None
    }
    static BY_CODE: [Api; 1000] = {
        let mut table = [const { Api::Ok }; 1000];
        let mut code = 0;
        while code < 1000 {
            if let ::core::option::Option::Some(value) = match ::status_registry::NonMember::<
                Api,
            >::new(code as ::core::primitive::u16) {
                ::core::option::Option::Some(payload) => {
                    ::core::option::Option::Some(Api::Other(payload))
                }
                ::core::option::Option::None => ::core::option::Option::None,
            } {
                table[code] = value;
            }
            code += 1;
        }
        table[200usize] = Api::Ok;
        table[503usize] = Api::Maintenance;
        table
    };
    /// Members' data in variant order; `position` finds a member's row in one step.
    static REASONS: [&::core::primitive::str; 2usize] = ["OK", "Down for maintenance"];
    static TEXTS: [&::core::primitive::str; 2usize] = [
        "200 OK",
        "503 Down for maintenance",
    ];
    static INFOS: [::core::option::Option<&'static ::status_registry::Info>; 2usize] = [
        ::status_registry::StatusCode::Ok.info(),
        ::status_registry::StatusCode::ServiceUnavailable.info(),
    ];
    /// The row of a member; the catch-all has none and gets the number of members.
    #[inline]
    const fn position(status: Api) -> ::core::primitive::usize {
        match status {
            Api::Ok => 0usize,
            Api::Maintenance => 1usize,
            _ => 2usize,
        }
    }
    #[automatically_derived]
    impl Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        /// Every member, ascending by code (the catch-all is not a member).
        pub const ALL: &'static [Self] = &[Api::Ok, Api::Maintenance];
        /// The numeric status code. The members:
        ///
        /// - `Ok`: `200 OK`
        /// - `Maintenance`: `503 Down for maintenance`
        /// - `Other`: any other code, with its registry phrase when it has one
        #[must_use]
        #[inline]
        pub const fn code(self) -> ::core::primitive::u16 {
            match self {
                Api::Ok => 200u16,
                Api::Maintenance => 503u16,
                Api::Other(payload) => {
                    let code = payload.get();
                    code
                }
            }
        }
        /// The reason phrase: the member's own `reason = "..."`, else the registry's.
        #[must_use]
        #[inline]
        pub fn reason(self) -> &'static ::core::primitive::str {
            <Self as ::status_registry::Status>::reason(self)
        }
        /// The built-in status of the value: the meaning its member names (a vendor's, when
        /// it names one), or for the catch-all the code's.
        #[must_use]
        #[inline]
        pub fn status(&self) -> ::status_registry::StatusCode {
            <::status_registry::StatusCode as ::core::convert::From<Self>>::from(*self)
        }
    }
    #[automatically_derived]
    impl ::core::cmp::PartialEq<::core::primitive::u16> for Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        #[inline]
        fn eq(&self, other: &::core::primitive::u16) -> ::core::primitive::bool {
            Api::code(*self) == *other
        }
    }
    #[automatically_derived]
    impl ::core::cmp::PartialEq<Api> for ::core::primitive::u16
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        #[inline]
        fn eq(&self, other: &Api) -> ::core::primitive::bool {
            *self == Api::code(*other)
        }
    }
    #[automatically_derived]
    impl ::status_registry::Status for Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        #[inline]
        fn code(self) -> ::core::primitive::u16 {
            Api::code(self)
        }
        #[inline]
        fn info(self) -> ::core::option::Option<&'static ::status_registry::Info> {
            match self {
                Api::Other(payload) => {
                    let code = payload.get();
                    match ext_info(code) {
                        ::core::option::Option::Some(info) => {
                            ::core::option::Option::Some(info)
                        }
                        ::core::option::Option::None => {
                            ::status_registry::StatusCode::from_code(code).info()
                        }
                    }
                }
                _ => INFOS[position(self)],
            }
        }
        #[inline]
        fn reason(self) -> &'static ::core::primitive::str {
            match self {
                Api::Other(payload) => {
                    let code = payload.get();
                    match ext_info(code) {
                        ::core::option::Option::Some(info) => info.reason,
                        ::core::option::Option::None => {
                            ::status_registry::StatusCode::from_code(code).reason()
                        }
                    }
                }
                _ => REASONS[position(self)],
            }
        }
    }
    #[automatically_derived]
    impl ::status_registry::Registry for Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        const ALL: &'static [Self] = Api::ALL;
        #[inline]
        fn lookup(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
            match BY_CODE.get(code as ::core::primitive::usize) {
                ::core::option::Option::Some(Api::Other(_)) => {
                    ::core::option::Option::None
                }
                ::core::option::Option::Some(member) => {
                    ::core::option::Option::Some(*member)
                }
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match *self {
                Api::Other(payload) => {
                    let code = payload.get();
                    match ::status_registry::Status::info(*self) {
                        ::core::option::Option::Some(info) => f.pad(info.text),
                        ::core::option::Option::None => {
                            ::core::fmt::Display::fmt(
                                &::status_registry::StatusCode::from_code(code),
                                f,
                            )
                        }
                    }
                }
                _ => f.pad(TEXTS[position(*self)]),
            }
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        type Err = ::status_registry::ParseStatusError;
        fn from_str(
            s: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            ::status_registry::__private::parse_member(
                s,
                &::status_registry::__private::Words {
                    names: &[
                        ("Ok", Api::Ok),
                        ("Maintenance", Api::Maintenance),
                        ("ServiceUnavailable", Api::Maintenance),
                    ],
                    phrases: &[
                        ("OK", 200u16),
                        ("Down for maintenance", 503u16),
                        ("Service Unavailable", 503u16),
                        ("Service Temporarily Unavailable", 503u16),
                    ],
                    others: &[],
                    member: <Self as ::status_registry::Registry>::lookup,
                    value: |code| ::core::option::Option::Some(
                        <Self as ::core::convert::From<
                            ::core::primitive::u16,
                        >>::from(code),
                    ),
                },
            )
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Api> for ::core::primitive::u16
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        #[inline]
        fn from(status: Api) -> ::core::primitive::u16 {
            Api::code(status)
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Api> for ::status_registry::StatusCode
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        fn from(status: Api) -> Self {
            match status {
                Api::Ok => ::status_registry::StatusCode::Ok,
                Api::Maintenance => ::status_registry::StatusCode::ServiceUnavailable,
                Api::Other(payload) => {
                    let code = payload.get();
                    ::status_registry::StatusCode::from_code(code)
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<::core::primitive::u16> for Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        #[inline]
        fn from(code: ::core::primitive::u16) -> Self {
            match BY_CODE.get(code as ::core::primitive::usize) {
                ::core::option::Option::Some(status) => *status,
                ::core::option::Option::None => {
                    match match ::status_registry::NonMember::<Api>::new(code) {
                        ::core::option::Option::Some(payload) => {
                            ::core::option::Option::Some(Api::Other(payload))
                        }
                        ::core::option::Option::None => ::core::option::Option::None,
                    } {
                        ::core::option::Option::Some(other) => other,
                        ::core::option::Option::None => BY_CODE[0],
                    }
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<::status_registry::StatusCode> for Api
    where
        for<'__copy> Api: ::core::marker::Copy + '__copy,
    {
        #[inline]
        fn from(status: ::status_registry::StatusCode) -> Self {
            <Self as ::core::convert::From<::core::primitive::u16>>::from(status.code())
        }
    }
};
