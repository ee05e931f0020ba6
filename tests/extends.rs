//! Tables that extend the facade's: every standard entry plus their own,
//! with conversions both ways, exactly as a downstream crate writes them.

// The facade's constants in the same module as the extending tables' own:
// the base's constants are not declared again, so nothing collides.
use fastrapi_status::*;

status_codes! {
    /// Our edge proxy: every standard HTTP status plus our own.
    #[derive(serde::Serialize, serde::Deserialize)]
    #[status(kind = http, prefix = HTTP, extends = HttpStatus)]
    pub enum EdgeStatus {
        #[phrase = "Client Closed Request"]
        499 CLIENT_CLOSED_REQUEST "The client closed the connection before the server answered",
    }

    /// Our chat's close codes: the standard ones plus our application's.
    #[derive(::serde::Serialize, ::serde::Deserialize)]
    #[status(prefix = CHAT, extends = WsCloseCode)]
    pub enum ChatClose {
        4000 ROOM_GONE "The chat room no longer exists",
    }
}

mod cloudflare {
    // Many own entries, in any order, with every attribute an entry takes.
    fastrapi_status::status_codes! {
        /// Cloudflare's 52x codes on top of the standard table.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        #[status(prefix = CF, extends = HttpStatus)]
        pub enum CfStatus {
            #[phrase = "Web Server Returned an Unknown Error"]
            #[default]
            520 UNKNOWN_ERROR "The origin server returned an empty, unknown or unexpected response",
            #[phrase = "Web Server Is Down"]
            521 WEB_SERVER_DOWN "The origin server refused the connection",
            #[phrase = "Connection Timed Out"]
            522 CONNECTION_TIMED_OUT "Cloudflare could not negotiate a TCP handshake with the origin server",
            #[phrase = "Origin Is Unreachable"]
            523 ORIGIN_UNREACHABLE "Cloudflare could not reach the origin server",
            #[phrase = "A Timeout Occurred"]
            524 TIMEOUT_OCCURRED "Cloudflare established a TCP connection but the origin did not reply in time",
            #[phrase = "SSL Handshake Failed"]
            525 SSL_HANDSHAKE_FAILED "Cloudflare could not negotiate an SSL/TLS handshake with the origin server",
            #[phrase = "Invalid SSL Certificate"]
            #[alias(BAD_CERTIFICATE)]
            526 INVALID_SSL_CERTIFICATE "Cloudflare could not validate the SSL certificate of the origin",
            /// Railgun is retired; the code stays for old logs.
            #[phrase = "Railgun Error"]
            527 RAILGUN_ERROR "The connection between Cloudflare and the origin's Railgun server was interrupted",
            #[phrase = "Client Closed Request"]
            499 CLIENT_CLOSED_REQUEST "The client closed the connection before the server answered",
            460 LOAD_BALANCER_CLOSED "The client closed the connection before the load balancer idle timeout",
            561 UNAUTHORIZED_AT_BALANCER "An error from the identity provider at the load balancer",
        }
    }
}

use cloudflare::CfStatus;

#[test]
fn the_extension_holds_every_base_entry_and_its_own_in_code_order() {
    assert_eq!(EdgeStatus::ALL.len(), HttpStatus::ALL.len() + 1);
    assert_eq!(ChatClose::ALL.len(), WsCloseCode::ALL.len() + 1);
    assert_eq!(CfStatus::ALL.len(), HttpStatus::ALL.len() + 11);
    assert!(EdgeStatus::ALL
        .windows(2)
        .all(|w| w[0] < w[1] && w[0].as_u16() < w[1].as_u16()));
    assert!(CfStatus::ALL
        .windows(2)
        .all(|w| w[0].as_u16() < w[1].as_u16()));

    let own = EdgeStatus::ClientClosedRequest;
    assert_eq!((own.as_u16(), HTTP_499_CLIENT_CLOSED_REQUEST), (499, 499));
    assert_eq!(own.to_string(), "499 Client Closed Request");
    assert_eq!(own.constant_name(), "HTTP_499_CLIENT_CLOSED_REQUEST");
    assert!(own.is_client_error());
    assert_eq!(EdgeStatus::from_u16(499), Some(own));
    assert_eq!("client_closed_request".parse(), Ok(own));

    let room = ChatClose::RoomGone;
    assert_eq!((room.as_u16(), CHAT_4000_ROOM_GONE), (4000, 4000));
    assert_eq!(room.constant_name(), "CHAT_4000_ROOM_GONE");
    // The base's entries keep their own names, constants included.
    assert_eq!(
        ChatClose::NormalClosure.constant_name(),
        "WS_1000_NORMAL_CLOSURE"
    );
    assert_eq!(
        "WS_1000_NORMAL_CLOSURE".parse(),
        Ok(ChatClose::NormalClosure)
    );

    assert_eq!(CfStatus::default(), CfStatus::UnknownError);
    #[allow(deprecated)]
    let old = cloudflare::CF_526_BAD_CERTIFICATE;
    assert_eq!(old, 526);
    assert_eq!(
        "bad_certificate".parse(),
        Ok(CfStatus::InvalidSslCertificate)
    );
    assert_eq!(
        CfStatus::UnauthorizedAtBalancer.class(),
        StatusClass::ServerError
    );
}

