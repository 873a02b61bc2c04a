//! Queries read a line at a time from standard input and answered in batches, on every core.
//!
//! A column of names is the common input of `resolve`, and each name is answered on its own:
//! the lines of a batch are shared out among threads in contiguous runs, each thread writes
//! its answers into a buffer of its own, and the buffers are written out in order, so the
//! output is the same whatever the number of threads. A batch ends where the input read so
//! far ends, so a program that writes one line and waits for the answer gets it at once.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::thread;

/// At most this many lines make a batch: enough that starting threads costs little, few
/// enough that the memory of a batch stays small.
const BATCH_LINES: usize = 8192;

/// A thread is given at least this many lines: fewer would not pay for starting it.
const MIN_LINES_PER_THREAD: usize = 256;

/// The input is read in blocks this large, so that a batch can fill without waiting.
const READ_BYTES: usize = 1 << 18;

/// One line of input: the query as text, and whether it was read whole and as valid UTF-8
/// (a line that was not answers nothing).
pub struct Line {
    pub query: String,
    pub readable: bool,
}

/// Calls `answer` for every line of `input`, writing what it writes to `out` in the order of
/// the lines; each line is at most `cap` bytes (a longer one is cut and not readable).
/// `warn` is told, in order, of each line that was not readable, with its number (from 1)
/// and whether it was too long.
pub fn answer_lines<R, W, F>(
    input: R,
    out: &mut W,
    cap: usize,
    mut warn: impl FnMut(usize, bool),
    answer: F,
) -> io::Result<()>
where
    R: Read,
    W: Write,
    F: Fn(&mut Vec<u8>, &Line) -> io::Result<()> + Sync,
{
    let mut input = BufReader::with_capacity(READ_BYTES, input);
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let mut batch: Vec<Line> = Vec::new();
    let mut bytes = Vec::new();
    let mut number = 0;
    loop {
        batch.clear();
        let mut done = false;
        while batch.len() < BATCH_LINES {
            let Some(too_long) = read_line_capped(&mut input, &mut bytes, cap)? else {
                done = true;
                break;
            };
            number += 1;
            let valid = std::str::from_utf8(&bytes).is_ok();
            if too_long || !valid {
                warn(number, too_long);
            }
            batch.push(Line {
                query: String::from_utf8_lossy(&bytes).into_owned(),
                readable: valid && !too_long,
            });
            // Nothing more has arrived: answer what has, rather than wait for more.
            if input.buffer().is_empty() {
                break;
            }
        }
        for buffer in answer_batch(&batch, threads, &answer)? {
            out.write_all(&buffer)?;
        }
        if done {
            return Ok(());
        }
        out.flush()?;
    }
}

/// The answers to `batch`, in order, in one buffer per thread used.
fn answer_batch<F>(batch: &[Line], threads: usize, answer: &F) -> io::Result<Vec<Vec<u8>>>
where
    F: Fn(&mut Vec<u8>, &Line) -> io::Result<()> + Sync,
{
    let answer_run = |run: &[Line]| -> io::Result<Vec<u8>> {
        let mut buffer = Vec::new();
        for line in run {
            answer(&mut buffer, line)?;
        }
        Ok(buffer)
    };
    let threads = threads.min(batch.len() / MIN_LINES_PER_THREAD).max(1);
    if threads == 1 {
        return Ok(vec![answer_run(batch)?]);
    }
    let mut runs = batch.chunks(batch.len().div_ceil(threads));
    let first = runs.next().unwrap_or_default();
    thread::scope(|scope| {
        let others: Vec<_> = runs
            .map(|run| scope.spawn(move || answer_run(run)))
            .collect();
        let mut buffers = vec![answer_run(first)?];
        for other in others {
            // A panic in a thread is a bug; it goes on as one, as it would without threads.
            let buffer = other
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            buffers.push(buffer?);
        }
        Ok(buffers)
    })
}

