//! Which data to compile: the tier, the languages, and whether to embed the key transducer.

use std::path::Path;

use toponym_shared::languages::WIDELY_USED_LANGUAGES;

/// The environment variable that limits the names compiled in to some languages.
pub const LANGUAGES_VAR: &str = "TOPONYM_LANGUAGES";
/// The environment variable that says whether to embed the key transducer.
pub const KEY_TRANSDUCER_VAR: &str = "TOPONYM_KEY_TRANSDUCER";

/// Which data to compile, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The `full` tier: the `*-full.places.tsv` and `*-full.names.tsv` files too.
    pub full: bool,
    /// Keep only names in these languages (primary subtags, sorted), besides codes, every
    /// hand-curated name and one name of a place that would otherwise have none; `None`
    /// keeps every name.
    pub languages: Option<Vec<String>>,
    /// Embed the key transducer; else the library builds it on first use.
    pub embed_key_transducer: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            full: false,
            languages: None,
            embed_key_transducer: true,
        }
    }
}

impl Config {
    /// The configuration that the environment asks for, given whether the `full` tier is
    /// on and a way to read a variable:
    ///
    /// - `TOPONYM_LANGUAGES`: unset or empty for every language; else a comma-separated
    ///   list of primary language subtags (`en,fr,ja`), in which `widely-used` stands for
    ///   the widely used languages (`widely-used,kn,sw`).
    /// - `TOPONYM_KEY_TRANSDUCER`: `embedded` (the default) or `on-first-use`.
    pub fn from_env(full: bool, var: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
        let languages = match var(LANGUAGES_VAR).as_deref().map(str::trim) {
            None | Some("") => None,
            Some(list) => Some(parse_languages(list)?),
        };
        let embed_key_transducer = match var(KEY_TRANSDUCER_VAR).as_deref().map(str::trim) {
            None | Some("") | Some("embedded") => true,
            Some("on-first-use") => false,
            Some(other) => {
                return Err(format!(
                    "{KEY_TRANSDUCER_VAR}={other:?}: expected \"embedded\" or \"on-first-use\""
                ));
            }
        };
        Ok(Config {
            full,
            languages,
            embed_key_transducer,
        })
    }

    /// Whether the data file `file` is compiled in this configuration.
    pub fn wants_file(&self, file: &Path) -> bool {
        self.full || !is_full_tier_only(file)
    }
}

fn parse_languages(list: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for item in list.split(',').map(str::trim) {
        if item == "widely-used" {
            out.extend(WIDELY_USED_LANGUAGES.iter().map(|l| l.to_string()));
        } else if (2..=3).contains(&item.len()) && item.bytes().all(|b| b.is_ascii_lowercase()) {
            out.push(item.to_string());
        } else {
            return Err(format!(
                "{LANGUAGES_VAR}: {item:?} is not a language subtag (two or three lower-case \
                 letters) nor \"widely-used\""
            ));
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Whether a data file belongs only to the `full` tier: `*-full.places.tsv` and
/// `*-full.names.tsv`.
pub fn is_full_tier_only(file: &Path) -> bool {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with("-full.places.tsv") || name.ends_with("-full.names.tsv")
}

#[cfg(test)]
mod tests {
    use super::Config;

    fn from(vars: &[(&str, &str)]) -> Result<Config, String> {
        Config::from_env(false, |k| {
            vars.iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn nothing_set_is_everything_embedded() {
        assert_eq!(from(&[]), Ok(Config::default()));
        assert_eq!(from(&[("TOPONYM_LANGUAGES", " ")]), Ok(Config::default()));
    }

    #[test]
    fn languages_and_the_widely_used_ones() {
        let c = from(&[("TOPONYM_LANGUAGES", "widely-used, kn,sw,en")]).unwrap();
        let langs = c.languages.unwrap();
        assert!(langs.windows(2).all(|w| w[0] < w[1]), "sorted, once each");
        for l in ["en", "ja", "zh", "kn", "sw"] {
            assert!(langs.iter().any(|x| x == l), "{l}");
        }
        assert!(from(&[("TOPONYM_LANGUAGES", "en,Fr")]).is_err());
        assert!(from(&[("TOPONYM_LANGUAGES", "en,,fr")]).is_err());
    }

    #[test]
    fn key_transducer() {
        let lazy = from(&[("TOPONYM_KEY_TRANSDUCER", "on-first-use")]).unwrap();
        assert!(!lazy.embed_key_transducer);
        assert!(from(&[("TOPONYM_KEY_TRANSDUCER", "lazy")]).is_err());
    }
}
