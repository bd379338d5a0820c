/**
 * @module cli/commands/show
 * `marsad show ID` — one incident: the fused record, the reports it was fused from, and what each
 * report says (date, place, toll, claims) side by side, so that disagreements stay visible.
 */
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../command.ts';
import type { EventRecord } from '../../model/types.ts';
import type { IncidentDetail } from '../../store/types.ts';
import { cut, openExisting } from './events.ts';

const HELP = `Usage: marsad show ID [--db PATH] [--format text|json]

Prints one incident (an ID from \`marsad events\`, e.g. M12): its fused ACLED fields, the
documents that reported it, and each report's own reading and claims side by side.

Options:
  --db PATH            the store (default: the user's data directory, see marsad events --help)
  --format text|json   text (default) or the incident with its events and documents as JSON
  -h, --help           this help

Exit status: 0 shown, 1 no such incident, 2 usage error.`;

const range = (r: EventRecord) => (r.date_start && r.date_end && r.date_start !== r.date_end ? `${r.date_start}..${r.date_end}` : (r.event_date ?? r.date_start ?? 'undated'));

function table(head: string[], rows: string[][]): string[] {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(w[i] - [...c].length))).join('  ');
  return [line(head), ...rows.map(line)];
}

export function formatIncident(d: IncidentDetail): string {
  const r = d.record;
  const out: string[] = [];
  out.push(`${d.id}  ${r.event_type} / ${r.sub_event_type}  (${r.disorder_type})`);
  out.push(`  date       ${range(r)}${r.time_precision ? `  (time precision ${r.time_precision})` : ''}${r.date_text ? `  “${r.date_text.text}”` : ''}`);
  out.push(`  place      ${[r.location, r.admin2, r.admin1, r.country].filter(Boolean).join(', ') || '?'}${r.latitude !== null ? `  (${r.latitude}, ${r.longitude}; geo precision ${r.geo_precision})` : ''}`);
  out.push(`  actor 1    ${r.actor1 || '?'}${r.inter1 ? ` [${r.inter1}]` : ''}${r.assoc_actor_1 ? `; with ${r.assoc_actor_1}` : ''}`);
  if (r.actor2 || r.assoc_actor_2) out.push(`  actor 2    ${r.actor2 || '?'}${r.inter2 ? ` [${r.inter2}]` : ''}${r.assoc_actor_2 ? `; with ${r.assoc_actor_2}` : ''}`);
  out.push(`  fatalities ${r.fatalities} (ACLED-conservative)${r.fatalities_low !== null ? `; reported range ${r.fatalities_low}–${r.fatalities_high}, best ${r.fatalities_best}` : ''}${r.civilian_targeting ? `; ${r.civilian_targeting}` : ''}`);
  if (r.notes) out.push(`  notes      ${r.notes}`);
  out.push(`  confidence ${r.confidence}${r.background ? '  [background only]' : ''}`);

  const docName = new Map(d.documents.map((x, i) => [x.id, `[${i + 1}]`]));
  out.push('', `Sources (${d.documents.length}):`);
  d.documents.forEach((x, i) => {
    out.push(`  [${i + 1}] ${x.outlet ?? '(no outlet)'}  ${x.published ?? 'undated'}  ${x.language}  ${x.id}`);
    if (x.title) out.push(`      ${x.title}`);
    out.push(`      ${x.url ?? x.source.uri}`);
  });

  out.push('', 'What each report says:');
  out.push(
    ...table(
      ['SRC', 'DATE', 'PLACE', 'TYPE', 'ACTORS', 'FAT.'],
      d.events.map((e) => {
        const x = e.record;
        return [docName.get(e.document_id) ?? e.document_id, range(x), cut(x.location || x.admin1 || x.country || '?', 28), x.sub_event_type, cut(`${x.actor1 || '?'}${x.actor2 ? ` vs ${x.actor2}` : ''}`, 50), String(x.fatalities)];
      }),
    ),
  );

  const claims = d.events.flatMap((e) => e.record.claims.map((c) => ({ src: docName.get(e.document_id) ?? e.document_id, c })));
  out.push('', `Claims (${claims.length}), side by side:`);
  if (claims.length) {
    out.push(
      ...table(
        ['SRC', 'CLAIMANT', 'STANCE', 'KIND', 'VALUE', 'SUBJECT', 'WORDS'],
        claims.map(({ src, c }) => {
          const v = c.value.min === null && c.value.max === null ? '' : c.value.min === c.value.max ? String(c.value.min) : `${c.value.min ?? '?'}–${c.value.max ?? '?'}`;
          return [src, cut(c.claimant, 48), c.stance, c.kind, v, cut(c.subject, 24), cut(c.value.text || c.evidence[0]?.text || '', 60)];
        }),
      ),
    );
  }
  return out.join('\n');
}

export const showCommand: Command = {
  name: 'show',
  summary: 'one incident with its sources and their claims side by side',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { db: { type: 'string' }, format: { type: 'string' } } });
    if (positionals.length !== 1) throw new UsageError('give one incident ID (see marsad events)');
    const format = values.format ?? 'text';
    if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, got '${format}'`);
    const store = await openExisting(values.db, io, 'show');
    if (!store) return 1;
    try {
      await store.fusePending();
      const d = await store.getIncident(positionals[0]);
      if (!d) {
        io.err(`marsad show: no incident '${positionals[0]}' (ids look like M12; see marsad events)`);
        return 1;
      }
      io.out(format === 'json' ? JSON.stringify(d, null, 2) : formatIncident(d));
    } finally {
      await store.close();
    }
    return 0;
  },
};
