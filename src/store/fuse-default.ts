/**
 * @module store/fuse-default
 * The fusion the store uses unless told otherwise: src/fuse's `fuseEvents`, adapted to the store's
 * FuseFn. The store passes each event with its store key in `event_id_cnty`; fusion names members
 * `document_id/event_id_cnty`, so the key is what follows the first `/` (document ids are hex).
 */
import { fuseEvents } from '../fuse/index.ts';
import type { EventRecord } from '../model/types.ts';
import type { FuseFn } from './types.ts';

export const defaultFuse: FuseFn = (events) =>
  fuseEvents(events).map((inc) => ({
    record: inc.event as EventRecord,
    members: inc.members.map((k) => k.slice(k.indexOf('/') + 1)),
  }));
