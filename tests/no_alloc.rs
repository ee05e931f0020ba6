//! Every lookup, parse and `Display` path, of the tables and of their
//! `Code`s, runs without allocating: checked
//! with a counting global allocator, armed only on the test's own thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;

use fastrapi_status::{Code, HttpStatus, StatusTable, WsCloseCode};

struct Counting;

thread_local! {
    static ARMED: Cell<bool> = const { Cell::new(false) };
    static COUNT: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded to the system allocator unchanged; the
// thread-locals are const-initialised, so touching them never allocates.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if ARMED.with(Cell::get) {
            COUNT.with(|c| c.set(c.get() + 1));
        }
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Allocations made by `f` on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    COUNT.with(|c| c.set(0));
    ARMED.with(|a| a.set(true));
    f();
    ARMED.with(|a| a.set(false));
    COUNT.with(Cell::get)
}

/// A `fmt::Write` into a fixed buffer, so formatting itself cannot allocate.
struct Stack {
    buf: [u8; 256],
    len: usize,
}

impl std::fmt::Write for Stack {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.buf
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

fastrapi_status::status_codes! {
    #[status(prefix = APP)]
    enum Sparse {
        #[alias(OLD)]
        1 ONE "One",
        60000 MANY "Many",
    }
}

fn exercise<T: StatusTable>(inputs: &[&str]) {
    let mut out = Stack {
        buf: [0; 256],
        len: 0,
    };
    for code in 0..=u16::MAX {
        if let Some(status) = T::from_u16(code) {
            std::hint::black_box((status.name(), status.constant_name(), status.phrase()));
            std::hint::black_box((status.description(), status.aliases()));
            out.len = 0;
            write!(out, "{status} {status:>30}").unwrap();
        }
        if let Err(err) = T::try_from(code) {
            out.len = 0;
            write!(out, "{err}").unwrap();
        }
    }
    for code in 0..=u16::MAX {
        match Code::<T>::try_from(code) {
            Ok(code) => {
                std::hint::black_box((code.known(), code.phrase(), code.name()));
                out.len = 0;
                write!(out, "{code} {code:>30} {code:?}").unwrap();
            }
            Err(err) => {
                out.len = 0;
                write!(out, "{err}").unwrap();
            }
        }
    }
    for input in inputs {
        std::hint::black_box((
            T::parse(input),
            T::from_name(input),
            Code::<T>::parse(input),
        ));
        if let Err(err) = input.parse::<Code<T>>() {
            out.len = 0;
            write!(out, "{err}").unwrap();
        }
        match input.parse::<T>() {
            Ok(status) => std::hint::black_box(status).as_u16(),
            Err(err) => {
                out.len = 0;
                write!(out, "{err}").unwrap();
                0
            }
        };
    }
}

const INPUTS: &[&str] = &[
    "404",
    "not_found",
    "HTTP_404_NOT_FOUND",
    "REQUEST_ENTITY_TOO_LARGE",
    "1000",
    "normal_closure",
    "WS_1000_NORMAL_CLOSURE",
    "",
    "0404",
    "999999",
    "nope",
    "a string far longer than the thirty-two bytes kept",
    "ünïcödé",
    "1",
    "one",
    "APP_1_OLD",
    "60000",
];

#[test]
fn lookups_parses_and_display_do_not_allocate() {
    assert_eq!(allocations(|| exercise::<HttpStatus>(INPUTS)), 0);
    assert_eq!(allocations(|| exercise::<WsCloseCode>(INPUTS)), 0);
    assert_eq!(allocations(|| exercise::<Sparse>(INPUTS)), 0);
}

#[test]
fn the_counter_counts() {
    // Without this, a broken counter would pass the test above.
    assert_eq!(allocations(|| drop(std::hint::black_box(Box::new(1u8)))), 1);
    assert_eq!(allocations(|| drop(HttpStatus::Ok.to_string())), 1);
}
