// Child process of the crash test: ingest a folder into a store with the light analyser,
// printing a progress line every 10 documents. Usage: kill-child.ts FOLDER DB
import { SqliteStore } from '../../src/store/sqlite/index.ts';
import { createProgress, plan, runIngest } from '../../src/sources/index.ts';
import { lightAnalyze } from './light-analyze.ts';

const [dir, db] = process.argv.slice(2);
const store = SqliteStore.open({ path: db });
process.stderr.write('ready\n');
const summary = await runIngest(store, plan(store, [{ kind: 'path', path: dir }]), {
  analyze: lightAnalyze,
  fuseEvery: 100,
  progress: createProgress({ tty: false, every: 10, seconds: 1, write: (s) => process.stderr.write(s) }),
});
await store.close();
process.stdout.write(JSON.stringify(summary) + '\n');
