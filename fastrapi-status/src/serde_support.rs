//! The `serde` feature: this crate's tables and every [`Code`] serialize as
//! the numeric code and deserialize from a number or from any string
//! `FromStr` accepts. A downstream table gets the same impls only where it
//! asks, with `#[derive(Serialize, Deserialize)]`, which the macro turns
//! into a call of `__impl_serde!`: a table that does not ask implements no
//! serde trait whatever the graph's features, so features stay additive.
//!
//! Deserialization asks the format for "any" value, so it takes both numbers
//! and strings from self-describing formats (JSON, TOML, YAML, ...). Formats
//! that cannot describe themselves (bincode, postcard) do not support that:
//! there, deserialize a `u16` and convert it with `TryFrom`.
//!
//! The hook's two halves stand side by side, first; the rest is the
//! feature's own code.

/// What `#[derive(Serialize, Deserialize)]` on a table expands to: this
/// crate's impls, for the traits derived.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($table:ident Serialize $($rest:ident)*) => {
        $crate::__feature_items! { "serde"
        impl $crate::__private::serde::Serialize for $table {
            #[inline]
            fn serialize<S: $crate::__private::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                $crate::__private::serialize(*self, serializer)
            }
        }
        }
        $crate::__impl_serde!($table $($rest)*);
    };
    ($table:ident Deserialize $($rest:ident)*) => {
        $crate::__feature_items! { "serde"
        impl<'de> $crate::__private::serde::Deserialize<'de> for $table {
            #[inline]
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                $crate::__private::deserialize(deserializer)
            }
        }
        }
        $crate::__impl_serde!($table $($rest)*);
    };
    ($table:ident) => {};
}

#[cfg(feature = "serde")]
crate::__impl_serde!(HttpStatus Serialize Deserialize);
#[cfg(feature = "serde")]
crate::__impl_serde!(WsCloseCode Serialize Deserialize);
#[cfg(feature = "serde")]
use crate::{HttpStatus, WsCloseCode};

#[cfg(feature = "serde")]
pub use on::{deserialize, serialize};

#[cfg(feature = "serde")]
mod on {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{self, Visitor};

    use crate::{Code, StatusTable};

    /// `Serialize`: the code, as a `u16`.
    #[inline]
    pub fn serialize<T: StatusTable, S: serde::Serializer>(
        status: T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(status.as_u16())
    }

    /// `Deserialize`: a known code, or a name, constant name or alias.
    #[inline]
    pub fn deserialize<'de, T: StatusTable, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        deserializer.deserialize_any(StatusVisitor(PhantomData))
    }

    struct StatusVisitor<T>(PhantomData<T>);

    impl<T: StatusTable> StatusVisitor<T> {
        fn unknown<E: de::Error>(value: impl fmt::Display) -> E {
            E::custom(format_args!(
                "{value} is not a known {} code",
                T::TABLE_NAME
            ))
        }
    }

    impl<T: StatusTable> Visitor<'_> for StatusVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a {} code, name or constant name", T::TABLE_NAME)
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
            u16::try_from(value)
                .ok()
                .and_then(T::from_u16)
                .ok_or_else(|| Self::unknown(value))
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
            u16::try_from(value)
                .ok()
                .and_then(T::from_u16)
                .ok_or_else(|| Self::unknown(value))
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            value.parse().map_err(E::custom)
        }
    }

    impl<T: StatusTable> serde::Serialize for Code<T> {
        /// The code, as a `u16`.
        #[inline]
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_u16(self.as_u16())
        }
    }

    impl<'de, T: StatusTable> serde::Deserialize<'de> for Code<T> {
        /// Any number in the range of `T`'s kind, or any string `FromStr`
        /// takes; anything else (`null`, floats, negatives, arrays, objects) is
        /// an error.
        #[inline]
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(CodeVisitor(PhantomData))
        }
    }

    struct CodeVisitor<T>(PhantomData<T>);

    impl<T: StatusTable> CodeVisitor<T> {
        fn out_of_range<E: de::Error>(value: impl fmt::Display) -> E {
            E::custom(format_args!(
                "{value} is not a code of {}'s kind ({}): expected {}..={}",
                T::TABLE_NAME,
                T::KIND,
                T::KIND.min_code(),
                T::KIND.max_code()
            ))
        }
    }

    impl<T: StatusTable> Visitor<'_> for CodeVisitor<T> {
        type Value = Code<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "a code in {}..={}, or a {} name or constant name",
                T::KIND.min_code(),
                T::KIND.max_code(),
                T::TABLE_NAME
            )
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<Code<T>, E> {
            u16::try_from(value)
                .ok()
                .and_then(Code::new)
                .ok_or_else(|| Self::out_of_range(value))
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<Code<T>, E> {
            u16::try_from(value)
                .ok()
                .and_then(Code::new)
                .ok_or_else(|| Self::out_of_range(value))
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<Code<T>, E> {
            value.parse().map_err(E::custom)
        }
    }
}
