//! Empty stand-ins for the feature hooks the generated code calls, when the
//! feature is off: the user's crate cannot test the facade's features, so
//! the facade decides what a hook expands to.

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_http {
    ($table:ident) => {};
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($table:ident) => {};
}
