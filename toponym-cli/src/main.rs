//! `toponym`: resolve place names, show places, tag texts and suggest names from the command
//! line.
//!
//! The output of `--json` is the JSON of the `toponym` crate (`toponym::json`), a stable
//! contract; `schema/` holds its JSON Schema. See README.md.

mod lines;
mod table;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use toponym::json::Localized;
use toponym::{Lookup, Name, NameQuery, NotInside, Place, QueryField};

use table::{Table, quoted};

const USAGE: &str = "\
usage: toponym resolve [--loose] [--lang L] [--worldview CC] [--year Y] [--json] [NAME ...]
       toponym show ID [--lang L] [--worldview CC] [--year Y] [--json]
       toponym tag [--lang L] [--worldview CC] [--year Y] [--json] < TEXT
       toponym suggest PREFIX [--limit N] [--lang L] [--worldview CC] [--year Y] [--json]
       toponym --help | --version

resolve  every place each NAME can mean, best first; with no NAME, one name per line from stdin
         --loose: names as people write them (\"Dayton, OH\", \"Korea, Rep.\", typos), with how
show     everything about the place with this id (or ISO code)
tag      the place names mentioned in the text on stdin, with byte offsets
suggest  completions of PREFIX, or near matches when nothing completes
--lang       language of the displayed names (BCP-47, default en)
--worldview  show names as this country's usage (ISO 3166-1 code, e.g. JP)
--year       show the names in use in this year (e.g. 1950; negative years are BCE)
--limit      how many suggestions (default 10, at most 100)
--json       one JSON object per name (resolve), for the place (show), a JSON array (tag, suggest)";

/// Ends the message of a usage error, which is one line: the usage is one `--help` away.
const SEE_HELP: &str = "(toponym --help shows the usage)";

/// Input lines longer than this are not read into memory; they match nothing.
const MAX_LINE_BYTES: usize = toponym::MAX_NAME_BYTES;

struct Options {
    lang: String,
    worldview: Option<String>,
    year: Option<i32>,
    json: bool,
    loose: bool,
    limit: usize,
    args: Vec<String>,
}

impl Options {
    /// The names to show, as `--lang`, `--worldview` and `--year` ask (checked by
    /// `options`).
    fn query(&self) -> NameQuery<'_> {
        NameQuery::parse(&self.lang, self.worldview.as_deref())
            .expect("checked when the options were read")
            .year(self.year)
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            // Not eprintln!, which panics when stderr is gone; the exit code still tells.
            let _ = writeln!(io::stderr(), "toponym: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let mut args = std::env::args_os().skip(1);
    let command = match args.next() {
        None => return Err(format!("no command {SEE_HELP}")),
        Some(c) => c
            .into_string()
            .map_err(|_| "the command is not valid UTF-8".to_string())?,
    };
    let rest: Vec<String> = args
        .map(|a| {
            a.into_string()
                .map_err(|_| "an argument is not valid UTF-8".to_string())
        })
        .collect::<Result<_, _>>()?;
    match command.as_str() {
        // Not println!, which panics when stdout is closed: an error message instead.
        "-h" | "--help" | "help" => {
            writeln!(io::stdout(), "{USAGE}").map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        "-V" | "--version" => {
            writeln!(io::stdout(), "toponym {}", env!("CARGO_PKG_VERSION")).map_err(io_error)?;
            Ok(ExitCode::SUCCESS)
        }
        "resolve" => resolve(&options(rest)?).map_err(io_error),
        "show" => show(&options(rest)?),
        "tag" => tag(&options(rest)?),
        "suggest" => suggest(&options(rest)?),
        other => Err(format!("unknown command {other:?} {SEE_HELP}")),
    }
}

fn io_error(e: io::Error) -> String {
    format!("cannot read input or write output: {e}")
}

fn options(raw: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        lang: "en".into(),
        worldview: None,
        year: None,
        json: false,
        loose: false,
        limit: 10,
        args: Vec::new(),
    };
    let mut raw = raw.into_iter();
    while let Some(arg) = raw.next() {
        let mut value = |flag: &str| raw.next().ok_or_else(|| format!("{flag} needs a value"));
        match arg.as_str() {
            "--json" => o.json = true,
            "--loose" => o.loose = true,
            "--limit" => {
                let n = value("--limit")?;
                o.limit = n
                    .parse()
                    .map_err(|_| format!("--limit {n:?} is not a number"))?;
            }
            "--lang" => o.lang = value("--lang")?,
            "--worldview" => o.worldview = Some(value("--worldview")?),
            "--year" => {
                let y = value("--year")?;
                let year = y
                    .parse()
                    .map_err(|_| format!("--year {y:?} is not a year"))?;
                o.year = Some(year);
            }
            "--" => o.args.extend(raw.by_ref()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag} {SEE_HELP}"));
            }
            _ => o.args.push(arg),
        }
    }
    if let Err(e) = NameQuery::parse(&o.lang, o.worldview.as_deref()) {
        let flag = match e.field() {
            QueryField::Lang => "--lang",
            _ => "--worldview",
        };
        return Err(format!("{flag} {e}"));
    }
    Ok(o)
}

/// Writes `value` as one line of JSON.
fn write_json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

fn display_name(place: Place, query: &NameQuery<'_>) -> &'static str {
    place.name_for(query).map_or("", |n| n.text())
}

fn resolve(o: &Options) -> io::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if !o.args.is_empty() {
        for name in &o.args {
            write_resolved(&mut out, name, true, o)?;
        }
        return out.flush().map(|()| ExitCode::SUCCESS);
    }
    lines::answer_lines(
        io::stdin().lock(),
        &mut out,
        MAX_LINE_BYTES,
        |number, too_long| {
            let why = if too_long {
                format!("longer than {MAX_LINE_BYTES} bytes")
            } else {
                "not valid UTF-8".to_string()
            };
            let _ = writeln!(io::stderr(), "toponym: line {number}: {why}, no match");
        },
        |buffer, line| write_resolved(buffer, &line.query, line.readable, o),
    )?;
    out.flush().map(|()| ExitCode::SUCCESS)
}

/// One line of `resolve --json`: the query and its matches; with `--loose`, how each was
/// found, and what the query named that is not there (`not_inside`).
struct Resolved<'a, T> {
    query: &'a str,
    matches: Vec<Localized<'a, T>>,
    not_inside: Option<Option<NotInside>>,
}

