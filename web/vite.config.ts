// Vite build of the web interface: web/ → out/web/ (git-ignored), relative asset paths so the
// server can mount it anywhere. The stamp records the hash of the sources it was built from
// (src/server/web.ts), so `marsad serve` rebuilds only when they changed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { STAMP, WEB_OUT, webSourceHash } from '../src/server/web.ts';

function stamp(): Plugin {
  let outDir = WEB_OUT;
  return {
    name: 'marsad-build-stamp',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    closeBundle() {
      writeFileSync(join(outDir, STAMP), JSON.stringify({ hash: webSourceHash(), built_at: new Date().toISOString() }) + '\n');
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: WEB_OUT,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
    assetsInlineLimit: 0,
  },
  plugins: [stamp()],
});