#[test]
fn every_base_entry_round_trips_through_the_extension() {
    fn round_trip<B, E>()
    where
        B: StatusTable + TryFrom<E, Error = UnknownStatusCode>,
        E: StatusTable + From<B>,
    {
        for &base in B::ALL {
            let extended = E::from(base);
            assert_eq!(extended.as_u16(), base.as_u16());
            assert_eq!(extended.name(), base.name());
            assert_eq!(extended.constant_name(), base.constant_name());
            assert_eq!(extended.phrase(), base.phrase());
            assert_eq!(extended.description(), base.description());
            assert_eq!(extended.aliases(), base.aliases());
            assert_eq!(format!("{extended:?}"), format!("{base:?}"));
            assert_eq!(extended.to_string(), base.to_string());
            for key in [base.name(), base.constant_name()]
                .iter()
                .chain(base.aliases())
            {
                assert_eq!(key.parse::<E>(), Ok(extended), "{key}");
            }
            assert_eq!(B::try_from(extended), Ok(base));
        }
        for &extended in E::ALL {
            let back = B::try_from(extended);
            match B::from_u16(extended.as_u16()) {
                Some(base) => assert_eq!(back, Ok(base)),
                None => assert_eq!(
                    back,
                    Err(UnknownStatusCode::new(B::TABLE_NAME, extended.as_u16()))
                ),
            }
        }
    }
    round_trip::<HttpStatus, EdgeStatus>();
    round_trip::<WsCloseCode, ChatClose>();
    round_trip::<HttpStatus, CfStatus>();
}

#[test]
fn own_entries_fail_the_conversion_to_the_base() {
    let err = HttpStatus::try_from(EdgeStatus::ClientClosedRequest).unwrap_err();
    assert_eq!((err.code(), err.table()), (499, "HttpStatus"));
    assert_eq!(err.to_string(), "499 is not a known HttpStatus code");
    assert!(WsCloseCode::try_from(ChatClose::RoomGone).is_err());
    assert_eq!(
        HttpStatus::try_from(EdgeStatus::NotFound),
        Ok(HttpStatus::NotFound)
    );
    assert_eq!(
        EdgeStatus::from(HttpStatus::ImATeapot),
        EdgeStatus::ImATeapot
    );
}

#[test]
fn generic_code_serves_extended_tables() {
    fn describe<T: StatusTable>(code: u16) -> Option<String> {
        T::from_u16(code).map(|s| format!("{} {}", T::TABLE_NAME, s.constant_name()))
    }
    assert_eq!(
        describe::<EdgeStatus>(404).as_deref(),
        Some("EdgeStatus HTTP_404_NOT_FOUND")
    );
    assert_eq!(
        describe::<EdgeStatus>(499).as_deref(),
        Some("EdgeStatus HTTP_499_CLIENT_CLOSED_REQUEST")
    );
    assert_eq!(
        describe::<ChatClose>(4000).as_deref(),
        Some("ChatClose CHAT_4000_ROOM_GONE")
    );
    assert_eq!(describe::<ChatClose>(4001), None);
}

#[test]
fn the_http_and_serde_features_cover_extended_tables() {
    // `http::StatusCode` through `Code<T>`, the facade's own type.
    let code = http::StatusCode::from(Code::from(EdgeStatus::ClientClosedRequest));
    assert_eq!(code.as_u16(), 499);
    assert_eq!(
        Code::<EdgeStatus>::from(http::StatusCode::NOT_FOUND).known(),
        Some(EdgeStatus::NotFound)
    );
    // serde where the table derives it.
    assert_eq!(
        serde_json::to_string(&EdgeStatus::ClientClosedRequest).unwrap(),
        "499"
    );
    let read: Vec<EdgeStatus> =
        serde_json::from_str(r#"[499, "not_found", "HTTP_413_REQUEST_ENTITY_TOO_LARGE"]"#).unwrap();
    assert_eq!(
        read,
        [
            EdgeStatus::ClientClosedRequest,
            EdgeStatus::NotFound,
            EdgeStatus::ContentTooLarge
        ]
    );
    let chat: ChatClose = serde_json::from_str("4000").unwrap();
    assert_eq!(chat, ChatClose::RoomGone);
}
