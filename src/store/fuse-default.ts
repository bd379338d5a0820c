/**
 * @module store/fuse-default
 * The fusion the store uses unless told otherwise. Until src/fuse lands this is the stand-in
 * (one incident per event).
 */
import { standInFuse } from './fusion.ts';
import type { FuseFn } from './types.ts';

export const defaultFuse: FuseFn = standInFuse;
