//! `toponym`: resolve place names and show places from the command line.
//!
//! The output of `--json` is a stable contract; see README.md.

mod json;

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use json::Json;
use toponym::{Match, Name, Place};

const USAGE: &str = "\
usage: toponym resolve [--lang L] [--worldview CC] [--json] [NAME ...]
       toponym show ID [--lang L] [--worldview CC] [--json]
       toponym tag [--lang L] [--worldview CC] [--json] < TEXT
       toponym suggest PREFIX [--limit N] [--lang L] [--worldview CC] [--json]
       toponym --help | --version

resolve  every place each NAME can mean, best first; with no NAME, one name per line from stdin
show     everything about the place with this id (or ISO code)
tag      the place names mentioned in the text on stdin, with byte offsets
suggest  completions of PREFIX, or near matches when nothing completes
--lang       language of the displayed names (BCP-47, default en)
--worldview  show names as this country's usage (ISO 3166-1 code, e.g. JP)
--limit      how many suggestions (default 10, at most 100)
--json       one JSON object per name (resolve), for the place (show), a JSON array (tag, suggest)";

/// Ends the message of a usage error, which is one line: the usage is one `--help` away.
const SEE_HELP: &str = "(toponym --help shows the usage)";

/// Input lines longer than this are not read into memory; they match nothing.
const MAX_LINE_BYTES: usize = toponym::MAX_NAME_BYTES;

struct Options {
    lang: String,
    worldview: Option<Place>,
    json: bool,
    limit: usize,
    args: Vec<String>,
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
        json: false,
        limit: 10,
        args: Vec::new(),
    };
    let mut raw = raw.into_iter();
    while let Some(arg) = raw.next() {
        let mut value = |flag: &str| raw.next().ok_or_else(|| format!("{flag} needs a value"));
        match arg.as_str() {
            "--json" => o.json = true,
            "--limit" => {
                let n = value("--limit")?;
                o.limit = n
                    .parse()
                    .map_err(|_| format!("--limit {n:?} is not a number"))?;
            }
            "--lang" => o.lang = value("--lang")?,
            "--worldview" => {
                let code = value("--worldview")?;
                let place = toponym::place_by_iso(&code)
                    .filter(|p| {
                        matches!(
                            p.kind(),
                            toponym::Kind::Country | toponym::Kind::HistoricState
                        )
                    })
                    .ok_or_else(|| format!("--worldview {code:?} is not a known country code"))?;
                o.worldview = Some(place);
            }
            "--" => o.args.extend(raw.by_ref()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag} {SEE_HELP}"));
            }
            _ => o.args.push(arg),
        }
    }
    if o.lang.is_empty()
        || o.lang.len() > 35
        || !o
            .lang
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(format!("--lang {:?} is not a language tag", o.lang));
    }
    Ok(o)
}

/// The code shown for a country in a worldview list: its ISO alpha-2 code.
fn country_code(place: Place) -> String {
    place
        .iso_alpha2()
        .map_or_else(|| place.id().to_ascii_uppercase(), str::to_string)
}

fn display_name(place: Place, o: &Options) -> &'static str {
    place.name_in(&o.lang, o.worldview).map_or("", |n| n.text())
}

fn resolve(o: &Options) -> io::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if !o.args.is_empty() {
        for name in &o.args {
            write_resolved(&mut out, name, o)?;
        }
        return out.flush().map(|()| ExitCode::SUCCESS);
    }
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut line = Vec::new();
    let mut number = 0;
    while let Some(too_long) = read_line_capped(&mut input, &mut line, MAX_LINE_BYTES)? {
        number += 1;
        let valid = std::str::from_utf8(&line).is_ok();
        if too_long {
            let _ = writeln!(
                io::stderr(),
                "toponym: line {number}: longer than {MAX_LINE_BYTES} bytes, no match"
            );
        } else if !valid {
            let _ = writeln!(
                io::stderr(),
                "toponym: line {number}: not valid UTF-8, no match"
            );
        }
        let query = String::from_utf8_lossy(&line);
        if valid && !too_long {
            write_resolved(&mut out, &query, o)?;
        } else {
            write_matches(&mut out, &query, &mut std::iter::empty(), o)?;
        }
    }
    out.flush().map(|()| ExitCode::SUCCESS)
}

