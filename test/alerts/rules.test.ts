// Alert rules as data: what a valid rule is, and which incidents a rule matches (tables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRule, matchRule, type AlertRule, type NewRule } from '../../src/alerts/index.ts';
import { event } from '../store/fixtures.ts';

const BAMAKO = { name: 'Bamako', lat: 12.65, lon: -8.0 };

test('checkRule: bad rules are error values with a reason', () => {
  const rows: Array<[NewRule, string | null]> = [
    [{ place: BAMAKO, radius_km: 100 }, null],
    [{ actor: 'JNIM' }, null],
    [{ min_fatalities: 0 }, null],
    [{ admin: 'Koulikoro', event_type: 'Battles', webhook: 'http://127.0.0.1:9/x' }, null],
    [{}, 'at least one condition'],
    [{ place: BAMAKO }, 'needs a radius'],
    [{ radius_km: 50, actor: 'JNIM' }, 'needs a place'],
    [{ place: BAMAKO, radius_km: -5 }, 'radius'],
    [{ place: BAMAKO, radius_km: Number.NaN }, 'radius'],
    [{ place: { name: 'x', lat: 120, lon: 0 }, radius_km: 5 }, 'out of range'],
    [{ min_fatalities: 2.5 }, 'whole number'],
    [{ actor: 'JNIM', webhook: 'ftp://example.org/' }, 'http'],
    [{ actor: 'JNIM', webhook: 'not a url' }, 'not a URL'],
    [{ actor: '   ' }, 'at least one condition'],
  ];
  for (const [r, msg] of rows) {
    const c = checkRule(r);
    if (msg === null) assert.ok(c.ok, JSON.stringify(r));
    else {
      assert.equal(c.ok, false, JSON.stringify(r));
      if (!c.ok) assert.ok(c.error.message.includes(msg), `${c.error.message} ∌ ${msg}`);
    }
  }
  const named = checkRule({ place: BAMAKO, radius_km: 100, actor: 'JNIM', min_fatalities: 5 });
  assert.ok(named.ok && named.rule.name === 'Bamako 100 km, JNIM, ≥5 killed');
});

const rule = (o: Partial<AlertRule>): AlertRule => ({
  id: 1, name: 'r', place: null, admin: null, actor: null, event_type: null, min_fatalities: null, webhook: null, enabled: true, created_at: '', ...o,
});

test('matchRule: every condition must hold; reasons say why', () => {
  const near = event({ latitude: 12.9, longitude: -8.0, admin1: 'Koulikoro', admin2: 'Kati', fatalities: 12 }); // ~27.8 km N
  const far = event({ latitude: 14.5, longitude: -4.2, admin1: 'Mopti', fatalities: 1, event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
  const rows: Array<[Partial<AlertRule>, typeof near, boolean]> = [
    [{ place: { ...BAMAKO, radius_km: 50 } }, near, true],
    [{ place: { ...BAMAKO, radius_km: 20 } }, near, false],
    [{ place: { ...BAMAKO, radius_km: 50 } }, event({ latitude: null, longitude: null }), false],
    [{ admin: 'kati' }, near, true],
    [{ admin: 'KOULIKORO' }, near, true],
    [{ admin: 'Mali' }, near, true],
    [{ admin: 'Mopti' }, near, false],
    [{ actor: 'jnim' }, near, true],
    [{ actor: 'Islamic State' }, near, false],
    [{ event_type: 'battles' }, near, true],
    [{ event_type: 'Air/drone strike' }, far, true],
    [{ event_type: 'Political violence' }, far, true],
    [{ event_type: 'Riots' }, far, false],
    [{ min_fatalities: 10 }, near, true],
    [{ min_fatalities: 10 }, far, false],
    [{ place: { ...BAMAKO, radius_km: 50 }, actor: 'JNIM', min_fatalities: 13 }, near, false],
    [{ place: { ...BAMAKO, radius_km: 50 }, actor: 'JNIM', min_fatalities: 12 }, near, true],
    [{ actor: 'JNIM', enabled: false }, near, false],
  ];
  for (const [r, ev, want] of rows) assert.equal(matchRule(rule(r), ev).matched, want, JSON.stringify(r));
  const m = matchRule(rule({ place: { ...BAMAKO, radius_km: 50 }, admin: 'Kati', actor: 'JNIM', min_fatalities: 10 }), near);
  assert.equal(m.reasons.length, 4);
  assert.match(m.reasons[0], /^within 27\.\d km of Bamako \(radius 50 km\)$/);
  assert.ok(m.distance_km! > 27 && m.distance_km! < 29);
});
