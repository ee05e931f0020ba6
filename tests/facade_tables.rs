//! Every entry of both facade tables, checked against `tests/data/*.tsv`
//! (copies of the reference data the tables were written from).

#![allow(deprecated)] // the four Starlette aliases are checked too

use std::collections::HashMap;

use fastrapi_status::*;

struct Row {
    code: u16,
    name: String,
    constant: String,
    phrase: String,
    alias: Option<String>,
    description: String,
}

fn rows(tsv: &str) -> Vec<Row> {
    let mut lines = tsv.lines();
    assert_eq!(
        lines.next(),
        Some("code\tname\tconstant\tphrase\tdeprecated_alias\tdescription")
    );
    lines
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 6, "{line}");
            Row {
                code: f[0].parse().unwrap(),
                name: f[1].to_owned(),
                constant: f[2].to_owned(),
                phrase: f[3].to_owned(),
                alias: (!f[4].is_empty()).then(|| f[4].to_owned()),
                description: f[5].to_owned(),
            }
        })
        .collect()
}

fn http_rows() -> Vec<Row> {
    rows(include_str!("data/http.tsv"))
}

fn ws_rows() -> Vec<Row> {
    rows(include_str!("data/ws.tsv"))
}

/// `NOT_FOUND` -> `NotFound`, written independently of the macro's version.
fn camel(name: &str) -> String {
    name.split('_')
        .map(|w| w[..1].to_owned() + &w[1..].to_lowercase())
        .collect()
}

macro_rules! named {
    ($($c:ident),* $(,)?) => {
        [$((stringify!($c), $c)),*]
    };
}

/// Every public constant, by name: a constant missing from the facade (or
/// misnamed) fails to compile here.
const CONSTANTS: &[(&str, u16)] = &named![
    HTTP_100_CONTINUE,
    HTTP_101_SWITCHING_PROTOCOLS,
    HTTP_102_PROCESSING,
    HTTP_103_EARLY_HINTS,
    HTTP_200_OK,
    HTTP_201_CREATED,
    HTTP_202_ACCEPTED,
    HTTP_203_NON_AUTHORITATIVE_INFORMATION,
    HTTP_204_NO_CONTENT,
    HTTP_205_RESET_CONTENT,
    HTTP_206_PARTIAL_CONTENT,
    HTTP_207_MULTI_STATUS,
    HTTP_208_ALREADY_REPORTED,
    HTTP_226_IM_USED,
    HTTP_300_MULTIPLE_CHOICES,
    HTTP_301_MOVED_PERMANENTLY,
    HTTP_302_FOUND,
    HTTP_303_SEE_OTHER,
    HTTP_304_NOT_MODIFIED,
    HTTP_305_USE_PROXY,
    HTTP_306_RESERVED,
    HTTP_307_TEMPORARY_REDIRECT,
    HTTP_308_PERMANENT_REDIRECT,
    HTTP_400_BAD_REQUEST,
    HTTP_401_UNAUTHORIZED,
    HTTP_402_PAYMENT_REQUIRED,
    HTTP_403_FORBIDDEN,
    HTTP_404_NOT_FOUND,
    HTTP_405_METHOD_NOT_ALLOWED,
    HTTP_406_NOT_ACCEPTABLE,
    HTTP_407_PROXY_AUTHENTICATION_REQUIRED,
    HTTP_408_REQUEST_TIMEOUT,
    HTTP_409_CONFLICT,
    HTTP_410_GONE,
    HTTP_411_LENGTH_REQUIRED,
    HTTP_412_PRECONDITION_FAILED,
    HTTP_413_CONTENT_TOO_LARGE,
    HTTP_414_URI_TOO_LONG,
    HTTP_415_UNSUPPORTED_MEDIA_TYPE,
    HTTP_416_RANGE_NOT_SATISFIABLE,
    HTTP_417_EXPECTATION_FAILED,
    HTTP_418_IM_A_TEAPOT,
    HTTP_421_MISDIRECTED_REQUEST,
    HTTP_422_UNPROCESSABLE_CONTENT,
    HTTP_423_LOCKED,
    HTTP_424_FAILED_DEPENDENCY,
    HTTP_425_TOO_EARLY,
    HTTP_426_UPGRADE_REQUIRED,
    HTTP_428_PRECONDITION_REQUIRED,
    HTTP_429_TOO_MANY_REQUESTS,
    HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE,
    HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS,
    HTTP_500_INTERNAL_SERVER_ERROR,
    HTTP_501_NOT_IMPLEMENTED,
    HTTP_502_BAD_GATEWAY,
    HTTP_503_SERVICE_UNAVAILABLE,
    HTTP_504_GATEWAY_TIMEOUT,
    HTTP_505_HTTP_VERSION_NOT_SUPPORTED,
    HTTP_506_VARIANT_ALSO_NEGOTIATES,
    HTTP_507_INSUFFICIENT_STORAGE,
    HTTP_508_LOOP_DETECTED,
    HTTP_510_NOT_EXTENDED,
    HTTP_511_NETWORK_AUTHENTICATION_REQUIRED,
    WS_1000_NORMAL_CLOSURE,
    WS_1001_GOING_AWAY,
    WS_1002_PROTOCOL_ERROR,
    WS_1003_UNSUPPORTED_DATA,
    WS_1005_NO_STATUS_RCVD,
    WS_1006_ABNORMAL_CLOSURE,
    WS_1007_INVALID_FRAME_PAYLOAD_DATA,
    WS_1008_POLICY_VIOLATION,
    WS_1009_MESSAGE_TOO_BIG,
    WS_1010_MANDATORY_EXT,
    WS_1011_INTERNAL_ERROR,
    WS_1012_SERVICE_RESTART,
    WS_1013_TRY_AGAIN_LATER,
    WS_1014_BAD_GATEWAY,
    WS_1015_TLS_HANDSHAKE,
];

