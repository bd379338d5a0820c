/**
 * @module knowledge/gazetteer/geonames
 * Reading GeoNames exports (the 19-column `geoname` TSV of a country dump, admin1CodesASCII.txt,
 * admin2Codes.txt) and the rules for which rows and names the gazetteer keeps. Shared by the build
 * script (scripts/build-gazetteer.ts) and `marsad gazetteer import`, so both keep the same things.
 * Data problems (short rows, bad numbers) are counted and skipped, never thrown.
 */

export interface GnRow {
  id: number;
  name: string;
  ascii: string;
  alts: string[];
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  cc: string;
  a1: string;
  a2: string;
  pop: number;
}

/**
 * Feature codes kept, by class. P and A are kept whole; for S, H, T, L and V only the kinds the press
 * names as places of events (airports, military sites, camps, mines, border posts, wells, lakes,
 * mountains, forests, parks, regions). Streams, wadis, dunes and single hills are left out: they are
 * numerous (~25k rows) and almost never the location of a reported event.
 */
export const KEEP_CODES: Record<string, Set<string> | 'all'> = {
  P: 'all',
  A: 'all',
  S: new Set([
    'AIRP', 'AIRF', 'AIRB', 'AIRH', 'MILB', 'INSM', 'CMP', 'CMPMN', 'CMPRF', 'CMPQ', 'FT', 'PO', 'PP', 'PSTB', 'PSTC',
    'CSTM', 'PRN', 'BDG', 'DAM', 'MN', 'MNAU', 'MNQR', 'MNC', 'MNFE', 'MNQ', 'MKT', 'RSTN', 'RSTP', 'ADMF', 'BLDG',
    'HSP', 'SCH', 'SCHC', 'UNIV', 'MSQE', 'CH', 'STDM', 'PRT', 'PS', 'OILR', 'OILW', 'OILP', 'RUIN', 'HTL', 'GHSE',
    'MUS', 'FRM', 'RDCR', 'MFG', 'ESTT', 'CTRA', 'RECG', 'ZOO', 'PAL', 'TMB', 'GOVL', 'DIP',
  ]),
  H: new Set(['WLL', 'WLLS', 'WLLQ', 'LK', 'LKS', 'LKI', 'RSV', 'OAS', 'SPNG', 'LGN', 'WTRH']),
  T: new Set(['MT', 'MTS', 'PK', 'PKS', 'PLAT', 'CLF', 'ERG', 'DSRT', 'VAL', 'HLLS', 'PASS', 'CAPE', 'ISL', 'ISLS', 'GRGE']),
  L: 'all',
  V: new Set(['FRST', 'FRSTF']),
};

export function keepFeature(fclass: string, fcode: string): boolean {
  const k = KEEP_CODES[fclass];
  if (!k) return false;
  return k === 'all' || k.has(fcode);
}

const LATIN_OR_ARABIC = /^[\p{Script=Latin}\p{Script=Arabic}\p{Mark}\p{Zs}\p{Pd}\p{N}'’‘`.,()\u200c-\u200f\u02bb\u02bc\u02bf\u02be-]+$/u;

/**
 * Which alternate names to keep: Latin- and Arabic-script names (other scripts are of no use for
 * Arabic/French/English text), without codes (IATA/ICAO, postcodes), links or very long descriptions.
 */
export function keepAlternate(a: string): boolean {
  if (!a || a.length > 80) return false;
  if (/^https?:|www\./i.test(a)) return false;
  if (/\d/.test(a)) return false;
  if (/^[A-Z]{2,5}$/.test(a)) return false;
  // Urdu and Persian spellings use letters Arabic does not (ٹ ڈ ڑ ں ھ ہ ے ی ک): not Arabic press forms.
  if (/[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06C3\u06D2\u06CC\u06A9]/.test(a)) return false;
  return LATIN_OR_ARABIC.test(a);
}

export function cleanName(s: string): string {
  return s.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

export interface ParseStats {
  lines: number;
  kept: number;
  skippedFeature: number;
  bad: number;
}

/** Parse one country dump (or several concatenated); returns kept rows and counts. */
export function parseGeonamesDump(text: string, stats?: ParseStats): GnRow[] {
  const st = stats ?? { lines: 0, kept: 0, skippedFeature: 0, bad: 0 };
  const out: GnRow[] = [];
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).replace(/\r$/, '');
    pos = nl + 1;
    if (!line || line.startsWith('#')) continue;
    st.lines++;
    const f = line.split('\t');
    if (f.length < 15) { st.bad++; continue; }
    const id = Number(f[0]);
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isInteger(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || !f[1]) {
      st.bad++;
      continue;
    }
    if (!keepFeature(f[6], f[7])) { st.skippedFeature++; continue; }
    const name = cleanName(f[1]);
    const seen = new Set<string>([name]);
    const alts: string[] = [];
    for (const raw of f[3] ? f[3].split(',') : []) {
      const a = cleanName(raw);
      if (!seen.has(a) && keepAlternate(a)) { seen.add(a); alts.push(a); }
    }
    const pop = Number(f[14]);
    out.push({
      id, name, ascii: cleanName(f[2]), alts,
      lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4,
      fclass: f[6], fcode: f[7], cc: f[8], a1: f[10] ?? '', a2: f[11] ?? '',
      pop: Number.isFinite(pop) && pop > 0 ? pop : 0,
    });
    st.kept++;
  }
  return out;
}

/** Shorter admin names for display: "Cercle de Kati"/"Kati Cercle" → "Kati". */
export function cleanAdminName(s: string): string {
  return s
    .replace(/^(Cercle|Département|Departement|Préfecture|Prefecture|Province|District|Région|Region|Commune|Wilaya|Moughataa|Municipality)\s+(de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]\s*)?/i, '')
    .replace(/\s+(Cercle|Department|Département|Region|Région|Province|Prefecture|Préfecture|District|Municipal District|Municipality)$/i, '')
    .trim() || s;
}

/** admin1CodesASCII.txt / admin2Codes.txt: `CC.A1[.A2]\tname\tascii\tgeonameid`. Only the given countries. */
export function parseAdminCodes(text: string, countries: Set<string> | null): Map<string, { name: string; id: number }> {
  const out = new Map<string, { name: string; id: number }>();
  for (const line of text.split('\n')) {
    const f = line.replace(/\r$/, '').split('\t');
    if (f.length < 2 || !f[0].includes('.')) continue;
    const cc = f[0].slice(0, f[0].indexOf('.'));
    if (countries && !countries.has(cc)) continue;
    out.set(f[0], { name: cleanAdminName(cleanName(f[1])), id: Number(f[3]) || 0 });
  }
  return out;
}
