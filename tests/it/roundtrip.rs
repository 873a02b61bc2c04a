//! A property over the whole data set: every stored name resolves to its own place, in its
//! stored form, folded, upper-cased and without its generic term.

#[test]
fn every_name_resolves_to_its_own_place() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for place in toponym::places() {
        for name in place.names() {
            for query in [
                name.text().to_string(),
                name.text().to_uppercase(),
                toponym::fold(name.text()),
            ] {
                checked += 1;
                if !toponym::resolve(&query).any(|m| m.place() == place) {
                    failures.push(format!(
                        "{query:?} ({}) does not find {}",
                        name.lang(),
                        place.id()
                    ));
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} names checked");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_match_is_a_name_of_its_place_with_the_same_key() {
    for place in toponym::places() {
        for name in place.names() {
            for m in toponym::resolve(name.text()) {
                assert_eq!(m.name().place(), m.place());
                let (stored, query) = (toponym::fold(m.name().text()), toponym::fold(name.text()));
                // The same key, or one of the stored name's variant keys (Koenigsberg for
                // Königsberg in German), or the stored name with its generic term is longer.
                let mut variants = Vec::new();
                toponym_shared::variants::variant_keys(
                    m.name().lang(),
                    m.name().text(),
                    &mut variants,
                );
                let spelt = |k: &String| *k == query || k.contains(&query);
                assert!(
                    stored == query || stored.contains(&query) || variants.iter().any(spelt),
                    "{query:?} matched {stored:?}"
                );
            }
        }
    }
}

#[test]
fn lookups_by_code_agree_with_the_places() {
    for place in toponym::places() {
        assert_eq!(toponym::place(place.id()), Some(place));
        for code in [
            place.iso_alpha2(),
            place.iso_alpha3(),
            place.iso_subdivision(),
        ]
        .into_iter()
        .flatten()
        {
            assert_eq!(toponym::place_by_iso(code), Some(place), "{code}");
            assert_eq!(
                toponym::place_by_iso(&code.to_lowercase()),
                Some(place),
                "{code}"
            );
        }
        if let Some(q) = place.wikidata_id() {
            assert_eq!(toponym::place_by_wikidata(q), Some(place));
        }
        if let Some(g) = place.geonames_id() {
            assert_eq!(toponym::place_by_geonames(g), Some(place));
        }
        for other in place.parents() {
            assert_ne!(other, place);
        }
        assert!(place.names().len() > 0, "{} has no names", place.id());
    }
}
