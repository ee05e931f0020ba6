//! Tables declared by a crate that depends on `fastrapi-status` alone: the
//! bare form, the header form, several tables in one invocation, any
//! visibility, inside a function body and from inside `macro_rules!`.

use fastrapi_status::{StatusTable, UnknownStatusCode};

mod bare {
    fastrapi_status::status_codes! {
        200 OK "The request succeeded",
        #[phrase = "Not Found"]
        404 NOT_FOUND "The server cannot find the requested resource",
        // Entries in any order: the enum follows the code.
        102 PROCESSING "Still working",
    }
}

mod custom {
    fastrapi_status::status_codes! {
        /// Codes far apart (a sparse table) and at both ends of `u16`.
        #[status(kind = custom, prefix = APP)]
        #[allow(dead_code)]
        pub(crate) enum AppCode {
            0 ZERO "The lowest code",
            /// An entry with docs of its own.
            #[alias(OLD_MAX, ANCIENT_MAX)]
            65535 MAX "The highest code",
            30000 MIDDLE "Somewhere in between",
        }

        #[status(kind = websocket)]
        pub enum Close {
            4000 APP_CLOSED "The application closed the connection",
            4001 APP_RESTARTING "The application restarts",
        }

        #[status(kind = http, prefix = MY)]
        pub(super) enum Http {
            418 IM_A_TEAPOT "Short and stout",
            299 CUSTOM_SUCCESS "An unregistered success code",
        }
    }
}

#[test]
fn bare_form_declares_status() {
    use bare::*;
    assert_eq!((OK, NOT_FOUND, PROCESSING), (200, 404, 102));
    assert_eq!(
        Status::ALL,
        [Status::Processing, Status::Ok, Status::NotFound]
    );
    assert_eq!(Status::Ok.phrase(), "Ok");
    assert_eq!(Status::NotFound.to_string(), "404 Not Found");
    assert_eq!(Status::Processing.constant_name(), "PROCESSING");
    assert_eq!("ok".parse(), Ok(Status::Ok));
    assert_eq!("102".parse(), Ok(Status::Processing));
    assert!("103".parse::<Status>().is_err());
    assert_eq!(<Status as StatusTable>::TABLE_NAME, "Status");
    assert!(Status::Ok < Status::NotFound);
}

#[test]
#[allow(deprecated)]
fn header_form_with_options() {
    use custom::*;
    assert_eq!(
        (
            APP_0_ZERO,
            APP_65535_MAX,
            APP_65535_OLD_MAX,
            APP_65535_ANCIENT_MAX
        ),
        (0, 65535, 65535, 65535)
    );
    assert_eq!(AppCode::ALL, [AppCode::Zero, AppCode::Middle, AppCode::Max]);
    for code in [0, 30000, 65535] {
        assert_eq!(AppCode::from_u16(code).map(AppCode::as_u16), Some(code));
    }
    for code in [1, 29999, 30001, 65534] {
        assert_eq!(AppCode::from_u16(code), None);
        assert_eq!(
            AppCode::try_from(code),
            Err(UnknownStatusCode::new("AppCode", code))
        );
    }
    assert_eq!(
        AppCode::Max.aliases(),
        ["APP_65535_OLD_MAX", "APP_65535_ANCIENT_MAX"]
    );
    for text in [
        "MAX",
        "max",
        "APP_65535_MAX",
        "OLD_MAX",
        "ancient_max",
        "APP_65535_OLD_MAX",
        "65535",
    ] {
        assert_eq!(text.parse(), Ok(AppCode::Max), "{text}");
    }
    assert_eq!("0".parse(), Ok(AppCode::Zero));
    assert!("00".parse::<AppCode>().is_err());
    assert!("65536".parse::<AppCode>().is_err());

    assert_eq!((APP_CLOSED, APP_RESTARTING), (4000, 4001));
    assert_eq!(Close::AppRestarting.to_string(), "4001 App Restarting");

    assert_eq!((MY_418_IM_A_TEAPOT, MY_299_CUSTOM_SUCCESS), (418, 299));
    assert!(Http::CustomSuccess.is_success());
    assert!(Http::ImATeapot.is_client_error());
    assert_eq!(
        Http::ImATeapot.class(),
        fastrapi_status::StatusClass::ClientError
    );
}

#[test]
fn lookups_are_const() {
    use custom::AppCode;
    const MIDDLE: Option<AppCode> = AppCode::from_u16(30000);
    const PHRASE: &str = AppCode::Max.phrase();
    const CODE: u16 = AppCode::Middle.as_u16();
    assert_eq!(MIDDLE, Some(AppCode::Middle));
    assert_eq!((PHRASE, CODE), ("Max", 30000));
}

#[test]
fn table_inside_a_function_body() {
    fastrapi_status::status_codes! {
        enum Local {
            1 ONE "One",
            2 TWO "Two",
        }
    }
    assert_eq!(Local::from_u16(ONE), Some(Local::One));
    assert_eq!(Local::Two.name(), "TWO");
    assert_eq!(u16::from(Local::Two), TWO);
    assert!(2 == Local::Two);
    assert!(Local::Two == 2);
    assert!(Local::One != 2);
}

macro_rules! declare {
    ($vis:vis $table:ident: $($code:literal $name:ident $desc:literal),* $(,)?) => {
        fastrapi_status::status_codes! {
            #[status(prefix = GEN)]
            $vis enum $table {
                $($code $name $desc,)*
            }
        }
    };
}

declare!(pub Generated: 7 SEVEN "Seven", 8 EIGHT "Eight");

#[test]
fn table_from_macro_rules_fragments() {
    assert_eq!((GEN_7_SEVEN, GEN_8_EIGHT), (7, 8));
    assert_eq!(Generated::from_u16(8), Some(Generated::Eight));
    assert_eq!("gen_7_seven".parse(), Ok(Generated::Seven));
    assert_eq!(Generated::Seven.description(), "Seven");
}

/// Generic code over any table.
fn codes_of<T: StatusTable>() -> Vec<u16> {
    T::ALL.iter().map(|s| s.as_u16()).collect()
}

#[test]
fn generic_over_tables() {
    assert_eq!(codes_of::<bare::Status>(), [102, 200, 404]);
    assert_eq!(codes_of::<custom::Close>(), [4000, 4001]);
    assert_eq!(codes_of::<fastrapi_status::WsCloseCode>().len(), 15);
}
