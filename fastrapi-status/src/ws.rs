//! Hand-written extras of [`WsCloseCode`] that its kind calls for.

use crate::WsCloseCode;

impl WsCloseCode {
    /// Whether an endpoint may send this code in a Close frame.
    ///
    /// RFC 6455 section 7.4.1 reserves 1005 (no status received), 1006
    /// (abnormal closure) and 1015 (TLS handshake failure) for reporting a
    /// closure locally: they must never appear on the wire.
    ///
    /// ```
    /// use fastrapi_status::WsCloseCode;
    ///
    /// assert!(WsCloseCode::GoingAway.is_sendable());
    /// assert!(!WsCloseCode::AbnormalClosure.is_sendable());
    /// ```
    #[must_use]
    pub const fn is_sendable(self) -> bool {
        !matches!(
            self,
            Self::NoStatusRcvd | Self::AbnormalClosure | Self::TlsHandshake
        )
    }
}