/// Reads one line (without its line ending) into `line`, keeping at most `cap` bytes.
/// Returns `None` at end of input, else whether the line was longer than `cap`.
fn read_line_capped(
    input: &mut impl BufRead,
    line: &mut Vec<u8>,
    cap: usize,
) -> io::Result<Option<bool>> {
    line.clear();
    let mut too_long = false;
    let mut any = false;
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
        let room = cap.saturating_sub(line.len());
        too_long |= chunk.len() > room;
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = done.unwrap_or(buf.len());
        input.consume(used);
        if done.is_some() {
            break;
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(any.then_some(too_long))
}

fn write_resolved(out: &mut impl Write, query: &str, o: &Options) -> io::Result<()> {
    write_matches(out, query, &mut toponym::resolve(query), o)
}

fn write_matches(
    out: &mut impl Write,
    query: &str,
    matches: &mut dyn Iterator<Item = Match>,
    o: &Options,
) -> io::Result<()> {
    if o.json {
        let mut j = Json::new();
        j.raw("{").key("query").str(query).key("matches");
        j.array(matches, |j, m| {
            let place = m.place();
            match_head(j, m, o);
            j.key("status").str(m.name().status().as_str());
            worldview_json(j, m.name());
            j.raw("}");
            j.key("iso")
                .opt_str(place.iso_code())
                .key("wikidata")
                .opt_str(place.wikidata_id());
            j.key("geonames").opt_num(place.geonames_id()).raw("}");
        });
        j.raw("}");
        return writeln!(out, "{}", j.0);
    }
    writeln!(out, "{query}")?;
    let mut any = false;
    for (i, m) in matches.enumerate() {
        any = true;
        let (place, name) = (m.place(), m.name());
        writeln!(
            out,
            "  {:>2}. {} [{}, {}] matched {:?} ({})",
            i + 1,
            display_name(place, o),
            place.id(),
            place.kind().as_str(),
            name.text(),
            describe_name(name)
        )?;
    }
    if !any {
        writeln!(out, "  no match")?;
    }
    Ok(())
}

/// "ru, common, worldview RU, 1924-1991"
fn describe_name(name: Name) -> String {
    let mut parts = vec![name.lang().to_string(), name.status().as_str().to_string()];
    let users: Vec<String> = name.worldview().map(country_code).collect();
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
    let place = toponym::place(id)
        .or_else(|| toponym::place_by_iso(id))
        .ok_or_else(|| format!("no place with id {id:?}"))?;
    let text = if o.json {
        show_json(place, o)
    } else {
        show_text(place, o)
    };
    let mut out = io::stdout().lock();
    writeln!(out, "{text}").map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

fn ids(places: impl Iterator<Item = Place>) -> Vec<&'static str> {
    places.map(|p| p.id()).collect()
}

/// Names grouped by language, languages in first-seen order.
fn names_by_lang(place: Place) -> Vec<(&'static str, Vec<Name>)> {
    let mut groups: Vec<(&str, Vec<Name>)> = Vec::new();
    for name in place.names() {
        match groups.iter_mut().find(|(lang, _)| *lang == name.lang()) {
            Some((_, names)) => names.push(name),
            None => groups.push((name.lang(), vec![name])),
        }
    }
    groups
}

fn show_text(place: Place, o: &Options) -> String {
    let mut s = format!(
        "{}: {} ({})\n",
        place.id(),
        display_name(place, o),
        place.kind()
    );
    let mut line = |label: &str, value: String| {
        if !value.is_empty() {
            s.push_str(&format!("  {label:<16}{value}\n"));
        }
    };
    line("parents", ids(place.parents()).join(", "));
    line(
        "coordinates",
        place
            .coordinates()
            .map_or(String::new(), |c| format!("{}, {}", c.lat, c.lon)),
    );
    let codes = [
        ("ISO 3166-1", place.iso_alpha2()),
        ("", place.iso_alpha3()),
        ("ISO 3166-2", place.iso_subdivision()),
        ("Wikidata", place.wikidata_id()),
    ];
    let mut code_text: Vec<String> = codes
        .iter()
        .filter_map(|(label, code)| {
            code.map(|c| {
                if label.is_empty() {
                    c.to_string()
                } else {
                    format!("{label} {c}")
                }
            })
        })
        .collect();
    if let Some(g) = place.geonames_id() {
        code_text.push(format!("GeoNames {g}"));
    }
    line("codes", code_text.join(", "));
    line("administered by", ids(place.administered_by()).join(", "));
    line("claimed by", ids(place.claimed_by()).join(", "));
    line("existed", place.existed().map_or(String::new(), years_text));
    line("succeeded by", ids(place.succeeded_by()).join(", "));
    line(
        "population",
        place.population().map_or(String::new(), |p| p.to_string()),
    );
    s.push_str("  names\n");
    for (lang, names) in names_by_lang(place) {
        let texts: Vec<String> = names
            .iter()
            .map(|n| {
                format!(
                    "{} ({})",
                    n.text(),
                    describe_name(*n).split_once(", ").map_or("", |x| x.1)
                )
            })
            .collect();
        s.push_str(&format!("    {lang:<10}{}\n", texts.join("; ")));
    }
    s.truncate(s.trim_end().len());
    s
}

fn show_json(place: Place, o: &Options) -> String {
    let mut j = Json::new();
    j.raw("{")
        .key("id")
        .str(place.id())
        .key("kind")
        .str(place.kind().as_str());
    j.key("name").str(display_name(place, o));
    j.key("parents").str_array(ids(place.parents()));
    j.key("coordinates");
    match place.coordinates() {
        Some(c) => j
            .raw("{")
            .key("lat")
            .num(c.lat)
            .key("lon")
            .num(c.lon)
            .raw("}"),
        None => j.raw("null"),
    };
    j.key("iso2")
        .opt_str(place.iso_alpha2())
        .key("iso3")
        .opt_str(place.iso_alpha3());
    j.key("iso_sub")
        .opt_str(place.iso_subdivision())
        .key("wikidata")
        .opt_str(place.wikidata_id());
    j.key("geonames").opt_num(place.geonames_id());
    j.key("administered_by")
        .str_array(ids(place.administered_by()));
    j.key("claimed_by").str_array(ids(place.claimed_by()));
    j.key("existed");
    years_json(&mut j, place.existed());
    j.key("succeeded_by").str_array(ids(place.succeeded_by()));
    j.key("population").opt_num(place.population());
    j.key("names").raw("{");
    for (lang, names) in names_by_lang(place) {
        j.key(lang).array(names, |j, n| {
            j.raw("{")
                .key("text")
                .str(n.text())
                .key("status")
                .str(n.status().as_str());
            worldview_json(j, n);
            j.key("years");
            years_json(j, n.years());
            j.key("source").str(n.source().id).raw("}");
        });
    }
    j.raw("}}");
    j.0
}

fn years_json(j: &mut Json, years: Option<toponym::Years>) {
    match years {
        Some(y) => j
            .raw("{")
            .key("from")
            .opt_num(y.from)
            .key("until")
            .opt_num(y.until)
            .raw("}"),
        None => j.raw("null"),
    };
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
    let mut out = BufWriter::new(io::stdout().lock());
    if o.json {
        let mut j = Json::new();
        j.array(&mentions, |j, m| {
            let place = m.best().place();
            j.raw("{")
                .key("start")
                .num(m.start())
                .key("end")
                .num(m.end())
                .key("text")
                .str(m.text());
            j.key("id")
                .str(place.id())
                .key("name")
                .str(display_name(place, o))
                .raw("}");
        });
        writeln!(out, "{}", j.0).map_err(io_error)?;
    } else {
        for m in &mentions {
            let place = m.best().place();
            writeln!(
                out,
                "{:>6}-{:<6} {} -> {} [{}, {}]",
                m.start(),
                m.end(),
                m.text(),
                display_name(place, o),
                place.id(),
                place.kind()
            )
            .map_err(io_error)?;
        }
    }
    out.flush().map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

fn suggest(o: &Options) -> Result<ExitCode, String> {
    let [prefix] = o.args.as_slice() else {
        return Err(format!("suggest takes one PREFIX {SEE_HELP}"));
    };
    let suggestions = toponym::suggest(prefix, o.limit);
    let mut out = BufWriter::new(io::stdout().lock());
    if o.json {
        let mut j = Json::new();
        j.array(&suggestions, |j, s| {
            match_head(j, s.matched(), o);
            j.raw("}").key("edits").num(s.edits()).raw("}");
        });
        writeln!(out, "{}", j.0).map_err(io_error)?;
    } else {
        for s in &suggestions {
            let (place, name) = (s.matched().place(), s.matched().name());
            let edits = if s.edits() > 0 {
                format!(", {} edit(s)", s.edits())
            } else {
                String::new()
            };
            writeln!(
                out,
                "{} [{}, {}] via {:?} ({}{edits})",
                display_name(place, o),
                place.id(),
                place.kind(),
                name.text(),
                name.lang()
            )
            .map_err(io_error)?;
        }
    }
    out.flush().map_err(io_error)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `{"id", "kind", "name", "matched": {"text", "lang"` for a match, leaving both
/// objects open: `resolve` and `suggest` add their own fields.
fn match_head(j: &mut Json, m: Match, o: &Options) {
    let (place, name) = (m.place(), m.name());
    j.raw("{")
        .key("id")
        .str(place.id())
        .key("kind")
        .str(place.kind().as_str());
    j.key("name").str(display_name(place, o));
    j.key("matched")
        .raw("{")
        .key("text")
        .str(name.text())
        .key("lang")
        .str(name.lang());
}

/// Writes `"worldview": [ISO codes]` for a name.
fn worldview_json(j: &mut Json, name: Name) {
    let codes: Vec<String> = name.worldview().map(country_code).collect();
    j.key("worldview")
        .str_array(codes.iter().map(String::as_str));
}
