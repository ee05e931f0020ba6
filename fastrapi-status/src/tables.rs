//! The two tables the facade ships: HTTP (63 entries) and WebSocket close
//! codes (15 entries).
//!
//! The data is FastrAPI's: Starlette's constant names (RFC 9110 wording),
//! RFC reason phrases, the product documentation's descriptions verbatim, and
//! Starlette's four old names as deprecated aliases. `tests/data/*.tsv` holds
//! the same table, and `tests/facade_tables.rs` checks one against the other.
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
                100 CONTINUE "The server has received the request headers and the client should proceed to send the request body",
                101 SWITCHING_PROTOCOLS "The server is switching protocols as requested by the client",
                102 PROCESSING "The server has received and is processing the request, but no response is available yet",
                103 EARLY_HINTS "Used to return some response headers before final HTTP message",
                #[phrase = "OK"]
                200 OK "The request succeeded",
                201 CREATED "The request succeeded and a new resource was created",
                202 ACCEPTED "The request has been accepted for processing, but processing is not complete",
                #[phrase = "Non-Authoritative Information"]
                203 NON_AUTHORITATIVE_INFORMATION "The request was successful but the enclosed payload has been modified by a transforming proxy",
                204 NO_CONTENT "The request succeeded but there is no content to send",
                205 RESET_CONTENT "The request succeeded and the user agent should reset the document view",
                206 PARTIAL_CONTENT "The server is delivering only part of the resource due to a range header sent by the client",
                #[phrase = "Multi-Status"]
                207 MULTI_STATUS "Multiple status codes might be appropriate",
                208 ALREADY_REPORTED "The members of a DAV binding have already been enumerated",
                #[phrase = "IM Used"]
                226 IM_USED "The server has fulfilled a request for the resource and the response is a representation of the result",
                300 MULTIPLE_CHOICES "The request has more than one possible response",
                301 MOVED_PERMANENTLY "The URL of the requested resource has been changed permanently",
                302 FOUND "The URI of requested resource has been changed temporarily",
                303 SEE_OTHER "The server sent this response to direct the client to get the requested resource at another URI",
                304 NOT_MODIFIED "Used for caching purposes. The response has not been modified",
                305 USE_PROXY "The requested response must be accessed by a proxy",
                #[phrase = "(Unused)"]
                306 RESERVED "This response code is no longer used",
                307 TEMPORARY_REDIRECT "The server sends this response to direct the client to get the requested resource at another URI with the same method",
                308 PERMANENT_REDIRECT "The resource is now permanently located at another URI",
                400 BAD_REQUEST "The server cannot process the request due to a client error",
                401 UNAUTHORIZED "The client must authenticate itself to get the requested response",
                402 PAYMENT_REQUIRED "Reserved for future use",
                403 FORBIDDEN "The client does not have access rights to the content",
                404 NOT_FOUND "The server cannot find the requested resource",
                405 METHOD_NOT_ALLOWED "The request method is not supported for the requested resource",
                406 NOT_ACCEPTABLE "The server cannot produce a response matching the list of acceptable values",
                407 PROXY_AUTHENTICATION_REQUIRED "Authentication is required to access the proxy",
                408 REQUEST_TIMEOUT "The server would like to shut down this unused connection",
                409 CONFLICT "The request conflicts with the current state of the server",
                410 GONE "The requested content has been permanently deleted from server",
                411 LENGTH_REQUIRED "The server requires the Content-Length header field",
                412 PRECONDITION_FAILED "The client has indicated preconditions that the server does not meet",
                #[alias(REQUEST_ENTITY_TOO_LARGE)]
                413 CONTENT_TOO_LARGE "Request entity is larger than limits defined by server",
                #[phrase = "URI Too Long"]
                #[alias(REQUEST_URI_TOO_LONG)]
                414 URI_TOO_LONG "The URI requested by the client is longer than the server is willing to interpret",
                415 UNSUPPORTED_MEDIA_TYPE "The media format of the requested data is not supported by the server",
                #[alias(REQUESTED_RANGE_NOT_SATISFIABLE)]
                416 RANGE_NOT_SATISFIABLE "The range specified by the Range header field cannot be fulfilled",
                417 EXPECTATION_FAILED "The expectation indicated by the Expect request header field cannot be met",
                #[phrase = "I'm a teapot"]
                418 IM_A_TEAPOT "The server refuses to brew coffee because it is a teapot",
                421 MISDIRECTED_REQUEST "The request was directed at a server that is not able to produce a response",
                #[alias(UNPROCESSABLE_ENTITY)]
                422 UNPROCESSABLE_CONTENT "The request was well-formed but contains semantic errors",
                423 LOCKED "The resource that is being accessed is locked",
                424 FAILED_DEPENDENCY "The request failed due to failure of a previous request",
                425 TOO_EARLY "The server is unwilling to risk processing a request that might be replayed",
                426 UPGRADE_REQUIRED "The server refuses to perform the request using the current protocol",
                428 PRECONDITION_REQUIRED "The origin server requires the request to be conditional",
                429 TOO_MANY_REQUESTS "The user has sent too many requests in a given amount of time",
                431 REQUEST_HEADER_FIELDS_TOO_LARGE "The server is unwilling to process the request because header fields are too large",
                451 UNAVAILABLE_FOR_LEGAL_REASONS "The user requested a resource that is not available due to legal reasons",
                500 INTERNAL_SERVER_ERROR "The server has encountered a situation it does not know how to handle",
                501 NOT_IMPLEMENTED "The request method is not supported by the server",
                502 BAD_GATEWAY "The server got an invalid response while working as a gateway",
                503 SERVICE_UNAVAILABLE "The server is not ready to handle the request",
                504 GATEWAY_TIMEOUT "The server is acting as a gateway and cannot get a response in time",
                #[phrase = "HTTP Version Not Supported"]
                505 HTTP_VERSION_NOT_SUPPORTED "The HTTP version used in the request is not supported by the server",
                506 VARIANT_ALSO_NEGOTIATES "The server has an internal configuration error",
                507 INSUFFICIENT_STORAGE "The server is unable to store the representation needed to complete the request",
                508 LOOP_DETECTED "The server detected an infinite loop while processing the request",
                510 NOT_EXTENDED "Further extensions to the request are required for the server to fulfill it",
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
                1000 NORMAL_CLOSURE "Normal closure; the connection successfully completed",
                1001 GOING_AWAY "The endpoint is going away (server shutdown or browser navigation)",
                1002 PROTOCOL_ERROR "The endpoint is terminating due to a protocol error",
                1003 UNSUPPORTED_DATA "The connection is being terminated because the endpoint received data of a type it cannot accept",
                1005 NO_STATUS_RCVD "No status code was provided even though one was expected",
                1006 ABNORMAL_CLOSURE "The connection was closed abnormally without sending or receiving a Close frame",
                1007 INVALID_FRAME_PAYLOAD_DATA "The endpoint is terminating because it received data that was inconsistent with the message type",
                1008 POLICY_VIOLATION "The endpoint is terminating because it received a message that violates its policy",
                1009 MESSAGE_TOO_BIG "The endpoint is terminating because it received a message that is too big to process",
                1010 MANDATORY_EXT "The client is terminating because it expected the server to negotiate one or more extensions",
                1011 INTERNAL_ERROR "The server is terminating because it encountered an unexpected condition",
                1012 SERVICE_RESTART "The server is terminating because it is restarting",
                1013 TRY_AGAIN_LATER "The server is terminating because it is temporarily overloaded",
                1014 BAD_GATEWAY "The server was acting as a gateway and received an invalid response",
                #[phrase = "TLS Handshake"]
                1015 TLS_HANDSHAKE "The connection was closed due to a failure to perform a TLS handshake",
            }
        }
    };
}
