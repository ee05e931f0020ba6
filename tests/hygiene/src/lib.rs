//! A hostile downstream crate: `no_std`, no `unsafe`, every lint denied
//! (clippy's pedantic group included, checked by `.ci/run`), the facade
//! under another name, and the prelude names the generated code could lean
//! on shadowed by items of its own. It compiles without a warning, or CI
//! fails.

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
#![allow(non_upper_case_globals, non_snake_case, non_camel_case_types)]

#[cfg(test)]
extern crate std as real_std;

/// Shadows `core::option::Option`.
pub struct Option;
/// Shadows `core::result::Result`.
pub struct Result;
/// Shadows `Option::Some`.
pub const Some: u8 = 1;
/// Shadows `Option::None`.
pub const None: u8 = 0;
/// Shadows `Result::Ok`.
pub const Ok: u8 = 2;
/// Shadows `Result::Err`.
pub const Err: u8 = 3;
/// Shadows `core::convert::From`.
pub trait From {}
/// Shadows `core::convert::Into`.
pub trait Into {}
/// Shadows `core::default::Default`.
pub trait Default {}
/// Shadows `core::fmt::Display`.
pub trait Display {}
/// Shadows `core::marker::Copy`.
pub trait Copy {}
/// Shadows `core::clone::Clone`.
pub trait Clone {}
/// Shadows `core::fmt::Debug`.
pub trait Debug {}
/// Shadows `core::str::FromStr`.
pub trait FromStr {}
/// Shadows `core::convert::TryFrom`.
pub trait TryFrom {}
/// Shadows `core::cmp::PartialEq`.
pub trait PartialEq {}

/// Shadows the `core` crate for relative paths.
pub mod core {}
/// Shadows the facade's usual name.
pub mod fastrapi_status {}

/// Shadows the `std` crate for relative paths.
pub mod std {}

/// Shadows the primitive type `u16`.
pub struct u16;
/// Shadows the primitive type `str`.
pub struct str;
/// Shadows the primitive type `bool`.
pub struct bool;
/// Shadows `core::default::Default::default`.
pub fn default() {}

status_facade::status_codes! {
    /// Entry names that are the names of the traits' associated items, the
    /// derives everyone writes, and a default entry.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
    #[status(prefix = JOB)]
    pub enum Job {
        #[default]
        0 OK "The job succeeded",
        1 ERR "The job failed",
        2 ERROR "The job crashed",
        3 OUTPUT "The job wrote output",
        4 TARGET "The job hit its target",
        5 SOME "Some of the job ran",
        6 NONE "None of the job ran",
        7 SELF_TEST "The job tested itself",
        8 TYPE "The job was typed",
    }
}

status_facade::status_codes!(< 10 TEN "Ten", 11 ELEVEN "Eleven" >);

status_facade::status_codes! {
    /// One entry hidden from the docs, which is not the manual
    /// `non_exhaustive` pattern clippy looks for.
    #[status(prefix = HIDDEN)]
    pub enum WithHidden {
        0 SHOWN "Shown in the docs",
        #[doc(hidden)]
        1 INTERNAL "Kept out of the docs",
    }
}

status_facade::status_codes! {
    /// Entries with the attributes enum variants take: deprecated (and the
    /// default, so the generated `Default` names a deprecated variant),
    /// under `cfg` predicates that never and always hold, with lint and doc
    /// attributes. Declaring them warns nowhere.
    #[derive(Default)]
    #[status(prefix = ATTR)]
    pub enum Attributed {
        0 FINE "Fine",
        #[deprecated(since = "0.1.0", note = "use FINE")]
        #[default]
        1 OLD "An old status",
        #[deprecated]
        #[alias(OLDEST)]
        2 OLDER "Deprecated without a note",
        #[cfg(any())]
        3 NEVER "Left out of every build",
        #[cfg(all())]
        #[doc(alias = "kept")]
        4 KEPT "Kept in every build",
        #[allow(clippy::doc_markdown)]
        #[spec = "RFC 0000, Section 1"]
        5 LINTED "A description naming CamelCase",
    }
}

status_facade::status_codes! {
    /// The hostile crate's own HTTP table.
    #[status(kind = http, prefix = H)]
    #[non_exhaustive]
    pub enum Hostile {
        200 OK "The request succeeded",
        /// Extra docs.
        #[phrase = "I'm a teapot"]
        #[alias(TEAPOT)]
        418 IM_A_TEAPOT "Short and stout",
        503 SERVICE_UNAVAILABLE "Try again later",
    }

    /// A sparse custom table.
    pub enum Sparse {
        1 ONE "One",
        60000 MANY "Many",
    }
}

/// Declares a table from `macro_rules!` fragments.
macro_rules! fragments {
    ($($code:literal $name:ident $desc:literal),* $(,)?) => {
        status_facade::status_codes! {
            /// Declared through `macro_rules!` fragments.
            #[status(kind = websocket, prefix = FRAG)]
            pub enum Fragments {
                $($code $name $desc,)*
            }
        }
    };
}

