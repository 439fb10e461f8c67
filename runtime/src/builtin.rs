// @generated from registry.yaml by `cargo run --bin statusreg -- builtin`; do not edit by hand.
// Included by `status_code.rs`; `codegen/tests/builtin_file.rs` fails when it is out of date.

/// A vendor whose private status codes the registry lists.
///
/// Every vendor exists whatever features are on; its codes exist in [`StatusCode`] only with
/// its `vendor-<id>` feature. The declaration order is the precedence used when vendors share
/// a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vendor {
    /// nginx: codes behind feature `vendor-nginx`.
    Nginx,
    /// Cloudflare: codes behind feature `vendor-cloudflare`.
    Cloudflare,
    /// AWS Elastic Load Balancing: codes behind feature `vendor-aws-elb`.
    AwsElb,
    /// Microsoft IIS: codes behind feature `vendor-iis`.
    Iis,
    /// Microsoft Windows Parental Controls: codes behind feature `vendor-windows`.
    Windows,
    /// Microsoft Exchange ActiveSync: codes behind feature `vendor-exchange`.
    Exchange,
    /// Apache HTTP Server: codes behind feature `vendor-apache`.
    Apache,
    /// cPanel: codes behind feature `vendor-cpanel`.
    Cpanel,
    /// Laravel: codes behind feature `vendor-laravel`.
    Laravel,
    /// Twitter: codes behind feature `vendor-twitter`.
    Twitter,
    /// Spring Framework: codes behind feature `vendor-spring`.
    Spring,
    /// Shopify: codes behind feature `vendor-shopify`.
    Shopify,
    /// ArcGIS Server: codes behind feature `vendor-arcgis`.
    ArcGis,
    /// SSL Labs (Qualys): codes behind feature `vendor-ssl-labs`.
    SslLabs,
    /// Pantheon: codes behind feature `vendor-pantheon`.
    Pantheon,
    /// LinkedIn: codes behind feature `vendor-linkedin`.
    LinkedIn,
    /// Smoothwall: codes behind feature `vendor-smoothwall`.
    Smoothwall,
    /// Unofficial conventions: codes behind feature `vendor-unofficial`.
    Unofficial,
}
/// Every vendor, in precedence order.
const VENDORS: &[Vendor] = &[
    Vendor::Nginx,
    Vendor::Cloudflare,
    Vendor::AwsElb,
    Vendor::Iis,
    Vendor::Windows,
    Vendor::Exchange,
    Vendor::Apache,
    Vendor::Cpanel,
    Vendor::Laravel,
    Vendor::Twitter,
    Vendor::Spring,
    Vendor::Shopify,
    Vendor::ArcGis,
    Vendor::SslLabs,
    Vendor::Pantheon,
    Vendor::LinkedIn,
    Vendor::Smoothwall,
    Vendor::Unofficial,
];
/// Per vendor, in declaration order: id, display name, feature, documentation URL, and
/// whether the feature is on in this build.
static VENDOR_IDS: [&str; 18usize] = [
    "nginx",
    "cloudflare",
    "aws-elb",
    "iis",
    "windows",
    "exchange",
    "apache",
    "cpanel",
    "laravel",
    "twitter",
    "spring",
    "shopify",
    "arcgis",
    "ssl-labs",
    "pantheon",
    "linkedin",
    "smoothwall",
    "unofficial",
];
static VENDOR_NAMES: [&str; 18usize] = [
    "nginx",
    "Cloudflare",
    "AWS Elastic Load Balancing",
    "Microsoft IIS",
    "Microsoft Windows Parental Controls",
    "Microsoft Exchange ActiveSync",
    "Apache HTTP Server",
    "cPanel",
    "Laravel",
    "Twitter",
    "Spring Framework",
    "Shopify",
    "ArcGIS Server",
    "SSL Labs (Qualys)",
    "Pantheon",
    "LinkedIn",
    "Smoothwall",
    "Unofficial conventions",
];
static VENDOR_FEATURES: [&str; 18usize] = [
    "vendor-nginx",
    "vendor-cloudflare",
    "vendor-aws-elb",
    "vendor-iis",
    "vendor-windows",
    "vendor-exchange",
    "vendor-apache",
    "vendor-cpanel",
    "vendor-laravel",
    "vendor-twitter",
    "vendor-spring",
    "vendor-shopify",
    "vendor-arcgis",
    "vendor-ssl-labs",
    "vendor-pantheon",
    "vendor-linkedin",
    "vendor-smoothwall",
    "vendor-unofficial",
];
static VENDOR_URLS: [::core::option::Option<&str>; 18usize] = [
    ::core::option::Option::Some(
        "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
    ),
    ::core::option::Option::Some(
        "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/",
    ),
    ::core::option::Option::Some(
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
    ),
    ::core::option::Option::Some(
        "https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code",
    ),
    ::core::option::Option::Some(
        "https://learn.microsoft.com/en-us/windows/win32/parcon/windows-parental-controls",
    ),
    ::core::option::Option::Some(
        "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/5702eaaa-e958-4c7f-8f31-71375b87228c",
    ),
    ::core::option::Option::Some(
        "https://httpd.apache.org/docs/current/mod/mod_proxy.html#proxyerroroverride",
    ),
    ::core::option::Option::Some("https://docs.cpanel.net/"),
    ::core::option::Option::Some("https://laravel.com/docs/csrf"),
    ::core::option::Option::Some("https://developer.x.com/en/docs/twitter-api"),
    ::core::option::Option::Some(
        "https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html",
    ),
    ::core::option::Option::Some("https://shopify.dev/docs/api/usage/response-codes"),
    ::core::option::Option::Some("https://developers.arcgis.com/rest/"),
    ::core::option::Option::Some(
        "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md",
    ),
    ::core::option::Option::Some("https://docs.pantheon.io/"),
    ::core::option::Option::None,
    ::core::option::Option::None,
    ::core::option::Option::None,
];
const VENDOR_ENABLED: [bool; 18usize] = [
    cfg!(feature = "vendor-nginx"),
    cfg!(feature = "vendor-cloudflare"),
    cfg!(feature = "vendor-aws-elb"),
    cfg!(feature = "vendor-iis"),
    cfg!(feature = "vendor-windows"),
    cfg!(feature = "vendor-exchange"),
    cfg!(feature = "vendor-apache"),
    cfg!(feature = "vendor-cpanel"),
    cfg!(feature = "vendor-laravel"),
    cfg!(feature = "vendor-twitter"),
    cfg!(feature = "vendor-spring"),
    cfg!(feature = "vendor-shopify"),
    cfg!(feature = "vendor-arcgis"),
    cfg!(feature = "vendor-ssl-labs"),
    cfg!(feature = "vendor-pantheon"),
    cfg!(feature = "vendor-linkedin"),
    cfg!(feature = "vendor-smoothwall"),
    cfg!(feature = "vendor-unofficial"),
];
/// An HTTP status code: every code of the registry as a variant, and
/// [`StatusCode::Unregistered`] for the rest, so that `From<u16>` is total.
///
/// The variants are generated from `registry.yaml`. IANA codes are always present; a vendor's
/// codes exist only with its `vendor-<id>` feature. Features unify across a build, so another
/// crate can add variants to yours: the enum is `#[non_exhaustive]`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusCode {
    /// `000 No Response Status`
    ///
    /// Logged when the load balancer ended an HTTP/2 connection with GOAWAY before any status existed, for instance after too many requests on one connection or oversized compressed headers.
    ///
    /// Vendor: AWS Elastic Load Balancing (feature `vendor-aws-elb`). Source: AWS Application Load Balancer troubleshooting.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-aws-elb")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-aws-elb")))]
    AwsElbNoResponseStatus,
    /// `100 Continue`
    ///
    /// An interim answer telling the client that the request head was accepted and the body may follow.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.2.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1).
    /// Lifecycle: registered.
    Continue,
    /// `101 Switching Protocols`
    ///
    /// The server agrees to the Upgrade the client asked for and speaks the new protocol after this response.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2).
    /// Lifecycle: registered.
    SwitchingProtocols,
    /// `102 Processing`
    ///
    /// A WebDAV interim answer saying the request is still being worked on, sent so the client does not give up waiting. Later WebDAV specifications dropped it.
    ///
    /// IANA registry. Specification: [RFC 2518](https://www.rfc-editor.org/rfc/rfc2518).
    /// Lifecycle: registered.
    Processing,
    /// `103 Early Hints`
    ///
    /// An interim answer carrying header fields, typically Link preloads, that the final response will probably contain.
    ///
    /// IANA registry. Specification: [RFC 8297](https://www.rfc-editor.org/rfc/rfc8297).
    /// Lifecycle: registered.
    EarlyHints,
    /// `103 Checkpoint`
    ///
    /// From an abandoned proposal for resuming interrupted PUT and POST uploads; 103 now means Early Hints.
    ///
    /// Vendor: Unofficial conventions (feature `vendor-unofficial`). Source: resumable requests proposal.
    /// Lifecycle: obsolete.
    #[cfg(feature = "vendor-unofficial")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-unofficial")))]
    UnofficialCheckpoint,
    /// `104 Upload Resumption Supported`
    ///
    /// An interim answer announcing that the server can resume an interrupted upload of this request. Its registration is provisional.
    ///
    /// IANA registry. Specification: draft-ietf-httpbis-resumable-upload-05.
    /// Lifecycle: temporary (expires 2026-11-13).
    UploadResumptionSupported,
    /// `200 OK`
    ///
    /// The request worked; what the content means depends on the method used.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.3.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1).
    /// Lifecycle: registered.
    Ok,
    /// `201 Created`
    ///
    /// The request made one or more new resources, the main one usually named by the Location field.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.3.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2).
    /// Lifecycle: registered.
    Created,
    /// `202 Accepted`
    ///
    /// The request was taken in for processing that has not finished and may still fail.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.3.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3).
    /// Lifecycle: registered.
    Accepted,
    /// `203 Non-Authoritative Information`
    ///
    /// The request worked, but an intermediary altered the origin's 200 response on its way to the client.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.3.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4).
    /// Lifecycle: registered.
    /// Also parsed from: "Non Authoritative Information".
    NonAuthoritativeInformation,
    /// `204 No Content`
    ///
    /// The request worked and there is deliberately nothing to send back in the body.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.3.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5).
    /// Lifecycle: registered.
    NoContent,
    /// `205 Reset Content`
    ///
    /// The request worked and the client should clear the form or view that sent it.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6).
    /// Lifecycle: registered.
    ResetContent,
    /// `206 Partial Content`
    ///
    /// The body holds only the byte ranges the client asked for with a Range header.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.3.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7).
    /// Lifecycle: registered.
    PartialContent,
    /// `207 Multi-Status`
    ///
    /// A WebDAV answer whose XML body reports a separate status for each of several resources.
    ///
    /// IANA registry. Specification: [RFC 4918](https://www.rfc-editor.org/rfc/rfc4918).
    /// Lifecycle: registered.
    MultiStatus,
    /// `208 Already Reported`
    ///
    /// Used inside a WebDAV multi-status body for members already listed earlier in the same reply, so bindings are not repeated.
    ///
    /// IANA registry. Specification: [RFC 5842](https://www.rfc-editor.org/rfc/rfc5842).
    /// Lifecycle: registered.
    AlreadyReported,
    /// `218 This is fine`
    ///
    /// Apache httpd itself never sends 218. Backends behind an httpd proxy with ProxyErrorOverride on answer 218 so that the proxy forwards their own error body untouched instead of swapping in its local error page.
    ///
    /// Vendor: Apache HTTP Server (feature `vendor-apache`). Source: informal convention for Apache httpd's ProxyErrorOverride (not sent by httpd).
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-apache")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-apache")))]
    ApacheThisIsFine,
    /// `226 IM Used`
    ///
    /// The server answered a GET by applying instance manipulations, such as a delta encoding, to the current resource and sending the outcome.
    ///
    /// IANA registry. Specification: [RFC 3229](https://www.rfc-editor.org/rfc/rfc3229).
    /// Lifecycle: registered.
    ImUsed,
    /// `300 Multiple Choices`
    ///
    /// The resource has several representations and the client or user has to pick one of them.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1).
    /// Lifecycle: registered.
    MultipleChoices,
    /// `301 Moved Permanently`
    ///
    /// The resource has a new permanent address given in Location; links should be updated, and clients may turn a POST into a GET when following it.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2).
    /// Lifecycle: registered.
    MovedPermanently,
    /// `302 Found`
    ///
    /// The resource sits for now at the address in Location, and the client keeps using the original address later on.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3).
    /// Lifecycle: registered.
    /// Also parsed from: "Moved Temporarily".
    Found,
    /// `303 See Other`
    ///
    /// The answer lives at another address, which the client fetches with GET; common after a form POST.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4).
    /// Lifecycle: registered.
    SeeOther,
    /// `304 Not Modified`
    ///
    /// A conditional GET or HEAD found the client's cached copy still current, so no body is sent.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5).
    /// Lifecycle: registered.
    NotModified,
    /// `305 Use Proxy`
    ///
    /// Asked the client to repeat the request through a given proxy; it is deprecated for security reasons and clients ignore it.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6).
    /// Lifecycle: deprecated.
    UseProxy,
    /// `306 Switch Proxy`
    ///
    /// Once meant to tell clients to switch to another proxy; it is reserved and no longer sent.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7).
    /// Lifecycle: unused.
    /// Also parsed from: "Unused", "(Unused)".
    SwitchProxy,
    /// `307 Temporary Redirect`
    ///
    /// The resource is temporarily elsewhere, and the client must repeat the same method and body at the new address.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8).
    /// Lifecycle: registered.
    TemporaryRedirect,
    /// `308 Permanent Redirect`
    ///
    /// The resource has moved for good, and unlike 301 the client must keep the method and body when following it.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.4.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9).
    /// Lifecycle: registered.
    PermanentRedirect,
    /// `400 Bad Request`
    ///
    /// The server will not handle the request because the client got something wrong, such as its syntax or framing.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1).
    /// Lifecycle: registered.
    BadRequest,
    /// `401 Unauthorized`
    ///
    /// The request lacks valid credentials; the WWW-Authenticate field says how to authenticate.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2).
    /// Lifecycle: registered.
    Unauthorized,
    /// `402 Payment Required`
    ///
    /// Set aside for future use by payment schemes; some APIs use it for billing or quota problems.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3).
    /// Lifecycle: registered.
    PaymentRequired,
    /// `403 Forbidden`
    ///
    /// The server understood the request and refuses it; sending the same credentials again will not help, though other credentials might.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4).
    /// Lifecycle: registered.
    Forbidden,
    /// `404 Not Found`
    ///
    /// There is no current representation for the target resource, or the server prefers not to admit that one exists.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5).
    /// Lifecycle: registered.
    NotFound,
    /// `405 Method Not Allowed`
    ///
    /// The resource exists but does not support this method; the Allow field lists the ones it does.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6).
    /// Lifecycle: registered.
    /// Also parsed from: "Not Allowed".
    MethodNotAllowed,
    /// `406 Not Acceptable`
    ///
    /// None of the available representations match the client's Accept-style preferences.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.7](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7).
    /// Lifecycle: registered.
    NotAcceptable,
    /// `407 Proxy Authentication Required`
    ///
    /// Like 401, but the credentials are for a proxy, which states its scheme in Proxy-Authenticate.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.8](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8).
    /// Lifecycle: registered.
    ProxyAuthenticationRequired,
    /// `408 Request Timeout`
    ///
    /// The server gave up waiting for the complete request and closes the connection; the client may send it again.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.9](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9).
    /// Lifecycle: registered.
    /// Also parsed from: "Request Time-out".
    RequestTimeout,
    /// `409 Conflict`
    ///
    /// The request clashes with the resource's current state, for example an edit based on an outdated version.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.10](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10).
    /// Lifecycle: registered.
    Conflict,
    /// `410 Gone`
    ///
    /// The resource was removed on purpose and is not coming back; links to it should go.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.11](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11).
    /// Lifecycle: registered.
    Gone,
    /// `411 Length Required`
    ///
    /// The server insists on a Content-Length field and the request did not send one.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.12](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12).
    /// Lifecycle: registered.
    LengthRequired,
    /// `412 Precondition Failed`
    ///
    /// A condition in the request headers, such as If-Match, turned out false on the server.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.13](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13).
    /// Lifecycle: registered.
    PreconditionFailed,
    /// `413 Content Too Large`
    ///
    /// The request body is bigger than the server will take; a Retry-After means the limit is only temporary.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.14](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14).
    /// Lifecycle: registered.
    /// Also parsed from: "Payload Too Large", "Request Entity Too Large".
    ContentTooLarge,
    /// `414 URI Too Long`
    ///
    /// The target URI is longer than the server is willing to read, often a sign of a runaway redirect or query.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.15](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15).
    /// Lifecycle: registered.
    /// Also parsed from: "Request-URI Too Long", "Request URI Too Long", "Request-URI Too Large".
    UriTooLong,
    /// `415 Unsupported Media Type`
    ///
    /// The body is in a format or content coding that this resource does not accept for this method.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.16](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16).
    /// Lifecycle: registered.
    UnsupportedMediaType,
    /// `416 Range Not Satisfiable`
    ///
    /// None of the requested byte ranges overlap the representation, for instance a range past the end of the file.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.17](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17).
    /// Lifecycle: registered.
    /// Also parsed from: "Requested Range Not Satisfiable".
    RangeNotSatisfiable,
    /// `417 Expectation Failed`
    ///
    /// The server cannot meet what the Expect header asked for.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.18](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18).
    /// Lifecycle: registered.
    ExpectationFailed,
    /// `418 I'm a teapot`
    ///
    /// An April Fools' joke from the coffee pot protocol; the code is reserved so that no real meaning gets assigned to it.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19).
    /// Lifecycle: unused.
    ImATeapot,
    /// `419 Page Expired`
    ///
    /// Laravel rejected a form whose CSRF token was missing or has expired, usually after a long idle page.
    ///
    /// Vendor: Laravel (feature `vendor-laravel`). Source: Laravel CSRF protection.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-laravel")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-laravel")))]
    LaravelPageExpired,
    /// `419 I'm a fox`
    ///
    /// Some Smoothwall and Foxwall firewall versions send this in answer to a configuration test.
    ///
    /// Vendor: Smoothwall (feature `vendor-smoothwall`). Source: Smoothwall and Foxwall firewalls.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-smoothwall")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-smoothwall")))]
    SmoothwallImAFox,
    /// `420 Enhance Your Calm`
    ///
    /// The first Twitter Search and Trends API used this for rate limiting; later API versions send 429 instead.
    ///
    /// Vendor: Twitter (feature `vendor-twitter`). Source: Twitter Search and Trends API v1.
    /// Lifecycle: obsolete.
    #[cfg(feature = "vendor-twitter")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-twitter")))]
    TwitterEnhanceYourCalm,
    /// `420 Method Failure`
    ///
    /// A status from early WebDAV drafts that Spring kept for a failed method; Spring marks it deprecated.
    ///
    /// Vendor: Spring Framework (feature `vendor-spring`). Source: Spring Framework HttpStatus.METHOD_FAILURE.
    /// Lifecycle: deprecated.
    #[cfg(feature = "vendor-spring")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-spring")))]
    SpringMethodFailure,
    /// `421 Misdirected Request`
    ///
    /// The request reached a server that cannot answer for this origin, often through connection reuse; another connection may work.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.20](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20).
    /// Lifecycle: registered.
    MisdirectedRequest,
    /// `422 Unprocessable Content`
    ///
    /// The body is well formed and of a supported type, but its instructions make no sense to the server.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.21](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21).
    /// Lifecycle: registered.
    /// Also parsed from: "Unprocessable Entity".
    UnprocessableContent,
    /// `423 Locked`
    ///
    /// A WebDAV code saying the source or target resource is locked.
    ///
    /// IANA registry. Specification: [RFC 4918](https://www.rfc-editor.org/rfc/rfc4918).
    /// Lifecycle: registered.
    Locked,
    /// `424 Failed Dependency`
    ///
    /// A WebDAV code saying this action was skipped because another action it relied on failed.
    ///
    /// IANA registry. Specification: [RFC 4918](https://www.rfc-editor.org/rfc/rfc4918).
    /// Lifecycle: registered.
    FailedDependency,
    /// `425 Too Early`
    ///
    /// The server will not act on a request sent as TLS early data, since it could be replayed; resending after the handshake works.
    ///
    /// IANA registry. Specification: [RFC 8470](https://www.rfc-editor.org/rfc/rfc8470).
    /// Lifecycle: registered.
    TooEarly,
    /// `426 Upgrade Required`
    ///
    /// The server will only answer over another protocol, which it names in the Upgrade field.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.22](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22).
    /// Lifecycle: registered.
    UpgradeRequired,
    /// `428 Precondition Required`
    ///
    /// The server wants the request to be conditional, such as with If-Match, to avoid lost updates.
    ///
    /// IANA registry. Specification: [RFC 6585](https://www.rfc-editor.org/rfc/rfc6585).
    /// Lifecycle: registered.
    PreconditionRequired,
    /// `429 Too Many Requests`
    ///
    /// The client has sent more requests than allowed in a period; Retry-After may say when to try again.
    ///
    /// IANA registry. Specification: [RFC 6585](https://www.rfc-editor.org/rfc/rfc6585).
    /// Lifecycle: registered.
    TooManyRequests,
    /// `430 Shopify Security Rejection`
    ///
    /// Shopify judged the request to be malicious and refused it. Shopify formerly sent 430 instead of 429 for too many requests, a use now retired.
    ///
    /// Vendor: Shopify (feature `vendor-shopify`). Source: Shopify API response status codes.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-shopify")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-shopify")))]
    ShopifySecurityRejection,
    /// `431 Request Header Fields Too Large`
    ///
    /// One header field, or all of them together, is too big for the server to process.
    ///
    /// IANA registry. Specification: [RFC 6585](https://www.rfc-editor.org/rfc/rfc6585).
    /// Lifecycle: registered.
    RequestHeaderFieldsTooLarge,
    /// `440 Login Time-out`
    ///
    /// The user's session has expired and a fresh login is needed.
    ///
    /// Vendor: Microsoft IIS (feature `vendor-iis`). Source: Microsoft IIS status codes.
    /// Lifecycle: in-use.
    /// Also parsed from: "Login Timeout".
    #[cfg(feature = "vendor-iis")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-iis")))]
    IisLoginTimeout,
    /// `444 No Response`
    ///
    /// nginx dropped the connection without sending anything; it is a configuration choice, usually against unwanted clients, and shows up only in the log.
    ///
    /// Vendor: nginx (feature `vendor-nginx`). Source: nginx source, ngx_http_request.h.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-nginx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-nginx")))]
    NginxNoResponse,
    /// `449 Retry With`
    ///
    /// The server needs more information from the client before it can act, and expects the request again with that information.
    ///
    /// Vendor: Microsoft IIS (feature `vendor-iis`). Source: Microsoft IIS status codes.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-iis")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-iis")))]
    IisRetryWith,
    /// `450 Blocked by Windows Parental Controls`
    ///
    /// Windows Parental Controls stopped the page from loading.
    ///
    /// Vendor: Microsoft Windows Parental Controls (feature `vendor-windows`). Source: Windows Parental Controls web restrictions.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-windows")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-windows")))]
    WindowsBlockedByParentalControls,
    /// `451 Unavailable For Legal Reasons`
    ///
    /// Access is refused because of a legal demand, such as a court order or government censorship.
    ///
    /// IANA registry. Specification: [RFC 7725](https://www.rfc-editor.org/rfc/rfc7725).
    /// Lifecycle: registered.
    UnavailableForLegalReasons,
    /// `451 Redirect`
    ///
    /// Exchange ActiveSync tells the client to run Autodiscover again, because another server should handle the mailbox.
    ///
    /// Vendor: Microsoft Exchange ActiveSync (feature `vendor-exchange`). Source: MS-ASHTTP, Exchange ActiveSync HTTP protocol, section 3.1.5.2.2.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-exchange")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-exchange")))]
    ExchangeRedirect,
    /// `460 Client Closed Connection`
    ///
    /// The client closed its connection to the load balancer before the idle timeout, usually because its own timeout is shorter.
    ///
    /// Vendor: AWS Elastic Load Balancing (feature `vendor-aws-elb`). Source: AWS Application Load Balancer troubleshooting.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-aws-elb")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-aws-elb")))]
    AwsElbClientClosedConnection,
    /// `463 Too Many Forwarded Addresses`
    ///
    /// The load balancer got an X-Forwarded-For header listing more than 30 addresses.
    ///
    /// Vendor: AWS Elastic Load Balancing (feature `vendor-aws-elb`). Source: AWS Application Load Balancer troubleshooting.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-aws-elb")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-aws-elb")))]
    AwsElbTooManyForwardedAddresses,
    /// `464 Incompatible Protocol Versions`
    ///
    /// The client's protocol version does not match what the target group speaks, such as HTTP/1.1 to a gRPC target.
    ///
    /// Vendor: AWS Elastic Load Balancing (feature `vendor-aws-elb`). Source: AWS Application Load Balancer troubleshooting.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-aws-elb")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-aws-elb")))]
    AwsElbIncompatibleProtocolVersions,
    /// `494 Request Header Too Large`
    ///
    /// nginx's internal code for a request whose header section, or one header line, outgrew its buffers. It never reaches the wire; the client gets 400 Bad Request, and only error_page and the access log see 494.
    ///
    /// Vendor: nginx (feature `vendor-nginx`). Source: nginx source, ngx_http_request.h.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-nginx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-nginx")))]
    NginxRequestHeaderTooLarge,
    /// `495 SSL Certificate Error`
    ///
    /// nginx's internal code for a client certificate that failed verification. It never reaches the wire; the client gets 400 Bad Request, and only error_page and the access log see 495.
    ///
    /// Vendor: nginx (feature `vendor-nginx`). Source: nginx source, ngx_http_request.h.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-nginx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-nginx")))]
    NginxSslCertificateError,
    /// `496 SSL Certificate Required`
    ///
    /// nginx's internal code for a missing client certificate where one is mandatory. It never reaches the wire; the client gets 400 Bad Request, and only error_page and the access log see 496.
    ///
    /// Vendor: nginx (feature `vendor-nginx`). Source: nginx source, ngx_http_request.h.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-nginx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-nginx")))]
    NginxSslCertificateRequired,
    /// `497 HTTP Request Sent to HTTPS Port`
    ///
    /// nginx's internal code for plain HTTP arriving on a port that expects TLS. It never reaches the wire; the client gets 400 Bad Request, and only error_page and the access log see 497.
    ///
    /// Vendor: nginx (feature `vendor-nginx`). Source: nginx source, ngx_http_request.h.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-nginx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-nginx")))]
    NginxHttpRequestSentToHttpsPort,
    /// `498 Invalid Token`
    ///
    /// The access token sent to ArcGIS Server has expired or is not valid.
    ///
    /// Vendor: ArcGIS Server (feature `vendor-arcgis`). Source: ArcGIS REST API.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-arcgis")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-arcgis")))]
    ArcGisInvalidToken,
    /// `499 Client Closed Request`
    ///
    /// The client hung up before nginx could answer; the code is written to the log and never sent.
    ///
    /// Vendor: nginx (feature `vendor-nginx`). Source: nginx source, ngx_http_request.h.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-nginx")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-nginx")))]
    NginxClientClosedRequest,
    /// `499 Token Required`
    ///
    /// The ArcGIS resource is secured and the request carried no token.
    ///
    /// Vendor: ArcGIS Server (feature `vendor-arcgis`). Source: ArcGIS REST API.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-arcgis")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-arcgis")))]
    ArcGisTokenRequired,
    /// `499 Request has been forbidden by antivirus`
    ///
    /// Reported by some download tools and security suites when they stop a request to a site deemed malicious.
    ///
    /// Vendor: Unofficial conventions (feature `vendor-unofficial`). Source: client-side antivirus and download tools.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-unofficial")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-unofficial")))]
    UnofficialForbiddenByAntivirus,
    /// `500 Internal Server Error`
    ///
    /// Something unexpected went wrong on the server and no more specific code fits.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.6.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1).
    /// Lifecycle: registered.
    InternalServerError,
    /// `501 Not Implemented`
    ///
    /// The server lacks the functionality the request needs, typically an unknown method.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.6.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2).
    /// Lifecycle: registered.
    NotImplemented,
    /// `502 Bad Gateway`
    ///
    /// A gateway or proxy got an invalid answer from the server behind it.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.6.3](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3).
    /// Lifecycle: registered.
    BadGateway,
    /// `503 Service Unavailable`
    ///
    /// The server cannot take the request right now, because of overload or maintenance; Retry-After may give the expected wait.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.6.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4).
    /// Lifecycle: registered.
    /// Also parsed from: "Service Temporarily Unavailable".
    ServiceUnavailable,
    /// `504 Gateway Timeout`
    ///
    /// A gateway or proxy waited too long for the server behind it to answer.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.6.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5).
    /// Lifecycle: registered.
    /// Also parsed from: "Gateway Time-out".
    GatewayTimeout,
    /// `505 HTTP Version Not Supported`
    ///
    /// The server refuses the major HTTP version used by the request.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.6.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6).
    /// Lifecycle: registered.
    HttpVersionNotSupported,
    /// `506 Variant Also Negotiates`
    ///
    /// Transparent content negotiation is misconfigured so the chosen variant would negotiate again, forming a loop.
    ///
    /// IANA registry. Specification: [RFC 2295](https://www.rfc-editor.org/rfc/rfc2295).
    /// Lifecycle: registered.
    VariantAlsoNegotiates,
    /// `507 Insufficient Storage`
    ///
    /// A WebDAV code saying the server has no room to store what the request needs.
    ///
    /// IANA registry. Specification: [RFC 4918](https://www.rfc-editor.org/rfc/rfc4918).
    /// Lifecycle: registered.
    InsufficientStorage,
    /// `508 Loop Detected`
    ///
    /// A WebDAV server hit an endless loop while walking bindings for a Depth infinity request.
    ///
    /// IANA registry. Specification: [RFC 5842](https://www.rfc-editor.org/rfc/rfc5842).
    /// Lifecycle: registered.
    LoopDetected,
    /// `508 Resource Limit Is Reached`
    ///
    /// The hosting account ran out of its share of CPU, memory or processes, and this is returned where a 503 would otherwise go.
    ///
    /// Vendor: cPanel (feature `vendor-cpanel`). Source: cPanel CloudLinux resource limits.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cpanel")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cpanel")))]
    CpanelResourceLimitIsReached,
    /// `509 Bandwidth Limit Exceeded`
    ///
    /// The site used up the traffic allowance its administrator or host set, a limit typical of shared hosting.
    ///
    /// Vendor: Apache HTTP Server (feature `vendor-apache`). Source: mod_bw and other third-party bandwidth modules for Apache httpd (httpd itself has no 509).
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-apache")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-apache")))]
    ApacheBandwidthLimitExceeded,
    /// `509 Bandwidth Limit Exceeded`
    ///
    /// The cPanel account has gone over the monthly bandwidth quota set for it.
    ///
    /// Vendor: cPanel (feature `vendor-cpanel`). Source: cPanel bandwidth limits.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cpanel")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cpanel")))]
    CpanelBandwidthLimitExceeded,
    /// `510 Not Extended`
    ///
    /// From the HTTP extension framework experiment, now historic, asking the client to declare further extensions.
    ///
    /// IANA registry. Specification: [RFC 2774; Status change of HTTP experiments to Historic](https://www.rfc-editor.org/rfc/rfc2774).
    /// Lifecycle: obsolete.
    NotExtended,
    /// `511 Network Authentication Required`
    ///
    /// An intercepting proxy, such as a hotel captive portal, wants the user to log in to the network first.
    ///
    /// IANA registry. Specification: [RFC 6585](https://www.rfc-editor.org/rfc/rfc6585).
    /// Lifecycle: registered.
    NetworkAuthenticationRequired,
    /// `520 Web Server Returned an Unknown Error`
    ///
    /// The origin's reply was empty, malformed or otherwise unexpected, so Cloudflare could not pass it on.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 520.
    /// Lifecycle: in-use.
    /// Also parsed from: "Unknown Error".
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareUnknownError,
    /// `521 Web Server Is Down`
    ///
    /// The origin refused Cloudflare's connection, often because it is stopped or a firewall blocks Cloudflare addresses.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 521.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareWebServerIsDown,
    /// `522 Connection Timed Out`
    ///
    /// Cloudflare could not finish a TCP connection to the origin in time.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 522.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareConnectionTimedOut,
    /// `523 Origin Is Unreachable`
    ///
    /// Cloudflare found no route to the origin, for example because its DNS record points to the wrong address.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 523.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareOriginIsUnreachable,
    /// `524 A Timeout Occurred`
    ///
    /// The TCP connection to the origin worked, but no HTTP answer came back before Cloudflare's deadline.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 524.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareTimeoutOccurred,
    /// `525 SSL Handshake Failed`
    ///
    /// The TLS handshake between Cloudflare and the origin failed.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 525.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareSslHandshakeFailed,
    /// `526 Invalid SSL Certificate`
    ///
    /// Cloudflare was set to validate the origin's certificate and the certificate did not pass.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 526.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareInvalidSslCertificate,
    /// `527 Railgun Error`
    ///
    /// The link between Cloudflare and the origin's Railgun listener broke; Railgun has been retired, so the code is no longer seen.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 527.
    /// Lifecycle: obsolete.
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareRailgunError,
    /// `529 Site is overloaded`
    ///
    /// The SSL Labs assessment service is too busy to take the request; clients should back off and try later.
    ///
    /// Vendor: SSL Labs (Qualys) (feature `vendor-ssl-labs`). Source: SSL Labs API documentation.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-ssl-labs")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-ssl-labs")))]
    SslLabsSiteIsOverloaded,
    /// `530 Origin Unavailable`
    ///
    /// Cloudflare could not resolve or reach the origin host; the body carries a more precise 1xxx error number.
    ///
    /// Vendor: Cloudflare (feature `vendor-cloudflare`). Source: Cloudflare support, Error 530.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-cloudflare")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-cloudflare")))]
    CloudflareOriginUnavailable,
    /// `530 Origin DNS Error`
    ///
    /// The DNS record behind the requested Shopify host could not be resolved by the Cloudflare layer in front of it.
    ///
    /// Vendor: Shopify (feature `vendor-shopify`). Source: Shopify API response status codes.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-shopify")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-shopify")))]
    ShopifyOriginDnsError,
    /// `530 Site is frozen`
    ///
    /// Pantheon froze the site after a long period without activity; it stays offline until someone unfreezes it.
    ///
    /// Vendor: Pantheon (feature `vendor-pantheon`). Source: Pantheon platform documentation.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-pantheon")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-pantheon")))]
    PantheonSiteIsFrozen,
    /// `540 Temporarily Disabled`
    ///
    /// The endpoint asked for has been switched off for the time being.
    ///
    /// Vendor: Shopify (feature `vendor-shopify`). Source: Shopify API response status codes.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-shopify")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-shopify")))]
    ShopifyTemporarilyDisabled,
    /// `561 Unauthorized`
    ///
    /// A listener rule authenticates users, and the identity provider answered with an error during login.
    ///
    /// Vendor: AWS Elastic Load Balancing (feature `vendor-aws-elb`). Source: AWS Application Load Balancer troubleshooting.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-aws-elb")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-aws-elb")))]
    AwsElbUnauthorized,
    /// `598 Network read timeout error`
    ///
    /// A proxy tells the client that reading from the server behind it timed out.
    ///
    /// Vendor: Unofficial conventions (feature `vendor-unofficial`). Source: informal proxy convention.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-unofficial")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-unofficial")))]
    UnofficialNetworkReadTimeoutError,
    /// `599 Network connect timeout error`
    ///
    /// A proxy tells the client that connecting to the server behind it timed out.
    ///
    /// Vendor: Unofficial conventions (feature `vendor-unofficial`). Source: informal proxy convention.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-unofficial")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-unofficial")))]
    UnofficialNetworkConnectTimeoutError,
    /// `783 Unexpected Token`
    ///
    /// The request body is not valid JSON; the parser stopped at a token it did not expect.
    ///
    /// Vendor: Shopify (feature `vendor-shopify`). Source: Shopify API response status codes.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-shopify")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-shopify")))]
    ShopifyUnexpectedToken,
    /// `999 Request denied`
    ///
    /// LinkedIn turned the request away, typically an automated client or a page that needs a signed-in session.
    ///
    /// Vendor: LinkedIn (feature `vendor-linkedin`). Source: LinkedIn anti-scraping responses.
    /// Lifecycle: in-use.
    #[cfg(feature = "vendor-linkedin")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-linkedin")))]
    LinkedInRequestDenied,
    /// A code that is not registered, or whose vendor feature is off. The payload cannot be
    /// built outside this crate and never holds an enabled registered code, so every code has
    /// exactly one representation.
    Unregistered(crate::Unregistered),
}
/// For every registry entry, its variant's position among the enabled variants; one more
/// slot at the end holds the number of enabled variants.
const POSITIONS: [usize; 109usize + 1] = {
    let enabled = [
        cfg!(feature = "vendor-aws-elb"),
        true,
        true,
        true,
        true,
        cfg!(feature = "vendor-unofficial"),
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        cfg!(feature = "vendor-apache"),
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        cfg!(feature = "vendor-laravel"),
        cfg!(feature = "vendor-smoothwall"),
        cfg!(feature = "vendor-twitter"),
        cfg!(feature = "vendor-spring"),
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        cfg!(feature = "vendor-shopify"),
        true,
        cfg!(feature = "vendor-iis"),
        cfg!(feature = "vendor-nginx"),
        cfg!(feature = "vendor-iis"),
        cfg!(feature = "vendor-windows"),
        true,
        cfg!(feature = "vendor-exchange"),
        cfg!(feature = "vendor-aws-elb"),
        cfg!(feature = "vendor-aws-elb"),
        cfg!(feature = "vendor-aws-elb"),
        cfg!(feature = "vendor-nginx"),
        cfg!(feature = "vendor-nginx"),
        cfg!(feature = "vendor-nginx"),
        cfg!(feature = "vendor-nginx"),
        cfg!(feature = "vendor-arcgis"),
        cfg!(feature = "vendor-nginx"),
        cfg!(feature = "vendor-arcgis"),
        cfg!(feature = "vendor-unofficial"),
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        cfg!(feature = "vendor-cpanel"),
        cfg!(feature = "vendor-apache"),
        cfg!(feature = "vendor-cpanel"),
        true,
        true,
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-ssl-labs"),
        cfg!(feature = "vendor-cloudflare"),
        cfg!(feature = "vendor-shopify"),
        cfg!(feature = "vendor-pantheon"),
        cfg!(feature = "vendor-shopify"),
        cfg!(feature = "vendor-aws-elb"),
        cfg!(feature = "vendor-unofficial"),
        cfg!(feature = "vendor-unofficial"),
        cfg!(feature = "vendor-shopify"),
        cfg!(feature = "vendor-linkedin"),
    ];
    let mut positions = [0; 109usize + 1];
    let mut i = 0;
    while i < enabled.len() {
        positions[i + 1] = positions[i] + enabled[i] as usize;
        i += 1;
    }
    positions
};
/// The number of enabled variants, `Unregistered` aside.
const ENABLED: usize = POSITIONS[109usize];
/// The metadata of the enabled variants, in variant order.
static INFOS: [crate::Info; ENABLED] = [
    #[cfg(feature = "vendor-aws-elb")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 0u16,
        name: "AwsElbNoResponseStatus",
        reason: "No Response Status",
        reason_ja: "ステータスなし",
        text: "000 No Response Status",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::AwsElb),
        spec: ::core::option::Option::Some(
            "AWS Application Load Balancer troubleshooting",
        ),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "Logged when the load balancer ended an HTTP/2 connection with GOAWAY before any status existed, for instance after too many requests on one connection or oversized compressed headers.",
        description_ja: "一つの接続でのリクエスト数超過や圧縮後のヘッダー超過などで、ステータスが決まる前にロードバランサーが HTTP/2 の GOAWAY で接続を終えたときに記録されます。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 100u16,
        name: "Continue",
        reason: "Continue",
        reason_ja: "継続",
        text: "100 Continue",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.2.1"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "An interim answer telling the client that the request head was accepted and the body may follow.",
        description_ja: "リクエストのヘッダーを受け付けたので、続けて本文を送ってよいことを伝える暫定応答です。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 101u16,
        name: "SwitchingProtocols",
        reason: "Switching Protocols",
        reason_ja: "プロトコル切り替え",
        text: "101 Switching Protocols",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.2.2"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server agrees to the Upgrade the client asked for and speaks the new protocol after this response.",
        description_ja: "クライアントが Upgrade で求めたプロトコルへの切り替えにサーバーが応じ、この応答の後は新しいプロトコルで通信します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 102u16,
        name: "Processing",
        reason: "Processing",
        reason_ja: "処理中",
        text: "102 Processing",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 2518"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc2518",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A WebDAV interim answer saying the request is still being worked on, sent so the client does not give up waiting. Later WebDAV specifications dropped it.",
        description_ja: "WebDAV の暫定応答で、まだ処理中なのでクライアントに待ち続けるよう知らせます。後の WebDAV 仕様では削除されました。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 103u16,
        name: "EarlyHints",
        reason: "Early Hints",
        reason_ja: "早期ヒント",
        text: "103 Early Hints",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 8297"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc8297",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "An interim answer carrying header fields, typically Link preloads, that the final response will probably contain.",
        description_ja: "最終応答に含まれる見込みのヘッダー（主に Link によるプリロード指示）を先に届ける暫定応答です。",
    }),
    #[cfg(feature = "vendor-unofficial")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 103u16,
        name: "UnofficialCheckpoint",
        reason: "Checkpoint",
        reason_ja: "チェックポイント",
        text: "103 Checkpoint",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Unofficial),
        spec: ::core::option::Option::Some("resumable requests proposal"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::Obsolete,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "From an abandoned proposal for resuming interrupted PUT and POST uploads; 103 now means Early Hints.",
        description_ja: "中断した PUT や POST のアップロードを再開する、採用されなかった提案に由来します。現在の 103 は Early Hints です。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 104u16,
        name: "UploadResumptionSupported",
        reason: "Upload Resumption Supported",
        reason_ja: "アップロード再開に対応",
        text: "104 Upload Resumption Supported",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("draft-ietf-httpbis-resumable-upload-05"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::Temporary,
        expires: ::core::option::Option::Some("2026-11-13"),
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "An interim answer announcing that the server can resume an interrupted upload of this request. Its registration is provisional.",
        description_ja: "中断したアップロードをこのサーバーが再開できることを知らせる暫定応答です。IANA への登録には期限があります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 200u16,
        name: "Ok",
        reason: "OK",
        reason_ja: "成功",
        text: "200 OK",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.3.1"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request worked; what the content means depends on the method used.",
        description_ja: "リクエストは成功しました。本文が何を表すかはメソッドによって決まります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 201u16,
        name: "Created",
        reason: "Created",
        reason_ja: "作成完了",
        text: "201 Created",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.3.2"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request made one or more new resources, the main one usually named by the Location field.",
        description_ja: "リクエストによって新しいリソースが作られました。主なリソースは通常 Location ヘッダーで示されます。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 202u16,
        name: "Accepted",
        reason: "Accepted",
        reason_ja: "受理",
        text: "202 Accepted",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.3.3"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request was taken in for processing that has not finished and may still fail.",
        description_ja: "リクエストは受け付けられましたが、処理はまだ終わっておらず、失敗する可能性も残っています。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 203u16,
        name: "NonAuthoritativeInformation",
        reason: "Non-Authoritative Information",
        reason_ja: "非権威情報",
        text: "203 Non-Authoritative Information",
        aliases: &["Non Authoritative Information"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.3.4"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request worked, but an intermediary altered the origin's 200 response on its way to the client.",
        description_ja: "リクエストは成功しましたが、途中のプロキシがオリジンの 200 応答を書き換えています。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 204u16,
        name: "NoContent",
        reason: "No Content",
        reason_ja: "コンテンツなし",
        text: "204 No Content",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.3.5"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request worked and there is deliberately nothing to send back in the body.",
        description_ja: "リクエストは成功しましたが、返す本文は意図的にありません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 205u16,
        name: "ResetContent",
        reason: "Reset Content",
        reason_ja: "コンテンツのリセット",
        text: "205 Reset Content",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.3.6"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request worked and the client should clear the form or view that sent it.",
        description_ja: "リクエストは成功しました。クライアントは送信元のフォームや表示を初期状態に戻すべきです。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 206u16,
        name: "PartialContent",
        reason: "Partial Content",
        reason_ja: "部分的なコンテンツ",
        text: "206 Partial Content",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.3.7"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The body holds only the byte ranges the client asked for with a Range header.",
        description_ja: "本文には Range ヘッダーで指定された範囲のデータだけが入っています。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 207u16,
        name: "MultiStatus",
        reason: "Multi-Status",
        reason_ja: "複数のステータス",
        text: "207 Multi-Status",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 4918"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc4918",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A WebDAV answer whose XML body reports a separate status for each of several resources.",
        description_ja: "WebDAV の応答で、複数のリソースそれぞれの結果を XML 本文で個別に報告します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 208u16,
        name: "AlreadyReported",
        reason: "Already Reported",
        reason_ja: "報告済み",
        text: "208 Already Reported",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 5842"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc5842",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Used inside a WebDAV multi-status body for members already listed earlier in the same reply, so bindings are not repeated.",
        description_ja: "WebDAV の複数ステータス本文の中で、同じ応答ですでに列挙したメンバーを繰り返さないために使います。",
    }),
    #[cfg(feature = "vendor-apache")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 218u16,
        name: "ApacheThisIsFine",
        reason: "This is fine",
        reason_ja: "これで大丈夫",
        text: "218 This is fine",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Apache),
        spec: ::core::option::Option::Some(
            "informal convention for Apache httpd's ProxyErrorOverride (not sent by httpd)",
        ),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Apache httpd itself never sends 218. Backends behind an httpd proxy with ProxyErrorOverride on answer 218 so that the proxy forwards their own error body untouched instead of swapping in its local error page.",
        description_ja: "Apache httpd 自身は 218 を返しません。エラー応答を自前のページに差し替える設定の httpd プロキシに対し、背後のバックエンドが本文をそのまま通してもらうため 218 で応答する、という慣習です。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 226u16,
        name: "ImUsed",
        reason: "IM Used",
        reason_ja: "IM 適用済み",
        text: "226 IM Used",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 3229"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc3229",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server answered a GET by applying instance manipulations, such as a delta encoding, to the current resource and sending the outcome.",
        description_ja: "GET に対し、現在のリソースに差分などのインスタンス操作を適用した結果を返しています。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 300u16,
        name: "MultipleChoices",
        reason: "Multiple Choices",
        reason_ja: "複数の選択肢",
        text: "300 Multiple Choices",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.1"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::Never,
        description: "The resource has several representations and the client or user has to pick one of them.",
        description_ja: "リソースに複数の表現があり、クライアントまたは利用者がその中から選ぶ必要があります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 301u16,
        name: "MovedPermanently",
        reason: "Moved Permanently",
        reason_ja: "恒久的な移動",
        text: "301 Moved Permanently",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.2"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::Never,
        description: "The resource has a new permanent address given in Location; links should be updated, and clients may turn a POST into a GET when following it.",
        description_ja: "リソースは Location の新しい URI に恒久的に移りました。リンクは更新すべきで、追従時に POST が GET に変わることがあります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 302u16,
        name: "Found",
        reason: "Found",
        reason_ja: "発見",
        text: "302 Found",
        aliases: &["Moved Temporarily"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.3"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::Never,
        description: "The resource sits for now at the address in Location, and the client keeps using the original address later on.",
        description_ja: "リソースは一時的に Location の URI にあります。今後も元の URI を使い続けます。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 303u16,
        name: "SeeOther",
        reason: "See Other",
        reason_ja: "他を参照",
        text: "303 See Other",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.4"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::Never,
        description: "The answer lives at another address, which the client fetches with GET; common after a form POST.",
        description_ja: "結果は別の URI にあり、クライアントはそれを GET で取得します。フォームの POST 後によく使われます。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 304u16,
        name: "NotModified",
        reason: "Not Modified",
        reason_ja: "未更新",
        text: "304 Not Modified",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.5"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A conditional GET or HEAD found the client's cached copy still current, so no body is sent.",
        description_ja: "条件付きの GET や HEAD で、クライアントのキャッシュがまだ有効だと分かったため本文を送りません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 305u16,
        name: "UseProxy",
        reason: "Use Proxy",
        reason_ja: "プロキシを使用",
        text: "305 Use Proxy",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.6"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6",
        ),
        lifecycle: crate::Lifecycle::Deprecated,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::Never,
        description: "Asked the client to repeat the request through a given proxy; it is deprecated for security reasons and clients ignore it.",
        description_ja: "指定したプロキシ経由で再送するよう求めるものでしたが、安全上の理由で非推奨となり、クライアントは従いません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 306u16,
        name: "SwitchProxy",
        reason: "Switch Proxy",
        reason_ja: "プロキシ切り替え（未使用）",
        text: "306 Switch Proxy",
        aliases: &["Unused", "(Unused)"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.7"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7",
        ),
        lifecycle: crate::Lifecycle::Unused,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Once meant to tell clients to switch to another proxy; it is reserved and no longer sent.",
        description_ja: "かつては別のプロキシへの切り替えを指示する案でしたが、現在は予約のみで使われません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 307u16,
        name: "TemporaryRedirect",
        reason: "Temporary Redirect",
        reason_ja: "一時的なリダイレクト",
        text: "307 Temporary Redirect",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.8"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::Never,
        description: "The resource is temporarily elsewhere, and the client must repeat the same method and body at the new address.",
        description_ja: "リソースは一時的に別の場所にあり、クライアントは同じメソッドと本文で新しい URI に送り直す必要があります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 308u16,
        name: "PermanentRedirect",
        reason: "Permanent Redirect",
        reason_ja: "恒久的なリダイレクト",
        text: "308 Permanent Redirect",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.4.9"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::Never,
        description: "The resource has moved for good, and unlike 301 the client must keep the method and body when following it.",
        description_ja: "リソースは恒久的に移動しました。301 と違い、追従時もメソッドと本文を変えてはいけません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 400u16,
        name: "BadRequest",
        reason: "Bad Request",
        reason_ja: "不正なリクエスト",
        text: "400 Bad Request",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.1"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server will not handle the request because the client got something wrong, such as its syntax or framing.",
        description_ja: "構文や形式にクライアント側の誤りが見つかったので、サーバーはこのリクエストに取り合いません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 401u16,
        name: "Unauthorized",
        reason: "Unauthorized",
        reason_ja: "認証が必要",
        text: "401 Unauthorized",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.2"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request lacks valid credentials; the WWW-Authenticate field says how to authenticate.",
        description_ja: "有効な認証情報がありません。どの方式で認証すればよいかは、応答の認証方式ヘッダーが示します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 402u16,
        name: "PaymentRequired",
        reason: "Payment Required",
        reason_ja: "支払いが必要",
        text: "402 Payment Required",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.3"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Set aside for future use by payment schemes; some APIs use it for billing or quota problems.",
        description_ja: "将来の課金方式のために予約されています。課金や利用枠の問題に使う API もあります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 403u16,
        name: "Forbidden",
        reason: "Forbidden",
        reason_ja: "禁止",
        text: "403 Forbidden",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.4"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server understood the request and refuses it; sending the same credentials again will not help, though other credentials might.",
        description_ja: "サーバーはリクエストを理解したうえで拒否しています。同じ認証情報で送り直しても結果は変わりませんが、別の認証情報なら通る場合があります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 404u16,
        name: "NotFound",
        reason: "Not Found",
        reason_ja: "未検出",
        text: "404 Not Found",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.5"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "There is no current representation for the target resource, or the server prefers not to admit that one exists.",
        description_ja: "対象のリソースが見つからないか、存在を明かしたくないことを示します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 405u16,
        name: "MethodNotAllowed",
        reason: "Method Not Allowed",
        reason_ja: "許可されていないメソッド",
        text: "405 Method Not Allowed",
        aliases: &["Not Allowed"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.6"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The resource exists but does not support this method; the Allow field lists the ones it does.",
        description_ja: "リソースはこのメソッドに対応していません。使えるメソッドは Allow ヘッダーに列挙されます。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 406u16,
        name: "NotAcceptable",
        reason: "Not Acceptable",
        reason_ja: "受理できない",
        text: "406 Not Acceptable",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.7"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "None of the available representations match the client's Accept-style preferences.",
        description_ja: "クライアントが Accept 系ヘッダーで示した条件に合う表現がありません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 407u16,
        name: "ProxyAuthenticationRequired",
        reason: "Proxy Authentication Required",
        reason_ja: "プロキシ認証が必要",
        text: "407 Proxy Authentication Required",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.8"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Like 401, but the credentials are for a proxy, which states its scheme in Proxy-Authenticate.",
        description_ja: "401 と同様ですが、認証を求めているのはプロキシです。その方式はプロキシ用の認証方式ヘッダーが示します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 408u16,
        name: "RequestTimeout",
        reason: "Request Timeout",
        reason_ja: "リクエストタイムアウト",
        text: "408 Request Timeout",
        aliases: &["Request Time-out"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.9"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "The server gave up waiting for the complete request and closes the connection; the client may send it again.",
        description_ja: "サーバーはリクエスト全体の到着を待ちきれず接続を閉じます。クライアントは送り直せます。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 409u16,
        name: "Conflict",
        reason: "Conflict",
        reason_ja: "競合",
        text: "409 Conflict",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.10"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request clashes with the resource's current state, for example an edit based on an outdated version.",
        description_ja: "古い版をもとにした編集など、リソースの現在の状態とリクエストが矛盾しています。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 410u16,
        name: "Gone",
        reason: "Gone",
        reason_ja: "消滅",
        text: "410 Gone",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.11"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The resource was removed on purpose and is not coming back; links to it should go.",
        description_ja: "リソースは意図的に削除され、戻ることはありません。リンクは削除すべきです。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 411u16,
        name: "LengthRequired",
        reason: "Length Required",
        reason_ja: "長さが必要",
        text: "411 Length Required",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.12"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server insists on a Content-Length field and the request did not send one.",
        description_ja: "サーバーは本文の長さを示すヘッダーを必須としていますが、このリクエストには付いていませんでした。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 412u16,
        name: "PreconditionFailed",
        reason: "Precondition Failed",
        reason_ja: "前提条件の失敗",
        text: "412 Precondition Failed",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.13"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A condition in the request headers, such as If-Match, turned out false on the server.",
        description_ja: "If-Match などリクエストヘッダーの条件がサーバー側で満たされませんでした。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 413u16,
        name: "ContentTooLarge",
        reason: "Content Too Large",
        reason_ja: "コンテンツが大きすぎる",
        text: "413 Content Too Large",
        aliases: &["Payload Too Large", "Request Entity Too Large"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.14"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::AfterRetryAfter,
        description: "The request body is bigger than the server will take; a Retry-After means the limit is only temporary.",
        description_ja: "リクエスト本文がサーバーの上限を超えています。Retry-After があれば一時的な制限です。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 414u16,
        name: "UriTooLong",
        reason: "URI Too Long",
        reason_ja: "URI が長すぎる",
        text: "414 URI Too Long",
        aliases: &[
            "Request-URI Too Long",
            "Request URI Too Long",
            "Request-URI Too Large",
        ],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.15"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The target URI is longer than the server is willing to read, often a sign of a runaway redirect or query.",
        description_ja: "対象の URI がサーバーの受け付ける長さを超えています。リダイレクトの暴走やクエリの肥大が原因のことが多いです。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 415u16,
        name: "UnsupportedMediaType",
        reason: "Unsupported Media Type",
        reason_ja: "未対応のメディアタイプ",
        text: "415 Unsupported Media Type",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.16"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The body is in a format or content coding that this resource does not accept for this method.",
        description_ja: "本文の形式や符号化方式を、このリソースはこのメソッドでは受け付けません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 416u16,
        name: "RangeNotSatisfiable",
        reason: "Range Not Satisfiable",
        reason_ja: "範囲指定を満たせない",
        text: "416 Range Not Satisfiable",
        aliases: &["Requested Range Not Satisfiable"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.17"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "None of the requested byte ranges overlap the representation, for instance a range past the end of the file.",
        description_ja: "リクエストで指定したバイト範囲が、表現のどの部分とも重なりません。ファイル末尾より後ろを指定した場合などです。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 417u16,
        name: "ExpectationFailed",
        reason: "Expectation Failed",
        reason_ja: "Expect の要件を満たせない",
        text: "417 Expectation Failed",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.18"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server cannot meet what the Expect header asked for.",
        description_ja: "Expect ヘッダーに書かれた条件に、サーバーは応じられません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 418u16,
        name: "ImATeapot",
        reason: "I'm a teapot",
        reason_ja: "私はティーポット",
        text: "418 I'm a teapot",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.19"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19",
        ),
        lifecycle: crate::Lifecycle::Unused,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "An April Fools' joke from the coffee pot protocol; the code is reserved so that no real meaning gets assigned to it.",
        description_ja: "1998 年のエイプリルフールに出た、コーヒーポットを操作するという冗談の仕様に由来します。本当の意味が付かないよう、番号は予約されています。",
    }),
    #[cfg(feature = "vendor-laravel")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 419u16,
        name: "LaravelPageExpired",
        reason: "Page Expired",
        reason_ja: "ページの有効期限切れ",
        text: "419 Page Expired",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Laravel),
        spec: ::core::option::Option::Some("Laravel CSRF protection"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Laravel rejected a form whose CSRF token was missing or has expired, usually after a long idle page.",
        description_ja: "フォームの CSRF トークンが欠けているか古くなっていたので、Laravel が送信を受け付けませんでした。ページを長時間開いたままにした後によく起きます。",
    }),
    #[cfg(feature = "vendor-smoothwall")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 419u16,
        name: "SmoothwallImAFox",
        reason: "I'm a fox",
        reason_ja: "私はキツネ",
        text: "419 I'm a fox",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Smoothwall),
        spec: ::core::option::Option::Some("Smoothwall and Foxwall firewalls"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Some Smoothwall and Foxwall firewall versions send this in answer to a configuration test.",
        description_ja: "一部の Smoothwall や Foxwall のファイアウォールが設定テストへの応答として返します。",
    }),
    #[cfg(feature = "vendor-twitter")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 420u16,
        name: "TwitterEnhanceYourCalm",
        reason: "Enhance Your Calm",
        reason_ja: "落ち着いて",
        text: "420 Enhance Your Calm",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Twitter),
        spec: ::core::option::Option::Some("Twitter Search and Trends API v1"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::Obsolete,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::AfterRetryAfter,
        description: "The first Twitter Search and Trends API used this for rate limiting; later API versions send 429 instead.",
        description_ja: "初期の Twitter 検索・トレンド API がレート制限に使っていました。以降のバージョンは 429 を返します。",
    }),
    #[cfg(feature = "vendor-spring")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 420u16,
        name: "SpringMethodFailure",
        reason: "Method Failure",
        reason_ja: "メソッドの失敗",
        text: "420 Method Failure",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Spring),
        spec: ::core::option::Option::Some("Spring Framework HttpStatus.METHOD_FAILURE"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::Deprecated,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A status from early WebDAV drafts that Spring kept for a failed method; Spring marks it deprecated.",
        description_ja: "WebDAV の初期草案にあった、メソッドの失敗を表すステータスです。Spring では非推奨扱いです。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 421u16,
        name: "MisdirectedRequest",
        reason: "Misdirected Request",
        reason_ja: "宛先違いのリクエスト",
        text: "421 Misdirected Request",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.20"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Always,
        description: "The request reached a server that cannot answer for this origin, often through connection reuse; another connection may work.",
        description_ja: "このオリジンに応答できないサーバーに届きました。接続の再利用が原因のことが多く、別の接続なら成功する可能性があります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 422u16,
        name: "UnprocessableContent",
        reason: "Unprocessable Content",
        reason_ja: "処理できないコンテンツ",
        text: "422 Unprocessable Content",
        aliases: &["Unprocessable Entity"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.21"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The body is well formed and of a supported type, but its instructions make no sense to the server.",
        description_ja: "本文の形式や種類は正しいものの、書かれている指示をサーバーが処理できません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 423u16,
        name: "Locked",
        reason: "Locked",
        reason_ja: "ロック中",
        text: "423 Locked",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 4918"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc4918",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A WebDAV code saying the source or target resource is locked.",
        description_ja: "WebDAV で、操作の対象か元になるリソースにロックが掛かっていることを示します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 424u16,
        name: "FailedDependency",
        reason: "Failed Dependency",
        reason_ja: "依存先の失敗",
        text: "424 Failed Dependency",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 4918"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc4918",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A WebDAV code saying this action was skipped because another action it relied on failed.",
        description_ja: "WebDAV で、前提となる別の操作が失敗したためこの操作を実行しなかったことを示します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 425u16,
        name: "TooEarly",
        reason: "Too Early",
        reason_ja: "早すぎる",
        text: "425 Too Early",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 8470"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc8470",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Always,
        description: "The server will not act on a request sent as TLS early data, since it could be replayed; resending after the handshake works.",
        description_ja: "再送攻撃のおそれがあるため、TLS のアーリーデータで届いたリクエストは処理しません。ハンドシェイク完了後に送り直せば処理されます。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 426u16,
        name: "UpgradeRequired",
        reason: "Upgrade Required",
        reason_ja: "アップグレードが必要",
        text: "426 Upgrade Required",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.22"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server will only answer over another protocol, which it names in the Upgrade field.",
        description_ja: "サーバーは別のプロトコルでのみ応答し、そのプロトコルを Upgrade ヘッダーで示します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 428u16,
        name: "PreconditionRequired",
        reason: "Precondition Required",
        reason_ja: "条件付きリクエストが必要",
        text: "428 Precondition Required",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 6585"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc6585",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server wants the request to be conditional, such as with If-Match, to avoid lost updates.",
        description_ja: "更新の衝突を防ぐため、If-Match などの条件付きリクエストにするよう求めています。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 429u16,
        name: "TooManyRequests",
        reason: "Too Many Requests",
        reason_ja: "リクエスト過多",
        text: "429 Too Many Requests",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 6585"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc6585",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::AfterRetryAfter,
        description: "The client has sent more requests than allowed in a period; Retry-After may say when to try again.",
        description_ja: "一定時間内に許されたリクエスト数を超えました。再試行できる時期は Retry-After で示されることがあります。",
    }),
    #[cfg(feature = "vendor-shopify")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 430u16,
        name: "ShopifySecurityRejection",
        reason: "Shopify Security Rejection",
        reason_ja: "Shopify のセキュリティによる拒否",
        text: "430 Shopify Security Rejection",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Shopify),
        spec: ::core::option::Option::Some("Shopify API response status codes"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Shopify judged the request to be malicious and refused it. Shopify formerly sent 430 instead of 429 for too many requests, a use now retired.",
        description_ja: "Shopify がリクエストを悪意あるものと判断して拒否しました。以前はリクエスト過多に 429 の代わりとして使われていましたが、その用法は廃止されています。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 431u16,
        name: "RequestHeaderFieldsTooLarge",
        reason: "Request Header Fields Too Large",
        reason_ja: "リクエストヘッダーが大きすぎる",
        text: "431 Request Header Fields Too Large",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 6585"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc6585",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "One header field, or all of them together, is too big for the server to process.",
        description_ja: "個々のヘッダー、またはヘッダー全体が大きすぎてサーバーが処理できません。",
    }),
    #[cfg(feature = "vendor-iis")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 440u16,
        name: "IisLoginTimeout",
        reason: "Login Time-out",
        reason_ja: "ログインのタイムアウト",
        text: "440 Login Time-out",
        aliases: &["Login Timeout"],
        vendor: ::core::option::Option::Some(crate::Vendor::Iis),
        spec: ::core::option::Option::Some("Microsoft IIS status codes"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The user's session has expired and a fresh login is needed.",
        description_ja: "ログインしてからの有効時間が過ぎたので、改めてサインインしなければなりません。",
    }),
    #[cfg(feature = "vendor-nginx")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 444u16,
        name: "NginxNoResponse",
        reason: "No Response",
        reason_ja: "応答なし",
        text: "444 No Response",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Nginx),
        spec: ::core::option::Option::Some("nginx source, ngx_http_request.h"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "nginx dropped the connection without sending anything; it is a configuration choice, usually against unwanted clients, and shows up only in the log.",
        description_ja: "nginx が何も送らずに接続を切ったことを表します。不要なクライアント向けの設定で、ログにだけ現れます。",
    }),
    #[cfg(feature = "vendor-iis")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 449u16,
        name: "IisRetryWith",
        reason: "Retry With",
        reason_ja: "追加情報で再試行",
        text: "449 Retry With",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Iis),
        spec: ::core::option::Option::Some("Microsoft IIS status codes"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server needs more information from the client before it can act, and expects the request again with that information.",
        description_ja: "処理に必要な情報が足りないため、その情報を添えて再度リクエストするよう求めています。",
    }),
    #[cfg(feature = "vendor-windows")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 450u16,
        name: "WindowsBlockedByParentalControls",
        reason: "Blocked by Windows Parental Controls",
        reason_ja: "Windows ペアレンタルコントロールによる遮断",
        text: "450 Blocked by Windows Parental Controls",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Windows),
        spec: ::core::option::Option::Some("Windows Parental Controls web restrictions"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Windows Parental Controls stopped the page from loading.",
        description_ja: "Windows に組み込まれた保護者向けの閲覧制限が、このページを遮断しました。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 451u16,
        name: "UnavailableForLegalReasons",
        reason: "Unavailable For Legal Reasons",
        reason_ja: "法的理由により利用不可",
        text: "451 Unavailable For Legal Reasons",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 7725"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc7725",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Access is refused because of a legal demand, such as a court order or government censorship.",
        description_ja: "裁判所の命令や政府による検閲など、法的な強制によってアクセスが拒否されています。",
    }),
    #[cfg(feature = "vendor-exchange")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 451u16,
        name: "ExchangeRedirect",
        reason: "Redirect",
        reason_ja: "リダイレクト",
        text: "451 Redirect",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Exchange),
        spec: ::core::option::Option::Some(
            "MS-ASHTTP, Exchange ActiveSync HTTP protocol, section 3.1.5.2.2",
        ),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Exchange ActiveSync tells the client to run Autodiscover again, because another server should handle the mailbox.",
        description_ja: "Exchange のモバイル同期（EAS）で、メールボックスは別のサーバーが受け持つため、そちらへ移るか自動検出をやり直すよう端末に求めます。",
    }),
    #[cfg(feature = "vendor-aws-elb")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 460u16,
        name: "AwsElbClientClosedConnection",
        reason: "Client Closed Connection",
        reason_ja: "クライアントによる接続終了",
        text: "460 Client Closed Connection",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::AwsElb),
        spec: ::core::option::Option::Some(
            "AWS Application Load Balancer troubleshooting",
        ),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The client closed its connection to the load balancer before the idle timeout, usually because its own timeout is shorter.",
        description_ja: "アイドルタイムアウトを待たずに、クライアント側が接続を切りました。たいていはクライアントのタイムアウト設定の方が短いためです。",
    }),
    #[cfg(feature = "vendor-aws-elb")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 463u16,
        name: "AwsElbTooManyForwardedAddresses",
        reason: "Too Many Forwarded Addresses",
        reason_ja: "転送元アドレスが多すぎる",
        text: "463 Too Many Forwarded Addresses",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::AwsElb),
        spec: ::core::option::Option::Some(
            "AWS Application Load Balancer troubleshooting",
        ),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The load balancer got an X-Forwarded-For header listing more than 30 addresses.",
        description_ja: "転送元アドレスを並べるヘッダーに 30 を超えるアドレスが載ったリクエストが、ロードバランサーに届きました。",
    }),
    #[cfg(feature = "vendor-aws-elb")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 464u16,
        name: "AwsElbIncompatibleProtocolVersions",
        reason: "Incompatible Protocol Versions",
        reason_ja: "プロトコルバージョンの不一致",
        text: "464 Incompatible Protocol Versions",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::AwsElb),
        spec: ::core::option::Option::Some(
            "AWS Application Load Balancer troubleshooting",
        ),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The client's protocol version does not match what the target group speaks, such as HTTP/1.1 to a gRPC target.",
        description_ja: "クライアントのプロトコルバージョンがターゲットグループの設定と合いません。gRPC のターゲットに HTTP/1.1 で送った場合などです。",
    }),
    #[cfg(feature = "vendor-nginx")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 494u16,
        name: "NginxRequestHeaderTooLarge",
        reason: "Request Header Too Large",
        reason_ja: "リクエストヘッダーが大きすぎる",
        text: "494 Request Header Too Large",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Nginx),
        spec: ::core::option::Option::Some("nginx source, ngx_http_request.h"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "nginx's internal code for a request whose header section, or one header line, outgrew its buffers. It never reaches the wire; the client gets 400 Bad Request, and only error_page and the access log see 494.",
        description_ja: "ヘッダー全体または一行がバッファに収まらなかったリクエストに nginx が内部で付けるコードです。送信はされず、クライアントには 400 Bad Request が返り、494 は error_page の指定とアクセスログにだけ現れます。",
    }),
    #[cfg(feature = "vendor-nginx")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 495u16,
        name: "NginxSslCertificateError",
        reason: "SSL Certificate Error",
        reason_ja: "SSL 証明書エラー",
        text: "495 SSL Certificate Error",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Nginx),
        spec: ::core::option::Option::Some("nginx source, ngx_http_request.h"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "nginx's internal code for a client certificate that failed verification. It never reaches the wire; the client gets 400 Bad Request, and only error_page and the access log see 495.",
        description_ja: "提示されたクライアント証明書の検証に失敗したときに nginx が内部で使うコードです。送信はされず、クライアントには 400 Bad Request が返り、495 は error_page の指定とアクセスログにだけ現れます。",
    }),
    #[cfg(feature = "vendor-nginx")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 496u16,
        name: "NginxSslCertificateRequired",
        reason: "SSL Certificate Required",
        reason_ja: "SSL 証明書が必要",
        text: "496 SSL Certificate Required",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Nginx),
        spec: ::core::option::Option::Some("nginx source, ngx_http_request.h"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "nginx's internal code for a missing client certificate where one is mandatory. It never reaches the wire; the client gets 400 Bad Request, and only error_page and the access log see 496.",
        description_ja: "必須のクライアント証明書が送られなかったときに nginx が内部で使うコードです。送信はされず、クライアントには 400 Bad Request が返り、496 は error_page の指定とアクセスログにだけ現れます。",
    }),
    #[cfg(feature = "vendor-nginx")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 497u16,
        name: "NginxHttpRequestSentToHttpsPort",
        reason: "HTTP Request Sent to HTTPS Port",
        reason_ja: "HTTPS ポートへの HTTP リクエスト",
        text: "497 HTTP Request Sent to HTTPS Port",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Nginx),
        spec: ::core::option::Option::Some("nginx source, ngx_http_request.h"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "nginx's internal code for plain HTTP arriving on a port that expects TLS. It never reaches the wire; the client gets 400 Bad Request, and only error_page and the access log see 497.",
        description_ja: "TLS を待ち受けるポートに平文の HTTP が届いたときに nginx が内部で使うコードです。送信はされず、クライアントには 400 Bad Request が返り、497 は error_page の指定とアクセスログにだけ現れます。",
    }),
    #[cfg(feature = "vendor-arcgis")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 498u16,
        name: "ArcGisInvalidToken",
        reason: "Invalid Token",
        reason_ja: "無効なトークン",
        text: "498 Invalid Token",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::ArcGis),
        spec: ::core::option::Option::Some("ArcGIS REST API"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The access token sent to ArcGIS Server has expired or is not valid.",
        description_ja: "ArcGIS Server に送ったアクセストークンが期限切れか無効です。",
    }),
    #[cfg(feature = "vendor-nginx")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 499u16,
        name: "NginxClientClosedRequest",
        reason: "Client Closed Request",
        reason_ja: "クライアントによる切断",
        text: "499 Client Closed Request",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Nginx),
        spec: ::core::option::Option::Some("nginx source, ngx_http_request.h"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: false,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The client hung up before nginx could answer; the code is written to the log and never sent.",
        description_ja: "nginx が応答する前にクライアントが接続を閉じました。ログに記録されるだけで送信はされません。",
    }),
    #[cfg(feature = "vendor-arcgis")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 499u16,
        name: "ArcGisTokenRequired",
        reason: "Token Required",
        reason_ja: "トークンが必要",
        text: "499 Token Required",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::ArcGis),
        spec: ::core::option::Option::Some("ArcGIS REST API"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The ArcGIS resource is secured and the request carried no token.",
        description_ja: "ArcGIS のリソースは保護されており、リクエストにトークンがありませんでした。",
    }),
    #[cfg(feature = "vendor-unofficial")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 499u16,
        name: "UnofficialForbiddenByAntivirus",
        reason: "Request has been forbidden by antivirus",
        reason_ja: "ウイルス対策ソフトによる遮断",
        text: "499 Request has been forbidden by antivirus",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Unofficial),
        spec: ::core::option::Option::Some("client-side antivirus and download tools"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Reported by some download tools and security suites when they stop a request to a site deemed malicious.",
        description_ja: "悪意あるサイトと判断したリクエストを止めたときに、一部のダウンロードツールやセキュリティ製品が報告します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 500u16,
        name: "InternalServerError",
        reason: "Internal Server Error",
        reason_ja: "サーバー内部エラー",
        text: "500 Internal Server Error",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.6.1"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "Something unexpected went wrong on the server and no more specific code fits.",
        description_ja: "サーバーで想定外の問題が起き、より適切なコードがない場合に使います。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 501u16,
        name: "NotImplemented",
        reason: "Not Implemented",
        reason_ja: "未実装",
        text: "501 Not Implemented",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.6.2"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server lacks the functionality the request needs, typically an unknown method.",
        description_ja: "リクエストに必要な機能がサーバーにありません。未知のメソッドの場合が典型です。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 502u16,
        name: "BadGateway",
        reason: "Bad Gateway",
        reason_ja: "不正なゲートウェイ",
        text: "502 Bad Gateway",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.6.3"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "A gateway or proxy got an invalid answer from the server behind it.",
        description_ja: "ゲートウェイやプロキシが、背後のサーバーから不正な応答を受け取りました。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 503u16,
        name: "ServiceUnavailable",
        reason: "Service Unavailable",
        reason_ja: "サービス利用不可",
        text: "503 Service Unavailable",
        aliases: &["Service Temporarily Unavailable"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.6.4"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::AfterRetryAfter,
        description: "The server cannot take the request right now, because of overload or maintenance; Retry-After may give the expected wait.",
        description_ja: "過負荷や保守のため、今はリクエストを受けられません。待ち時間の目安が Retry-After で示されることがあります。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 504u16,
        name: "GatewayTimeout",
        reason: "Gateway Timeout",
        reason_ja: "ゲートウェイタイムアウト",
        text: "504 Gateway Timeout",
        aliases: &["Gateway Time-out"],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.6.5"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "A gateway or proxy waited too long for the server behind it to answer.",
        description_ja: "ゲートウェイやプロキシが、背後のサーバーからの応答を待ちきれませんでした。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 505u16,
        name: "HttpVersionNotSupported",
        reason: "HTTP Version Not Supported",
        reason_ja: "未対応の HTTP バージョン",
        text: "505 HTTP Version Not Supported",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.6.6"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The server refuses the major HTTP version used by the request.",
        description_ja: "このリクエストの HTTP メジャーバージョンを、サーバーは扱いません。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 506u16,
        name: "VariantAlsoNegotiates",
        reason: "Variant Also Negotiates",
        reason_ja: "バリアントもネゴシエーションを行う",
        text: "506 Variant Also Negotiates",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 2295"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc2295",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Transparent content negotiation is misconfigured so the chosen variant would negotiate again, forming a loop.",
        description_ja: "透過的なネゴシエーションの設定誤りで、選ばれたバリアント自体がまたネゴシエーションを始めてしまい、循環します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 507u16,
        name: "InsufficientStorage",
        reason: "Insufficient Storage",
        reason_ja: "容量不足",
        text: "507 Insufficient Storage",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 4918"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc4918",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A WebDAV code saying the server has no room to store what the request needs.",
        description_ja: "WebDAV で、リクエストの結果を保存する容量がサーバーにないことを示します。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 508u16,
        name: "LoopDetected",
        reason: "Loop Detected",
        reason_ja: "ループの検出",
        text: "508 Loop Detected",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 5842"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc5842",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A WebDAV server hit an endless loop while walking bindings for a Depth infinity request.",
        description_ja: "WebDAV サーバーが、Depth ヘッダーが infinity のリクエストを処理する途中でバインディングの無限ループを検出しました。",
    }),
    #[cfg(feature = "vendor-cpanel")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 508u16,
        name: "CpanelResourceLimitIsReached",
        reason: "Resource Limit Is Reached",
        reason_ja: "リソース上限到達",
        text: "508 Resource Limit Is Reached",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cpanel),
        spec: ::core::option::Option::Some("cPanel CloudLinux resource limits"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "The hosting account ran out of its share of CPU, memory or processes, and this is returned where a 503 would otherwise go.",
        description_ja: "ホスティングアカウントに割り当てられた CPU、メモリ、プロセス数を使い切ったときに、503 の代わりに返されます。",
    }),
    #[cfg(feature = "vendor-apache")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 509u16,
        name: "ApacheBandwidthLimitExceeded",
        reason: "Bandwidth Limit Exceeded",
        reason_ja: "帯域制限超過",
        text: "509 Bandwidth Limit Exceeded",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Apache),
        spec: ::core::option::Option::Some(
            "mod_bw and other third-party bandwidth modules for Apache httpd (httpd itself has no 509)",
        ),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::AfterRetryAfter,
        description: "The site used up the traffic allowance its administrator or host set, a limit typical of shared hosting.",
        description_ja: "管理者やホスティング事業者が設定した転送量の上限に達しました。共有ホスティングでよく見られる制限です。",
    }),
    #[cfg(feature = "vendor-cpanel")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 509u16,
        name: "CpanelBandwidthLimitExceeded",
        reason: "Bandwidth Limit Exceeded",
        reason_ja: "帯域制限超過",
        text: "509 Bandwidth Limit Exceeded",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cpanel),
        spec: ::core::option::Option::Some("cPanel bandwidth limits"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: true,
        retry: crate::Retry::AfterRetryAfter,
        description: "The cPanel account has gone over the monthly bandwidth quota set for it.",
        description_ja: "cPanel のアカウントが設定された月間の転送量上限を超えました。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 510u16,
        name: "NotExtended",
        reason: "Not Extended",
        reason_ja: "拡張なし",
        text: "510 Not Extended",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some(
            "RFC 2774; Status change of HTTP experiments to Historic",
        ),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc2774",
        ),
        lifecycle: crate::Lifecycle::Obsolete,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "From the HTTP extension framework experiment, now historic, asking the client to declare further extensions.",
        description_ja: "現在は歴史的扱いの HTTP 拡張フレームワークの実験に由来し、必要な拡張の宣言を求めるものでした。",
    }),
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 511u16,
        name: "NetworkAuthenticationRequired",
        reason: "Network Authentication Required",
        reason_ja: "ネットワークへのログインが必要",
        text: "511 Network Authentication Required",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 6585"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc6585",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "An intercepting proxy, such as a hotel captive portal, wants the user to log in to the network first.",
        description_ja: "ホテルのキャプティブポータルのような介在プロキシが、先にネットワークへのログインを求めています。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 520u16,
        name: "CloudflareUnknownError",
        reason: "Web Server Returned an Unknown Error",
        reason_ja: "Web サーバーが不明なエラーを返した",
        text: "520 Web Server Returned an Unknown Error",
        aliases: &["Unknown Error"],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 520"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "The origin's reply was empty, malformed or otherwise unexpected, so Cloudflare could not pass it on.",
        description_ja: "オリジンの応答が空、不正、または想定外だったため、Cloudflare は中継できませんでした。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 521u16,
        name: "CloudflareWebServerIsDown",
        reason: "Web Server Is Down",
        reason_ja: "Web サーバーがダウン",
        text: "521 Web Server Is Down",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 521"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "The origin refused Cloudflare's connection, often because it is stopped or a firewall blocks Cloudflare addresses.",
        description_ja: "オリジンに接続を断られました。オリジンが止まっているか、ファイアウォールが Cloudflare の IP を通していないことがよくあります。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 522u16,
        name: "CloudflareConnectionTimedOut",
        reason: "Connection Timed Out",
        reason_ja: "接続タイムアウト",
        text: "522 Connection Timed Out",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 522"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "Cloudflare could not finish a TCP connection to the origin in time.",
        description_ja: "オリジンとの TCP 接続が、Cloudflare の待ち時間内に確立しませんでした。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 523u16,
        name: "CloudflareOriginIsUnreachable",
        reason: "Origin Is Unreachable",
        reason_ja: "オリジンに到達不能",
        text: "523 Origin Is Unreachable",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 523"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "Cloudflare found no route to the origin, for example because its DNS record points to the wrong address.",
        description_ja: "Cloudflare からオリジンへの経路がありません。DNS レコードが誤ったアドレスを指している場合などです。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 524u16,
        name: "CloudflareTimeoutOccurred",
        reason: "A Timeout Occurred",
        reason_ja: "タイムアウト発生",
        text: "524 A Timeout Occurred",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 524"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "The TCP connection to the origin worked, but no HTTP answer came back before Cloudflare's deadline.",
        description_ja: "オリジンとの TCP 接続はできたものの、Cloudflare の期限までに HTTP 応答が返りませんでした。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 525u16,
        name: "CloudflareSslHandshakeFailed",
        reason: "SSL Handshake Failed",
        reason_ja: "SSL ハンドシェイク失敗",
        text: "525 SSL Handshake Failed",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 525"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The TLS handshake between Cloudflare and the origin failed.",
        description_ja: "エッジとオリジンの間で TLS ハンドシェイクが成立しませんでした。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 526u16,
        name: "CloudflareInvalidSslCertificate",
        reason: "Invalid SSL Certificate",
        reason_ja: "無効な SSL 証明書",
        text: "526 Invalid SSL Certificate",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 526"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Cloudflare was set to validate the origin's certificate and the certificate did not pass.",
        description_ja: "オリジンの証明書を検証する設定になっており、その証明書が検証を通りませんでした。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 527u16,
        name: "CloudflareRailgunError",
        reason: "Railgun Error",
        reason_ja: "Railgun エラー",
        text: "527 Railgun Error",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 527"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::Obsolete,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "The link between Cloudflare and the origin's Railgun listener broke; Railgun has been retired, so the code is no longer seen.",
        description_ja: "エッジとオリジン側 Railgun をつなぐ接続が切れたことを示していました。Railgun の提供終了で今は見られません。",
    }),
    #[cfg(feature = "vendor-ssl-labs")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 529u16,
        name: "SslLabsSiteIsOverloaded",
        reason: "Site is overloaded",
        reason_ja: "サイトが過負荷",
        text: "529 Site is overloaded",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::SslLabs),
        spec: ::core::option::Option::Some("SSL Labs API documentation"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "The SSL Labs assessment service is too busy to take the request; clients should back off and try later.",
        description_ja: "SSL Labs の診断サービスが混雑しており受け付けられません。間隔を空けて再試行してください。",
    }),
    #[cfg(feature = "vendor-cloudflare")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 530u16,
        name: "CloudflareOriginUnavailable",
        reason: "Origin Unavailable",
        reason_ja: "オリジン利用不可",
        text: "530 Origin Unavailable",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Cloudflare),
        spec: ::core::option::Option::Some("Cloudflare support, Error 530"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Cloudflare could not resolve or reach the origin host; the body carries a more precise 1xxx error number.",
        description_ja: "Cloudflare がオリジンのホストを解決または接続できませんでした。本文に詳しい 1xxx 番台のエラー番号が入ります。",
    }),
    #[cfg(feature = "vendor-shopify")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 530u16,
        name: "ShopifyOriginDnsError",
        reason: "Origin DNS Error",
        reason_ja: "オリジンの DNS エラー",
        text: "530 Origin DNS Error",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Shopify),
        spec: ::core::option::Option::Some("Shopify API response status codes"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The DNS record behind the requested Shopify host could not be resolved by the Cloudflare layer in front of it.",
        description_ja: "リクエスト先のホストの DNS レコードを、Shopify の前段の Cloudflare が解決できませんでした。",
    }),
    #[cfg(feature = "vendor-pantheon")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 530u16,
        name: "PantheonSiteIsFrozen",
        reason: "Site is frozen",
        reason_ja: "サイト凍結中",
        text: "530 Site is frozen",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Pantheon),
        spec: ::core::option::Option::Some("Pantheon platform documentation"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Pantheon froze the site after a long period without activity; it stays offline until someone unfreezes it.",
        description_ja: "長期間使われなかったため Pantheon がサイトを凍結しました。解除されるまで表示されません。",
    }),
    #[cfg(feature = "vendor-shopify")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 540u16,
        name: "ShopifyTemporarilyDisabled",
        reason: "Temporarily Disabled",
        reason_ja: "一時的に無効",
        text: "540 Temporarily Disabled",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Shopify),
        spec: ::core::option::Option::Some("Shopify API response status codes"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "The endpoint asked for has been switched off for the time being.",
        description_ja: "リクエスト先のエンドポイントは、当面のあいだ止められています。",
    }),
    #[cfg(feature = "vendor-aws-elb")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 561u16,
        name: "AwsElbUnauthorized",
        reason: "Unauthorized",
        reason_ja: "認証失敗",
        text: "561 Unauthorized",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::AwsElb),
        spec: ::core::option::Option::Some(
            "AWS Application Load Balancer troubleshooting",
        ),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "A listener rule authenticates users, and the identity provider answered with an error during login.",
        description_ja: "リスナールールでユーザー認証を行う設定で、ID プロバイダーが認証中にエラーを返しました。",
    }),
    #[cfg(feature = "vendor-unofficial")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 598u16,
        name: "UnofficialNetworkReadTimeoutError",
        reason: "Network read timeout error",
        reason_ja: "ネットワーク読み取りタイムアウト",
        text: "598 Network read timeout error",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Unofficial),
        spec: ::core::option::Option::Some("informal proxy convention"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "A proxy tells the client that reading from the server behind it timed out.",
        description_ja: "プロキシが、背後のサーバーからの読み取りがタイムアウトしたことをクライアントに伝えます。",
    }),
    #[cfg(feature = "vendor-unofficial")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 599u16,
        name: "UnofficialNetworkConnectTimeoutError",
        reason: "Network connect timeout error",
        reason_ja: "ネットワーク接続タイムアウト",
        text: "599 Network connect timeout error",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Unofficial),
        spec: ::core::option::Option::Some("informal proxy convention"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "A proxy tells the client that connecting to the server behind it timed out.",
        description_ja: "プロキシが、背後のサーバーへの接続がタイムアウトしたことをクライアントに伝えます。",
    }),
    #[cfg(feature = "vendor-shopify")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 783u16,
        name: "ShopifyUnexpectedToken",
        reason: "Unexpected Token",
        reason_ja: "予期しないトークン",
        text: "783 Unexpected Token",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Shopify),
        spec: ::core::option::Option::Some("Shopify API response status codes"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "The request body is not valid JSON; the parser stopped at a token it did not expect.",
        description_ja: "リクエスト本文が正しい JSON ではなく、想定外のトークンで解析が止まりました。",
    }),
    #[cfg(feature = "vendor-linkedin")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 999u16,
        name: "LinkedInRequestDenied",
        reason: "Request denied",
        reason_ja: "リクエスト拒否",
        text: "999 Request denied",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::LinkedIn),
        spec: ::core::option::Option::Some("LinkedIn anti-scraping responses"),
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::InUse,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "LinkedIn turned the request away, typically an automated client or a page that needs a signed-in session.",
        description_ja: "LinkedIn がリクエストを拒否しました。自動化されたクライアントや、ログインが必要なページで起こります。",
    }),
];
/// Code to value, honouring vendor precedence: every slot holds a value, `Unregistered`
/// where no enabled variant has the code, so a conversion is one load. Codes span
/// 0..=999; the slots go on to 1023 so that an index masked with 1023 needs no bounds check.
static BY_CODE: [StatusCode; 1024] = {
    let mut table = [StatusCode::Unregistered(crate::Unregistered::new(0)); 1024];
    let mut code = 0;
    while code < 1024 {
        table[code] = StatusCode::Unregistered(crate::Unregistered::new(code as u16));
        code += 1;
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table[103usize] = StatusCode::UnofficialCheckpoint;
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table[499usize] = StatusCode::UnofficialForbiddenByAntivirus;
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table[598usize] = StatusCode::UnofficialNetworkReadTimeoutError;
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table[599usize] = StatusCode::UnofficialNetworkConnectTimeoutError;
    }
    #[cfg(feature = "vendor-smoothwall")]
    {
        table[419usize] = StatusCode::SmoothwallImAFox;
    }
    #[cfg(feature = "vendor-linkedin")]
    {
        table[999usize] = StatusCode::LinkedInRequestDenied;
    }
    #[cfg(feature = "vendor-pantheon")]
    {
        table[530usize] = StatusCode::PantheonSiteIsFrozen;
    }
    #[cfg(feature = "vendor-ssl-labs")]
    {
        table[529usize] = StatusCode::SslLabsSiteIsOverloaded;
    }
    #[cfg(feature = "vendor-arcgis")]
    {
        table[498usize] = StatusCode::ArcGisInvalidToken;
    }
    #[cfg(feature = "vendor-arcgis")]
    {
        table[499usize] = StatusCode::ArcGisTokenRequired;
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table[430usize] = StatusCode::ShopifySecurityRejection;
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table[530usize] = StatusCode::ShopifyOriginDnsError;
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table[540usize] = StatusCode::ShopifyTemporarilyDisabled;
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table[783usize] = StatusCode::ShopifyUnexpectedToken;
    }
    #[cfg(feature = "vendor-spring")]
    {
        table[420usize] = StatusCode::SpringMethodFailure;
    }
    #[cfg(feature = "vendor-twitter")]
    {
        table[420usize] = StatusCode::TwitterEnhanceYourCalm;
    }
    #[cfg(feature = "vendor-laravel")]
    {
        table[419usize] = StatusCode::LaravelPageExpired;
    }
    #[cfg(feature = "vendor-cpanel")]
    {
        table[508usize] = StatusCode::CpanelResourceLimitIsReached;
    }
    #[cfg(feature = "vendor-cpanel")]
    {
        table[509usize] = StatusCode::CpanelBandwidthLimitExceeded;
    }
    #[cfg(feature = "vendor-apache")]
    {
        table[218usize] = StatusCode::ApacheThisIsFine;
    }
    #[cfg(feature = "vendor-apache")]
    {
        table[509usize] = StatusCode::ApacheBandwidthLimitExceeded;
    }
    #[cfg(feature = "vendor-exchange")]
    {
        table[451usize] = StatusCode::ExchangeRedirect;
    }
    #[cfg(feature = "vendor-windows")]
    {
        table[450usize] = StatusCode::WindowsBlockedByParentalControls;
    }
    #[cfg(feature = "vendor-iis")]
    {
        table[440usize] = StatusCode::IisLoginTimeout;
    }
    #[cfg(feature = "vendor-iis")]
    {
        table[449usize] = StatusCode::IisRetryWith;
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table[0usize] = StatusCode::AwsElbNoResponseStatus;
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table[460usize] = StatusCode::AwsElbClientClosedConnection;
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table[463usize] = StatusCode::AwsElbTooManyForwardedAddresses;
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table[464usize] = StatusCode::AwsElbIncompatibleProtocolVersions;
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table[561usize] = StatusCode::AwsElbUnauthorized;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[520usize] = StatusCode::CloudflareUnknownError;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[521usize] = StatusCode::CloudflareWebServerIsDown;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[522usize] = StatusCode::CloudflareConnectionTimedOut;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[523usize] = StatusCode::CloudflareOriginIsUnreachable;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[524usize] = StatusCode::CloudflareTimeoutOccurred;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[525usize] = StatusCode::CloudflareSslHandshakeFailed;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[526usize] = StatusCode::CloudflareInvalidSslCertificate;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[527usize] = StatusCode::CloudflareRailgunError;
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table[530usize] = StatusCode::CloudflareOriginUnavailable;
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table[444usize] = StatusCode::NginxNoResponse;
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table[494usize] = StatusCode::NginxRequestHeaderTooLarge;
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table[495usize] = StatusCode::NginxSslCertificateError;
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table[496usize] = StatusCode::NginxSslCertificateRequired;
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table[497usize] = StatusCode::NginxHttpRequestSentToHttpsPort;
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table[499usize] = StatusCode::NginxClientClosedRequest;
    }
    {
        table[100usize] = StatusCode::Continue;
    }
    {
        table[101usize] = StatusCode::SwitchingProtocols;
    }
    {
        table[102usize] = StatusCode::Processing;
    }
    {
        table[103usize] = StatusCode::EarlyHints;
    }
    {
        table[104usize] = StatusCode::UploadResumptionSupported;
    }
    {
        table[200usize] = StatusCode::Ok;
    }
    {
        table[201usize] = StatusCode::Created;
    }
    {
        table[202usize] = StatusCode::Accepted;
    }
    {
        table[203usize] = StatusCode::NonAuthoritativeInformation;
    }
    {
        table[204usize] = StatusCode::NoContent;
    }
    {
        table[205usize] = StatusCode::ResetContent;
    }
    {
        table[206usize] = StatusCode::PartialContent;
    }
    {
        table[207usize] = StatusCode::MultiStatus;
    }
    {
        table[208usize] = StatusCode::AlreadyReported;
    }
    {
        table[226usize] = StatusCode::ImUsed;
    }
    {
        table[300usize] = StatusCode::MultipleChoices;
    }
    {
        table[301usize] = StatusCode::MovedPermanently;
    }
    {
        table[302usize] = StatusCode::Found;
    }
    {
        table[303usize] = StatusCode::SeeOther;
    }
    {
        table[304usize] = StatusCode::NotModified;
    }
    {
        table[305usize] = StatusCode::UseProxy;
    }
    {
        table[306usize] = StatusCode::SwitchProxy;
    }
    {
        table[307usize] = StatusCode::TemporaryRedirect;
    }
    {
        table[308usize] = StatusCode::PermanentRedirect;
    }
    {
        table[400usize] = StatusCode::BadRequest;
    }
    {
        table[401usize] = StatusCode::Unauthorized;
    }
    {
        table[402usize] = StatusCode::PaymentRequired;
    }
    {
        table[403usize] = StatusCode::Forbidden;
    }
    {
        table[404usize] = StatusCode::NotFound;
    }
    {
        table[405usize] = StatusCode::MethodNotAllowed;
    }
    {
        table[406usize] = StatusCode::NotAcceptable;
    }
    {
        table[407usize] = StatusCode::ProxyAuthenticationRequired;
    }
    {
        table[408usize] = StatusCode::RequestTimeout;
    }
    {
        table[409usize] = StatusCode::Conflict;
    }
    {
        table[410usize] = StatusCode::Gone;
    }
    {
        table[411usize] = StatusCode::LengthRequired;
    }
    {
        table[412usize] = StatusCode::PreconditionFailed;
    }
    {
        table[413usize] = StatusCode::ContentTooLarge;
    }
    {
        table[414usize] = StatusCode::UriTooLong;
    }
    {
        table[415usize] = StatusCode::UnsupportedMediaType;
    }
    {
        table[416usize] = StatusCode::RangeNotSatisfiable;
    }
    {
        table[417usize] = StatusCode::ExpectationFailed;
    }
    {
        table[418usize] = StatusCode::ImATeapot;
    }
    {
        table[421usize] = StatusCode::MisdirectedRequest;
    }
    {
        table[422usize] = StatusCode::UnprocessableContent;
    }
    {
        table[423usize] = StatusCode::Locked;
    }
    {
        table[424usize] = StatusCode::FailedDependency;
    }
    {
        table[425usize] = StatusCode::TooEarly;
    }
    {
        table[426usize] = StatusCode::UpgradeRequired;
    }
    {
        table[428usize] = StatusCode::PreconditionRequired;
    }
    {
        table[429usize] = StatusCode::TooManyRequests;
    }
    {
        table[431usize] = StatusCode::RequestHeaderFieldsTooLarge;
    }
    {
        table[451usize] = StatusCode::UnavailableForLegalReasons;
    }
    {
        table[500usize] = StatusCode::InternalServerError;
    }
    {
        table[501usize] = StatusCode::NotImplemented;
    }
    {
        table[502usize] = StatusCode::BadGateway;
    }
    {
        table[503usize] = StatusCode::ServiceUnavailable;
    }
    {
        table[504usize] = StatusCode::GatewayTimeout;
    }
    {
        table[505usize] = StatusCode::HttpVersionNotSupported;
    }
    {
        table[506usize] = StatusCode::VariantAlsoNegotiates;
    }
    {
        table[507usize] = StatusCode::InsufficientStorage;
    }
    {
        table[508usize] = StatusCode::LoopDetected;
    }
    {
        table[510usize] = StatusCode::NotExtended;
    }
    {
        table[511usize] = StatusCode::NetworkAuthenticationRequired;
    }
    table
};
/// Reason phrases, aliases and variant names of the enabled statuses, for parsing.
static PHRASES: crate::phrase_table::PhraseTable<
    StatusCode,
    { crate::phrase_table::slots_for(235usize) },
