// A reason phrase goes on a status line: one that could end it (and start a
// header line) is rejected, and so is any other character an HTTP phrase
// may not hold; a control character in any table's phrase.
fastrapi_status::status_codes! {
    #[status(kind = http)]
    pub enum Injected {
        #[phrase = "OK\r\nSet-Cookie: admin=1"]
        299 ODD_OK "A phrase that would send a header",
        #[phrase = "Trop Tôt"]
        298 TOO_EARLY "Not visible ASCII",
        #[phrase = "Tab\tAnd Spaces Are Fine"]
        297 TABBED "Allowed",
    }

    pub enum Job {
        #[phrase = "Bell\u{7}"]
        1 RINGING "A control character",
        #[phrase = "Fertig ✓"]
        2 DONE "Any other text is fine outside HTTP",
    }
}

fn main() {}
