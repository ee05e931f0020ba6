//! Features are additive: this crate compiles, and behaves, the same
//! whether or not another crate in the graph turns a facade feature on.
//!
//! - `Job` asks for serde with a derive: the facade's impls (a number out).
//! - `Edge` writes its own serde and `http` impls, as a crate does whose
//!   tables serialize their own way: they must never conflict with the
//!   facade's, whatever features the graph has.

#![deny(warnings)]

use core::fmt;

// Used only by `Task`'s derive, which the macro absorbs: still no
// `unused_imports` warning.
use serde::{Deserialize, Serialize};

fastrapi_status::status_codes! {
    /// Asks for serde: the facade's impls.
    #[derive(Debug, serde::Serialize, serde::Deserialize)]
    #[status(prefix = JOB)]
    pub enum Job {
        0 DONE "Finished",
        137 KILLED "Killed by the kernel",
    }

    /// Asks for serde with the names imported.
    #[derive(Serialize, Deserialize)]
    pub enum Task {
        1 QUEUED "Waiting",
    }

    /// Serde and `http` written by hand.
    #[derive(Debug)]
    #[status(kind = http, prefix = EDGE)]
    pub enum Edge {
        200 OK "Fine",
        #[phrase = "Client Closed Request"]
        499 CLIENT_CLOSED "The client left before the answer",
    }
}

/// Serialized as the reason phrase, not as the code.
impl serde::Serialize for Edge {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.phrase())
    }
}

/// Read back from the reason phrase.
impl<'de> serde::Deserialize<'de> for Edge {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Phrase;
        impl serde::de::Visitor<'_> for Phrase {
            type Value = Edge;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a reason phrase")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Edge, E> {
                Edge::ALL
                    .iter()
                    .copied()
                    .find(|edge| edge.phrase() == text)
                    .ok_or_else(|| E::custom("no such phrase"))
            }
        }
        deserializer.deserialize_str(Phrase)
    }
}

impl From<Edge> for http::StatusCode {
    fn from(edge: Edge) -> Self {
        // Our 499 goes out as a 400, which every client understands.
        let code = if edge == Edge::ClientClosed {
            400
        } else {
            edge.as_u16()
        };
        http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::BAD_REQUEST)
    }
}

impl TryFrom<http::StatusCode> for Edge {
    type Error = fastrapi_status::UnknownStatusCode;
    fn try_from(code: http::StatusCode) -> Result<Self, Self::Error> {
        Edge::try_from(code.as_u16())
    }
}
