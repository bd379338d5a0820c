// Entry of an analysis worker thread (see pool.ts): the TypeScript sources load through tsx, as in
// bin/marsad.js, then the worker answers analysis tasks.
import { register } from 'tsx/esm/api';
register();
await import('./worker-main.ts');
