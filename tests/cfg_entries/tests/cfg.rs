//! Every lookup agrees with the feature the crate was built with.

use fastrapi_status::{Code, StatusTable};
use fastrapi_status_cfg_entries::*;

const EXTRA: bool = cfg!(feature = "extra");

fn names() -> Vec<&'static str> {
    App::ALL.iter().map(|s| s.name()).collect()
}

#[test]
fn all_holds_what_the_build_has() {
    if EXTRA {
        assert_eq!(
            names(),
            ["FINE", "EXTRA", "RICH", "OLD", "ALLOWED", "ALWAYS"]
        );
    } else {
        assert_eq!(names(), ["FINE", "PLAIN", "OLD", "ALLOWED", "ALWAYS"]);
    }
}

#[test]
fn lookups_by_code_and_name_follow_the_feature() {
    for (code, name, in_extra, in_plain) in [
        (1, "EXTRA", true, false),
        (2, "PLAIN", false, true),
        (3, "RICH", true, false),
        (6, "NEVER", false, false),
        (7, "ALWAYS", true, true),
    ] {
        let present = if EXTRA { in_extra } else { in_plain };
        assert_eq!(App::from_u16(code).is_some(), present, "{code}");
        assert_eq!(App::try_from(code).is_ok(), present, "{code}");
        assert_eq!(App::from_name(name).is_some(), present, "{name}");
        assert_eq!(name.parse::<App>().is_ok(), present, "{name}");
        assert_eq!(code.to_string().parse::<App>().is_ok(), present, "{code}");
        let constant = format!("APP_{code}_{name}");
        assert_eq!(constant.parse::<App>().is_ok(), present, "{constant}");
        assert_eq!(
            Code::<App>::new(code).and_then(Code::known).is_some(),
            present
        );
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(
            serde_json::from_str::<App>(&json).is_ok(),
            present,
            "{json}"
        );
    }
    // The alias goes with its entry.
    assert_eq!("BONUS".parse::<App>().is_ok(), EXTRA);
    assert_eq!("app_1_bonus".parse::<App>().is_ok(), EXTRA);
}

#[cfg(feature = "extra")]
#[test]
fn the_extra_items_exist() {
    assert_eq!(APP_1_EXTRA, 1);
    #[allow(deprecated)]
    let bonus = APP_1_BONUS;
    assert_eq!(bonus, 1);
    assert_eq!(App::Extra.as_u16(), 1);
    assert_eq!(App::default(), App::Rich);
    assert_eq!(format!("{:?} {}", App::Extra, App::Extra), "Extra 1 Extra");
}

#[cfg(not(feature = "extra"))]
#[test]
fn the_plain_items_exist() {
    assert_eq!(APP_2_PLAIN, 2);
    assert_eq!(App::default(), App::Plain);
}

#[test]
fn deprecated_entries_are_found() {
    let old = App::from_u16(4).unwrap();
    assert_eq!(old.name(), "OLD");
    assert_eq!(old.deprecated(), Some("use FINE"));
    assert_eq!(StatusTable::deprecated(App::Fine), None);
    assert_eq!("OLD".parse::<App>(), Ok(old));
    assert_eq!(APP_5_ALLOWED, 5);
}

#[test]
fn nested_tables_under_cfg() {
    assert_eq!(nested::Status::ALL.len(), if EXTRA { 2 } else { 1 });
    assert_eq!(nested::inner::Status::ALL.len(), if EXTRA { 1 } else { 2 });
}

#[test]
fn a_raw_table_name_under_cfg() {
    assert_eq!(raw::Raw::ALL.len(), if EXTRA { 2 } else { 1 });
    assert_eq!(raw::Raw::from_u16(1).is_some(), EXTRA);
}