/// Reads one line (without its line ending, `\n` or `\r\n`) into `line`, keeping at most
/// `cap` bytes of it. Returns `None` at end of input, else whether the line was longer than
/// `cap`.
fn read_line_capped(
    input: &mut impl BufRead,
    line: &mut Vec<u8>,
    cap: usize,
) -> io::Result<Option<bool>> {
    line.clear();
    // One byte more than `cap` is kept, for a `\r` that ends a line of `cap` bytes.
    let keep = cap.saturating_add(1);
    let (mut length, mut any) = (0usize, false);
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        length = length.saturating_add(chunk.len());
        let room = keep - line.len();
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = done.unwrap_or(buf.len());
        input.consume(used);
        if done.is_some() {
            break;
        }
    }
    if length <= keep && line.last() == Some(&b'\r') {
        line.pop();
        length -= 1;
    }
    line.truncate(cap);
    Ok(any.then_some(length > cap))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers a line with its query upper-cased, or "-" when it was not readable.
    fn shout(out: &mut Vec<u8>, line: &Line) -> io::Result<()> {
        let text = if line.readable {
            line.query.to_uppercase()
        } else {
            "-".into()
        };
        writeln!(out, "{text}")
    }

    fn run(input: &[u8], cap: usize) -> (String, Vec<(usize, bool)>) {
        let mut out = Vec::new();
        let mut warnings = Vec::new();
        answer_lines(
            input,
            &mut out,
            cap,
            |n, long| warnings.push((n, long)),
            shout,
        )
        .unwrap();
        (String::from_utf8(out).unwrap(), warnings)
    }

    #[test]
    fn answers_every_line_in_order_across_batches_and_threads() {
        let lines: Vec<String> = (0..3 * BATCH_LINES + 17).map(|i| format!("n{i}")).collect();
        let (out, warnings) = run(lines.join("\n").as_bytes(), 100);
        let expected: Vec<String> = lines.iter().map(|l| l.to_uppercase()).collect();
        assert_eq!(out.lines().collect::<Vec<_>>(), expected);
        assert!(warnings.is_empty());
    }

    #[test]
    fn too_long_and_invalid_lines_answer_nothing_and_are_reported() {
        let (out, warnings) = run(b"paris\r\nabcdefghij\n\xff\xfe\nlast", 5);
        assert_eq!(out, "PARIS\n-\n-\nLAST\n");
        assert_eq!(warnings, [(2, true), (3, false)]);
    }

    #[test]
    fn empty_input_answers_nothing() {
        assert_eq!(run(b"", 5), (String::new(), vec![]));
        // One empty line is a query.
        assert_eq!(run(b"\n", 5).0, "\n");
    }

    /// Gives its lines one read at a time, as a program that waits for each answer does.
    struct OneLineAtATime(Vec<&'static [u8]>);

    impl Read for OneLineAtATime {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let Some(line) = self.0.first_mut() else {
                return Ok(0);
            };
            let n = line.len().min(buf.len());
            buf[..n].copy_from_slice(&line[..n]);
            *line = &line[n..];
            if line.is_empty() {
                self.0.remove(0);
            }
            Ok(n)
        }
    }

    /// Records what had been written at each flush.
    #[derive(Default)]
    struct Flushes {
        written: Vec<u8>,
        flushed: Vec<String>,
    }

    impl Write for Flushes {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.written.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            self.flushed
                .push(String::from_utf8(self.written.clone()).unwrap());
            Ok(())
        }
    }

    #[test]
    fn a_line_is_answered_before_the_next_is_read() {
        let input = OneLineAtATime(vec![b"paris\n", b"lyon\n", b"nice"]);
        let mut out = Flushes::default();
        answer_lines(input, &mut out, 100, |_, _| {}, shout).unwrap();
        assert_eq!(
            out.flushed,
            ["PARIS\n", "PARIS\nLYON\n", "PARIS\nLYON\nNICE\n"]
        );
        assert_eq!(out.written, b"PARIS\nLYON\nNICE\n");
    }

    #[test]
    fn an_error_of_a_thread_is_returned() {
        let batch: Vec<Line> = (0..4 * MIN_LINES_PER_THREAD)
            .map(|i| Line {
                query: i.to_string(),
                readable: true,
            })
            .collect();
        let fail_late = |_: &mut Vec<u8>, line: &Line| match line.query.as_str() {
            "1000" => Err(io::Error::other("no room")),
            _ => Ok(()),
        };
        let err = answer_batch(&batch, 4, &fail_late).unwrap_err();
        assert_eq!(err.to_string(), "no room");
    }
}
