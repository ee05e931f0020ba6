//! Name conversions: from an entry's SCREAMING_SNAKE_CASE name, its
//! variant, default phrase and constant, and suggestions for bad names.

/// `true` for `NOT_FOUND`, `HTTP_2`, `A1`: an ASCII uppercase letter, then
/// words of uppercase letters and digits joined by single underscores.
pub fn is_screaming_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && !name.ends_with('_')
        && !name.as_bytes().windows(2).any(|pair| pair == b"__")
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// Why `name` cannot be an entry's name or alias (`what`), if it cannot.
pub fn name_error(name: &str, what: &str) -> Option<String> {
    if is_screaming_snake(name) {
        return None;
    }
    // A suggestion would drop the character: name it instead.
    if let Some(c) = name.chars().find(|c| !c.is_ascii()) {
        return Some(format!("{what} `{name}` is not SCREAMING_SNAKE_CASE: names are ASCII letters, digits and underscores, and `{c}` is not one"));
    }
    let suggestion = suggest_screaming_snake(name);
    let hint = if suggestion.is_empty() {
        "use uppercase letters, digits and single underscores, like `NOT_FOUND`".to_owned()
    } else {
        format!("write `{suggestion}`")
    };
    Some(format!(
        "{what} `{name}` is not SCREAMING_SNAKE_CASE: {hint}"
    ))
}

/// Appends `word` to `out`, its first letter upper case, the rest lower.
fn push_capitalized(out: &mut String, word: &str) {
    for (i, ch) in word.chars().enumerate() {
        out.push(if i == 0 {
            ch.to_ascii_uppercase()
        } else {
            ch.to_ascii_lowercase()
        });
    }
}

/// The spelling to suggest for a name that is not SCREAMING_SNAKE_CASE:
/// `notFound` -> `NOT_FOUND`, `_foo__bar_` -> `FOO_BAR`. May be empty when
/// nothing of the name survives (`__`).
pub fn suggest_screaming_snake(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev_lower_or_digit = false;
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            if ch.is_ascii_uppercase() && prev_lower_or_digit && !out.ends_with('_') {
                out.push('_');
            }
            if out.is_empty() && ch.is_ascii_digit() {
                out.push('N');
                out.push('_');
            }
            out.push(ch.to_ascii_uppercase());
            prev_lower_or_digit = ch.is_ascii_lowercase() || ch.is_ascii_digit();
        } else {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            prev_lower_or_digit = false;
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// `NOT_FOUND` -> `NotFound`, `OK` -> `Ok`, `IM_A_TEAPOT` -> `ImATeapot`.
/// Digits are kept, so `STATUS_2` and `STATUS2` both give `Status2`.
pub fn upper_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split('_') {
        push_capitalized(&mut out, word);
    }
    out
}

/// `NOT_FOUND` -> `Not Found`: the default reason phrase.
pub fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split('_') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        push_capitalized(&mut out, word);
    }
    out
}

/// The constant for `name` in a table with `prefix`: `HTTP_404_NOT_FOUND`,
/// or `NOT_FOUND` without a prefix.
pub fn constant_name(prefix: Option<&str>, code: u16, name: &str) -> String {
    match prefix {
        Some(prefix) => format!("{prefix}_{code}_{name}"),
        None => name.to_owned(),
    }
}

/// `items` joined for a message: `between` each pair, `last` before the
/// last (`"a, b and c"`, `"a | b | c"`).
pub fn join(items: &[String], between: &str, last: &str) -> String {
    let mut text = String::new();
    for (at, item) in items.iter().enumerate() {
        if at > 0 {
            text += if at + 1 == items.len() { last } else { between };
        }
        text += item;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screaming_snake_accepts_only_the_canonical_shape() {
        for good in ["OK", "NOT_FOUND", "HTTP_2", "A1", "IM_A_TEAPOT", "X"] {
            assert!(is_screaming_snake(good), "{good}");
        }
        for bad in [
            "",
            "ok",
            "NotFound",
            "_OK",
            "OK_",
            "NOT__FOUND",
            "1XX",
            "r#OK",
            "ÄÖ",
            "NOT-FOUND",
        ] {
            assert!(!is_screaming_snake(bad), "{bad}");
        }
    }

    #[test]
    fn suggestions_are_screaming_snake() {
        assert_eq!(suggest_screaming_snake("notFound"), "NOT_FOUND");
        assert_eq!(suggest_screaming_snake("not_found"), "NOT_FOUND");
        assert_eq!(suggest_screaming_snake("_foo__bar_"), "FOO_BAR");
        assert_eq!(suggest_screaming_snake("NotFound"), "NOT_FOUND");
        assert_eq!(suggest_screaming_snake("r#type"), "TYPE");
        assert_eq!(suggest_screaming_snake("__"), "");
        for s in ["notFound", "_foo__bar_", "a1b", "x"] {
            assert!(is_screaming_snake(&suggest_screaming_snake(s)), "{s}");
        }
    }

    #[test]
    fn variants_and_phrases() {
        assert_eq!(upper_camel("NOT_FOUND"), "NotFound");
        assert_eq!(upper_camel("OK"), "Ok");
        assert_eq!(upper_camel("IM_A_TEAPOT"), "ImATeapot");
        assert_eq!(upper_camel("STATUS_2"), upper_camel("STATUS2"));
        assert_eq!(upper_camel("SELF"), "Self");
        assert_eq!(title_case("NOT_FOUND"), "Not Found");
        assert_eq!(
            title_case("HTTP_VERSION_NOT_SUPPORTED"),
            "Http Version Not Supported"
        );
        assert_eq!(
            constant_name(Some("HTTP"), 404, "NOT_FOUND"),
            "HTTP_404_NOT_FOUND"
        );
        assert_eq!(constant_name(None, 404, "NOT_FOUND"), "NOT_FOUND");
    }
}