const ALIASES: &[(&str, u16)] = &named![
    HTTP_413_REQUEST_ENTITY_TOO_LARGE,
    HTTP_414_REQUEST_URI_TOO_LONG,
    HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE,
    HTTP_422_UNPROCESSABLE_ENTITY,
];

fn check_table<T: StatusTable>(rows: &[Row]) {
    assert_eq!(T::ALL.len(), rows.len(), "{}", T::TABLE_NAME);
    assert!(T::ALL.windows(2).all(|w| w[0] < w[1]), "ALL sorted by code");
    let constants: HashMap<&str, u16> = CONSTANTS.iter().copied().collect();
    let aliases: HashMap<&str, u16> = ALIASES.iter().copied().collect();
    for (row, &status) in rows.iter().zip(T::ALL) {
        let code = row.code;
        assert_eq!(status.as_u16(), code);
        assert_eq!(T::from_u16(code), Some(status));
        assert_eq!(T::try_from(code), Ok(status));
        assert_eq!(Into::<u16>::into(status), code);
        assert!(status == code);
        assert_eq!(format!("{status:?}"), camel(&row.name));
        assert_eq!(status.name(), row.name);
        assert_eq!(status.constant_name(), row.constant);
        assert_eq!(status.phrase(), row.phrase);
        assert_eq!(status.description(), row.description);
        assert_eq!(status.to_string(), format!("{code} {}", row.phrase));
        assert_eq!(
            constants.get(row.constant.as_str()),
            Some(&code),
            "{}",
            row.constant
        );

        let mut accepted = vec![
            code.to_string(),
            row.name.clone(),
            row.name.to_lowercase(),
            row.constant.clone(),
            row.constant.to_lowercase(),
        ];
        match &row.alias {
            Some(alias) => {
                assert_eq!(status.aliases(), [alias.as_str()]);
                assert_eq!(aliases.get(alias.as_str()), Some(&code));
                let short = alias.splitn(3, '_').nth(2).unwrap();
                accepted.extend([alias.clone(), alias.to_lowercase(), short.to_owned()]);
            }
            None => assert!(status.aliases().is_empty()),
        }
        for text in accepted {
            assert_eq!(text.parse::<T>(), Ok(status), "{text}");
        }
        for rejected in [
            format!(" {code}"),
            format!("{code} "),
            format!("+{code}"),
            format!("0{code}"),
            format!("{code:#x}"),
            format!("{}_", row.name),
            format!("{}-", row.name.replace('_', "-")),
            format!("{} ", row.name),
        ]
        .into_iter()
        // A multi-word phrase is not a name ("Not Found"); "Continue" is.
        .chain(row.phrase.contains(' ').then(|| row.phrase.clone()))
        {
            let err = rejected.parse::<T>().unwrap_err();
            assert_eq!(err.input(), rejected);
            assert_eq!(err.table(), T::TABLE_NAME);
        }
    }
}

