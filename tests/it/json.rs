//! The JSON of the `serde` feature: the fields of each value, names shown as a query asks,
//! and the grouping of a place's names.

use serde_json::{Value, json};
use toponym::{NameQuery, find_in_text, place, resolve, suggest};

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn a_match_and_its_name() {
    let m = resolve("Leningrad").next().unwrap();
    let v = serde_json::to_value(m).unwrap();
    assert_eq!(
        keys(&v),
        [
            "id", "kind", "name", "matched", "iso", "wikidata", "geonames"
        ]
    );
    assert_eq!(v["id"], "saint-petersburg");
    assert_eq!(v["name"], "Saint Petersburg");
    assert_eq!(
        keys(&v["matched"]),
        ["text", "lang", "status", "worldview", "years", "source"]
    );
    assert_eq!(v["matched"]["status"], "historic");
    assert_eq!(v["matched"]["years"]["until"], 1991);
    // The matched name is the JSON of the name itself.
    assert_eq!(v["matched"], serde_json::to_value(m.name()).unwrap());
}

#[test]
fn names_as_a_query_asks() {
    let m = resolve("Южные Курилы").next().unwrap();
    let shown = |lang, worldview| {
        let q = NameQuery::parse(lang, worldview).unwrap();
        serde_json::to_value(q.localize(m)).unwrap()["name"].clone()
    };
    assert_eq!(shown("en", Some("JP")), "Northern Territories");
    assert_eq!(shown("en", Some("RU")), "Southern Kurils");
    assert_eq!(shown("ja", Some("JP")), "北方領土");
}

#[test]
fn a_place_with_its_names_grouped_by_language() {
    let su = place("su").unwrap();
    let v = serde_json::to_value(NameQuery::new("ru").localize(su)).unwrap();
    assert_eq!(v["name"], "Советский Союз");
    assert_eq!(v["kind"], "historic-state");
    assert_eq!(v["existed"], json!({"from": 1922, "until": 1991}));
    assert_eq!(v["succeeded_by"].as_array().unwrap().len(), 15);
    let groups = v["names"].as_object().unwrap();
    let count: usize = groups.values().map(|g| g.as_array().unwrap().len()).sum();
    assert_eq!(count, su.names().len());
    assert_eq!(groups.len(), su.names_by_language().count());
    // Within a group the language is the key, not a field.
    assert!(
        groups["ru"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n.get("lang").is_none())
    );
}

#[test]
fn suggestions_and_mentions() {
    let s = serde_json::to_value(suggest("Iturop", 1)[0]).unwrap();
    assert_eq!(s["id"], "iturup");
    assert_eq!(s["edits"], 1);
    assert_eq!(keys(&s).len(), 8);
    let text = "Talks on 北方領土 stalled";
    let mentions = find_in_text(text);
    let v = serde_json::to_value(&mentions[0]).unwrap();
    assert_eq!(keys(&v), ["start", "end", "text", "id", "name", "matches"]);
    assert_eq!(v["start"], 9, "a byte offset");
    assert_eq!(v["id"], v["matches"][0]["id"]);
    assert_eq!(v["name"], v["matches"][0]["name"]);
}

#[test]
fn every_place_serializes() {
    for p in toponym::places().step_by(7) {
        let v = serde_json::to_value(p).unwrap();
        assert_eq!(v["id"], p.id());
        assert_eq!(keys(&v).len(), 16, "{}", p.id());
    }
}
