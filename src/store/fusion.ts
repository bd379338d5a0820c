/**
 * @module store/fusion
 * The fusion step the store calls on a neighbourhood of events (see SqliteStore.fusePending).
 * The real algorithm lives in src/fuse; `standInFuse` (one incident per event) is kept for tests
 * that must not depend on fusion decisions.
 */
import type { FusedIncident, FusionInput } from './types.ts';

/** One incident per event, its record the event's own. */
export function standInFuse(events: FusionInput[]): FusedIncident[] {
  return events.map((e) => {
    const { document_id, outlet: _outlet, ...record } = e;
    return { record: { ...record, source_documents: [document_id] }, members: [e.event_id_cnty] };
  });
}
