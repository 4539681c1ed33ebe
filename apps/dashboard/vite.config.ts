import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@amhp/domain': `${workspace}libs/domain/src/index.ts`,
      '@amhp/contracts': `${workspace}libs/contracts/src/index.ts`,
      'date-holidays': `${root}src/lib/stubs/date-holidays.ts`,
    },
  },
  build: { outDir: `${workspace}dist/apps/dashboard`, emptyOutDir: true, sourcemap: true },
  // In development the dashboard runs on its own port and forwards API and socket traffic.
  server: {
    port: 4200,
    proxy: {
      '/api': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
