//! Just enough JSON writing for the CLI's output, which is a stable contract.

use std::fmt::Write;

/// A JSON value under construction, written straight into a string.
pub struct Json(pub String);

impl Json {
    pub fn new() -> Json {
        Json(String::new())
    }

    pub fn str(&mut self, s: &str) -> &mut Self {
        self.0.push('"');
        for c in s.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(self.0, "\\u{:04x}", c as u32);
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
        self
    }

    pub fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    pub fn num(&mut self, n: impl std::fmt::Display) -> &mut Self {
        let _ = write!(self.0, "{n}");
        self
    }

    pub fn opt_num(&mut self, n: Option<impl std::fmt::Display>) -> &mut Self {
        match n {
            Some(n) => self.num(n),
            None => self.raw("null"),
        }
    }

    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Writes `"key":` (with a comma before it unless it opens the object).
    pub fn key(&mut self, key: &str) -> &mut Self {
        if !self.0.ends_with('{') {
            self.0.push(',');
        }
        self.str(key).raw(":")
    }

    /// Writes `[item,item,...]`, each item written by `each`.
    pub fn array<T>(
        &mut self,
        items: impl IntoIterator<Item = T>,
        mut each: impl FnMut(&mut Json, T),
    ) -> &mut Self {
        self.raw("[");
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            each(self, item);
        }
        self.raw("]")
    }

    pub fn str_array<'a>(&mut self, items: impl IntoIterator<Item = &'a str>) -> &mut Self {
        self.array(items, |j, s| {
            j.str(s);
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Json;

    #[test]
    fn escapes() {
        let mut j = Json::new();
        j.str("a\"b\\c\n\u{1}й");
        assert_eq!(j.0, r#""a\"b\\c\n\u0001й""#);
    }
}
