//! The compile-level property test: `build.rs` draws a few hundred tables
//! from a fixed seed (adversarial entry names, codes of every layout, kinds,
//! prefixes, visibilities, aliases, phrases and descriptions with quotes,
//! backslashes, raw strings and non-ASCII text, redundant derives, a default
//! entry, tables that extend the facade's), and this crate compiles every
//! one of them, each in a module of its own, under the lints of a hostile downstream crate: `no_std`, the facade
//! renamed, the prelude and primitive types shadowed, and `missing_docs`,
//! `warnings`, `unused_qualifications`, `unreachable_pub`, `clippy::all` and
//! `clippy::pedantic` denied. Each module carries a test that checks its table
//! at run time against the generator's own model of it, through `check::table`.
//!
//! A longer run with another seed, or more tables:
//! `FASTRAPI_STATUS_TABLES_SEED=7 FASTRAPI_STATUS_TABLES=2000 cargo test -p fastrapi-status-compiled`.

#![no_std]
#![forbid(unsafe_code)]
#![deny(
    missing_docs,
    warnings,
    unused_qualifications,
    unreachable_pub,
    clippy::all,
    clippy::pedantic
)]

#[cfg(test)]
extern crate std;

/// Items that shadow what generated code could lean on: prelude traits,
/// variants and macros, primitive types, and the crates themselves. Every
/// generated module glob-imports them, and glob imports beat the prelude.
#[allow(non_upper_case_globals, non_camel_case_types, missing_docs)]
pub mod shadow {
    pub struct Option;
    pub struct Result;
    pub const Some: u8 = 1;
    pub const None: u8 = 0;
    pub const Ok: u8 = 2;
    pub const Err: u8 = 3;
    pub trait From {}
    pub trait Into {}
    pub trait TryFrom {}
    pub trait Default {}
    pub trait Display {}
    pub trait Debug {}
    pub trait Clone {}
    pub trait Copy {}
    pub trait PartialEq {}
    pub trait Eq {}
    pub trait PartialOrd {}
    pub trait Ord {}
    pub trait Hash {}
    pub trait FromStr {}
    pub trait Sized {}
    pub struct u16;
    pub struct str;
    pub struct bool;
    pub struct usize;
    pub mod core {}
    pub mod std {}
    pub mod fastrapi_status {}
    pub mod status_facade {}
}

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// The run-time checks every generated table goes through.
#[cfg(test)]
pub(crate) mod check {
    use core::fmt::Debug;
    use std::format;
    use std::string::ToString;

    use status_facade::{StatusTable, UnknownStatusCode};

    /// The generator's model of one entry.
    pub(crate) struct Expected {
        pub(crate) code: u16,
        pub(crate) name: &'static str,
        pub(crate) constant: &'static str,
        pub(crate) variant: &'static str,
        pub(crate) phrase: &'static str,
        pub(crate) description: &'static str,
        /// `(alias name, alias constant)`.
        pub(crate) aliases: &'static [(&'static str, &'static str)],
        /// The `#[deprecated]` note, for an entry that has one.
        pub(crate) deprecated: Option<&'static str>,
    }

    /// Checks table `T` against the model, entry by entry: every lookup
    /// round-trips, every text is the declared one, every key parses in any
    /// ASCII case, and codes and keys the table lacks are rejected.
    pub(crate) fn table<T: StatusTable + Debug>(expected: &[Expected]) {
        assert_eq!(T::ALL.len(), expected.len(), "{}", T::TABLE_NAME);
        assert!(
            T::ALL
                .windows(2)
                .all(|w| w[0].as_u16() < w[1].as_u16() && w[0] < w[1]),
            "ALL is sorted by code, and so is Ord"
        );
        for (&status, want) in T::ALL.iter().zip(expected) {
            entry(status, want);
        }
        let codes: std::vec::Vec<u16> = expected.iter().map(|e| e.code).collect();
        for code in [
            0, 1, 99, 100, 599, 600, 999, 1000, 4999, 5000, 65_534, 65_535,
        ]
        .into_iter()
        .chain(
            codes
                .iter()
                .flat_map(|&c| [c.wrapping_sub(1), c.wrapping_add(1)]),
        )
        .filter(|code| !codes.contains(code))
        {
            assert_eq!(T::from_u16(code), None, "{code}");
            assert_eq!(
                T::try_from(code),
                Err(UnknownStatusCode::new(T::TABLE_NAME, code))
            );
            assert!(code.to_string().parse::<T>().is_err(), "{code}");
        }
        for garbage in [
            "",
            " ",
            "+1",
            "-1",
            "0x1",
            "\u{0}",
            "é",
            "NOT A NAME AT ALL",
        ] {
            assert!(garbage.parse::<T>().is_err(), "{garbage:?}");
        }
    }

