//! Natural Earth's admin-0 map units (the attribute table of its countries shapefile), and
//! how each country sees them.

use std::collections::BTreeMap;

use super::curated::Curated;
use super::merge::Merge;
use super::packages as pkg;
use super::{Sources, dbf, read};

/// Natural Earth's admin-0 rows by ISO 3166-1 alpha-2 code.
pub(super) fn admin0(src: &Sources) -> Result<BTreeMap<String, BTreeMap<String, String>>, String> {
    let path = src
        .dir(pkg::NATURAL_EARTH)
        .join("ne_10m_admin_0_countries_deu.dbf");
    let rows = dbf::parse(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    for r in rows {
        let code = r.get("ISO_A2_EH").cloned().unwrap_or_default();
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        // Several map units may share a code (Australia's outlying islands): the one whose
        // own code is the country's is the country.
        let main = r.get("ADM0_A3") == r.get("ISO_A3_EH");
        if main || !out.contains_key(&code) {
            out.insert(code, r);
        }
    }
    Ok(out)
}

/// Natural Earth's point-of-view columns: `ADM0_A3_XX` is the country a map unit belongs
/// to as country XX sees it. Where XX counts a unit that is not its own as its own, XX
/// claims it. Those claims are compared with the curated `claimed_by` and reported, not
/// written: the data records claims only where the curated data describes the dispute, and
/// the other columns (how a third country sees a dispute) have no place in the data model.
pub(super) fn point_of_view_claims(
    ne: &BTreeMap<String, BTreeMap<String, String>>,
    curated: &Curated,
    territory_id: &BTreeMap<String, String>,
    m: &mut Merge,
) {
    let a3_of = |iso2: &str| ne.get(iso2).and_then(|r| r.get("ADM0_A3")).cloned();
    for (code, r) in ne {
        for (column, seen_as) in r {
            let Some(view) = column.strip_prefix("ADM0_A3_") else {
                continue;
            };
            // Natural Earth writes Korea's view as KO.
            let viewer = if view == "KO" { "KR" } else { view };
            if viewer.len() != 2 || a3_of(viewer).as_ref() != Some(seen_as) || viewer == code {
                continue;
            }
            let (Some(place), Some(claimant)) = (territory_id.get(code), territory_id.get(viewer))
            else {
                continue;
            };
            let recorded = curated
                .by_iso2
                .get(code)
                .map(|&i| &curated.places[i])
                .is_some_and(|p| {
                    p.claimed_by
                        .iter()
                        .any(|&c| &curated.places[c].id == claimant)
                });
            if !recorded {
                m.report.push(format!(
                    "note: Natural Earth: from {viewer}'s point of view, {code} is part of \
                     {viewer}; the data records no claim of {claimant} on {place}"
                ));
            }
        }
    }
}