// Written out rather than derived: serde's derive macros would double the time of a clean
// build of the tool (they compile syn).
impl<'a, T> Serialize for Resolved<'a, T>
where
    Localized<'a, T>: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = 2 + usize::from(self.not_inside.is_some());
        let mut st = s.serialize_struct("Resolved", fields)?;
        st.serialize_field("query", self.query)?;
        st.serialize_field("matches", &self.matches)?;
        if let Some(not_inside) = &self.not_inside {
            st.serialize_field("not_inside", not_inside)?;
        }
        st.end()
    }
}

/// Writes the answer for one query; a query that was not read whole (`readable` false) gets
/// an empty one.
fn write_resolved(
    out: &mut impl Write,
    query: &str,
    readable: bool,
    o: &Options,
) -> io::Result<()> {
    let query_text = if readable { query } else { "" };
    if o.loose {
        write_found(out, query, &toponym::lookup(query_text), o)
    } else {
        write_matches(out, query, toponym::resolve(query_text), o)
    }
}

/// Writes what `lookup` found, with how.
fn write_found(out: &mut impl Write, query: &str, found: &Lookup, o: &Options) -> io::Result<()> {
    let q = o.query();
    if o.json {
        let line = Resolved {
            query,
            matches: found.iter().map(|&f| q.localize(f)).collect(),
            not_inside: Some(found.not_inside()),
        };
        return write_json(out, &line);
    }
    writeln!(out, "{query}")?;
    if let Some(n) = found.not_inside() {
        let name = &query[n.span()];
        let area = display_name(n.qualifier(), &q);
        return writeln!(
            out,
            "  no match: no place called {} in {area}",
            quoted(name)
        );
    }
    if found.is_empty() {
        return writeln!(out, "  no match");
    }
    let mut table = Table::new();
    for (i, f) in found.iter().enumerate() {
        let (place, name, how) = (f.place(), f.matched().name(), f.how());
        let mut rule = how.rule().to_string();
        if let Some(area) = how.qualifier() {
            rule.push_str(&format!(" in {}", display_name(area, &q)));
        }
        if how.edits() > 0 {
            rule.push_str(&format!(", {} edit(s)", how.edits()));
        }
        if how.span() != (0..query.len()) {
            rule.push_str(&format!(", from {}", quoted(&query[how.span()])));
        }
        table.row([
            format!("  {:>2}.", i + 1),
            display_name(place, &q).to_string(),
            format!("[{}, {}]", place.id(), place.kind()),
            format!("matched {} ({})", quoted(name.text()), describe_name(name)),
            format!("({rule})"),
        ]);
    }
    table.write(out)
}

