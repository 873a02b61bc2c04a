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

#[test]
fn readable_table() {
    let out = run(&["resolve", "Leningrad", "Nowhere in Particular"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("saint-petersburg"), "{text}");
    assert!(text.contains("historic"), "{text}");
    assert!(text.contains("no match"), "{text}");
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
