//! Plain reference implementations: a linear scan over `ALL` comparing
//! every key ASCII-case-insensitively, and the canonical decimal rule, as
//! `DESIGN.md` states them. Slow and obvious, to check the fast ones.

use fastrapi_status::{Code, StatusTable};

/// A canonical decimal `u16`: one to five ASCII digits, no leading zero
/// (but `0` itself), at most 65535.
pub fn decimal(s: &str) -> Option<u16> {
    let canonical = !s.is_empty()
        && s.len() <= 5
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s == "0" || !s.starts_with('0'));
    if canonical {
        s.parse::<u32>().ok().and_then(|n| u16::try_from(n).ok())
    } else {
        None
    }
}

/// Every key `FromStr` takes for `status` besides its code: the name, the
/// constant name, and each alias as a constant and as a name.
pub fn keys<T: StatusTable>(status: T) -> Vec<String> {
    let constant = status.constant_name();
    // `HTTP_413_` of `HTTP_413_CONTENT_TOO_LARGE`: what an alias's constant
    // adds to its name.
    let head = &constant[..constant.len() - status.name().len()];
    let mut keys = vec![status.name().to_owned(), constant.to_owned()];
    for alias in status.aliases() {
        keys.push((*alias).to_owned());
        keys.push(alias[head.len()..].to_owned());
    }
    keys
}

/// What `from_name` should return.
pub fn from_name<T: StatusTable>(s: &str) -> Option<T> {
    T::ALL
        .iter()
        .copied()
        .find(|status| keys(*status).iter().any(|k| k.eq_ignore_ascii_case(s)))
}

/// What `FromStr` and `parse` should return.
pub fn parse<T: StatusTable>(s: &str) -> Option<T> {
    match decimal(s) {
        Some(code) => from_u16(code),
        None => from_name(s),
    }
}

/// What `from_u16` should return.
pub fn from_u16<T: StatusTable>(code: u16) -> Option<T> {
    T::ALL
        .iter()
        .copied()
        .find(|status| status.as_u16() == code)
}

/// What `Code<T>`'s `FromStr` should return: any in-range canonical code,
/// or any key of the table.
pub fn code<T: StatusTable>(s: &str) -> Option<u16> {
    match decimal(s) {
        Some(code) if T::KIND.contains(code) => Some(code),
        Some(_) => None,
        None => from_name::<T>(s).map(StatusTable::as_u16),
    }
}

/// What deserializing JSON should give, from the JSON's own value: a
/// number that is a `u16` (`accept` decides whether it is one of the
/// type's), or a string its `FromStr` takes; nothing else.
pub fn json(
    value: &serde_json::Value,
    accept: impl Fn(u16) -> bool,
    text: impl Fn(&str) -> Option<u16>,
) -> Option<u16> {
    match value {
        serde_json::Value::Number(n) => {
            let code = match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => u16::try_from(u).ok(),
                (None, Some(i)) => u16::try_from(i).ok(),
                _ => None,
            };
            code.filter(|&c| accept(c))
        }
        serde_json::Value::String(s) => text(s),
        _ => None,
    }
}

/// Checks a table's `FromStr`, `parse`, `from_name`, and its `Code`'s
/// `FromStr` and `parse`, against the references on one input.
pub fn check_text<T: StatusTable>(s: &str) {
    let expected = parse::<T>(s);
    let parsed = s.parse::<T>();
    assert_eq!(parsed.ok(), expected, "{}: FromStr of {s:?}", T::TABLE_NAME);
    assert_eq!(T::parse(s), expected, "{}: parse of {s:?}", T::TABLE_NAME);
    assert_eq!(
        T::from_name(s),
        from_name::<T>(s),
        "{}: from_name of {s:?}",
        T::TABLE_NAME
    );
    if let Err(err) = parsed {
        assert!(
            s.starts_with(err.input()) && err.input().len() <= 32,
            "{err:?}"
        );
        assert_eq!(err.is_truncated(), err.input().len() < s.len());
    }
    let code = code::<T>(s);
    assert_eq!(
        s.parse::<Code<T>>().ok().map(u16::from),
        code,
        "Code<{}> of {s:?}",
        T::TABLE_NAME
    );
    assert_eq!(
        Code::<T>::parse(s).map(u16::from),
        code,
        "Code<{}>::parse of {s:?}",
        T::TABLE_NAME
    );
}

/// Checks `from_u16`, `Code::new` and `TryFrom` on one code.
pub fn check_code<T: StatusTable>(n: u16) {
    assert_eq!(
        T::from_u16(n),
        from_u16::<T>(n),
        "{}::from_u16({n})",
        T::TABLE_NAME
    );
    let code = Code::<T>::new(n);
    assert_eq!(code.is_some(), T::KIND.contains(n));
    assert_eq!(code.and_then(Code::known), from_u16::<T>(n));
    assert_eq!(Code::<T>::try_from(n).ok(), code);
}
