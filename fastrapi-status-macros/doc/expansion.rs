// What `status_codes!` writes for the table in `src/lib.rs`'s docs
// (checked by `expand::tests::printed_expansion_in_the_docs_is_current`).
#[doc = r" Job states."]
#[derive(
    :: core :: clone :: Clone,
    :: core :: marker :: Copy,
    :: core :: cmp :: PartialEq,
    :: core :: cmp :: Eq,
    :: core :: cmp :: PartialOrd,
    :: core :: cmp :: Ord,
    :: core :: hash :: Hash,
)]
#[repr(u16)]
pub enum Job {
    #[doc = " `0 Queued`\n\n Waiting for a worker."]
    #[doc = "\n Constant: [`QUEUED`]."]
    #[doc(alias = "0", alias = "QUEUED")]
    Queued = 0,
    #[doc = " `1 Running`\n\n A worker has it."]
    #[doc = "\n Constant: [`RUNNING`]."]
    #[doc(alias = "1", alias = "RUNNING")]
    Running,
    #[doc = " `7 Errored`\n\n It stopped with an error."]
    #[doc = "\n Constant: [`ERRORED`]."]
    #[doc(alias = "7", alias = "ERRORED")]
    Errored = 7,
}
#[doc = " `0 Queued`: Waiting for a worker.\n\n The code of [`Job::Queued`]."]
#[doc(alias = "0")]
pub const QUEUED: ::core::primitive::u16 = 0;
#[doc = " `1 Running`: A worker has it.\n\n The code of [`Job::Running`]."]
#[doc(alias = "1")]
pub const RUNNING: ::core::primitive::u16 = 1;
#[doc = " `7 Errored`: It stopped with an error.\n\n The code of [`Job::Errored`]."]
#[doc(alias = "7")]
pub const ERRORED: ::core::primitive::u16 = 7;
#[doc = " Deprecated name of [`ERRORED`] (`7 Errored`)."]
#[doc(alias = "7")]
#[deprecated(note = "use ERRORED")]
pub const FAILED: ::core::primitive::u16 = 7;
impl Job {
    #[doc = " Every `Job`, sorted by code."]
    pub const ALL: &'static [Self] = &[Self::Queued, Self::Running, Self::Errored];
    #[doc = r" The status with this code, if the table has one."]
    #[inline]
    #[must_use]
    pub const fn from_u16(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
        use ::core::option::Option::{None, Some};
        match code {
            0 => Some(Self::Queued),
            1 => Some(Self::Running),
            7 => Some(Self::Errored),
            _ => None,
        }
    }
}
impl ::fastrapi_status::__private::TableData for Job {
    const TABLE: &'static ::fastrapi_status::__private::Table = {
        use ::fastrapi_status::__private::{
            Codes, Entry, Hashed, Table, NO_ALIASES, NO_SPECS, NO_DEPRECATED
        };
        &Table {
            name: "Job",
            entries: &[
                Entry {
                    code: 0,
                    name: "QUEUED",
                    constant: "QUEUED",
                    phrase: "Queued",
                    description: "Waiting for a worker",
                    display: "0 Queued",
                    aliases: NO_ALIASES,
                },
                Entry {
                    code: 1,
                    name: "RUNNING",
                    constant: "RUNNING",
                    phrase: "Running",
                    description: "A worker has it",
                    display: "1 Running",
                    aliases: NO_ALIASES,
                },
                Entry {
                    code: 7,
                    name: "ERRORED",
                    constant: "ERRORED",
                    phrase: "Errored",
                    description: "It stopped with an error",
                    display: "7 Errored",
                    aliases: &["FAILED"],
                },
            ],
            codes: Codes::Dense {
                min: 0,
                index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0"
            },
            keys: b"errored\0\0\0\0\0\0\0\0\0       \0\0\0\0\0\0\0\0\0\x07\0\0\0\0\0\0\0\x02\0\0\0\0\0\0\0\
                \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\
                \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\
                queued\0\0\0\0\0\0\0\0\0\0      \0\0\0\0\0\0\0\0\0\0\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\
                \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\
                running\0\0\0\0\0\0\0\0\0       \0\0\0\0\0\0\0\0\0\x07\0\0\0\0\0\0\0\x01\0\0\0\0\0\0\0\
                \0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\
                failed\0\0\0\0\0\0\0\0\0\0      \0\0\0\0\0\0\0\0\0\0\x06\0\0\0\0\0\0\0\x02\0\0\0\0\0\0\0",
            key_text: b"",
            hashed: Hashed::First,
            seed: 0x0D38_B1A5_7F28_191A,
            displacements: b"\0\0\0\0\0\0\0\0",
            max_key_len: 7,
            key_lengths: 0xC0,
            code_lengths: 0b10,
            specs: NO_SPECS,
            deprecated: NO_DEPRECATED,
        }
    };
}
:: fastrapi_status :: __impl_status ! (pub Job , "Job" , Custom);
