//! The `http` and `serde` features, on the facade's tables and on
//! downstream tables (the root package enables both features): serde where
//! a table derives it, `http::StatusCode` through `Code<T>`.

use fastrapi_status::{Code, HttpStatus, StatusTable, UnknownStatusCode, WsCloseCode};

fastrapi_status::status_codes! {
    /// A downstream `kind = http` table.
    #[derive(Debug, serde::Serialize, serde::Deserialize)]
    #[status(kind = http, prefix = API)]
    pub enum ApiStatus {
        200 OK "Fine",
        #[alias(GONE_FOR_GOOD)]
        410 GONE "Removed",
        599 NETWORK_CONNECT_TIMEOUT "An unofficial code",
    }

    /// A downstream custom table.
    #[derive(serde::Serialize, serde::Deserialize)]
    pub enum Job {
        0 DONE "Finished",
        137 KILLED "Killed",
    }
}

#[test]
fn http_conversions_for_every_entry() {
    for &status in HttpStatus::ALL {
        let theirs = http::StatusCode::from(status);
        assert_eq!(theirs.as_u16(), status.as_u16());
        assert_eq!(HttpStatus::try_from(theirs), Ok(status));
    }
    for &status in ApiStatus::ALL {
        let theirs = http::StatusCode::from(Code::from(status));
        assert_eq!(Code::<ApiStatus>::from(theirs).known(), Some(status));
    }
}

#[test]
fn http_codes_we_do_not_have_are_errors() {
    // http accepts every code in 100..=999; the tables do not.
    for code in (100..=999).filter(|&c| HttpStatus::from_u16(c).is_none()) {
        let theirs = http::StatusCode::from_u16(code).unwrap();
        assert_eq!(
            HttpStatus::try_from(theirs),
            Err(UnknownStatusCode::new("HttpStatus", code))
        );
    }
    let unknown = Code::<ApiStatus>::from(http::StatusCode::NOT_FOUND);
    assert_eq!((unknown.known(), unknown.as_u16()), (None, 404));
}

fn round_trips<T: StatusTable + serde::Serialize + serde::de::DeserializeOwned>() {
    for &status in T::ALL {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.as_u16().to_string());
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), status);
        for text in [status.name(), status.constant_name()] {
            let quoted = format!("\"{}\"", text.to_lowercase());
            assert_eq!(
                serde_json::from_str::<T>(&quoted).unwrap(),
                status,
                "{quoted}"
            );
        }
        let code = format!("\"{}\"", status.as_u16());
        assert_eq!(serde_json::from_str::<T>(&code).unwrap(), status);
    }
}

#[test]
fn serde_round_trips() {
    round_trips::<HttpStatus>();
    round_trips::<WsCloseCode>();
    round_trips::<ApiStatus>();
    round_trips::<Job>();
    assert_eq!(
        serde_json::from_str::<HttpStatus>("\"HTTP_413_REQUEST_ENTITY_TOO_LARGE\"").unwrap(),
        HttpStatus::ContentTooLarge
    );
    assert_eq!(
        serde_json::from_str::<ApiStatus>("\"gone_for_good\"").unwrap(),
        ApiStatus::Gone
    );
    let list: Vec<HttpStatus> = serde_json::from_str("[200, \"NOT_FOUND\", 500]").unwrap();
    assert_eq!(
        list,
        [
            HttpStatus::Ok,
            HttpStatus::NotFound,
            HttpStatus::InternalServerError
        ]
    );
}

#[test]
fn serde_rejections_name_the_input() {
    let cases: [(&str, &str); 8] = [
        ("999", "999 is not a known HttpStatus code"),
        ("70000", "70000 is not a known HttpStatus code"),
        ("-1", "-1 is not a known HttpStatus code"),
        ("\"NOPE\"", "\"NOPE\" is not a known HttpStatus"),
        ("\"404 \"", "\"404 \" is not a known HttpStatus"),
        ("4.04", "expected a HttpStatus code, name or constant name"),
        ("null", "expected a HttpStatus code, name or constant name"),
        ("true", "expected a HttpStatus code, name or constant name"),
    ];
    for (json, message) in cases {
        let err = serde_json::from_str::<HttpStatus>(json)
            .unwrap_err()
            .to_string();
        assert!(err.contains(message), "{json}: {err}");
    }
    let err = serde_json::from_str::<Job>("1").unwrap_err().to_string();
    assert!(err.contains("1 is not a known Job code"), "{err}");
}
