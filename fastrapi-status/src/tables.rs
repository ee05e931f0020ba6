//! The two tables the facade ships: HTTP (63 entries) and WebSocket close
//! codes (15 entries).
//!
//! The data is FastrAPI's: Starlette's constant names (RFC 9110 wording),
//! RFC reason phrases, the product documentation's descriptions verbatim, and
//! Starlette's four old names as deprecated aliases. Each entry's `#[spec]`
//! is the document that defines the code, with its address (RFC sections;
//! the IANA close code registry for 1012 to 1014). `tests/data/*.tsv` holds
//! the same data, and `tests/facade_tables.rs` checks one against the other.
//!
//! Each declaration lives in a hidden `macro_rules!` of its own (a *data
//! macro*), and is written nowhere else. A data macro takes a macro path in
//! brackets and any tokens, and calls that macro with the tokens followed by
//! the table's declaration. The facade declares its tables by chaining the
//! two into `status_codes!`; a downstream table with `extends = HttpStatus`
//! expands to a call of `__http_table!` that hands the declaration back to
//! the proc macro. So extension reads this table, not a copy of it, and a
//! code added here reaches every extending table on its next build.
//!
//! Why a callback rather than data the macro crate embeds: the table stays a
//! `status_codes!` declaration like any user's (readable, checked by the same
//! macro), the facade's is the only copy, and the proc macro never needs to
//! read files of another crate.

// Both tables in one `status_codes!` invocation, as the data macros chain.
crate::__http_table!([crate::__ws_table][crate::status_codes]);

