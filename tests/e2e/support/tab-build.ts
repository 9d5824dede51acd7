import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TAB_DIR = fileURLToPath(new URL('../../../tab/', import.meta.url));

async function newestChange(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? await newestChange(full) : (await stat(full)).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** Builds the tab when `tab/dist` is missing or older than its sources, as `npm run build:tab` would. */
export async function ensureTabBuilt(): Promise<void> {
  const built = await stat(path.join(TAB_DIR, 'dist', 'index.html')).then(
    (info) => info.mtimeMs,
    () => 0,
  );
  const sources = Math.max(
    await newestChange(path.join(TAB_DIR, 'src')),
    await newestChange(path.join(TAB_DIR, 'public')).catch(() => 0),
    (await stat(path.join(TAB_DIR, 'index.html'))).mtimeMs,
    (await stat(path.join(TAB_DIR, 'vite.config.ts'))).mtimeMs,
  );
  if (built > sources) return;
  const { build } = await import('vite');
  await build({ configFile: path.join(TAB_DIR, 'vite.config.ts'), logLevel: 'warn' });
}
