//! The command-line tool: its JSON contract, batches on stdin, and bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_toponym"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn resolve_json_contract() {
    let out = run(&["resolve", "--json", "Итуруп"], b"");
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    let v = &lines[0];
    assert_eq!(v["query"], "Итуруп");
    let m = &v["matches"][0];
    assert_eq!(m["id"], "iturup");
    assert_eq!(m["kind"], "island");
    assert_eq!(m["matched"]["text"], "Итуруп");
    assert_eq!(m["matched"]["lang"], "ru");
    assert!(m["matched"]["status"].is_string());
    assert!(m["matched"]["worldview"].is_array());
    assert!(m["iso"].is_null());
    assert!(m["name"].is_string());
    let keys: Vec<&str> = m.as_object().unwrap().keys().map(String::as_str).collect();
    for k in [
        "id", "kind", "name", "matched", "iso", "wikidata", "geonames",
    ] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
}

#[test]
fn resolve_with_lang_and_worldview() {
    let out = run(
        &[
            "resolve",
            "--json",
            "--lang",
            "en",
            "--worldview",
            "JP",
            "Южные Курилы",
        ],
        b"",
    );
    assert_eq!(
        json_lines(&out)[0]["matches"][0]["name"],
        "Northern Territories"
    );
    let out = run(&["resolve", "--json", "--worldview", "ru", "北方領土"], b"");
    let v = &json_lines(&out)[0]["matches"][0];
    assert_eq!(v["name"], "Southern Kurils");
    assert_eq!(v["matched"]["worldview"], serde_json::json!(["JP"]));
    let out = run(&["resolve", "--json", "--lang", "ja", "Japan"], b"");
    let v = &json_lines(&out)[0]["matches"][0];
    assert_eq!(v["name"], "日本");
    assert_eq!(v["iso"], "JP");
}

#[test]
fn batch_from_stdin_one_line_per_input_line() {
    let mut input = b"Kyiv\n\nNowhere in Particular\nKi\xffev\n".to_vec();
    input.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    input.extend(b"\nUSSR\r\n");
    let out = run(&["resolve", "--json"], &input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["matches"][0]["id"], "kyiv");
    assert_eq!(lines[1]["query"], "");
    assert_eq!(lines[1]["matches"], serde_json::json!([]));
    assert_eq!(lines[2]["matches"], serde_json::json!([]));
    assert_eq!(lines[3]["matches"], serde_json::json!([]));
    assert_eq!(lines[4]["matches"], serde_json::json!([]));
    assert_eq!(lines[5]["matches"][0]["id"], "su");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 4: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("line 5: longer than"), "{stderr}");
}

/// A program that writes a name and waits for its answer gets it before writing the next.
#[test]
fn each_line_is_answered_before_more_input_arrives() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_toponym"))
        .args(["resolve", "--loose", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let mut output = BufReader::new(child.stdout.take().unwrap());
    for (name, id) in [
        ("Dayton, OH", "dayton"),
        ("Kyiv", "kyiv"),
        ("Portugul", "pt"),
    ] {
        writeln!(input, "{name}").unwrap();
        input.flush().unwrap();
        let mut line = String::new();
        output.read_line(&mut line).unwrap();
        let answer: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(answer["query"], name);
        assert_eq!(answer["matches"][0]["id"], id, "{line}");
    }
    drop(input);
    assert!(child.wait().unwrap().success());
}

/// Many lines are answered on several threads; the answers are those of each line alone, in
/// the order of the lines.
#[test]
fn a_long_column_is_answered_in_order() {
    let names = [
        "Paris, Texas",
        "",
        "Korea, Rep.",
        "\u{5317}\u{4EAC}",
        "Portugul",
        "zzzz",
    ];
    let column: Vec<&str> = names.iter().copied().cycle().take(20_000).collect();
    let input: String = column.iter().map(|name| format!("{name}\n")).collect();
    let out = run(&["resolve", "--loose", "--json"], input.as_bytes());
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), column.len());
    let alone: Vec<serde_json::Value> = names
        .iter()
        .map(|name| {
            let one = run(
                &["resolve", "--loose", "--json"],
                format!("{name}\n").as_bytes(),
            );
            json_lines(&one).remove(0)
        })
        .collect();
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line, &alone[i % names.len()], "line {}", i + 1);
    }
}

