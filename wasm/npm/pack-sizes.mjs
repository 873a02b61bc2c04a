// The size of each language pack of a built package, raw and gzipped (level 9) one by one as
// a server would send it, and of all of them: a tab-separated table on stdout.
//
//   node wasm/npm/pack-sizes.mjs target/wasm/pkg
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = join(process.argv[2] ?? "target/wasm/pkg", "packs");
let [raw, gz] = [0, 0];
console.log("pack\tbytes\tgzip -9");
for (const file of readdirSync(dir).filter((f) => f.endsWith(".pack")).sort()) {
  const bytes = readFileSync(join(dir, file));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += zipped;
  console.log(`${file.replace(/\.pack$/, "")}\t${bytes.length}\t${zipped}`);
}
console.log(`all ${readdirSync(dir).length} packs\t${raw}\t${gz}`);
