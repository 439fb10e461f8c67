const _: () = {
    static BY_CODE: [Api; 1000] = {
        let mut table = [Api::Other(0); 1000];
        let mut code = 0;
        while code < 1000 {
            table[code] = Api::Other(code as u16);
            code += 1;
        }
        table[200usize] = Api::Ok;
        table[503usize] = Api::Maintenance;
        table
    };
    /// Members' data in variant order; `position` finds a member's row in one step.
    static CODES: [u16; 2usize] = [200u16, 503u16];
    static REASONS: [&str; 2usize] = ["OK", "Down for maintenance"];
    static TEXTS: [&str; 2usize] = ["200 OK", "503 Down for maintenance"];
    static INFOS: [::core::option::Option<&'static ::status_registry::Info>; 2usize] = [
        ::status_registry::StatusCode::Ok.info(),
        ::status_registry::StatusCode::ServiceUnavailable.info(),
    ];
    /// The row of a member; the catch-all has none and gets the number of members.
    #[inline]
    const fn position(status: Api) -> usize {
        match status {
            Api::Ok => 0usize,
            Api::Maintenance => 1usize,
            _ => 2usize,
        }
    }
    #[automatically_derived]
    impl ::status_registry::Status for Api {
        #[inline]
        fn code(self) -> u16 {
            match self {
                Api::Other(code) => code,
                _ => CODES[position(self)],
            }
        }
        #[inline]
        fn info(self) -> ::core::option::Option<&'static ::status_registry::Info> {
            match self {
                Api::Other(code) => ::status_registry::StatusCode::from_code(code).info(),
                _ => INFOS[position(self)],
            }
        }
        #[inline]
        fn reason(self) -> &'static str {
            match self {
                Api::Other(_) => {
                    match ::status_registry::Status::info(self) {
                        ::core::option::Option::Some(info) => info.reason,
                        ::core::option::Option::None => "",
                    }
                }
                _ => REASONS[position(self)],
            }
        }
    }
    #[automatically_derived]
    impl ::status_registry::Registry for Api {
        const ALL: &'static [Self] = &[Api::Ok, Api::Maintenance];
        #[inline]
        fn lookup(code: u16) -> ::core::option::Option<Self> {
            match BY_CODE.get(code as ::core::primitive::usize) {
                ::core::option::Option::Some(Api::Other(_))
                | ::core::option::Option::None => ::core::option::Option::None,
                ::core::option::Option::Some(member) => {
                    ::core::option::Option::Some(*member)
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Api {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            match *self {
                Api::Other(code) => {
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
    impl ::core::str::FromStr for Api {
        type Err = ::status_registry::ParseStatusError;
        fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
            ::status_registry::__private::parse_member(
                s,
                &[("Ok", Api::Ok), ("Maintenance", Api::Maintenance)],
                &[
                    ("OK", 200u16),
                    ("Down for maintenance", 503u16),
                    ("Service Unavailable", 503u16),
                ],
                <Self as ::status_registry::Registry>::lookup,
                ::core::option::Option::Some(|code| Api::Other(code)),
            )
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Api> for u16 {
        #[inline]
        fn from(status: Api) -> u16 {
            ::status_registry::Status::code(status)
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Api> for ::status_registry::StatusCode {
        fn from(status: Api) -> Self {
            match status {
                Api::Ok => ::status_registry::StatusCode::Ok,
                Api::Maintenance => ::status_registry::StatusCode::ServiceUnavailable,
                Api::Other(code) => ::status_registry::StatusCode::from_code(code),
            }
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<u16> for Api {
        #[inline]
        fn from(code: u16) -> Self {
            match BY_CODE.get(code as ::core::primitive::usize) {
                ::core::option::Option::Some(status) => *status,
                ::core::option::Option::None => Api::Other(code),
            }
        }
    }
};
