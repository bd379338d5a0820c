/**
 * @module cli/commands/gazetteer
 * `marsad gazetteer lookup NAME [--country ML] [--json]` — candidates for a name (any script).
 * `marsad gazetteer import XX.txt [--admin1 FILE] [--admin2 FILE]` — add a GeoNames country dump
 * to the user's gazetteer ($MARSAD_HOME/gazetteer or ~/.local/share/marsad/gazetteer).
 * `marsad gazetteer info` — what is loaded.
 */
import { parseArgs } from 'node:util';
import { type Command, UsageError } from '../command.ts';
import { loadGazetteer, placePrior } from '../../knowledge/gazetteer/load.ts';
import { importDump, dataDir } from '../../knowledge/gazetteer/userdata.ts';

const HELP = `Usage: marsad gazetteer <lookup|import|info> [options]

  marsad gazetteer lookup NAME [--country XX] [--limit N] [--json]
      Print the places a name (Arabic, French or English spelling) can refer to, best first,
      with GeoNames id, feature code, country, admin1/admin2, population and how it matched.

  marsad gazetteer import XX.txt [--admin1 admin1CodesASCII.txt] [--admin2 admin2Codes.txt]
      Add a GeoNames country dump (19-column TSV from geonames.org, CC BY 4.0) to your own
      gazetteer in ${'$'}MARSAD_HOME/gazetteer (default ~/.local/share/marsad/gazetteer). It is merged
      at load; a row with the same geonameid as a bundled one replaces it (a newer dump of a bundled
      country updates it). The admin tables give admin names.

  marsad gazetteer info [--json]
      Show the loaded indexes, counts and load time.`;

export const gazetteerCommand: Command = {
  name: 'gazetteer',
  summary: 'look up place names; import GeoNames country dumps',
  help: HELP,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'lookup') {
      const { values, positionals } = parseArgs({
        args: rest, allowPositionals: true,
        options: { country: { type: 'string' }, limit: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } },
      });
      const name = positionals.join(' ').trim();
      if (!name) throw new UsageError('give a NAME to look up');
      const limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive integer');
      const country = values.country?.toUpperCase();
      const g = loadGazetteer();
      const cands = g.lookup(name, { country, limit });
      if (values.json) {
        io.out(JSON.stringify(cands.map((c) => ({ ...c.place, match: c.match, distance: c.distance, prior: Math.round(placePrior(c.place) * 100) / 100 })), null, 2));
        return cands.length ? 0 : 1;
      }
      if (!cands.length) {
        io.err(`no place found for "${name}"${country ? ` in ${country}` : ''}`);
        return 1;
      }
      for (const c of cands) {
        const p = c.place;
        io.out([
          p.geonameid ?? p.id, p.name, `${p.featureClass}.${p.featureCode}`, p.countryCode, p.admin1 || '-', p.admin2 || '-',
          `${p.lat},${p.lon}`, `pop ${p.population}`, `${c.match}${c.match === 'fuzzy' ? ` ${c.distance.toFixed(2)}` : ''}`,
        ].join('\t'));
      }
      return 0;
    }
    if (sub === 'import') {
      const { values, positionals } = parseArgs({
        args: rest, allowPositionals: true,
        options: { admin1: { type: 'string' }, admin2: { type: 'string' } },
      });
      if (positionals.length !== 1) throw new UsageError('give one GeoNames country dump (XX.txt)');
      const r = importDump(positionals[0], { admin1: values.admin1, admin2: values.admin2 });
      if (!r.ok) {
        io.err(`marsad gazetteer import: ${r.code}: ${r.message}`);
        return 1;
      }
      io.out(`imported ${r.rows} places of ${r.countries.join(', ')} into ${r.path}` +
        ` (${r.stats.lines} rows read, ${r.stats.skippedFeature} of other feature classes, ${r.stats.bad} bad)` +
        (r.adminNames ? '' : '; no --admin1 table given: admin names will be empty'));
      return 0;
    }
    if (sub === 'info') {
      const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean', default: false } } });
      const g = loadGazetteer();
      const s = { ...g.stats(), dataDir: dataDir(), problems: g.problems };
      if (values.json) io.out(JSON.stringify(s, null, 2));
      else {
        io.out(`${s.places} places in ${s.parts.length} index(es), ${s.supplement} curated sites, ${s.countries} countries; loaded in ${s.loadMs} ms`);
        for (const p of s.parts) io.out(`  ${p.source}\t${p.rows}\t${p.countries.join(' ')}\t${p.path}`);
        for (const p of s.problems) io.err(`  skipped: ${p.message}`);
      }
      return 0;
    }
    throw new UsageError(sub ? `unknown subcommand '${sub}'` : 'give a subcommand: lookup, import or info');
  },
};
