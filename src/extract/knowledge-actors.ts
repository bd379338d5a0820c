/**
 * @module extract/knowledge-actors
 * Binds the ActorKB interface to the actor registry (src/knowledge/actors).
 */
import type { Lang } from '../model/types.ts';
import type { TargetRole } from '../lang/types.ts';
import type { ActorHit, ActorKB, ActorRef } from './knowledge.ts';
import { loadRegistry, findActors, type Registry, type Actor } from '../knowledge/actors/index.ts';

const COUNTRY: Record<string, string> = { ML: 'Mali', BF: 'Burkina Faso', NE: 'Niger', BJ: 'Benin', TG: 'Togo', SN: 'Senegal', CI: "Cote d'Ivoire", GN: 'Guinea', MR: 'Mauritania', GH: 'Ghana', DZ: 'Algeria', NG: 'Nigeria', TD: 'Chad' };

const ref = (a: Actor): ActorRef => ({ id: a.id, canonical: a.canonical, kind: a.kind, inter: a.inter, country: a.country, alignment: a.alignment ?? undefined });

export function registryActors(registry: Registry = loadRegistry()): ActorKB {
  const roleCache = new Map<string, Actor | null>();
  const roleLineage = (iso2: string, role: TargetRole | 'armed_group'): Actor | null => {
    const key = `${iso2}:${role}`;
    if (roleCache.has(key)) return roleCache.get(key)!;
    const country = COUNTRY[iso2];
    let found: Actor | undefined;
    if (country) {
      const all = registry.all().filter((a) => !a.lineage); // lineages and plain entries, not periods
      const ofCountry = new RegExp(`of ${country}(?![a-z])|\\(${country}\\)`);
      const sameCountry = (a: Actor) => a.country === country || ofCountry.test(a.canonical);
      const pick = (pred: (a: Actor) => boolean) => all.find((a) => sameCountry(a) && pred(a));
      switch (role) {
        case 'military':
          found = pick((a) => /^Military Forces of /.test(a.canonical) || (a.kind === 'state_force' && /military|armed forces|army/i.test(a.canonical)));
          break;
        case 'police':
          found = pick((a) => /^Police Forces of /.test(a.canonical));
          break;
        case 'gendarmerie':
          found = pick((a) => /gendarmerie/i.test(a.canonical)) ?? roleLineage(iso2, 'military') ?? undefined;
          break;
        case 'air_force':
          found = pick((a) => /air force/i.test(a.canonical)) ?? roleLineage(iso2, 'military') ?? undefined;
          break;
        case 'militia':
          found = pick((a) => /volunteers for the defen[cs]e|VDP/i.test(a.canonical));
          break;
        case 'civilians':
          found = pick((a) => a.canonical === `Civilians (${country})`);
          break;
        case 'armed_group':
          found = pick((a) => a.canonical === `Unidentified Armed Group (${country})`);
          break;
        case 'government':
          found = pick((a) => a.canonical.startsWith(`Government of ${country}`));
          break;
      }
    }
    roleCache.set(key, found ?? null);
    return found ?? null;
  };
  const children = new Map<string, Actor[]>();
  for (const x of registry.all()) {
    for (const p of x.parents) {
      if (p.relation === 'branch' || p.relation === 'affiliate') children.set(p.id, [...(children.get(p.id) ?? []), x]);
    }
  }
  const branchIn = (id: string, country: string, date?: string): Actor | null => {
    const kids = (children.get(id) ?? []).filter((k) => (k.country === country || k.area.includes(country)) && (!date || registry.validAt(k.id, date)));
    if (!kids.length) return null;
    kids.sort((x, y) => Number(y.country === country) - Number(x.country === country) || x.area.indexOf(country) - y.area.indexOf(country) || String(y.valid_from ?? '').localeCompare(String(x.valid_from ?? '')));
    return registry.resolve(kids[0].id, { date, country }) ?? kids[0];
  };
  return {
    find(text: string, lang: Lang, date?: string): ActorHit[] {
      return findActors(text, lang, { date, registry }).map((m) => ({ start: m.start, end: m.end, text: m.text, id: m.id, canonical: m.canonical, kind: m.kind, inter: m.inter, country: registry.byId(m.id)?.country, alignment: registry.byId(m.id)?.alignment ?? undefined }));
    },
    forRole(iso2, role, date) {
      const l = roleLineage(iso2, role);
      if (!l) return null;
      const r = registry.resolve(l.id, { date, country: COUNTRY[iso2] });
      return r ? ref(r) : ref(l);
    },
    groupOf(id, date) {
      const a = registry.codingActor(id, date);
      return a ? ref(a) : null;
    },
    unitOf(id, date) {
      const a = registry.byId(id);
      const link = a?.member_of.find((l) => !date || ((!l.from || l.from <= date) && (!l.to || date <= l.to))) ?? a?.member_of[0];
      if (!link) return null;
      const u = registry.resolve(link.id, { date });
      return u ? ref(u) : null;
    },
    rename(id, date, iso2) {
      const a = registry.byId(id);
      const lineage = a?.lineage ?? id;
      const country = iso2 ? COUNTRY[iso2] : undefined;
      const r = registry.resolve(lineage, { date, country });
      // A global network named in a Sahel report ("militants linked to al Qaeda") is coded as its
      // branch active in that country at that date, as ACLED does.
      if (r && country && !r.country && r.area.length === 0) {
        const branch = branchIn(r.id, country, date);
        if (branch) return ref(branch);
      }
      return r ? ref(r) : a ? ref(a) : null;
    },
  };
}
