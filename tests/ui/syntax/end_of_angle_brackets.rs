// The end of the design card's angle brackets is reported at the `>`, not
// at the call site.
fastrapi_status::status_codes!(< 200 OK >);

fn main() {}