#[test]
fn http_table_matches_the_reference() {
    check_table::<HttpStatus>(&http_rows());
    for &status in HttpStatus::ALL {
        let class = StatusClass::from_code(status.as_u16()).unwrap();
        assert_eq!(status.class(), class);
        let flags = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(flags.iter().filter(|&&f| f).count(), 1);
        assert!(flags[usize::from(status.as_u16() / 100 - 1)], "{status}");
    }
}

#[test]
fn websocket_table_matches_the_reference() {
    check_table::<WsCloseCode>(&ws_rows());
    let reserved: Vec<u16> = WsCloseCode::ALL
        .iter()
        .filter(|c| !c.is_sendable())
        .map(|c| c.as_u16())
        .collect();
    assert_eq!(reserved, [1005, 1006, 1015]);
}

#[test]
fn every_constant_is_listed() {
    assert_eq!(CONSTANTS.len(), 63 + 15);
    assert_eq!(ALIASES.len(), 4);
    assert_eq!(HttpStatus::ALL.len(), 63);
    assert_eq!(WsCloseCode::ALL.len(), 15);
}

#[test]
fn errors_name_the_table_and_the_input() {
    let err = HttpStatus::try_from(600).unwrap_err();
    assert_eq!(err.to_string(), "600 is not a known HttpStatus code");
    let err = "WS_1000_NORMAL_CLOSURE".parse::<HttpStatus>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "\"WS_1000_NORMAL_CLOSURE\" is not a known HttpStatus: expected a decimal code, a name, a constant name or an alias"
    );
    let err = "1016".parse::<WsCloseCode>().unwrap_err();
    assert!(err.to_string().contains("WsCloseCode"), "{err}");
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(boxed.to_string().contains("\"1016\""));
}

#[test]
fn display_honours_width_and_alignment() {
    assert_eq!(
        format!("[{:<16}]", HttpStatus::NotFound),
        "[404 Not Found   ]"
    );
    assert_eq!(format!("[{:>16}]", HttpStatus::Ok), "[          200 OK]");
    assert_eq!(format!("{}", StatusClass::ServerError), "Server Error");
}

/// `tests/data/specs.tsv` (a copy of the reference data): code -> (the
/// defining document, its address).
fn specs() -> HashMap<u16, (String, String)> {
    let mut lines = include_str!("data/specs.tsv").lines();
    assert_eq!(lines.next(), Some("code\treference\turl"));
    lines
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 3, "{line}");
            (f[0].parse().unwrap(), (f[1].to_owned(), f[2].to_owned()))
        })
        .collect()
}

#[test]
fn every_entry_names_its_spec_as_the_reference_data_does() {
    let specs = specs();
    assert_eq!(specs.len(), HttpStatus::ALL.len() + WsCloseCode::ALL.len());
    let mut seen = 0;
    for status in HttpStatus::ALL {
        let (reference, url) = &specs[&status.as_u16()];
        assert_eq!(status.spec(), Some(reference.as_str()), "{status}");
        assert_eq!(status.spec_url(), Some(url.as_str()), "{status}");
        seen += 1;
    }
    for code in WsCloseCode::ALL {
        let (reference, url) = &specs[&code.as_u16()];
        assert_eq!(code.spec(), Some(reference.as_str()), "{code}");
        assert_eq!(StatusTable::spec_url(*code), Some(url.as_str()), "{code}");
        seen += 1;
    }
    assert_eq!(seen, specs.len());
    assert_eq!(
        HttpStatus::NotFound.spec(),
        Some("RFC 9110, Section 15.5.5")
    );
    // No entry of the facade is deprecated: its old names are aliases.
    for status in HttpStatus::ALL {
        assert_eq!(status.deprecated(), None);
    }
}
