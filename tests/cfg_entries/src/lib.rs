//! A table written the way an enum with feature-gated and deprecated
//! variants is written, with entries under `#[cfg]`: tested with the `extra`
//! feature on and off (`.ci/run` builds both).

#![no_std]
#![deny(warnings, missing_docs)]

fastrapi_status::status_codes! {
    /// The states of a job.
    #[status(prefix = APP)]
    #[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
    pub enum App {
        0 FINE "Fine",
        /// Only with the `extra` feature.
        #[cfg(feature = "extra")]
        #[alias(BONUS)]
        1 EXTRA "Only with the extra feature",
        #[cfg(not(feature = "extra"))]
        #[default]
        2 PLAIN "Only without the extra feature",
        #[cfg(feature = "extra")]
        #[default]
        3 RICH "The default with the extra feature",
        #[deprecated(note = "use FINE")]
        4 OLD "An old status",
        #[allow(missing_docs)]
        #[doc(alias = "permitted")]
        5 ALLOWED "With an allow",
        #[cfg(all(feature = "extra", not(feature = "extra")))]
        6 NEVER "Under a predicate that never holds",
        #[cfg(any(feature = "extra", not(feature = "extra")))]
        7 ALWAYS "Under a predicate that always holds",
    }
}

/// The same table name in a nested module, each with entries under `cfg`:
/// the chains' macros do not meet.
pub mod nested {
    fastrapi_status::status_codes! {
        /// A bare table.
        0 FINE "Fine",
        #[cfg(feature = "extra")]
        1 EXTRA "Only with the extra feature",
    }

    /// Nested once more.
    pub mod inner {
        fastrapi_status::status_codes! {
            /// Another bare table.
            0 FINE "Fine",
            #[cfg(not(feature = "extra"))]
            2 PLAIN "Only without the extra feature",
        }
    }
}

/// A table with a raw name: the chain's macros are named from it without
/// the `r#`.
pub mod raw {
    fastrapi_status::status_codes! {
        /// Raw.
        #[status(prefix = RAW)]
        pub enum r#Raw {
            0 FINE "Fine",
            #[cfg(feature = "extra")]
            1 EXTRA "Only with the extra feature",
        }
    }
}
