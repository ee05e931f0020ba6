// An attribute the macro does not read passes through to the enum as
// written, so a malformed one gets the compiler's own errors, at the
// user's tokens, as on a hand-written enum.
fastrapi_status::status_codes! {
    #[stat = us(pre = ix GE)]
    pub enum Edge {
        404 MISSING "Our own word for it",
    }
}

fn main() {}
