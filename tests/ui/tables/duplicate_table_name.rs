fastrapi_status::status_codes! {
    pub enum Same {
        1 ONE "One",
    }
    pub enum Same {
        2 TWO "Two",
    }
}

fn main() {}