#[test]
fn readable_table() {
    let out = run(&["resolve", "Leningrad", "Nowhere in Particular"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("saint-petersburg"), "{text}");
    assert!(text.contains("historic"), "{text}");
    assert!(text.contains("no match"), "{text}");
}

#[test]
fn names_as_of_a_year() {
    let out = run(&["resolve", "--year", "1950", "--json", "Leningrad"], b"");
    let v = &json_lines(&out)[0]["matches"][0];
    assert_eq!(v["name"], "Leningrad");
    assert_eq!(v["matched"]["years"]["from"], 1924);
    assert_eq!(v["matched"]["years"]["until"], 1991);
    let out = run(&["resolve", "--json", "Leningrad"], b"");
    assert_eq!(
        json_lines(&out)[0]["matches"][0]["name"],
        "Saint Petersburg"
    );
    let out = run(
        &[
            "show",
            "volgograd",
            "--lang",
            "ru",
            "--year",
            "1950",
            "--json",
        ],
        b"",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], "Сталинград");
    // The Soviet Union in 2000: it says so, with its years and successors.
    let out = run(&["show", "su", "--year", "2000"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("in 2000") && text.contains("did not exist"),
        "{text}"
    );
    assert!(
        text.contains("1922-1991") && text.contains("succeeded by"),
        "{text}"
    );
    // Any year is an answer: far in the past or the future, 0, BCE.
    for year in ["-3000", "0", "1", "2147483647", "-2147483648"] {
        let out = run(&["show", "volgograd", "--year", year], b"");
        assert!(out.status.success(), "--year {year}");
    }
}

#[test]
fn show_text_and_json() {
    let out = run(&["show", "iturup"], b"");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("択捉島") && text.contains("Итуруп"), "{text}");
    assert!(text.contains("administered by"), "{text}");
    let out = run(&["show", "su", "--json"], b"");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["kind"], "historic-state");
    assert_eq!(v["existed"]["from"], 1922);
    assert_eq!(v["existed"]["until"], 1991);
    assert!(
        v["names"]["ru"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["text"] == "СССР")
    );
}

#[test]
fn bad_usage_exits_non_zero_with_one_line() {
    for args in [
        &["resolve", "--frobnicate"][..],
        &["show", "nowhere-in-particular"],
        &["show"],
        &["resolve", "--worldview", "XX", "Kyiv"],
        &["resolve", "--lang"],
        &["fly"],
        &[],
    ] {
        let out = run(args, b"");
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.starts_with("toponym: "), "{args:?}: {stderr}");
    }
}

#[test]
fn tag_json_gives_byte_offsets() {
    let text = "Talks in Kyiv and 東京 on the Northern Territories.";
    let out = run(&["tag", "--json"], text.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mentions = v.as_array().unwrap();
    assert_eq!(mentions.len(), 3);
    for m in mentions {
        let (start, end) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], m["text"].as_str().unwrap());
        assert!(m["id"].is_string() && m["name"].is_string());
    }
    assert_eq!(mentions[0]["id"], "kyiv");
    assert_eq!(mentions[1]["id"], "tokyo");
    assert_eq!(mentions[2]["id"], "south-kurils");
    let out = run(&["tag", "--json", "--worldview", "JP"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[2]["name"], "Northern Territories");
}

#[test]
fn tag_rejects_invalid_utf8() {
    let out = run(&["tag"], b"Kyiv \xff");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("toponym: the text is not valid UTF-8")
    );
}

#[test]
fn suggest_json() {
    let out = run(&["suggest", "Iturop", "--json", "--limit", "3"], b"");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.as_array().unwrap().len() <= 3);
    assert_eq!(v[0]["id"], "iturup");
    assert_eq!(v[0]["edits"], 1);
    let out = run(&["suggest", "Kyiv", "--limit", "many"], b"");
    assert!(!out.status.success());
}

