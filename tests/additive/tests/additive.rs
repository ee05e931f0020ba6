//! Each table behaves as its own declaration says, whatever features the
//! graph turns on (`.ci/run` runs this alone and beside `every-feature`).

use fastrapi_status::Code;
use fastrapi_status_additive::{Edge, Job, Task};

#[test]
fn a_table_that_derives_serde_gets_the_facades_impls() {
    assert_eq!(serde_json::to_string(&Job::Killed).unwrap(), "137");
    assert_eq!(
        serde_json::from_str::<Job>("\"JOB_0_DONE\"").unwrap(),
        Job::Done
    );
    assert_eq!(serde_json::from_str::<Job>("0").unwrap(), Job::Done);
    assert_eq!(serde_json::to_string(&Task::Queued).unwrap(), "1");
}

#[test]
fn hand_written_impls_are_the_ones_used() {
    assert_eq!(
        serde_json::to_string(&Edge::ClientClosed).unwrap(),
        "\"Client Closed Request\""
    );
    assert_eq!(serde_json::from_str::<Edge>("\"Ok\"").unwrap(), Edge::Ok);
    assert!(serde_json::from_str::<Edge>("200").is_err());
    assert_eq!(http::StatusCode::from(Edge::ClientClosed).as_u16(), 400);
    assert_eq!(Edge::try_from(http::StatusCode::OK).unwrap(), Edge::Ok);
    assert_eq!(Code::from(Edge::ClientClosed).as_u16(), 499);
}