    /// Checks table `E`, which extends `B`: every entry of `B` is in it with
    /// the same texts and converts both ways, and its own entries match the
    /// model, and fail the conversion to `B`.
    pub(crate) fn extended<E, B>(own: &[Expected])
    where
        E: StatusTable + Debug + From<B>,
        B: StatusTable + Debug + TryFrom<E, Error = UnknownStatusCode>,
    {
        assert_eq!(E::ALL.len(), B::ALL.len() + own.len(), "{}", E::TABLE_NAME);
        assert!(
            E::ALL
                .windows(2)
                .all(|w| w[0].as_u16() < w[1].as_u16() && w[0] < w[1]),
            "ALL is sorted by code, and so is Ord"
        );
        for &base in B::ALL {
            let status = E::from(base);
            assert_eq!(status.as_u16(), base.as_u16());
            assert_eq!(status.name(), base.name());
            assert_eq!(status.constant_name(), base.constant_name());
            assert_eq!(status.phrase(), base.phrase());
            assert_eq!(status.description(), base.description());
            assert_eq!(status.aliases(), base.aliases());
            assert_eq!(format!("{status:?}"), format!("{base:?}"));
            assert_eq!(status.to_string(), base.to_string());
            for key in [base.name(), base.constant_name()]
                .iter()
                .chain(base.aliases())
            {
                assert_eq!(key.parse::<E>(), Ok(status), "{key}");
            }
            assert_eq!(B::try_from(status), Ok(base));
        }
        for want in own {
            let status = E::from_u16(want.code).expect("an own entry");
            entry(status, want);
            assert_eq!(
                B::try_from(status),
                Err(UnknownStatusCode::new(B::TABLE_NAME, want.code))
            );
        }
    }

    fn entry<T: StatusTable + Debug>(status: T, want: &Expected) {
        let code = want.code;
        assert_eq!(status.as_u16(), code);
        assert_eq!(Into::<u16>::into(status), code);
        assert!(status == code);
        assert_eq!(T::from_u16(code), Some(status));
        assert_eq!(T::try_from(code), Ok(status));
        assert_eq!(status.name(), want.name);
        assert_eq!(status.constant_name(), want.constant);
        assert_eq!(status.phrase(), want.phrase);
        assert_eq!(status.description(), want.description);
        assert_eq!(status.deprecated(), want.deprecated);
        assert_eq!(format!("{status:?}"), want.variant);
        assert_eq!(status.to_string(), format!("{code} {}", want.phrase));
        let alias_constants: std::vec::Vec<&str> = want.aliases.iter().map(|a| a.1).collect();
        assert_eq!(status.aliases(), alias_constants.as_slice());

        let keys = [want.name, want.constant].into_iter().chain(
            want.aliases
                .iter()
                .flat_map(|&(name, constant)| [name, constant]),
        );
        for key in keys {
            for text in [
                key.to_string(),
                key.to_ascii_lowercase(),
                alternate_case(key),
            ] {
                assert_eq!(text.parse::<T>(), Ok(status), "{text}");
            }
            assert!(format!("{key}_").parse::<T>().is_err(), "{key}_");
            assert!(format!(" {key}").parse::<T>().is_err(), " {key}");
        }
        assert_eq!(code.to_string().parse::<T>(), Ok(status));
        assert!(format!("0{code}").parse::<T>().is_err(), "a leading zero");
        assert!(format!("{code} ").parse::<T>().is_err(), "a trailing space");
    }

    /// `NoT_fOuNd`: every other ASCII letter uppercased.
    fn alternate_case(key: &str) -> std::string::String {
        key.chars()
            .enumerate()
            .map(|(i, c)| {
                if i % 2 == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    }
}
