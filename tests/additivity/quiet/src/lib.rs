//! A crate with only ArcGIS codes that implements the interop traits itself.

use std::fmt::Write;

use status_registry::{NonMember, Registry, StatusCode, StatusRegistry, status};

/// What this crate's API returns.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gis {
    Ok,
    #[status(498)]
    InvalidToken,
    #[status(499, vendor = "arcgis")]
    TokenRequired,
    #[status(other)]
    Other(NonMember<Self>),
}

/// Written by hand: the derive adds none, whatever features other crates turn on.
impl From<http::StatusCode> for Gis {
    fn from(status: http::StatusCode) -> Self {
        Gis::from(status.as_u16())
    }
}

/// Written by hand, as a string.
impl serde::Serialize for Gis {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// `status!` with a shared code names its vendor, so it means the same in every build.
pub const TOKEN_REQUIRED: StatusCode = status!(arcgis 499);

/// Every meaning this crate's source gives, one line each.
#[must_use]
pub fn report() -> String {
    let mut out = String::new();
    for member in Gis::ALL {
        writeln!(out, "member {member} = {member:?}").unwrap();
    }
    for text in ["499", "499 Token Required", "Token Required", "tokenrequired", "498 Invalid Token", "404"] {
        writeln!(out, "parse {text:?} = {:?}", text.parse::<Gis>()).unwrap();
    }
    for code in [200, 404, 444, 498, 499, 522] {
        writeln!(out, "from {code} = {:?} {}", Gis::from(code), Gis::from(code).code()).unwrap();
    }
    writeln!(out, "status!(arcgis 499) = {TOKEN_REQUIRED:?} {TOKEN_REQUIRED}").unwrap();
    writeln!(out, "http 499 = {:?}", Gis::from(http::StatusCode::from_u16(499).unwrap())).unwrap();
    out
}
