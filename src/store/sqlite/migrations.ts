/**
 * @module store/sqlite/migrations
 * The SQLite schema as numbered migrations, applied in order, each in its own transaction and
 * recorded in `migrations`. Never edit a migration that has shipped: add the next number.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema: sources, documents, retrievals, analysis, incidents, search',
    sql: `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  uri TEXT NOT NULL,
  name TEXT,
  created_at TEXT NOT NULL,
  last_polled_at TEXT,
  UNIQUE (kind, uri)
);
-- Items already taken from a source (feed guids, Telegram message ids), so re-runs skip them.
CREATE TABLE source_items (
  source_id INTEGER NOT NULL REFERENCES sources(id),
  item_key TEXT NOT NULL,
  status TEXT NOT NULL,
  document_id TEXT,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (source_id, item_key)
) WITHOUT ROWID;

CREATE TABLE documents (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  clean_sha256 TEXT NOT NULL UNIQUE,
  raw_sha256 TEXT NOT NULL,
  source_kind TEXT NOT NULL,
  source_uri TEXT NOT NULL,
  outlet TEXT,
  title TEXT,
  language TEXT NOT NULL,
  published TEXT,
  published_source TEXT NOT NULL,
  encoding TEXT,
  format TEXT,
  url TEXT,
  text TEXT NOT NULL,
  warnings TEXT NOT NULL,
  stored_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

-- Every sighting of a document: one row per (document, kind, uri), counted.
CREATE TABLE retrievals (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  kind TEXT NOT NULL,
  uri TEXT NOT NULL,
  source_id INTEGER REFERENCES sources(id),
  item_key TEXT,
  raw_sha256 TEXT,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  times INTEGER NOT NULL DEFAULT 1,
  UNIQUE (document_id, kind, uri)
);

CREATE TABLE mentions (
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  resolved TEXT,
  label TEXT,
  reason TEXT,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

-- Events as extracted from one document. record: the EventRecord without claims and evidence
-- (those live in their tables); the columns beside it are copies for filtering.
CREATE TABLE events (
  n INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  event_date TEXT,
  date_start TEXT,
  date_end TEXT,
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  actor1 TEXT NOT NULL,
  actor2 TEXT NOT NULL,
  country TEXT NOT NULL,
  admin1 TEXT NOT NULL,
  location TEXT NOT NULL,
  latitude REAL,
  longitude REAL,
  fatalities INTEGER NOT NULL,
  background INTEGER NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_dates ON events(date_start, date_end);
CREATE INDEX events_country_undated ON events(country) WHERE date_start IS NULL;
-- Date ranges of dated events as day numbers, for overlap queries whatever the span.
CREATE VIRTUAL TABLE events_time USING rtree(n, d0, d1);

CREATE TABLE claims (
  event_n INTEGER NOT NULL REFERENCES events(n),
  seq INTEGER NOT NULL,
  claimant TEXT NOT NULL,
  kind TEXT NOT NULL,
  value_min REAL,
  value_max REAL,
  value_text TEXT NOT NULL,
  subject TEXT NOT NULL,
  stance TEXT NOT NULL,
  PRIMARY KEY (event_n, seq)
) WITHOUT ROWID;
CREATE INDEX claims_claimant ON claims(claimant);

-- Character spans of a document's clean text that support a field of an event, claim or assessment.
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  owner TEXT NOT NULL,          -- 'event' | 'claim' | 'assessment'
  owner_n INTEGER NOT NULL,     -- events.n, or the assessment's seq
  owner_seq INTEGER NOT NULL,   -- claim seq within the event; 0 otherwise
  field TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX evidence_owner ON evidence(owner, owner_n, owner_seq);
CREATE INDEX evidence_document ON evidence(document_id);

CREATE TABLE assessments (
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT NOT NULL,
  quantity TEXT,
  as_of TEXT,
  claimant TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

-- Events waiting for fusion (written with the event, emptied by fusePending).
CREATE TABLE fusion_queue (event_n INTEGER PRIMARY KEY);

-- Incidents: fused events. record: the full fused EventRecord (derived data, recomputable).
CREATE TABLE incidents (
  n INTEGER PRIMARY KEY AUTOINCREMENT,
  sort_date TEXT NOT NULL,      -- v1: event_date, else date_start, else ''; v2: date_start, else ''
  event_date TEXT,
  date_start TEXT,
  date_end TEXT,
  span_days INTEGER,
  disorder_type TEXT NOT NULL,
  event_type TEXT NOT NULL,
  sub_event_type TEXT NOT NULL,
  iso INTEGER,
  country TEXT NOT NULL,
  admin1_key TEXT NOT NULL,
  latitude REAL,
  longitude REAL,
  fatalities INTEGER NOT NULL,
  record TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX incidents_sort ON incidents(sort_date, n);
CREATE INDEX incidents_country ON incidents(country, sort_date);
CREATE INDEX incidents_admin1 ON incidents(admin1_key, sort_date);
CREATE INDEX incidents_type ON incidents(event_type, sort_date);
CREATE INDEX incidents_subtype ON incidents(sub_event_type, sort_date);
CREATE INDEX incidents_disorder ON incidents(disorder_type, sort_date);
CREATE INDEX incidents_span ON incidents(span_days);
CREATE VIRTUAL TABLE incidents_geo USING rtree(n, lat0, lat1, lon0, lon1);

CREATE TABLE incident_events (
  event_n INTEGER PRIMARY KEY REFERENCES events(n),
  incident_n INTEGER NOT NULL REFERENCES incidents(n)
);
CREATE INDEX incident_events_incident ON incident_events(incident_n);

-- Distinct actor names (few) and which incidents name them (actor1, actor2 or associated).
CREATE TABLE actors (
  n INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL
);
CREATE TABLE incident_actors (
  actor_n INTEGER NOT NULL REFERENCES actors(n),
  incident_n INTEGER NOT NULL REFERENCES incidents(n),
  PRIMARY KEY (actor_n, incident_n)
) WITHOUT ROWID;
CREATE INDEX incident_actors_incident ON incident_actors(incident_n);

-- Folded document text (store/fts.ts); rowid = documents.n. Contentless: the text lives in documents.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, body, stems,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
`,
  },
  {
    version: 2,
    name: 'incidents sorted by the start of their date range; incident_actors carries that key for ordered walks per actor',
    sql: `
UPDATE incidents SET sort_date = coalesce(date_start, '');
CREATE TABLE incident_actors_new (
  actor_n INTEGER NOT NULL REFERENCES actors(n),
  sort_date TEXT NOT NULL,
  incident_n INTEGER NOT NULL REFERENCES incidents(n),
  PRIMARY KEY (actor_n, sort_date, incident_n)
) WITHOUT ROWID;
INSERT INTO incident_actors_new (actor_n, sort_date, incident_n)
  SELECT ia.actor_n, i.sort_date, ia.incident_n FROM incident_actors ia JOIN incidents i ON i.n = ia.incident_n;
DROP TABLE incident_actors;
ALTER TABLE incident_actors_new RENAME TO incident_actors;
CREATE INDEX incident_actors_incident ON incident_actors(incident_n);
DROP INDEX incidents_disorder;
`,
  },
];