fn write_matches(
    out: &mut impl Write,
    query: &str,
    matches: toponym::Matches,
    o: &Options,
) -> io::Result<()> {
    let q = o.query();
    if o.json {
        let matches = matches.map(|m| q.localize(m)).collect();
        let line = Resolved {
            query,
            matches,
            not_inside: None,
        };
        return write_json(out, &line);
    }
    writeln!(out, "{query}")?;
    if matches.len() == 0 {
        return writeln!(out, "  no match");
    }
    let mut table = Table::new();
    for (i, m) in matches.enumerate() {
        let (place, name) = (m.place(), m.name());
        table.row([
            format!("  {:>2}.", i + 1),
            display_name(place, &q).to_string(),
            format!("[{}, {}]", place.id(), place.kind()),
            format!("matched {} ({})", quoted(name.text()), describe_name(name)),
        ]);
    }
    table.write(out)
}

/// "ru, common, worldview RU, 1924-1991"
fn describe_name(name: Name) -> String {
    let mut parts = vec![name.lang().to_string(), name.status().as_str().to_string()];
    let users: Vec<&str> = name
        .worldview()
        .map(|c| c.iso_alpha2().unwrap_or_default())
        .collect();
    if !users.is_empty() {
        parts.push(format!("worldview {}", users.join(" ")));
    }
    if let Some(years) = name.years() {
        parts.push(years_text(years));
    }
    parts.join(", ")
}

fn years_text(y: toponym::Years) -> String {
    let year = |y: Option<i32>| y.map_or(String::new(), |y| y.to_string());
    format!("{}-{}", year(y.from), year(y.until))
}

