import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// `vite` (dev) forwards API calls to the service started with `npm run dev`.
const service = process.env.BINOME_SERVICE_URL ?? 'http://localhost:3978';

export default defineConfig({
  root,
  // Relative asset URLs: the tab works wherever the service mounts it.
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Fluent alone is ~730 kB (with the parts the charts use); libraries change less often than the
    // app, so they get their own files.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Charts (and d3) load with the dashboard pages only.
            {
              name: 'charts',
              test: /node_modules[\\/](@fluentui[\\/](react-charts|chart-utilities)|d3-|internmap|delaunator|robust-predicates)/,
              // Fluent, React and the rest stay in their own chunks rather than follow the charts.
              includeDependenciesRecursively: false,
            },
            { name: 'fluent', test: /node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster)/ },
            { name: 'teams', test: /node_modules[\\/]@microsoft[\\/]teams-js/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: {
    port: 53000,
    proxy: {
      '/api': service,
      '/_demo': service,
      '/tab-config.json': service,
    },
  },
});