/// Runs the tool with the given standard input and output; the input is not written to.
fn run_with(args: &[&str], stdin: Stdio, stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_toponym"))
        .args(args)
        .stdin(stdin)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

/// Checks that the tool failed with exactly one line on stderr, which starts with
/// `toponym: ` and holds `wanted`.
fn assert_one_line_error(out: &Output, wanted: &str, what: &str) {
    assert!(!out.status.success(), "{what}: exit status {}", out.status);
    assert_eq!(out.status.code(), Some(2), "{what}: a panic or a signal?");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
    assert!(
        stderr.starts_with("toponym: ") && stderr.contains(wanted),
        "{what}: {stderr}"
    );
}

#[test]
fn every_usage_error_is_one_line() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "no command"),
        (&["fly"], "unknown command \"fly\""),
        (&["resolve", "--frobnicate"], "unknown option --frobnicate"),
        (&["resolve", "--lang"], "--lang needs a value"),
        (&["resolve", "--lang", "", "Kyiv"], "not a language tag"),
        (
            &["resolve", "--lang", "en US", "Kyiv"],
            "not a language tag",
        ),
        (&["resolve", "--worldview"], "--worldview needs a value"),
        (
            &["resolve", "--worldview", "XX", "Kyiv"],
            "not a known country code",
        ),
        (
            &["resolve", "--worldview", "iturup", "Kyiv"],
            "not a known country code",
        ),
        (&["suggest", "Kyiv", "--limit", "-1"], "is not a number"),
        (
            &["suggest", "Kyiv", "--limit", "99999999999999999999999999"],
            "is not a number",
        ),
        (&["resolve", "--year"], "--year needs a value"),
        (
            &["resolve", "--year", "1950s", "Kyiv"],
            "--year \"1950s\" is not a year",
        ),
        (&["show", "su", "--year", "1.5"], "is not a year"),
        (&["show", "su", "--year", "99999999999"], "is not a year"),
        (&["suggest"], "suggest takes one PREFIX"),
        (&["suggest", "Ky", "iv"], "suggest takes one PREFIX"),
        (&["show"], "show takes one place id"),
        (&["show", "su", "ru"], "show takes one place id"),
        (&["tag", "extra"], "takes no NAME"),
        // Unknown ids.
        (&["show", "nowhere-in-particular"], "no place with id"),
        (&["show", ""], "no place with id"),
        (&["show", "JP-99"], "no place with id"),
        (&["show", "\u{202E}jp"], "no place with id"),
    ];
    for (args, wanted) in cases {
        let out = run(args, b"");
        assert_one_line_error(&out, wanted, &format!("{args:?}"));
    }
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"Ky\xffiv");
    for (args, wanted) in [
        (
            vec![std::ffi::OsStr::new("resolve"), bad],
            "an argument is not valid UTF-8",
        ),
        (vec![bad], "the command is not valid UTF-8"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_toponym"))
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_one_line_error(&out, wanted, &format!("{args:?}"));
    }
}

#[test]
fn unreadable_input_a_directory_as_stdin() {
    let dir = std::env::temp_dir();
    for args in [
        &["resolve"][..],
        &["resolve", "--json"],
        &["tag"],
        &["tag", "--json"],
    ] {
        let stdin = std::fs::File::open(&dir).unwrap();
        let out = run_with(args, Stdio::from(stdin), Stdio::piped());
        assert_one_line_error(&out, "cannot read input", &format!("{args:?}"));
    }
}

/// Standard output whose reader has gone: one end of a connected socket pair, the other
/// dropped, so every write fails (EPIPE) whenever the tool makes it.
#[cfg(unix)]
fn closed_stdout() -> Stdio {
    let (ours, theirs) = std::os::unix::net::UnixStream::pair().unwrap();
    drop(ours);
    Stdio::from(std::os::fd::OwnedFd::from(theirs))
}

