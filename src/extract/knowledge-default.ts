/**
 * @module extract/knowledge-default
 * The bundled knowledge: the actor registry and the gazetteer, loaded once.
 */
import type { Knowledge } from './index.ts';
import { registryActors } from './knowledge-actors.ts';
import { gazetteerPlaces } from './knowledge-places.ts';

let cached: Knowledge | null = null;
export function defaultKnowledge(): Knowledge {
  if (!cached) cached = { actors: registryActors(), places: gazetteerPlaces() };
  return cached;
}
