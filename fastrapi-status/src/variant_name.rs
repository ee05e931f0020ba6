//! `Debug` for every table: the variant's name, recomputed from the
//! entry's name rather than stored (one string less a row for rustc to
//! check).

/// Writes the variant's name, `NotFound`, from the entry's name,
/// `NOT_FOUND`: each word's first letter kept, the rest made lower case, the
/// underscores dropped. The macro's `naming::upper_camel`, by which it names
/// the variants; `tests/facade_tables.rs` and the compiled tables test hold
/// `Debug` to the variant on every entry.
///
/// # Errors
///
/// Only the formatter's own.
pub fn write_variant(name: &str, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    // Names are ASCII (the macro checks them), so every byte is a character.
    let mut buf = [0u8; 32];
    let mut len = 0;
    for word in name.split('_') {
        for (at, byte) in word.bytes().enumerate() {
            if len == buf.len() {
                f.write_str(core::str::from_utf8(&buf).unwrap_or_default())?;
                len = 0;
            }
            buf[len] = if at == 0 {
                byte.to_ascii_uppercase()
            } else {
                byte.to_ascii_lowercase()
            };
            len += 1;
        }
    }
    f.write_str(core::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_upper_camel_names_at_any_length() {
        struct Variant(&'static str);
        impl core::fmt::Display for Variant {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write_variant(self.0, f)
            }
        }
        struct Buf([u8; 128], usize);
        impl core::fmt::Write for Buf {
            fn write_str(&mut self, s: &str) -> core::fmt::Result {
                self.0[self.1..self.1 + s.len()].copy_from_slice(s.as_bytes());
                self.1 += s.len();
                Ok(())
            }
        }
        for (name, variant) in [
            ("OK", "Ok"),
            ("IM_A_TEAPOT", "ImATeapot"),
            ("QUEUED_0", "Queued0"),
            // Past the 32-byte buffer, which is flushed and reused.
            (
                "NETWORK_AUTHENTICATION_REQUIRED_BY_THE_PROXY_OF_A_PROXY",
                "NetworkAuthenticationRequiredByTheProxyOfAProxy",
            ),
        ] {
            let mut buf = Buf([0; 128], 0);
            core::fmt::write(&mut buf, format_args!("{}", Variant(name))).unwrap();
            assert_eq!(core::str::from_utf8(&buf.0[..buf.1]), Ok(variant));
        }
    }
}