/// The declaration of [`HttpStatus`]: calls `$then!` with the tokens given
/// and the declaration after them.
#[doc(hidden)]
#[macro_export]
macro_rules! __http_table {
    ([$($then:tt)*] $($tokens:tt)*) => {
        $($then)*! {
            $($tokens)*


            /// An HTTP response status code: the 63 codes of FastrAPI's
            /// `fastrapi.status` module (RFC 9110 and its extensions).
            ///
            /// Variants are the names in UpperCamelCase and carry the code as their
            /// `u16` discriminant; a `HTTP_*` constant stands beside each. The enum
            /// is `#[non_exhaustive]`: codes may be added in minor releases.
            ///
            /// ```
            /// use fastrapi_status::{HttpStatus, StatusClass, HTTP_404_NOT_FOUND};
            ///
            /// let status = HttpStatus::from_u16(HTTP_404_NOT_FOUND).unwrap();
            /// assert_eq!(status, HttpStatus::NotFound);
            /// assert_eq!(status.phrase(), "Not Found");
            /// assert_eq!(status.class(), StatusClass::ClientError);
            /// assert_eq!(status.to_string(), "404 Not Found");
            /// assert_eq!("not_found".parse::<HttpStatus>(), Ok(status));
            /// ```
            #[status(kind = http, prefix = HTTP)]
            #[non_exhaustive]
            pub enum HttpStatus {
                #[spec("RFC 9110, Section 15.2.1", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1")]
                100 CONTINUE "The server has received the request headers and the client should proceed to send the request body",
                #[spec("RFC 9110, Section 15.2.2", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2")]
                101 SWITCHING_PROTOCOLS "The server is switching protocols as requested by the client",
                #[spec("RFC 2518, Section 10.1", url = "https://www.rfc-editor.org/rfc/rfc2518#section-10.1")]
                102 PROCESSING "The server has received and is processing the request, but no response is available yet",
                #[spec("RFC 8297, Section 2", url = "https://www.rfc-editor.org/rfc/rfc8297#section-2")]
                103 EARLY_HINTS "Used to return some response headers before final HTTP message",
                #[phrase = "OK"]
                #[spec("RFC 9110, Section 15.3.1", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1")]
                200 OK "The request succeeded",
                #[spec("RFC 9110, Section 15.3.2", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2")]
                201 CREATED "The request succeeded and a new resource was created",
                #[spec("RFC 9110, Section 15.3.3", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3")]
                202 ACCEPTED "The request has been accepted for processing, but processing is not complete",
                #[phrase = "Non-Authoritative Information"]
                #[spec("RFC 9110, Section 15.3.4", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4")]
                203 NON_AUTHORITATIVE_INFORMATION "The request was successful but the enclosed payload has been modified by a transforming proxy",
                #[spec("RFC 9110, Section 15.3.5", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5")]
                204 NO_CONTENT "The request succeeded but there is no content to send",
                #[spec("RFC 9110, Section 15.3.6", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6")]
                205 RESET_CONTENT "The request succeeded and the user agent should reset the document view",
                #[spec("RFC 9110, Section 15.3.7", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7")]
                206 PARTIAL_CONTENT "The server is delivering only part of the resource due to a range header sent by the client",
                #[phrase = "Multi-Status"]
                #[spec("RFC 4918, Section 11.1", url = "https://www.rfc-editor.org/rfc/rfc4918#section-11.1")]
                207 MULTI_STATUS "Multiple status codes might be appropriate",
                #[spec("RFC 5842, Section 7.1", url = "https://www.rfc-editor.org/rfc/rfc5842#section-7.1")]
                208 ALREADY_REPORTED "The members of a DAV binding have already been enumerated",
                #[phrase = "IM Used"]
                #[spec("RFC 3229, Section 10.4.1", url = "https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1")]
                226 IM_USED "The server has fulfilled a request for the resource and the response is a representation of the result",
                #[spec("RFC 9110, Section 15.4.1", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1")]
                300 MULTIPLE_CHOICES "The request has more than one possible response",
                #[spec("RFC 9110, Section 15.4.2", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2")]
                301 MOVED_PERMANENTLY "The URL of the requested resource has been changed permanently",
                #[spec("RFC 9110, Section 15.4.3", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3")]
                302 FOUND "The URI of requested resource has been changed temporarily",
                #[spec("RFC 9110, Section 15.4.4", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4")]
                303 SEE_OTHER "The server sent this response to direct the client to get the requested resource at another URI",
                #[spec("RFC 9110, Section 15.4.5", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5")]
                304 NOT_MODIFIED "Used for caching purposes. The response has not been modified",
                #[spec("RFC 9110, Section 15.4.6", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6")]
                305 USE_PROXY "The requested response must be accessed by a proxy",
                #[phrase = "(Unused)"]
                #[spec("RFC 9110, Section 15.4.7", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7")]
                306 RESERVED "This response code is no longer used",
                #[spec("RFC 9110, Section 15.4.8", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8")]
                307 TEMPORARY_REDIRECT "The server sends this response to direct the client to get the requested resource at another URI with the same method",
                #[spec("RFC 9110, Section 15.4.9", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9")]
                308 PERMANENT_REDIRECT "The resource is now permanently located at another URI",
                #[spec("RFC 9110, Section 15.5.1", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1")]
                400 BAD_REQUEST "The server cannot process the request due to a client error",
                #[spec("RFC 9110, Section 15.5.2", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2")]
                401 UNAUTHORIZED "The client must authenticate itself to get the requested response",
                #[spec("RFC 9110, Section 15.5.3", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3")]
                402 PAYMENT_REQUIRED "Reserved for future use",
                #[spec("RFC 9110, Section 15.5.4", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4")]
                403 FORBIDDEN "The client does not have access rights to the content",
                #[spec("RFC 9110, Section 15.5.5", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5")]
                404 NOT_FOUND "The server cannot find the requested resource",
                #[spec("RFC 9110, Section 15.5.6", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6")]
                405 METHOD_NOT_ALLOWED "The request method is not supported for the requested resource",
                #[spec("RFC 9110, Section 15.5.7", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7")]
                406 NOT_ACCEPTABLE "The server cannot produce a response matching the list of acceptable values",
                #[spec("RFC 9110, Section 15.5.8", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8")]
                407 PROXY_AUTHENTICATION_REQUIRED "Authentication is required to access the proxy",
                #[spec("RFC 9110, Section 15.5.9", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9")]
                408 REQUEST_TIMEOUT "The server would like to shut down this unused connection",
                #[spec("RFC 9110, Section 15.5.10", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10")]
                409 CONFLICT "The request conflicts with the current state of the server",
                #[spec("RFC 9110, Section 15.5.11", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11")]
                410 GONE "The requested content has been permanently deleted from server",
                #[spec("RFC 9110, Section 15.5.12", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12")]
                411 LENGTH_REQUIRED "The server requires the Content-Length header field",
                #[spec("RFC 9110, Section 15.5.13", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13")]
                412 PRECONDITION_FAILED "The client has indicated preconditions that the server does not meet",
                #[alias(REQUEST_ENTITY_TOO_LARGE)]
                #[spec("RFC 9110, Section 15.5.14", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14")]
                413 CONTENT_TOO_LARGE "Request entity is larger than limits defined by server",
                #[phrase = "URI Too Long"]
                #[alias(REQUEST_URI_TOO_LONG)]
                #[spec("RFC 9110, Section 15.5.15", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15")]
                414 URI_TOO_LONG "The URI requested by the client is longer than the server is willing to interpret",
                #[spec("RFC 9110, Section 15.5.16", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16")]
                415 UNSUPPORTED_MEDIA_TYPE "The media format of the requested data is not supported by the server",
                #[alias(REQUESTED_RANGE_NOT_SATISFIABLE)]
                #[spec("RFC 9110, Section 15.5.17", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17")]
                416 RANGE_NOT_SATISFIABLE "The range specified by the Range header field cannot be fulfilled",
                #[spec("RFC 9110, Section 15.5.18", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18")]
                417 EXPECTATION_FAILED "The expectation indicated by the Expect request header field cannot be met",
                #[phrase = "I'm a teapot"]
                #[spec("RFC 9110, Section 15.5.19", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19")]
                418 IM_A_TEAPOT "The server refuses to brew coffee because it is a teapot",
                #[spec("RFC 9110, Section 15.5.20", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20")]
                421 MISDIRECTED_REQUEST "The request was directed at a server that is not able to produce a response",
                #[alias(UNPROCESSABLE_ENTITY)]
                #[spec("RFC 9110, Section 15.5.21", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21")]
                422 UNPROCESSABLE_CONTENT "The request was well-formed but contains semantic errors",
                #[spec("RFC 4918, Section 11.3", url = "https://www.rfc-editor.org/rfc/rfc4918#section-11.3")]
                423 LOCKED "The resource that is being accessed is locked",
                #[spec("RFC 4918, Section 11.4", url = "https://www.rfc-editor.org/rfc/rfc4918#section-11.4")]
                424 FAILED_DEPENDENCY "The request failed due to failure of a previous request",
                #[spec("RFC 8470, Section 5.2", url = "https://www.rfc-editor.org/rfc/rfc8470#section-5.2")]
                425 TOO_EARLY "The server is unwilling to risk processing a request that might be replayed",
                #[spec("RFC 9110, Section 15.5.22", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22")]
                426 UPGRADE_REQUIRED "The server refuses to perform the request using the current protocol",
                #[spec("RFC 6585, Section 3", url = "https://www.rfc-editor.org/rfc/rfc6585#section-3")]
                428 PRECONDITION_REQUIRED "The origin server requires the request to be conditional",
                #[spec("RFC 6585, Section 4", url = "https://www.rfc-editor.org/rfc/rfc6585#section-4")]
                429 TOO_MANY_REQUESTS "The user has sent too many requests in a given amount of time",
                #[spec("RFC 6585, Section 5", url = "https://www.rfc-editor.org/rfc/rfc6585#section-5")]
                431 REQUEST_HEADER_FIELDS_TOO_LARGE "The server is unwilling to process the request because header fields are too large",
                #[spec("RFC 7725, Section 3", url = "https://www.rfc-editor.org/rfc/rfc7725#section-3")]
                451 UNAVAILABLE_FOR_LEGAL_REASONS "The user requested a resource that is not available due to legal reasons",
                #[spec("RFC 9110, Section 15.6.1", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1")]
                500 INTERNAL_SERVER_ERROR "The server has encountered a situation it does not know how to handle",
                #[spec("RFC 9110, Section 15.6.2", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2")]
                501 NOT_IMPLEMENTED "The request method is not supported by the server",
                #[spec("RFC 9110, Section 15.6.3", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3")]
                502 BAD_GATEWAY "The server got an invalid response while working as a gateway",
                #[spec("RFC 9110, Section 15.6.4", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4")]
                503 SERVICE_UNAVAILABLE "The server is not ready to handle the request",
                #[spec("RFC 9110, Section 15.6.5", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5")]
                504 GATEWAY_TIMEOUT "The server is acting as a gateway and cannot get a response in time",
                #[phrase = "HTTP Version Not Supported"]
                #[spec("RFC 9110, Section 15.6.6", url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6")]
                505 HTTP_VERSION_NOT_SUPPORTED "The HTTP version used in the request is not supported by the server",
                #[spec("RFC 2295, Section 8.1", url = "https://www.rfc-editor.org/rfc/rfc2295#section-8.1")]
                506 VARIANT_ALSO_NEGOTIATES "The server has an internal configuration error",
                #[spec("RFC 4918, Section 11.5", url = "https://www.rfc-editor.org/rfc/rfc4918#section-11.5")]
                507 INSUFFICIENT_STORAGE "The server is unable to store the representation needed to complete the request",
                #[spec("RFC 5842, Section 7.2", url = "https://www.rfc-editor.org/rfc/rfc5842#section-7.2")]
                508 LOOP_DETECTED "The server detected an infinite loop while processing the request",
                #[spec("RFC 2774, Section 7", url = "https://www.rfc-editor.org/rfc/rfc2774#section-7")]
                510 NOT_EXTENDED "Further extensions to the request are required for the server to fulfill it",
                #[spec("RFC 6585, Section 6", url = "https://www.rfc-editor.org/rfc/rfc6585#section-6")]
                511 NETWORK_AUTHENTICATION_REQUIRED "The client needs to authenticate to gain network access",
            }
        }
    };
}