fragments!(4000 FIRST "First", 4001 SECOND "Second");

/// Uses tables declared in a function body.
#[must_use]
pub fn local_table() -> ::core::primitive::u16 {
    status_facade::status_codes! {
        enum Local {
            7 SEVEN "Seven",
        }
    }
    Local::Seven.as_u16() + SEVEN
}

/// Parsed from text at compile time.
pub const PARSED_TEAPOT: Hostile = match Hostile::parse("teapot") {
    ::core::option::Option::Some(status) => status,
    ::core::option::Option::None => ::core::panic!("not a Hostile"),
};

/// Looked up by constant name at compile time, into a `static`.
pub static SECOND_BY_NAME: Fragments = match Fragments::from_name("frag_4001_second") {
    ::core::option::Option::Some(status) => status,
    ::core::option::Option::None => ::core::panic!("not a Fragments name"),
};

/// A close code no table knows, checked at compile time.
pub const APP_CLOSE: status_facade::Code<Fragments> = match status_facade::Code::new(4999) {
    ::core::option::Option::Some(code) => code,
    ::core::option::Option::None => ::core::panic!("not a close code"),
};

/// Const parsing in a `match` guard.
#[must_use]
pub fn is_job_text(text: &::core::primitive::str) -> ::core::primitive::bool {
    match text {
        text if Job::parse(text).is_some() => true,
        text => Job::from_name(text).is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ::core::str::FromStr as _;
    use real_std::string::ToString as _;

    #[test]
    fn generated_code_works_under_shadowing() {
        assert_eq!(
            Hostile::from_u16(418),
            ::core::option::Option::Some(Hostile::ImATeapot)
        );
        assert_eq!(Hostile::ImATeapot.to_string(), "418 I'm a teapot");
        assert_eq!(
            Hostile::from_str("teapot"),
            ::core::result::Result::Ok(Hostile::ImATeapot)
        );
        assert!(Hostile::ServiceUnavailable.is_server_error());
        assert_eq!(
            (H_200_OK, ONE, MANY, FRAG_4001_SECOND),
            (200, 1, 60000, 4001)
        );
        assert_eq!(
            Sparse::from_u16(60000),
            ::core::option::Option::Some(Sparse::Many)
        );
        assert_eq!(Fragments::ALL.len(), 2);
        assert_eq!(local_table(), 14);

        assert_eq!(Job::default(), Job::Ok);
        assert_eq!("err".parse::<Job>(), ::core::result::Result::Ok(Job::Err));
        assert_eq!(Job::try_from(2), ::core::result::Result::Ok(Job::Error));
        assert_eq!(real_std::format!("{:?}", Job::Output), "Output");
        assert_eq!(Job::None.constant_name(), "JOB_6_NONE");
        assert!(Job::Err < Job::Error);
        assert_eq!(Status::ALL, [Status::Ten, Status::Eleven]);
        assert_eq!((TEN, ELEVEN), (10, 11));
    }

    #[test]
    fn const_parsing_and_codes_work_under_shadowing() {
        assert_eq!(PARSED_TEAPOT, Hostile::ImATeapot);
        assert_eq!(SECOND_BY_NAME, Fragments::Second);
        assert_eq!(APP_CLOSE.as_u16(), 4999);
        assert!(APP_CLOSE.is_sendable());
        assert_eq!(APP_CLOSE.known(), ::core::option::Option::None);
        assert!(is_job_text("7") && is_job_text("self_test") && !is_job_text("x"));
        let code = status_facade::Code::<Hostile>::from(Hostile::ImATeapot);
        assert_eq!(code, Hostile::ImATeapot);
        assert_eq!(Hostile::ImATeapot, code);
        assert_eq!(code, 418);
        assert_eq!(code.to_string(), "418 I'm a teapot");
        assert!(Fragments::First.is_sendable());
    }

    #[test]
    fn attributed_entries() {
        let codes: real_std::vec::Vec<::core::primitive::u16> =
            Attributed::ALL.iter().map(|s| s.as_u16()).collect();
        ::core::assert_eq!(codes, [0, 1, 2, 4, 5], "3 is under `cfg(any())`");
        let old = Attributed::from_u16(1).unwrap();
        ::core::assert_eq!(old.deprecated(), ::core::option::Option::Some("use FINE"));
        ::core::assert_eq!(
            Attributed::from_u16(2).unwrap().deprecated(),
            ::core::option::Option::Some("")
        );
        ::core::assert_eq!(<Attributed as ::core::default::Default>::default(), old);
        ::core::assert_eq!(Attributed::from_name("oldest"), Attributed::from_u16(2));
        ::core::assert_eq!(
            Attributed::from_u16(5).unwrap().spec(),
            ::core::option::Option::Some("RFC 0000, Section 1")
        );
    }
}
