/** Rows of the editor's lists (objectives, skills, session themes): keys for React, ids for the service. */

let rows = 0;
export const newRowKey = () => `row-${++rows}`;

/** `Données & IA générative` → `donnees-ia-generative`: ids readable in exports and logs. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
}

/** Keeps saved ids (applications and sessions refer to them); new rows get a slug of their English label. */
export function withIds<T extends { id: string | null; en: string; fr: string }>(
  items: T[],
  fallback: string,
) {
  const taken = new Set(items.map((item) => item.id).filter((id): id is string => id !== null));
  return items.map((item, index) => {
    if (item.id) return { ...item, id: item.id };
    const base = slugify(item.en) || slugify(item.fr) || `${fallback}-${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...item, id };
  });
}

/** The list with the row of `key` moved `by` places (−1 up, +1 down); unchanged at either end. */
export function moveRow<T extends { key: string }>(items: readonly T[], key: string, by: -1 | 1): T[] {
  const from = items.findIndex((item) => item.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}
