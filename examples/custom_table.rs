//! A downstream crate's own tables, declared with the facade's macro: one
//! from scratch, and one that extends the standard HTTP table.
//!
//! ```text
//! cargo run -p fastrapi-status-workspace --example custom_table
//! ```

use fastrapi_status::{HttpStatus, StatusTable};

fastrapi_status::status_codes! {
    /// Close codes of a chat application, in the WebSocket private range.
    #[status(kind = websocket, prefix = CHAT)]
    pub enum ChatClose {
        4000 ROOM_CLOSED "The room was closed by its owner",
        /// Sent after `CHAT_4001_KICKED`'s grace period.
        #[phrase = "Kicked Out"]
        #[alias(REMOVED)]
        4001 KICKED "A moderator removed the user from the room",
        4002 IDLE_TIMEOUT "The user was idle for too long",
    }
}

fastrapi_status::status_codes! {
    /// Our edge proxy: every standard HTTP status plus our own.
    #[status(prefix = HTTP, extends = HttpStatus)]
    pub enum EdgeStatus {
        #[phrase = "Client Closed Request"]
        499 CLIENT_CLOSED_REQUEST "The client closed the connection before the server answered",
    }
}

fn main() {
    // Constants are plain u16s, usable as patterns on a raw close code.
    let raw: u16 = 4001;
    if let CHAT_4001_KICKED = raw {
        println!("{raw} is the kick code");
    }

    for close in ChatClose::ALL {
        println!(
            "{close:<24} {:<26} {}",
            close.constant_name(),
            close.description()
        );
    }

    // The same lookups as the facade's tables, by code or by name.
    let kicked: ChatClose = "removed".parse().expect("an alias parses");
    assert_eq!(kicked, ChatClose::Kicked);
    assert_eq!(
        ChatClose::try_from(4003).unwrap_err().to_string(),
        "4003 is not a known ChatClose code"
    );
    println!("generic: {}", describe::<ChatClose>(4002));

    // The extended table: the 63 standard entries and its own, converting
    // both ways with the facade's table.
    let own = EdgeStatus::ClientClosedRequest;
    println!(
        "{} entries; {own} ({HTTP_499_CLIENT_CLOSED_REQUEST})",
        EdgeStatus::ALL.len()
    );
    assert_eq!(EdgeStatus::from(HttpStatus::NotFound), EdgeStatus::NotFound);
    assert_eq!(
        HttpStatus::try_from(EdgeStatus::NotFound),
        Ok(HttpStatus::NotFound)
    );
    assert!(HttpStatus::try_from(own).is_err());
    println!("generic: {}", describe::<EdgeStatus>(499));
}

fn describe<T: StatusTable>(code: u16) -> String {
    T::from_u16(code).map_or_else(|| format!("{code}: unknown"), |s| s.to_string())
}