#[cfg(unix)]
#[test]
fn a_closed_stdout() {
    let cases: &[&[&str]] = &[
        &["--help"],
        &["--version"],
        &["resolve", "Kyiv"],
        &["resolve", "--json", "Kyiv"],
        &["show", "iturup"],
        &["show", "iturup", "--json"],
        &["suggest", "Ky"],
        &["suggest", "Ky", "--json"],
    ];
    for args in cases {
        let out = run_with(args, Stdio::null(), closed_stdout());
        assert_one_line_error(&out, "write output", &format!("{args:?}"));
    }
    // The same when the output comes from standard input.
    let text = std::env::temp_dir().join("toponym-cli-closed-stdout.txt");
    std::fs::write(&text, "Talks in Kyiv.\nKyiv\n").unwrap();
    for args in [&["resolve"][..], &["tag"], &["tag", "--json"]] {
        let stdin = std::fs::File::open(&text).unwrap();
        let out = run_with(args, Stdio::from(stdin), closed_stdout());
        assert_one_line_error(&out, "write output", &format!("{args:?}"));
    }
}

#[test]
fn hostile_lines_on_stdin() {
    let mut input = Vec::new();
    input.extend(b"Ky\0iv\n"); // NUL: a character like any other, no match
    input.extend(b"\xef\xbb\xbfKyiv\r\n"); // a byte order mark, a CRLF line end
    input.extend("\u{202E}Kyiv\u{202C}\n".as_bytes()); // bidi controls
    input.extend(format!("K{}yiv\n", "\u{301}".repeat(1_000_000)).as_bytes());
    input.extend(b"\r\n\n");
    input.extend(b"\xed\xa0\x80\n"); // an encoded UTF-16 surrogate: not UTF-8
    input.extend(b"Kyiv"); // no line end at the end
    let out = run(&["resolve", "--json"], &input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids: Vec<String> = json_lines(&out)
        .iter()
        .map(|v| v["matches"][0]["id"].as_str().unwrap_or("-").to_string())
        .collect();
    assert_eq!(ids, ["-", "kyiv", "kyiv", "-", "-", "-", "-", "kyiv"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 4: longer than"), "{stderr}");
    assert!(stderr.contains("line 7: not valid UTF-8"), "{stderr}");
    // Empty input: no output, success.
    let out = run(&["resolve", "--json"], b"");
    assert!(out.status.success() && out.stdout.is_empty());
}

#[test]
fn hostile_text_to_tag() {
    for (text, mentions) in [
        (String::new(), 0),
        ("\0\0\0".to_string(), 0),
        ("\u{202E}Talks in Kyiv\u{202C}.\u{200B}".to_string(), 1),
        (format!("Talks in K{}yiv.", "\u{301}".repeat(1_000_000)), 1),
        // Larger inputs take the same path; these keep the debug build's test short.
        ("東京".repeat(20_000), 20_000),
        ("Talks in Kyiv. ".repeat(70_000), 70_000), // 1 MB
    ] {
        let out = run(&["tag", "--json"], text.as_bytes());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            v.as_array().map(Vec::len),
            Some(mentions),
            "{}",
            &text[..text.len().min(40)]
        );
    }
}

/// A validator of the committed schema's definition `def`.
fn schema(def: &str) -> jsonschema::Validator {
    let text = include_str!("../schema/toponym.schema.json");
    let mut root: serde_json::Value = serde_json::from_str(text).unwrap();
    root["$ref"] = format!("#/$defs/{def}").into();
    jsonschema::validator_for(&root).unwrap_or_else(|e| panic!("the schema: {e}"))
}

fn assert_valid(validator: &jsonschema::Validator, value: &serde_json::Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{what}: {}", errors.join("; "));
}

#[test]
fn json_output_follows_the_committed_schema() {
    let line = schema("resolveLine");
    let queries =
        "Итуруп\n北方領土\nLeningrad\nMacedonia\nSpringfield\nKiev\nСССР\n\nNowhere\nJP-01\n";
    for args in [
        &["resolve", "--json"][..],
        &["resolve", "--json", "--lang", "ja", "--worldview", "RU"],
    ] {
        let out = run(args, queries.as_bytes());
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 10);
        let mut matches = 0;
        for v in &lines {
            assert_valid(&line, v, &v["query"].to_string());
            matches += v["matches"].as_array().unwrap().len();
        }
        assert!(matches >= 9, "{matches}");
    }
    let place = schema("place");
    for id in [
        "su",
        "south-kurils",
        "iturup",
        "kyiv",
        "jp",
        "hokkaido",
        "tokyo",
        "JP-01",
    ] {
        let out = run(&["show", id, "--json", "--lang", "uk"], b"");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_valid(&place, &v, id);
    }
    let text = "Talks between Japan and Russia on the Northern Territories (北方領土) stalled \
                in Moscow; in Kyiv, Україна's capital, and in Buenos Aires, Tokyo and Москве, too.";
    let out = run(&["tag", "--json"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.as_array().unwrap().len() > 5);
    assert_valid(&schema("tagOutput"), &v, "tag");
    for prefix in ["Ky", "Iturop", "択捉", "Моск", "x"] {
        let out = run(&["suggest", prefix, "--json"], b"");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_valid(&schema("suggestOutput"), &v, prefix);
    }
}

#[test]
fn the_schema_rejects_what_the_contract_does_not_allow() {
    let out = run(&["resolve", "--json", "Kyiv"], b"");
    let good = json_lines(&out).remove(0);
    let line = schema("resolveLine");
    assert_valid(&line, &good, "as printed");
    let mut extra = good.clone();
    extra["matches"][0]["population"] = 1.into();
    let mut missing = good.clone();
    missing["matches"][0].as_object_mut().unwrap().remove("iso");
    let mut wrong = good.clone();
    wrong["matches"][0]["matched"]["status"] = "popular".into();
    for bad in [extra, missing, wrong] {
        assert!(!line.is_valid(&bad), "{bad}");
    }
}

#[test]
fn text_output_writes_names_as_text_in_aligned_columns() {
    let out = run(&["resolve", "ಕಿರಿಬಾಟಿ"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("matched \"ಕಿರಿಬಾಟಿ\" (kn"), "{text}");
    assert!(!text.contains("\\u{"), "{text}");
    // Column by column, by the width a terminal gives each character: kanji take two.
    let input = "Talks on 北方領土 and in Москве, Kyiv and 東京 too.";
    let out = run(&["tag", "--lang", "ja"], input.as_bytes());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    let width_before_arrow = |line: &str| {
        let at = line.find("->").unwrap();
        line[..at]
            .chars()
            .map(|c| if c > '\u{2E80}' { 2 } else { 1 })
            .sum::<usize>()
    };
    let widths: Vec<usize> = lines.iter().map(|l| width_before_arrow(l)).collect();
    assert!(widths.windows(2).all(|w| w[0] == w[1]), "{text}");
}

#[test]
fn loose_names_with_how_they_were_found() {
    let input = "Dayton, OH\nKorea, Rep.\nPortugul\nSpringfield, Canada\nJapan\n\n,,,\n";
    let out = run(&["resolve", "--loose", "--json"], input.as_bytes());
    assert!(out.status.success());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 7);
    let loose = schema("looseLine");
    for v in &lines {
        assert_valid(&loose, v, &v["query"].to_string());
    }
    let first = |i: usize| &lines[i]["matches"][0];
    assert_eq!(first(0)["id"], "dayton");
    assert_eq!(first(0)["how"]["rule"], "qualified");
    assert_eq!(first(0)["how"]["qualifier"], "ohio-us");
    assert_eq!(
        (
            first(0)["how"]["start"].as_u64(),
            first(0)["how"]["end"].as_u64()
        ),
        (Some(0), Some(6))
    );
    assert_eq!(first(1)["id"], "kr");
    assert_eq!(first(1)["how"]["rule"], "inverted");
    assert_eq!(first(2)["how"]["edits"], 1);
    assert_eq!(lines[3]["matches"], serde_json::json!([]));
    assert_eq!(lines[3]["not_inside"]["qualifier"], "ca");
    assert_eq!(first(4)["how"]["rule"], "exact");
    assert_eq!(lines[5]["matches"], serde_json::json!([]));
    assert!(lines[5]["not_inside"].is_null());
    // For people: how, in words.
    let out = run(
        &["resolve", "--loose", "Dayton, OH", "Springfield, Canada"],
        b"",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("qualified in Ohio"), "{text}");
    assert!(
        text.contains("no place called \"Springfield\" in Canada"),
        "{text}"
    );
}