fn show(o: &Options) -> Result<ExitCode, String> {
    let [id] = o.args.as_slice() else {
        return Err(format!("show takes one place id {SEE_HELP}"));
    };
    let place =
        toponym::place_by_id_or_code(id).ok_or_else(|| format!("no place with id {id:?}"))?;
    let mut out = io::stdout().lock();
    if o.json {
        write_json(&mut out, &o.query().localize(place)).map_err(io_error)?;
    } else {
        writeln!(out, "{}", show_text(place, &o.query())).map_err(io_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn ids(places: toponym::Places) -> String {
    places.map(|p| p.id()).collect::<Vec<_>>().join(", ")
}

fn show_text(place: Place, q: &NameQuery<'_>) -> String {
    let mut s = format!(
        "{}: {} ({})\n",
        place.id(),
        display_name(place, q),
        place.kind()
    );
    let mut facts = Table::new();
    let mut fact = |label: &str, value: String| {
        if !value.is_empty() {
            facts.row([format!("  {label}"), value]);
        }
    };
    fact("parents", ids(place.parents()));
    fact(
        "coordinates",
        place
            .coordinates()
            .map_or(String::new(), |c| format!("{}, {}", c.lat, c.lon)),
    );
    let mut codes: Vec<String> = [
        ("ISO 3166-1 ", place.iso_alpha2()),
        ("", place.iso_alpha3()),
        ("ISO 3166-2 ", place.iso_subdivision()),
        ("Wikidata ", place.wikidata_id()),
    ]
    .iter()
    .filter_map(|(label, code)| code.map(|c| format!("{label}{c}")))
    .collect();
    if let Some(g) = place.geonames_id() {
        codes.push(format!("GeoNames {g}"));
    }
    fact("codes", codes.join(", "));
    fact("administered by", ids(place.administered_by()));
    fact("claimed by", ids(place.claimed_by()));
    fact("existed", place.existed().map_or(String::new(), years_text));
    if let Some(year) = q.in_year().filter(|&y| !place.existed_in(y)) {
        fact(&format!("in {year}"), "did not exist".to_string());
    }
    fact("succeeded by", ids(place.succeeded_by()));
    fact(
        "population",
        place.population().map_or(String::new(), |p| p.to_string()),
    );
    facts.row(["  names".to_string(), String::new()]);
    let mut text = Vec::new();
    facts.write(&mut text).expect("writing to memory");
    s.push_str(&String::from_utf8(text).expect("UTF-8 in, UTF-8 out"));
    let mut names = Table::new();
    for (lang, group) in place.names_by_language() {
        let texts: Vec<String> = group
            .map(|n| {
                let about = describe_name(n);
                let about = about.split_once(", ").map_or("", |x| x.1);
                format!("{} ({about})", n.text())
            })
            .collect();
        names.row([format!("    {lang}"), texts.join("; ")]);
    }
    let mut text = Vec::new();
    names.write(&mut text).expect("writing to memory");
    s.push_str(&String::from_utf8(text).expect("UTF-8 in, UTF-8 out"));
    s.truncate(s.trim_end().len());
    s
}

/// Longest text `tag` reads from stdin.
const MAX_TEXT_BYTES: u64 = 256 * 1024 * 1024;

fn tag(o: &Options) -> Result<ExitCode, String> {
    if !o.args.is_empty() {
        return Err(format!(
            "tag reads the text from stdin and takes no NAME {SEE_HELP}"
        ));
    }
    let mut bytes = Vec::new();
    io::Read::read_to_end(
        &mut io::Read::take(io::stdin().lock(), MAX_TEXT_BYTES + 1),
        &mut bytes,
    )
    .map_err(io_error)?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(format!("the text is longer than {MAX_TEXT_BYTES} bytes"));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "the text is not valid UTF-8 (at byte {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let mentions = toponym::find_in_text(&text);
    let q = o.query();
    let mut out = BufWriter::new(io::stdout().lock());
    if o.json {
        let mentions: Vec<_> = mentions.iter().map(|m| q.localize(m)).collect();
        write_json(&mut out, &mentions).map_err(io_error)?;
    } else {
        let mut table = Table::new();
        for m in &mentions {
            let place = m.best().place();
            table.row([
                format!("{:>6}-{:<6}", m.start(), m.end()),
                m.text().to_string(),
                format!("-> {}", display_name(place, &q)),
                format!("[{}, {}]", place.id(), place.kind()),
            ]);
        }
        table.write(&mut out).map_err(io_error)?;
    }
    out.flush().map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

fn suggest(o: &Options) -> Result<ExitCode, String> {
    let [prefix] = o.args.as_slice() else {
        return Err(format!("suggest takes one PREFIX {SEE_HELP}"));
    };
    let suggestions = toponym::suggest(prefix, o.limit);
    let q = o.query();
    let mut out = BufWriter::new(io::stdout().lock());
    if o.json {
        let suggestions: Vec<_> = suggestions.iter().map(|&s| q.localize(s)).collect();
        write_json(&mut out, &suggestions).map_err(io_error)?;
    } else {
        let mut table = Table::new();
        for s in &suggestions {
            let (place, name) = (s.matched().place(), s.matched().name());
            let edits = if s.edits() > 0 {
                format!(", {} edit(s)", s.edits())
            } else {
                String::new()
            };
            table.row([
                display_name(place, &q).to_string(),
                format!("[{}, {}]", place.id(), place.kind()),
                format!("via {} ({}{edits})", quoted(name.text()), name.lang()),
            ]);
        }
        table.write(&mut out).map_err(io_error)?;
    }
    out.flush().map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}
