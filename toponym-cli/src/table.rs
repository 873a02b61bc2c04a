//! Columns of text for people to read, aligned by the width a terminal gives each character
//! (Japanese and Chinese characters take two columns, combining marks none).

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

/// Rows of cells, written with each column as wide as its widest cell.
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new() -> Table {
        Table { rows: Vec::new() }
    }

    pub fn row<const N: usize>(&mut self, cells: [String; N]) {
        self.rows.push(cells.into());
    }

    /// Writes the rows, the cells of a row separated by a space; the last cell is not padded.
    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                let cells = self.rows.iter().filter_map(|r| r.get(c));
                cells.map(|cell| cell.width()).max().unwrap_or(0)
            })
            .collect();
        for row in &self.rows {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                if c > 0 {
                    line.push(' ');
                }
                line.push_str(cell);
                if c + 1 < row.len() {
                    line.extend(std::iter::repeat_n(' ', widths[c] - cell.width()));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// `text` in double quotes, as written: a name in any script stays readable (`"ಕಿರಿಬಾಟಿ"`,
/// not `"ಕ\u{cbf}ರ\u{cbf}ಬಾಟ\u{cbf}"` as `{:?}` writes it). Only quotes, backslashes and
/// control characters are escaped.
pub fn quoted(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                s.push('\\');
                s.push(c);
            }
            c if c.is_control() => s.extend(c.escape_default()),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::{Table, quoted};

    #[test]
    fn names_are_quoted_as_written() {
        assert_eq!(quoted("ಕಿರಿಬಾಟಿ"), "\"ಕಿರಿಬಾಟಿ\"");
        assert_eq!(quoted("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
    }

    #[test]
    fn columns_align_by_display_width() {
        let mut t = Table::new();
        t.row(["東京".to_string(), "x".to_string()]);
        t.row(["Kyiv".to_string(), "y".to_string()]);
        t.row(["Côte".to_string(), "z".to_string()]);
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "東京 x\nKyiv y\nCôte z\n");
        let mut t = Table::new();
        t.row(["ab".to_string(), "x".to_string()]);
        t.row(["東京都".to_string(), "y".to_string()]);
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "ab     x\n東京都 y\n");
    }
}