> = {
    let mut table = crate::phrase_table::PhraseTable::new();
    {
        table.insert("Continue", StatusCode::Continue);
    }
    {
        table.insert("Switching Protocols", StatusCode::SwitchingProtocols);
    }
    {
        table.insert("Processing", StatusCode::Processing);
    }
    {
        table.insert("Early Hints", StatusCode::EarlyHints);
    }
    {
        table
            .insert(
                "Upload Resumption Supported",
                StatusCode::UploadResumptionSupported,
            );
    }
    {
        table.insert("OK", StatusCode::Ok);
    }
    {
        table.insert("Created", StatusCode::Created);
    }
    {
        table.insert("Accepted", StatusCode::Accepted);
    }
    {
        table
            .insert(
                "Non-Authoritative Information",
                StatusCode::NonAuthoritativeInformation,
            );
    }
    {
        table
            .insert(
                "Non Authoritative Information",
                StatusCode::NonAuthoritativeInformation,
            );
    }
    {
        table.insert("No Content", StatusCode::NoContent);
    }
    {
        table.insert("Reset Content", StatusCode::ResetContent);
    }
    {
        table.insert("Partial Content", StatusCode::PartialContent);
    }
    {
        table.insert("Multi-Status", StatusCode::MultiStatus);
    }
    {
        table.insert("Already Reported", StatusCode::AlreadyReported);
    }
    {
        table.insert("IM Used", StatusCode::ImUsed);
    }
    {
        table.insert("Multiple Choices", StatusCode::MultipleChoices);
    }
    {
        table.insert("Moved Permanently", StatusCode::MovedPermanently);
    }
    {
        table.insert("Found", StatusCode::Found);
    }
    {
        table.insert("Moved Temporarily", StatusCode::Found);
    }
    {
        table.insert("See Other", StatusCode::SeeOther);
    }
    {
        table.insert("Not Modified", StatusCode::NotModified);
    }
    {
        table.insert("Use Proxy", StatusCode::UseProxy);
    }
    {
        table.insert("Switch Proxy", StatusCode::SwitchProxy);
    }
    {
        table.insert("Unused", StatusCode::SwitchProxy);
    }
    {
        table.insert("(Unused)", StatusCode::SwitchProxy);
    }
    {
        table.insert("Temporary Redirect", StatusCode::TemporaryRedirect);
    }
    {
        table.insert("Permanent Redirect", StatusCode::PermanentRedirect);
    }
    {
        table.insert("Bad Request", StatusCode::BadRequest);
    }
    {
        table.insert("Unauthorized", StatusCode::Unauthorized);
    }
    {
        table.insert("Payment Required", StatusCode::PaymentRequired);
    }
    {
        table.insert("Forbidden", StatusCode::Forbidden);
    }
    {
        table.insert("Not Found", StatusCode::NotFound);
    }
    {
        table.insert("Method Not Allowed", StatusCode::MethodNotAllowed);
    }
    {
        table.insert("Not Allowed", StatusCode::MethodNotAllowed);
    }
    {
        table.insert("Not Acceptable", StatusCode::NotAcceptable);
    }
    {
        table
            .insert(
                "Proxy Authentication Required",
                StatusCode::ProxyAuthenticationRequired,
            );
    }
    {
        table.insert("Request Timeout", StatusCode::RequestTimeout);
    }
    {
        table.insert("Request Time-out", StatusCode::RequestTimeout);
    }
    {
        table.insert("Conflict", StatusCode::Conflict);
    }
    {
        table.insert("Gone", StatusCode::Gone);
    }
    {
        table.insert("Length Required", StatusCode::LengthRequired);
    }
    {
        table.insert("Precondition Failed", StatusCode::PreconditionFailed);
    }
    {
        table.insert("Content Too Large", StatusCode::ContentTooLarge);
    }
    {
        table.insert("Payload Too Large", StatusCode::ContentTooLarge);
    }
    {
        table.insert("Request Entity Too Large", StatusCode::ContentTooLarge);
    }
    {
        table.insert("URI Too Long", StatusCode::UriTooLong);
    }
    {
        table.insert("Request-URI Too Long", StatusCode::UriTooLong);
    }
    {
        table.insert("Request URI Too Long", StatusCode::UriTooLong);
    }
    {
        table.insert("Request-URI Too Large", StatusCode::UriTooLong);
    }
    {
        table.insert("Unsupported Media Type", StatusCode::UnsupportedMediaType);
    }
    {
        table.insert("Range Not Satisfiable", StatusCode::RangeNotSatisfiable);
    }
    {
        table.insert("Requested Range Not Satisfiable", StatusCode::RangeNotSatisfiable);
    }
    {
        table.insert("Expectation Failed", StatusCode::ExpectationFailed);
    }
    {
        table.insert("I'm a teapot", StatusCode::ImATeapot);
    }
    {
        table.insert("Misdirected Request", StatusCode::MisdirectedRequest);
    }
    {
        table.insert("Unprocessable Content", StatusCode::UnprocessableContent);
    }
    {
        table.insert("Unprocessable Entity", StatusCode::UnprocessableContent);
    }
    {
        table.insert("Locked", StatusCode::Locked);
    }
    {
        table.insert("Failed Dependency", StatusCode::FailedDependency);
    }
    {
        table.insert("Too Early", StatusCode::TooEarly);
    }
    {
        table.insert("Upgrade Required", StatusCode::UpgradeRequired);
    }
    {
        table.insert("Precondition Required", StatusCode::PreconditionRequired);
    }
    {
        table.insert("Too Many Requests", StatusCode::TooManyRequests);
    }
    {
        table
            .insert(
                "Request Header Fields Too Large",
                StatusCode::RequestHeaderFieldsTooLarge,
            );
    }
    {
        table
            .insert(
                "Unavailable For Legal Reasons",
                StatusCode::UnavailableForLegalReasons,
            );
    }
    {
        table.insert("Internal Server Error", StatusCode::InternalServerError);
    }
    {
        table.insert("Not Implemented", StatusCode::NotImplemented);
    }
    {
        table.insert("Bad Gateway", StatusCode::BadGateway);
    }
    {
        table.insert("Service Unavailable", StatusCode::ServiceUnavailable);
    }
    {
        table.insert("Service Temporarily Unavailable", StatusCode::ServiceUnavailable);
    }
    {
        table.insert("Gateway Timeout", StatusCode::GatewayTimeout);
    }
    {
        table.insert("Gateway Time-out", StatusCode::GatewayTimeout);
    }
    {
        table.insert("HTTP Version Not Supported", StatusCode::HttpVersionNotSupported);
    }
    {
        table.insert("Variant Also Negotiates", StatusCode::VariantAlsoNegotiates);
    }
    {
        table.insert("Insufficient Storage", StatusCode::InsufficientStorage);
    }
    {
        table.insert("Loop Detected", StatusCode::LoopDetected);
    }
    {
        table.insert("Not Extended", StatusCode::NotExtended);
    }
    {
        table
            .insert(
                "Network Authentication Required",
                StatusCode::NetworkAuthenticationRequired,
            );
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table.insert("No Response", StatusCode::NginxNoResponse);
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table.insert("Request Header Too Large", StatusCode::NginxRequestHeaderTooLarge);
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table.insert("SSL Certificate Error", StatusCode::NginxSslCertificateError);
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table
            .insert("SSL Certificate Required", StatusCode::NginxSslCertificateRequired);
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table
            .insert(
                "HTTP Request Sent to HTTPS Port",
                StatusCode::NginxHttpRequestSentToHttpsPort,
            );
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table.insert("Client Closed Request", StatusCode::NginxClientClosedRequest);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table
            .insert(
                "Web Server Returned an Unknown Error",
                StatusCode::CloudflareUnknownError,
            );
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("Unknown Error", StatusCode::CloudflareUnknownError);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("Web Server Is Down", StatusCode::CloudflareWebServerIsDown);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("Connection Timed Out", StatusCode::CloudflareConnectionTimedOut);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("Origin Is Unreachable", StatusCode::CloudflareOriginIsUnreachable);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("A Timeout Occurred", StatusCode::CloudflareTimeoutOccurred);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("SSL Handshake Failed", StatusCode::CloudflareSslHandshakeFailed);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table
            .insert(
                "Invalid SSL Certificate",
                StatusCode::CloudflareInvalidSslCertificate,
            );
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("Railgun Error", StatusCode::CloudflareRailgunError);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("Origin Unavailable", StatusCode::CloudflareOriginUnavailable);
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table.insert("No Response Status", StatusCode::AwsElbNoResponseStatus);
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table
            .insert(
                "Client Closed Connection",
                StatusCode::AwsElbClientClosedConnection,
            );
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table
            .insert(
                "Too Many Forwarded Addresses",
                StatusCode::AwsElbTooManyForwardedAddresses,
            );
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table
            .insert(
                "Incompatible Protocol Versions",
                StatusCode::AwsElbIncompatibleProtocolVersions,
            );
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table.insert("Unauthorized", StatusCode::AwsElbUnauthorized);
    }
    #[cfg(feature = "vendor-iis")]
    {
        table.insert("Login Time-out", StatusCode::IisLoginTimeout);
    }
    #[cfg(feature = "vendor-iis")]
    {
        table.insert("Login Timeout", StatusCode::IisLoginTimeout);
    }
    #[cfg(feature = "vendor-iis")]
    {
        table.insert("Retry With", StatusCode::IisRetryWith);
    }
    #[cfg(feature = "vendor-windows")]
    {
        table
            .insert(
                "Blocked by Windows Parental Controls",
                StatusCode::WindowsBlockedByParentalControls,
            );
    }
    #[cfg(feature = "vendor-exchange")]
    {
        table.insert("Redirect", StatusCode::ExchangeRedirect);
    }
    #[cfg(feature = "vendor-apache")]
    {
        table.insert("This is fine", StatusCode::ApacheThisIsFine);
    }
    #[cfg(feature = "vendor-apache")]
    {
        table
            .insert(
                "Bandwidth Limit Exceeded",
                StatusCode::ApacheBandwidthLimitExceeded,
            );
    }
    #[cfg(feature = "vendor-cpanel")]
    {
        table
            .insert(
                "Resource Limit Is Reached",
                StatusCode::CpanelResourceLimitIsReached,
            );
    }
    #[cfg(feature = "vendor-cpanel")]
    {
        table
            .insert(
                "Bandwidth Limit Exceeded",
                StatusCode::CpanelBandwidthLimitExceeded,
            );
    }
    #[cfg(feature = "vendor-laravel")]
    {
        table.insert("Page Expired", StatusCode::LaravelPageExpired);
    }
    #[cfg(feature = "vendor-twitter")]
    {
        table.insert("Enhance Your Calm", StatusCode::TwitterEnhanceYourCalm);
    }
    #[cfg(feature = "vendor-spring")]
    {
        table.insert("Method Failure", StatusCode::SpringMethodFailure);
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table.insert("Shopify Security Rejection", StatusCode::ShopifySecurityRejection);
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table.insert("Origin DNS Error", StatusCode::ShopifyOriginDnsError);
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table.insert("Temporarily Disabled", StatusCode::ShopifyTemporarilyDisabled);
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table.insert("Unexpected Token", StatusCode::ShopifyUnexpectedToken);
    }
    #[cfg(feature = "vendor-arcgis")]
    {
        table.insert("Invalid Token", StatusCode::ArcGisInvalidToken);
    }
    #[cfg(feature = "vendor-arcgis")]
    {
        table.insert("Token Required", StatusCode::ArcGisTokenRequired);
    }
    #[cfg(feature = "vendor-ssl-labs")]
    {
        table.insert("Site is overloaded", StatusCode::SslLabsSiteIsOverloaded);
    }
    #[cfg(feature = "vendor-pantheon")]
    {
        table.insert("Site is frozen", StatusCode::PantheonSiteIsFrozen);
    }
    #[cfg(feature = "vendor-linkedin")]
    {
        table.insert("Request denied", StatusCode::LinkedInRequestDenied);
    }
    #[cfg(feature = "vendor-smoothwall")]
    {
        table.insert("I'm a fox", StatusCode::SmoothwallImAFox);
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table.insert("Checkpoint", StatusCode::UnofficialCheckpoint);
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table
            .insert(
                "Request has been forbidden by antivirus",
                StatusCode::UnofficialForbiddenByAntivirus,
            );
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table
            .insert(
                "Network read timeout error",
                StatusCode::UnofficialNetworkReadTimeoutError,
            );
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table
            .insert(
                "Network connect timeout error",
                StatusCode::UnofficialNetworkConnectTimeoutError,
            );
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table.insert("AwsElbNoResponseStatus", StatusCode::AwsElbNoResponseStatus);
    }
    {
        table.insert("Continue", StatusCode::Continue);
    }
    {
        table.insert("SwitchingProtocols", StatusCode::SwitchingProtocols);
    }
    {
        table.insert("Processing", StatusCode::Processing);
    }
    {
        table.insert("EarlyHints", StatusCode::EarlyHints);
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table.insert("UnofficialCheckpoint", StatusCode::UnofficialCheckpoint);
    }
    {
        table.insert("UploadResumptionSupported", StatusCode::UploadResumptionSupported);
    }
    {
        table.insert("Ok", StatusCode::Ok);
    }
    {
        table.insert("Created", StatusCode::Created);
    }
    {
        table.insert("Accepted", StatusCode::Accepted);
    }
    {
        table
            .insert(
                "NonAuthoritativeInformation",
                StatusCode::NonAuthoritativeInformation,
            );
    }
    {
        table.insert("NoContent", StatusCode::NoContent);
    }
    {
        table.insert("ResetContent", StatusCode::ResetContent);
    }
    {
        table.insert("PartialContent", StatusCode::PartialContent);
    }
    {
        table.insert("MultiStatus", StatusCode::MultiStatus);
    }
    {
        table.insert("AlreadyReported", StatusCode::AlreadyReported);
    }
    #[cfg(feature = "vendor-apache")]
    {
        table.insert("ApacheThisIsFine", StatusCode::ApacheThisIsFine);
    }
    {
        table.insert("ImUsed", StatusCode::ImUsed);
    }
    {
        table.insert("MultipleChoices", StatusCode::MultipleChoices);
    }
    {
        table.insert("MovedPermanently", StatusCode::MovedPermanently);
    }
    {
        table.insert("Found", StatusCode::Found);
    }
    {
        table.insert("SeeOther", StatusCode::SeeOther);
    }
    {
        table.insert("NotModified", StatusCode::NotModified);
    }
    {
        table.insert("UseProxy", StatusCode::UseProxy);
    }
    {
        table.insert("SwitchProxy", StatusCode::SwitchProxy);
    }
    {
        table.insert("TemporaryRedirect", StatusCode::TemporaryRedirect);
    }
    {
        table.insert("PermanentRedirect", StatusCode::PermanentRedirect);
    }
    {
        table.insert("BadRequest", StatusCode::BadRequest);
    }
    {
        table.insert("Unauthorized", StatusCode::Unauthorized);
    }
    {
        table.insert("PaymentRequired", StatusCode::PaymentRequired);
    }
    {
        table.insert("Forbidden", StatusCode::Forbidden);
    }
    {
        table.insert("NotFound", StatusCode::NotFound);
    }
    {
        table.insert("MethodNotAllowed", StatusCode::MethodNotAllowed);
    }
    {
        table.insert("NotAcceptable", StatusCode::NotAcceptable);
    }
    {
        table
            .insert(
                "ProxyAuthenticationRequired",
                StatusCode::ProxyAuthenticationRequired,
            );
    }
    {
        table.insert("RequestTimeout", StatusCode::RequestTimeout);
    }
    {
        table.insert("Conflict", StatusCode::Conflict);
    }
    {
        table.insert("Gone", StatusCode::Gone);
    }
    {
        table.insert("LengthRequired", StatusCode::LengthRequired);
    }
    {
        table.insert("PreconditionFailed", StatusCode::PreconditionFailed);
    }
    {
        table.insert("ContentTooLarge", StatusCode::ContentTooLarge);
    }
    {
        table.insert("UriTooLong", StatusCode::UriTooLong);
    }
    {
        table.insert("UnsupportedMediaType", StatusCode::UnsupportedMediaType);
    }
    {
        table.insert("RangeNotSatisfiable", StatusCode::RangeNotSatisfiable);
    }
    {
        table.insert("ExpectationFailed", StatusCode::ExpectationFailed);
    }
    {
        table.insert("ImATeapot", StatusCode::ImATeapot);
    }
    #[cfg(feature = "vendor-laravel")]
    {
        table.insert("LaravelPageExpired", StatusCode::LaravelPageExpired);
    }
    #[cfg(feature = "vendor-smoothwall")]
    {
        table.insert("SmoothwallImAFox", StatusCode::SmoothwallImAFox);
    }
    #[cfg(feature = "vendor-twitter")]
    {
        table.insert("TwitterEnhanceYourCalm", StatusCode::TwitterEnhanceYourCalm);
    }
    #[cfg(feature = "vendor-spring")]
    {
        table.insert("SpringMethodFailure", StatusCode::SpringMethodFailure);
    }
    {
        table.insert("MisdirectedRequest", StatusCode::MisdirectedRequest);
    }
    {
        table.insert("UnprocessableContent", StatusCode::UnprocessableContent);
    }
    {
        table.insert("Locked", StatusCode::Locked);
    }
    {
        table.insert("FailedDependency", StatusCode::FailedDependency);
    }
    {
        table.insert("TooEarly", StatusCode::TooEarly);
    }
    {
        table.insert("UpgradeRequired", StatusCode::UpgradeRequired);
    }
    {
        table.insert("PreconditionRequired", StatusCode::PreconditionRequired);
    }
    {
        table.insert("TooManyRequests", StatusCode::TooManyRequests);
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table.insert("ShopifySecurityRejection", StatusCode::ShopifySecurityRejection);
    }
    {
        table
            .insert(
                "RequestHeaderFieldsTooLarge",
                StatusCode::RequestHeaderFieldsTooLarge,
            );
    }
    #[cfg(feature = "vendor-iis")]
    {
        table.insert("IisLoginTimeout", StatusCode::IisLoginTimeout);
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table.insert("NginxNoResponse", StatusCode::NginxNoResponse);
    }
    #[cfg(feature = "vendor-iis")]
    {
        table.insert("IisRetryWith", StatusCode::IisRetryWith);
    }
    #[cfg(feature = "vendor-windows")]
    {
        table
            .insert(
                "WindowsBlockedByParentalControls",
                StatusCode::WindowsBlockedByParentalControls,
            );
    }
    {
        table
            .insert(
                "UnavailableForLegalReasons",
                StatusCode::UnavailableForLegalReasons,
            );
    }
    #[cfg(feature = "vendor-exchange")]
    {
        table.insert("ExchangeRedirect", StatusCode::ExchangeRedirect);
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table
            .insert(
                "AwsElbClientClosedConnection",
                StatusCode::AwsElbClientClosedConnection,
            );
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table
            .insert(
                "AwsElbTooManyForwardedAddresses",
                StatusCode::AwsElbTooManyForwardedAddresses,
            );
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table
            .insert(
                "AwsElbIncompatibleProtocolVersions",
                StatusCode::AwsElbIncompatibleProtocolVersions,
            );
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table
            .insert(
                "NginxRequestHeaderTooLarge",
                StatusCode::NginxRequestHeaderTooLarge,
            );
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table.insert("NginxSslCertificateError", StatusCode::NginxSslCertificateError);
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table
            .insert(
                "NginxSslCertificateRequired",
                StatusCode::NginxSslCertificateRequired,
            );
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table
            .insert(
                "NginxHttpRequestSentToHttpsPort",
                StatusCode::NginxHttpRequestSentToHttpsPort,
            );
    }
    #[cfg(feature = "vendor-arcgis")]
    {
        table.insert("ArcGisInvalidToken", StatusCode::ArcGisInvalidToken);
    }
    #[cfg(feature = "vendor-nginx")]
    {
        table.insert("NginxClientClosedRequest", StatusCode::NginxClientClosedRequest);
    }
    #[cfg(feature = "vendor-arcgis")]
    {
        table.insert("ArcGisTokenRequired", StatusCode::ArcGisTokenRequired);
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table
            .insert(
                "UnofficialForbiddenByAntivirus",
                StatusCode::UnofficialForbiddenByAntivirus,
            );
    }
    {
        table.insert("InternalServerError", StatusCode::InternalServerError);
    }
    {
        table.insert("NotImplemented", StatusCode::NotImplemented);
    }
    {
        table.insert("BadGateway", StatusCode::BadGateway);
    }
    {
        table.insert("ServiceUnavailable", StatusCode::ServiceUnavailable);
    }
    {
        table.insert("GatewayTimeout", StatusCode::GatewayTimeout);
    }
    {
        table.insert("HttpVersionNotSupported", StatusCode::HttpVersionNotSupported);
    }
    {
        table.insert("VariantAlsoNegotiates", StatusCode::VariantAlsoNegotiates);
    }
    {
        table.insert("InsufficientStorage", StatusCode::InsufficientStorage);
    }
    {
        table.insert("LoopDetected", StatusCode::LoopDetected);
    }
    #[cfg(feature = "vendor-cpanel")]
    {
        table
            .insert(
                "CpanelResourceLimitIsReached",
                StatusCode::CpanelResourceLimitIsReached,
            );
    }
    #[cfg(feature = "vendor-apache")]
    {
        table
            .insert(
                "ApacheBandwidthLimitExceeded",
                StatusCode::ApacheBandwidthLimitExceeded,
            );
    }
    #[cfg(feature = "vendor-cpanel")]
    {
        table
            .insert(
                "CpanelBandwidthLimitExceeded",
                StatusCode::CpanelBandwidthLimitExceeded,
            );
    }
    {
        table.insert("NotExtended", StatusCode::NotExtended);
    }
    {
        table
            .insert(
                "NetworkAuthenticationRequired",
                StatusCode::NetworkAuthenticationRequired,
            );
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("CloudflareUnknownError", StatusCode::CloudflareUnknownError);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("CloudflareWebServerIsDown", StatusCode::CloudflareWebServerIsDown);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table
            .insert(
                "CloudflareConnectionTimedOut",
                StatusCode::CloudflareConnectionTimedOut,
            );
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table
            .insert(
                "CloudflareOriginIsUnreachable",
                StatusCode::CloudflareOriginIsUnreachable,
            );
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("CloudflareTimeoutOccurred", StatusCode::CloudflareTimeoutOccurred);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table
            .insert(
                "CloudflareSslHandshakeFailed",
                StatusCode::CloudflareSslHandshakeFailed,
            );
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table
            .insert(
                "CloudflareInvalidSslCertificate",
                StatusCode::CloudflareInvalidSslCertificate,
            );
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table.insert("CloudflareRailgunError", StatusCode::CloudflareRailgunError);
    }
    #[cfg(feature = "vendor-ssl-labs")]
    {
        table.insert("SslLabsSiteIsOverloaded", StatusCode::SslLabsSiteIsOverloaded);
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        table
            .insert(
                "CloudflareOriginUnavailable",
                StatusCode::CloudflareOriginUnavailable,
            );
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table.insert("ShopifyOriginDnsError", StatusCode::ShopifyOriginDnsError);
    }
    #[cfg(feature = "vendor-pantheon")]
    {
        table.insert("PantheonSiteIsFrozen", StatusCode::PantheonSiteIsFrozen);
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table
            .insert(
                "ShopifyTemporarilyDisabled",
                StatusCode::ShopifyTemporarilyDisabled,
            );
    }
    #[cfg(feature = "vendor-aws-elb")]
    {
        table.insert("AwsElbUnauthorized", StatusCode::AwsElbUnauthorized);
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table
            .insert(
                "UnofficialNetworkReadTimeoutError",
                StatusCode::UnofficialNetworkReadTimeoutError,
            );
    }
    #[cfg(feature = "vendor-unofficial")]
    {
        table
            .insert(
                "UnofficialNetworkConnectTimeoutError",
                StatusCode::UnofficialNetworkConnectTimeoutError,
            );
    }
    #[cfg(feature = "vendor-shopify")]
    {
        table.insert("ShopifyUnexpectedToken", StatusCode::ShopifyUnexpectedToken);
    }
    #[cfg(feature = "vendor-linkedin")]
    {
        table.insert("LinkedInRequestDenied", StatusCode::LinkedInRequestDenied);
    }
    table
};
/// Every enabled registered status, ascending by code; at one code, IANA first and then
/// vendors in precedence order.
const STATUSES: &[StatusCode] = &[
    #[cfg(feature = "vendor-aws-elb")]
    StatusCode::AwsElbNoResponseStatus,
    StatusCode::Continue,
    StatusCode::SwitchingProtocols,
    StatusCode::Processing,
    StatusCode::EarlyHints,
    #[cfg(feature = "vendor-unofficial")]
    StatusCode::UnofficialCheckpoint,
    StatusCode::UploadResumptionSupported,
    StatusCode::Ok,
    StatusCode::Created,
    StatusCode::Accepted,
    StatusCode::NonAuthoritativeInformation,
    StatusCode::NoContent,
    StatusCode::ResetContent,
    StatusCode::PartialContent,
    StatusCode::MultiStatus,
    StatusCode::AlreadyReported,
    #[cfg(feature = "vendor-apache")]
    StatusCode::ApacheThisIsFine,
    StatusCode::ImUsed,
    StatusCode::MultipleChoices,
    StatusCode::MovedPermanently,
    StatusCode::Found,
    StatusCode::SeeOther,
    StatusCode::NotModified,
    StatusCode::UseProxy,
    StatusCode::SwitchProxy,
    StatusCode::TemporaryRedirect,
    StatusCode::PermanentRedirect,
    StatusCode::BadRequest,
    StatusCode::Unauthorized,
    StatusCode::PaymentRequired,
    StatusCode::Forbidden,
    StatusCode::NotFound,
    StatusCode::MethodNotAllowed,
    StatusCode::NotAcceptable,
    StatusCode::ProxyAuthenticationRequired,
    StatusCode::RequestTimeout,
    StatusCode::Conflict,
    StatusCode::Gone,
    StatusCode::LengthRequired,
    StatusCode::PreconditionFailed,
    StatusCode::ContentTooLarge,
    StatusCode::UriTooLong,
    StatusCode::UnsupportedMediaType,
    StatusCode::RangeNotSatisfiable,
    StatusCode::ExpectationFailed,
    StatusCode::ImATeapot,
    #[cfg(feature = "vendor-laravel")]
    StatusCode::LaravelPageExpired,
    #[cfg(feature = "vendor-smoothwall")]
    StatusCode::SmoothwallImAFox,
    #[cfg(feature = "vendor-twitter")]
    StatusCode::TwitterEnhanceYourCalm,
    #[cfg(feature = "vendor-spring")]
    StatusCode::SpringMethodFailure,
    StatusCode::MisdirectedRequest,
    StatusCode::UnprocessableContent,
    StatusCode::Locked,
    StatusCode::FailedDependency,
    StatusCode::TooEarly,
    StatusCode::UpgradeRequired,
    StatusCode::PreconditionRequired,
    StatusCode::TooManyRequests,
    #[cfg(feature = "vendor-shopify")]
    StatusCode::ShopifySecurityRejection,
    StatusCode::RequestHeaderFieldsTooLarge,
    #[cfg(feature = "vendor-iis")]
    StatusCode::IisLoginTimeout,
    #[cfg(feature = "vendor-nginx")]
    StatusCode::NginxNoResponse,
    #[cfg(feature = "vendor-iis")]
    StatusCode::IisRetryWith,
    #[cfg(feature = "vendor-windows")]
    StatusCode::WindowsBlockedByParentalControls,
    StatusCode::UnavailableForLegalReasons,
    #[cfg(feature = "vendor-exchange")]
    StatusCode::ExchangeRedirect,
    #[cfg(feature = "vendor-aws-elb")]
    StatusCode::AwsElbClientClosedConnection,
    #[cfg(feature = "vendor-aws-elb")]
    StatusCode::AwsElbTooManyForwardedAddresses,
    #[cfg(feature = "vendor-aws-elb")]
    StatusCode::AwsElbIncompatibleProtocolVersions,
    #[cfg(feature = "vendor-nginx")]
    StatusCode::NginxRequestHeaderTooLarge,
    #[cfg(feature = "vendor-nginx")]
    StatusCode::NginxSslCertificateError,
    #[cfg(feature = "vendor-nginx")]
    StatusCode::NginxSslCertificateRequired,
    #[cfg(feature = "vendor-nginx")]
    StatusCode::NginxHttpRequestSentToHttpsPort,
    #[cfg(feature = "vendor-arcgis")]
    StatusCode::ArcGisInvalidToken,
    #[cfg(feature = "vendor-nginx")]
    StatusCode::NginxClientClosedRequest,
    #[cfg(feature = "vendor-arcgis")]
    StatusCode::ArcGisTokenRequired,
    #[cfg(feature = "vendor-unofficial")]
    StatusCode::UnofficialForbiddenByAntivirus,
    StatusCode::InternalServerError,
    StatusCode::NotImplemented,
    StatusCode::BadGateway,
    StatusCode::ServiceUnavailable,
    StatusCode::GatewayTimeout,
    StatusCode::HttpVersionNotSupported,
    StatusCode::VariantAlsoNegotiates,
    StatusCode::InsufficientStorage,
    StatusCode::LoopDetected,
    #[cfg(feature = "vendor-cpanel")]
    StatusCode::CpanelResourceLimitIsReached,
    #[cfg(feature = "vendor-apache")]
    StatusCode::ApacheBandwidthLimitExceeded,
    #[cfg(feature = "vendor-cpanel")]
    StatusCode::CpanelBandwidthLimitExceeded,
    StatusCode::NotExtended,
    StatusCode::NetworkAuthenticationRequired,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareUnknownError,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareWebServerIsDown,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareConnectionTimedOut,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareOriginIsUnreachable,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareTimeoutOccurred,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareSslHandshakeFailed,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareInvalidSslCertificate,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareRailgunError,
    #[cfg(feature = "vendor-ssl-labs")]
    StatusCode::SslLabsSiteIsOverloaded,
    #[cfg(feature = "vendor-cloudflare")]
    StatusCode::CloudflareOriginUnavailable,
    #[cfg(feature = "vendor-shopify")]
    StatusCode::ShopifyOriginDnsError,
    #[cfg(feature = "vendor-pantheon")]
    StatusCode::PantheonSiteIsFrozen,
    #[cfg(feature = "vendor-shopify")]
    StatusCode::ShopifyTemporarilyDisabled,
    #[cfg(feature = "vendor-aws-elb")]
    StatusCode::AwsElbUnauthorized,
    #[cfg(feature = "vendor-unofficial")]
    StatusCode::UnofficialNetworkReadTimeoutError,
    #[cfg(feature = "vendor-unofficial")]
    StatusCode::UnofficialNetworkConnectTimeoutError,
    #[cfg(feature = "vendor-shopify")]
    StatusCode::ShopifyUnexpectedToken,
    #[cfg(feature = "vendor-linkedin")]
    StatusCode::LinkedInRequestDenied,
];
impl StatusCode {
    /// The code of a registered variant; `Unregistered` reads its payload.
    #[inline]
    const fn variant_code(self) -> u16 {
        match self {
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbNoResponseStatus => 0u16,
            StatusCode::Continue => 100u16,
            StatusCode::SwitchingProtocols => 101u16,
            StatusCode::Processing => 102u16,
            StatusCode::EarlyHints => 103u16,
            #[cfg(feature = "vendor-unofficial")]
            StatusCode::UnofficialCheckpoint => 103u16,
            StatusCode::UploadResumptionSupported => 104u16,
            StatusCode::Ok => 200u16,
            StatusCode::Created => 201u16,
            StatusCode::Accepted => 202u16,
            StatusCode::NonAuthoritativeInformation => 203u16,
            StatusCode::NoContent => 204u16,
            StatusCode::ResetContent => 205u16,
            StatusCode::PartialContent => 206u16,
            StatusCode::MultiStatus => 207u16,
            StatusCode::AlreadyReported => 208u16,
            #[cfg(feature = "vendor-apache")]
            StatusCode::ApacheThisIsFine => 218u16,
            StatusCode::ImUsed => 226u16,
            StatusCode::MultipleChoices => 300u16,
            StatusCode::MovedPermanently => 301u16,
            StatusCode::Found => 302u16,
            StatusCode::SeeOther => 303u16,
            StatusCode::NotModified => 304u16,
            StatusCode::UseProxy => 305u16,
            StatusCode::SwitchProxy => 306u16,
            StatusCode::TemporaryRedirect => 307u16,
            StatusCode::PermanentRedirect => 308u16,
            StatusCode::BadRequest => 400u16,
            StatusCode::Unauthorized => 401u16,
            StatusCode::PaymentRequired => 402u16,
            StatusCode::Forbidden => 403u16,
            StatusCode::NotFound => 404u16,
            StatusCode::MethodNotAllowed => 405u16,
            StatusCode::NotAcceptable => 406u16,
            StatusCode::ProxyAuthenticationRequired => 407u16,
            StatusCode::RequestTimeout => 408u16,
            StatusCode::Conflict => 409u16,
            StatusCode::Gone => 410u16,
            StatusCode::LengthRequired => 411u16,
            StatusCode::PreconditionFailed => 412u16,
            StatusCode::ContentTooLarge => 413u16,
            StatusCode::UriTooLong => 414u16,
            StatusCode::UnsupportedMediaType => 415u16,
            StatusCode::RangeNotSatisfiable => 416u16,
            StatusCode::ExpectationFailed => 417u16,
            StatusCode::ImATeapot => 418u16,
            #[cfg(feature = "vendor-laravel")]
            StatusCode::LaravelPageExpired => 419u16,
            #[cfg(feature = "vendor-smoothwall")]
            StatusCode::SmoothwallImAFox => 419u16,
            #[cfg(feature = "vendor-twitter")]
            StatusCode::TwitterEnhanceYourCalm => 420u16,
            #[cfg(feature = "vendor-spring")]
            StatusCode::SpringMethodFailure => 420u16,
            StatusCode::MisdirectedRequest => 421u16,
            StatusCode::UnprocessableContent => 422u16,
            StatusCode::Locked => 423u16,
            StatusCode::FailedDependency => 424u16,
            StatusCode::TooEarly => 425u16,
            StatusCode::UpgradeRequired => 426u16,
            StatusCode::PreconditionRequired => 428u16,
            StatusCode::TooManyRequests => 429u16,
            #[cfg(feature = "vendor-shopify")]
            StatusCode::ShopifySecurityRejection => 430u16,
            StatusCode::RequestHeaderFieldsTooLarge => 431u16,
            #[cfg(feature = "vendor-iis")]
            StatusCode::IisLoginTimeout => 440u16,
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxNoResponse => 444u16,
            #[cfg(feature = "vendor-iis")]
            StatusCode::IisRetryWith => 449u16,
            #[cfg(feature = "vendor-windows")]
            StatusCode::WindowsBlockedByParentalControls => 450u16,
            StatusCode::UnavailableForLegalReasons => 451u16,
            #[cfg(feature = "vendor-exchange")]
            StatusCode::ExchangeRedirect => 451u16,
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbClientClosedConnection => 460u16,
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbTooManyForwardedAddresses => 463u16,
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbIncompatibleProtocolVersions => 464u16,
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxRequestHeaderTooLarge => 494u16,
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxSslCertificateError => 495u16,
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxSslCertificateRequired => 496u16,
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxHttpRequestSentToHttpsPort => 497u16,
            #[cfg(feature = "vendor-arcgis")]
            StatusCode::ArcGisInvalidToken => 498u16,
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxClientClosedRequest => 499u16,
            #[cfg(feature = "vendor-arcgis")]
            StatusCode::ArcGisTokenRequired => 499u16,
            #[cfg(feature = "vendor-unofficial")]
            StatusCode::UnofficialForbiddenByAntivirus => 499u16,
            StatusCode::InternalServerError => 500u16,
            StatusCode::NotImplemented => 501u16,
            StatusCode::BadGateway => 502u16,
            StatusCode::ServiceUnavailable => 503u16,
            StatusCode::GatewayTimeout => 504u16,
            StatusCode::HttpVersionNotSupported => 505u16,
            StatusCode::VariantAlsoNegotiates => 506u16,
            StatusCode::InsufficientStorage => 507u16,
            StatusCode::LoopDetected => 508u16,
            #[cfg(feature = "vendor-cpanel")]
            StatusCode::CpanelResourceLimitIsReached => 508u16,
            #[cfg(feature = "vendor-apache")]
            StatusCode::ApacheBandwidthLimitExceeded => 509u16,
            #[cfg(feature = "vendor-cpanel")]
            StatusCode::CpanelBandwidthLimitExceeded => 509u16,
            StatusCode::NotExtended => 510u16,
            StatusCode::NetworkAuthenticationRequired => 511u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareUnknownError => 520u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareWebServerIsDown => 521u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareConnectionTimedOut => 522u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareOriginIsUnreachable => 523u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareTimeoutOccurred => 524u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareSslHandshakeFailed => 525u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareInvalidSslCertificate => 526u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareRailgunError => 527u16,
            #[cfg(feature = "vendor-ssl-labs")]
            StatusCode::SslLabsSiteIsOverloaded => 529u16,
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareOriginUnavailable => 530u16,
            #[cfg(feature = "vendor-shopify")]
            StatusCode::ShopifyOriginDnsError => 530u16,
            #[cfg(feature = "vendor-pantheon")]
            StatusCode::PantheonSiteIsFrozen => 530u16,
            #[cfg(feature = "vendor-shopify")]
            StatusCode::ShopifyTemporarilyDisabled => 540u16,
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbUnauthorized => 561u16,
            #[cfg(feature = "vendor-unofficial")]
            StatusCode::UnofficialNetworkReadTimeoutError => 598u16,
            #[cfg(feature = "vendor-unofficial")]
            StatusCode::UnofficialNetworkConnectTimeoutError => 599u16,
            #[cfg(feature = "vendor-shopify")]
            StatusCode::ShopifyUnexpectedToken => 783u16,
            #[cfg(feature = "vendor-linkedin")]
            StatusCode::LinkedInRequestDenied => 999u16,
            StatusCode::Unregistered(u) => u.get(),
        }
    }
    /// The variant's position among the enabled variants; `ENABLED` for `Unregistered`.
    /// Only integers come out of this match, so the optimizer turns it into a table (or the
    /// identity on the discriminant) instead of a jump per variant.
    #[inline]
    const fn position(self) -> usize {
        match self {
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbNoResponseStatus => POSITIONS[0usize],
            StatusCode::Continue => POSITIONS[1usize],
            StatusCode::SwitchingProtocols => POSITIONS[2usize],
            StatusCode::Processing => POSITIONS[3usize],
            StatusCode::EarlyHints => POSITIONS[4usize],
            #[cfg(feature = "vendor-unofficial")]
            StatusCode::UnofficialCheckpoint => POSITIONS[5usize],
            StatusCode::UploadResumptionSupported => POSITIONS[6usize],
            StatusCode::Ok => POSITIONS[7usize],
            StatusCode::Created => POSITIONS[8usize],
            StatusCode::Accepted => POSITIONS[9usize],
            StatusCode::NonAuthoritativeInformation => POSITIONS[10usize],
            StatusCode::NoContent => POSITIONS[11usize],
            StatusCode::ResetContent => POSITIONS[12usize],
            StatusCode::PartialContent => POSITIONS[13usize],
            StatusCode::MultiStatus => POSITIONS[14usize],
            StatusCode::AlreadyReported => POSITIONS[15usize],
            #[cfg(feature = "vendor-apache")]
            StatusCode::ApacheThisIsFine => POSITIONS[16usize],
            StatusCode::ImUsed => POSITIONS[17usize],
            StatusCode::MultipleChoices => POSITIONS[18usize],
            StatusCode::MovedPermanently => POSITIONS[19usize],
            StatusCode::Found => POSITIONS[20usize],
            StatusCode::SeeOther => POSITIONS[21usize],
            StatusCode::NotModified => POSITIONS[22usize],
            StatusCode::UseProxy => POSITIONS[23usize],
            StatusCode::SwitchProxy => POSITIONS[24usize],
            StatusCode::TemporaryRedirect => POSITIONS[25usize],
            StatusCode::PermanentRedirect => POSITIONS[26usize],
            StatusCode::BadRequest => POSITIONS[27usize],
            StatusCode::Unauthorized => POSITIONS[28usize],
            StatusCode::PaymentRequired => POSITIONS[29usize],
            StatusCode::Forbidden => POSITIONS[30usize],
            StatusCode::NotFound => POSITIONS[31usize],
            StatusCode::MethodNotAllowed => POSITIONS[32usize],
            StatusCode::NotAcceptable => POSITIONS[33usize],
            StatusCode::ProxyAuthenticationRequired => POSITIONS[34usize],
            StatusCode::RequestTimeout => POSITIONS[35usize],
            StatusCode::Conflict => POSITIONS[36usize],
            StatusCode::Gone => POSITIONS[37usize],
            StatusCode::LengthRequired => POSITIONS[38usize],
            StatusCode::PreconditionFailed => POSITIONS[39usize],
            StatusCode::ContentTooLarge => POSITIONS[40usize],
            StatusCode::UriTooLong => POSITIONS[41usize],
            StatusCode::UnsupportedMediaType => POSITIONS[42usize],
            StatusCode::RangeNotSatisfiable => POSITIONS[43usize],
            StatusCode::ExpectationFailed => POSITIONS[44usize],
            StatusCode::ImATeapot => POSITIONS[45usize],
            #[cfg(feature = "vendor-laravel")]
            StatusCode::LaravelPageExpired => POSITIONS[46usize],
            #[cfg(feature = "vendor-smoothwall")]
            StatusCode::SmoothwallImAFox => POSITIONS[47usize],
            #[cfg(feature = "vendor-twitter")]
            StatusCode::TwitterEnhanceYourCalm => POSITIONS[48usize],
            #[cfg(feature = "vendor-spring")]
            StatusCode::SpringMethodFailure => POSITIONS[49usize],
            StatusCode::MisdirectedRequest => POSITIONS[50usize],
            StatusCode::UnprocessableContent => POSITIONS[51usize],
            StatusCode::Locked => POSITIONS[52usize],
            StatusCode::FailedDependency => POSITIONS[53usize],
            StatusCode::TooEarly => POSITIONS[54usize],
            StatusCode::UpgradeRequired => POSITIONS[55usize],
            StatusCode::PreconditionRequired => POSITIONS[56usize],
            StatusCode::TooManyRequests => POSITIONS[57usize],
            #[cfg(feature = "vendor-shopify")]
            StatusCode::ShopifySecurityRejection => POSITIONS[58usize],
            StatusCode::RequestHeaderFieldsTooLarge => POSITIONS[59usize],
            #[cfg(feature = "vendor-iis")]
            StatusCode::IisLoginTimeout => POSITIONS[60usize],
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxNoResponse => POSITIONS[61usize],
            #[cfg(feature = "vendor-iis")]
            StatusCode::IisRetryWith => POSITIONS[62usize],
            #[cfg(feature = "vendor-windows")]
            StatusCode::WindowsBlockedByParentalControls => POSITIONS[63usize],
            StatusCode::UnavailableForLegalReasons => POSITIONS[64usize],
            #[cfg(feature = "vendor-exchange")]
            StatusCode::ExchangeRedirect => POSITIONS[65usize],
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbClientClosedConnection => POSITIONS[66usize],
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbTooManyForwardedAddresses => POSITIONS[67usize],
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbIncompatibleProtocolVersions => POSITIONS[68usize],
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxRequestHeaderTooLarge => POSITIONS[69usize],
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxSslCertificateError => POSITIONS[70usize],
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxSslCertificateRequired => POSITIONS[71usize],
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxHttpRequestSentToHttpsPort => POSITIONS[72usize],
            #[cfg(feature = "vendor-arcgis")]
            StatusCode::ArcGisInvalidToken => POSITIONS[73usize],
            #[cfg(feature = "vendor-nginx")]
            StatusCode::NginxClientClosedRequest => POSITIONS[74usize],
            #[cfg(feature = "vendor-arcgis")]
            StatusCode::ArcGisTokenRequired => POSITIONS[75usize],
            #[cfg(feature = "vendor-unofficial")]
            StatusCode::UnofficialForbiddenByAntivirus => POSITIONS[76usize],
            StatusCode::InternalServerError => POSITIONS[77usize],
            StatusCode::NotImplemented => POSITIONS[78usize],
            StatusCode::BadGateway => POSITIONS[79usize],
            StatusCode::ServiceUnavailable => POSITIONS[80usize],
            StatusCode::GatewayTimeout => POSITIONS[81usize],
            StatusCode::HttpVersionNotSupported => POSITIONS[82usize],
            StatusCode::VariantAlsoNegotiates => POSITIONS[83usize],
            StatusCode::InsufficientStorage => POSITIONS[84usize],
            StatusCode::LoopDetected => POSITIONS[85usize],
            #[cfg(feature = "vendor-cpanel")]
            StatusCode::CpanelResourceLimitIsReached => POSITIONS[86usize],
            #[cfg(feature = "vendor-apache")]
            StatusCode::ApacheBandwidthLimitExceeded => POSITIONS[87usize],
            #[cfg(feature = "vendor-cpanel")]
            StatusCode::CpanelBandwidthLimitExceeded => POSITIONS[88usize],
            StatusCode::NotExtended => POSITIONS[89usize],
            StatusCode::NetworkAuthenticationRequired => POSITIONS[90usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareUnknownError => POSITIONS[91usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareWebServerIsDown => POSITIONS[92usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareConnectionTimedOut => POSITIONS[93usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareOriginIsUnreachable => POSITIONS[94usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareTimeoutOccurred => POSITIONS[95usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareSslHandshakeFailed => POSITIONS[96usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareInvalidSslCertificate => POSITIONS[97usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareRailgunError => POSITIONS[98usize],
            #[cfg(feature = "vendor-ssl-labs")]
            StatusCode::SslLabsSiteIsOverloaded => POSITIONS[99usize],
            #[cfg(feature = "vendor-cloudflare")]
            StatusCode::CloudflareOriginUnavailable => POSITIONS[100usize],
            #[cfg(feature = "vendor-shopify")]
            StatusCode::ShopifyOriginDnsError => POSITIONS[101usize],
            #[cfg(feature = "vendor-pantheon")]
            StatusCode::PantheonSiteIsFrozen => POSITIONS[102usize],
            #[cfg(feature = "vendor-shopify")]
            StatusCode::ShopifyTemporarilyDisabled => POSITIONS[103usize],
            #[cfg(feature = "vendor-aws-elb")]
            StatusCode::AwsElbUnauthorized => POSITIONS[104usize],
            #[cfg(feature = "vendor-unofficial")]
            StatusCode::UnofficialNetworkReadTimeoutError => POSITIONS[105usize],
            #[cfg(feature = "vendor-unofficial")]
            StatusCode::UnofficialNetworkConnectTimeoutError => POSITIONS[106usize],
            #[cfg(feature = "vendor-shopify")]
            StatusCode::ShopifyUnexpectedToken => POSITIONS[107usize],
            #[cfg(feature = "vendor-linkedin")]
            StatusCode::LinkedInRequestDenied => POSITIONS[108usize],
            StatusCode::Unregistered(_) => ENABLED,
        }
    }
    /// `vendor`'s own meaning of `code`, if that vendor is enabled and defines it.
    const fn vendor_meaning(vendor: Vendor, code: u16) -> ::core::option::Option<Self> {
        match (vendor, code) {
            #[cfg(feature = "vendor-aws-elb")]
            (Vendor::AwsElb, 0u16) => {
                ::core::option::Option::Some(StatusCode::AwsElbNoResponseStatus)
            }
            #[cfg(feature = "vendor-unofficial")]
            (Vendor::Unofficial, 103u16) => {
                ::core::option::Option::Some(StatusCode::UnofficialCheckpoint)
            }
            #[cfg(feature = "vendor-apache")]
            (Vendor::Apache, 218u16) => {
                ::core::option::Option::Some(StatusCode::ApacheThisIsFine)
            }
            #[cfg(feature = "vendor-laravel")]
            (Vendor::Laravel, 419u16) => {
                ::core::option::Option::Some(StatusCode::LaravelPageExpired)
            }
            #[cfg(feature = "vendor-smoothwall")]
            (Vendor::Smoothwall, 419u16) => {
                ::core::option::Option::Some(StatusCode::SmoothwallImAFox)
            }
            #[cfg(feature = "vendor-twitter")]
            (Vendor::Twitter, 420u16) => {
                ::core::option::Option::Some(StatusCode::TwitterEnhanceYourCalm)
            }
            #[cfg(feature = "vendor-spring")]
            (Vendor::Spring, 420u16) => {
                ::core::option::Option::Some(StatusCode::SpringMethodFailure)
            }
            #[cfg(feature = "vendor-shopify")]
            (Vendor::Shopify, 430u16) => {
                ::core::option::Option::Some(StatusCode::ShopifySecurityRejection)
            }
            #[cfg(feature = "vendor-iis")]
            (Vendor::Iis, 440u16) => {
                ::core::option::Option::Some(StatusCode::IisLoginTimeout)
            }
            #[cfg(feature = "vendor-nginx")]
            (Vendor::Nginx, 444u16) => {
                ::core::option::Option::Some(StatusCode::NginxNoResponse)
            }
            #[cfg(feature = "vendor-iis")]
            (Vendor::Iis, 449u16) => {
                ::core::option::Option::Some(StatusCode::IisRetryWith)
            }
            #[cfg(feature = "vendor-windows")]
            (Vendor::Windows, 450u16) => {
                ::core::option::Option::Some(
                    StatusCode::WindowsBlockedByParentalControls,
                )
            }
            #[cfg(feature = "vendor-exchange")]
            (Vendor::Exchange, 451u16) => {
                ::core::option::Option::Some(StatusCode::ExchangeRedirect)
            }
            #[cfg(feature = "vendor-aws-elb")]
            (Vendor::AwsElb, 460u16) => {
                ::core::option::Option::Some(StatusCode::AwsElbClientClosedConnection)
            }
            #[cfg(feature = "vendor-aws-elb")]
            (Vendor::AwsElb, 463u16) => {
                ::core::option::Option::Some(StatusCode::AwsElbTooManyForwardedAddresses)
            }
            #[cfg(feature = "vendor-aws-elb")]
            (Vendor::AwsElb, 464u16) => {
                ::core::option::Option::Some(
                    StatusCode::AwsElbIncompatibleProtocolVersions,
                )
            }
            #[cfg(feature = "vendor-nginx")]
            (Vendor::Nginx, 494u16) => {
                ::core::option::Option::Some(StatusCode::NginxRequestHeaderTooLarge)
            }
            #[cfg(feature = "vendor-nginx")]
            (Vendor::Nginx, 495u16) => {
                ::core::option::Option::Some(StatusCode::NginxSslCertificateError)
            }
            #[cfg(feature = "vendor-nginx")]
            (Vendor::Nginx, 496u16) => {
                ::core::option::Option::Some(StatusCode::NginxSslCertificateRequired)
            }
            #[cfg(feature = "vendor-nginx")]
            (Vendor::Nginx, 497u16) => {
                ::core::option::Option::Some(StatusCode::NginxHttpRequestSentToHttpsPort)
            }
            #[cfg(feature = "vendor-arcgis")]
            (Vendor::ArcGis, 498u16) => {
                ::core::option::Option::Some(StatusCode::ArcGisInvalidToken)
            }
            #[cfg(feature = "vendor-nginx")]
            (Vendor::Nginx, 499u16) => {
                ::core::option::Option::Some(StatusCode::NginxClientClosedRequest)
            }
            #[cfg(feature = "vendor-arcgis")]
            (Vendor::ArcGis, 499u16) => {
                ::core::option::Option::Some(StatusCode::ArcGisTokenRequired)
            }
            #[cfg(feature = "vendor-unofficial")]
            (Vendor::Unofficial, 499u16) => {
                ::core::option::Option::Some(StatusCode::UnofficialForbiddenByAntivirus)
            }
            #[cfg(feature = "vendor-cpanel")]
            (Vendor::Cpanel, 508u16) => {
                ::core::option::Option::Some(StatusCode::CpanelResourceLimitIsReached)
            }
            #[cfg(feature = "vendor-apache")]
            (Vendor::Apache, 509u16) => {
                ::core::option::Option::Some(StatusCode::ApacheBandwidthLimitExceeded)
            }
            #[cfg(feature = "vendor-cpanel")]
            (Vendor::Cpanel, 509u16) => {
                ::core::option::Option::Some(StatusCode::CpanelBandwidthLimitExceeded)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 520u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareUnknownError)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 521u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareWebServerIsDown)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 522u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareConnectionTimedOut)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 523u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareOriginIsUnreachable)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 524u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareTimeoutOccurred)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 525u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareSslHandshakeFailed)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 526u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareInvalidSslCertificate)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 527u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareRailgunError)
            }
            #[cfg(feature = "vendor-ssl-labs")]
            (Vendor::SslLabs, 529u16) => {
                ::core::option::Option::Some(StatusCode::SslLabsSiteIsOverloaded)
            }
            #[cfg(feature = "vendor-cloudflare")]
            (Vendor::Cloudflare, 530u16) => {
                ::core::option::Option::Some(StatusCode::CloudflareOriginUnavailable)
            }
            #[cfg(feature = "vendor-shopify")]
            (Vendor::Shopify, 530u16) => {
                ::core::option::Option::Some(StatusCode::ShopifyOriginDnsError)
            }
            #[cfg(feature = "vendor-pantheon")]
            (Vendor::Pantheon, 530u16) => {
                ::core::option::Option::Some(StatusCode::PantheonSiteIsFrozen)
            }
            #[cfg(feature = "vendor-shopify")]
            (Vendor::Shopify, 540u16) => {
                ::core::option::Option::Some(StatusCode::ShopifyTemporarilyDisabled)
            }
            #[cfg(feature = "vendor-aws-elb")]
            (Vendor::AwsElb, 561u16) => {
                ::core::option::Option::Some(StatusCode::AwsElbUnauthorized)
            }
            #[cfg(feature = "vendor-unofficial")]
            (Vendor::Unofficial, 598u16) => {
                ::core::option::Option::Some(
                    StatusCode::UnofficialNetworkReadTimeoutError,
                )
            }
            #[cfg(feature = "vendor-unofficial")]
            (Vendor::Unofficial, 599u16) => {
                ::core::option::Option::Some(
                    StatusCode::UnofficialNetworkConnectTimeoutError,
                )
            }
            #[cfg(feature = "vendor-shopify")]
            (Vendor::Shopify, 783u16) => {
                ::core::option::Option::Some(StatusCode::ShopifyUnexpectedToken)
            }
            #[cfg(feature = "vendor-linkedin")]
            (Vendor::LinkedIn, 999u16) => {
                ::core::option::Option::Some(StatusCode::LinkedInRequestDenied)
            }
            _ => ::core::option::Option::None,
        }
    }
}
