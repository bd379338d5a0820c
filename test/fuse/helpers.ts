// Hand-built EventRecords for fusion tests: a full record with sober defaults, overridden per case.
import type { Claim, EventRecord } from '../../src/model/types.ts';
import { subEventType } from '../../src/model/taxonomy.ts';
import type { FuseInput, Incident } from '../../src/fuse/index.ts';

export const JNIM = 'JNIM: Group for Support of Islam and Muslims';
export const FAMA = 'Military Forces of Mali (2021-)';
export const ISS = 'Islamic State (Sahel)';

export interface Spec {
  doc: string;
  id?: string;
  date: string | [string, string] | null;
  place?: { name: string; lat: number | null; lon: number | null; prec: 1 | 2 | 3; admin1?: string; admin2?: string; country?: string };
  sub?: string;
  a1?: string;
  a2?: string;
  assoc1?: string;
  assoc2?: string;
  fatalities?: number;
  claims?: Array<Partial<Claim> & { claimant: string; min?: number }>;
  background?: boolean;
  confidence?: number;
  outlet?: string;
}

export function ev(s: Spec): FuseInput {
  const [ds, de] = s.date === null ? [null, null] : typeof s.date === 'string' ? [s.date, s.date] : s.date;
  const st = subEventType(s.sub ?? 'Armed clash')!;
  const p = s.place ?? { name: 'Bamako', lat: 12.65, lon: -8.0, prec: 1, admin1: 'Bamako' };
  const claims: Claim[] = (s.claims ?? []).map((c) => ({
    claimant: c.claimant,
    kind: c.kind ?? 'fatalities',
    value: { min: c.min ?? null, max: c.min ?? null, text: c.min !== undefined ? String(c.min) : '' },
    subject: c.subject ?? '',
    stance: c.stance ?? 'asserts',
    evidence: [{ field: `claim.${c.kind ?? 'fatalities'}`, start: 0, end: 4, text: 'said' }],
  }));
  const fat = s.fatalities ?? 0;
  const rec: EventRecord = {
    event_id_cnty: s.id ?? `XXX-${s.doc}-1`,
    event_date: ds,
    time_precision: ds && ds === de ? 1 : null,
    disorder_type: st.disorder_type,
    event_type: st.event_type,
    sub_event_type: st.sub_event_type,
    actor1: s.a1 ?? JNIM,
    assoc_actor_1: s.assoc1 ?? '',
    inter1: s.a1 === '' ? '' : 'Rebel group',
    actor2: s.a2 ?? FAMA,
    assoc_actor_2: s.assoc2 ?? '',
    inter2: s.a2 === '' ? '' : 'State forces',
    interaction: '',
    civilian_targeting: st.event_type === 'Violence against civilians' ? 'Civilian targeting' : '',
    iso: 466,
    country: p.country ?? 'Mali',
    admin1: p.admin1 ?? '',
    admin2: p.admin2 ?? '',
    admin3: '',
    location: p.name,
    latitude: p.lat,
    longitude: p.lon,
    geo_precision: p.prec,
    fatalities: fat,
    source: s.outlet ?? '',
    source_scale: '',
    notes: '',
    tags: s.background ? 'background' : '',
    timestamp: 1_700_000_000,
    date_start: ds,
    date_end: de,
    date_text: null,
    fatalities_low: fat || null,
    fatalities_best: fat || null,
    fatalities_high: claims.length ? Math.max(fat, ...claims.map((c) => c.value.min ?? 0)) : fat || null,
    claims,
    background: s.background ?? false,
    evidence: [{ field: 'location', start: 0, end: 5, text: p.name }],
    confidence: s.confidence ?? 0.6,
    source_documents: [s.doc],
  };
  return { ...rec, document_id: s.doc, outlet: s.outlet ?? null };
}

/** The partition as sorted lists of document ids, for comparing clusterings. */
export function partition(incs: Incident[]): string[][] {
  return incs.map((i) => i.members.map((m) => m.split('/')[0]).sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

export const PLACES = {
  faladie: { name: 'Faladié', lat: 12.5947, lon: -7.9471, prec: 1, admin1: 'Bamako' },
  faladieSchool: { name: 'École de gendarmerie de Faladié', lat: 12.595, lon: -7.947, prec: 1, admin1: 'Bamako' },
  airport: { name: 'Bamako–Sénou International Airport', lat: 12.5333, lon: -7.95, prec: 1, admin1: 'Bamako' },
  senou: { name: 'Sénou', lat: 12.5207, lon: -7.9293, prec: 1, admin1: 'Bamako' },
  bamako: { name: 'Bamako', lat: 12.65, lon: -8.0, prec: 1, admin1: 'Bamako' },
  kati: { name: 'Kati', lat: 12.744, lon: -8.073, prec: 1, admin1: 'Koulikoro' },
  tchoma: { name: 'Tchoma Bangou', lat: 14.74, lon: 1.78, prec: 1, admin1: 'Tillabéri', admin2: 'Ouallam', country: 'Niger' },
  zarou: { name: 'Zaroumadareye', lat: 14.79, lon: 1.735, prec: 1, admin1: 'Tillaberi', admin2: 'Ouallam', country: 'Niger' },
  ouallamNear: { name: 'Ouallam', lat: 14.3164, lon: 2.086, prec: 2, admin1: 'Tillabéri', country: 'Niger' },
  solhan: { name: 'Solhan', lat: 13.3764, lon: 0.4578, prec: 1, admin1: 'Sahel', country: 'Burkina Faso' },
  sebbaNear: { name: 'Sebba', lat: 13.4364, lon: 0.5304, prec: 2, admin1: 'Sahel', country: 'Burkina Faso' },
  sahelRegion: { name: 'Dori', lat: 14.0354, lon: -0.0345, prec: 3, admin1: 'Sahel', country: 'Burkina Faso' },
  estRegion: { name: 'Fada N\'gourma', lat: 12.0616, lon: 0.3584, prec: 3, admin1: 'Est', country: 'Burkina Faso' },
  tadaryat: { name: 'Tadaryat', lat: 14.72, lon: 0.45, prec: 1, admin1: 'Sahel', country: 'Burkina Faso' },
} as const;