/// The declaration of [`WsCloseCode`]: calls `$then!` with the tokens given
/// and the declaration after them.
#[doc(hidden)]
#[macro_export]
macro_rules! __ws_table {
    ([$($then:tt)*] $($tokens:tt)*) => {
        $($then)*! {
            $($tokens)*

            /// A WebSocket close code (RFC 6455 section 7.4.1): the 15 codes of
            /// FastrAPI's `fastrapi.status` module.
            ///
            /// Codes 1005, 1006 and 1015 are reserved for reporting and must never be
            /// sent in a Close frame; see [`WsCloseCode::is_sendable`].
            ///
            /// ```
            /// use fastrapi_status::{WsCloseCode, WS_1000_NORMAL_CLOSURE};
            ///
            /// let code = WsCloseCode::try_from(WS_1000_NORMAL_CLOSURE).unwrap();
            /// assert_eq!(code, WsCloseCode::NormalClosure);
            /// assert_eq!(code.to_string(), "1000 Normal Closure");
            /// assert!(code.is_sendable());
            /// ```
            #[status(kind = websocket, prefix = WS)]
            #[non_exhaustive]
            pub enum WsCloseCode {
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1000 NORMAL_CLOSURE "Normal closure; the connection successfully completed",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1001 GOING_AWAY "The endpoint is going away (server shutdown or browser navigation)",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1002 PROTOCOL_ERROR "The endpoint is terminating due to a protocol error",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1003 UNSUPPORTED_DATA "The connection is being terminated because the endpoint received data of a type it cannot accept",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1005 NO_STATUS_RCVD "No status code was provided even though one was expected",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1006 ABNORMAL_CLOSURE "The connection was closed abnormally without sending or receiving a Close frame",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1007 INVALID_FRAME_PAYLOAD_DATA "The endpoint is terminating because it received data that was inconsistent with the message type",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1008 POLICY_VIOLATION "The endpoint is terminating because it received a message that violates its policy",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1009 MESSAGE_TOO_BIG "The endpoint is terminating because it received a message that is too big to process",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1010 MANDATORY_EXT "The client is terminating because it expected the server to negotiate one or more extensions",
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1011 INTERNAL_ERROR "The server is terminating because it encountered an unexpected condition",
                #[spec("IANA WebSocket Close Code Number Registry", url = "https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number")]
                1012 SERVICE_RESTART "The server is terminating because it is restarting",
                #[spec("IANA WebSocket Close Code Number Registry", url = "https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number")]
                1013 TRY_AGAIN_LATER "The server is terminating because it is temporarily overloaded",
                #[spec("IANA WebSocket Close Code Number Registry", url = "https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number")]
                1014 BAD_GATEWAY "The server was acting as a gateway and received an invalid response",
                #[phrase = "TLS Handshake"]
                #[spec("RFC 6455, Section 7.4.1", url = "https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1")]
                1015 TLS_HANDSHAKE "The connection was closed due to a failure to perform a TLS handshake",
            }
        }
    };
}
