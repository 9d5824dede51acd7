import type { Expansion } from './list-query';
import type { DirectoryRepository } from './repository';
import type { DemoUserRow } from './schema';
import { userBody } from './user-shape';

/**
 * Adds `manager` (nested `$levels` deep) or `directReports` to user bodies. Managers are fetched
 * a level at a time for the whole page, not once per user.
 */
export async function expandUsers(
  repository: DirectoryRepository,
  rows: DemoUserRow[],
  bodies: Record<string, unknown>[],
  expansion: Expansion,
): Promise<void> {
  const related = (row: DemoUserRow): Record<string, unknown> => ({
    '@odata.type': '#microsoft.graph.user',
    ...userBody(row, expansion.select),
  });
  if (expansion.property === 'directReports') {
    for (const [index, row] of rows.entries()) {
      bodies[index]!.directReports = (await repository.directReports(row.id)).map(related);
    }
    return;
  }
  const known = new Map<string, DemoUserRow>(rows.map((row) => [row.id, row]));
  let wanted = rows.map((row) => row.managerId);
  for (let level = 0; level < expansion.levels; level++) {
    const missing = [...new Set(wanted.filter((id): id is string => !!id && !known.has(id)))];
    for (const manager of await repository.byIds(missing)) known.set(manager.id, manager);
    wanted = wanted.map((id) => (id ? (known.get(id)?.managerId ?? null) : null));
    if (wanted.every((id) => !id)) break;
  }
  const chain = (managerId: string | null, depth: number): Record<string, unknown> | undefined => {
    const manager = managerId ? known.get(managerId) : undefined;
    if (!manager || depth === 0) return undefined;
    const body = related(manager);
    const above = chain(manager.managerId, depth - 1);
    if (above) body.manager = above;
    return body;
  };
  rows.forEach((row, index) => {
    const manager = chain(row.managerId, expansion.levels);
    if (manager) bodies[index]!.manager = manager;
  });
}
