//! A buffer in the module's memory that JavaScript writes a query into.
//!
//! wasm-bindgen passes a string by allocating room for it, copying it in and freeing it
//! after the call: for `resolve` and `suggest`, called per lookup and per keystroke, that
//! was a good part of a call's time. wasm/npm/checked.js instead encodes the query into
//! this buffer and passes its length; a query that does not fit
//! takes the ordinary path.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

/// The buffer's size: far more than the longest name `resolve` looks up.
const INPUT_BYTES: usize = 4096;

thread_local! {
    static INPUT: RefCell<Vec<u8>> = RefCell::new(vec![0; INPUT_BYTES]);
}

/// The input buffer's byte address in the module's memory.
#[wasm_bindgen(js_name = inputBuffer, skip_typescript)]
pub fn input_buffer() -> u32 {
    INPUT.with_borrow(|b| b.as_ptr() as usize as u32)
}

/// The input buffer's size in bytes.
#[wasm_bindgen(js_name = inputBufferBytes, skip_typescript)]
pub fn input_buffer_bytes() -> u32 {
    INPUT_BYTES as u32
}

/// Calls `f` with the `len` bytes that JavaScript wrote into the buffer.
pub(crate) fn with_input<R>(len: u32, f: impl FnOnce(&str) -> R) -> R {
    INPUT.with_borrow(|b| {
        let bytes = b.get(..len as usize).unwrap_or_default();
        // checked.js writes valid UTF-8, so this borrows; the check costs little.
        match std::str::from_utf8(bytes) {
            Ok(s) => f(s),
            Err(_) => f(&String::from_utf8_lossy(bytes)),
        }
    })
}
