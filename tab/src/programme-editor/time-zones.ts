/** Every IANA zone this browser knows, sorted, with UTC. */
export function supportedTimeZones(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC'])].sort((a, b) => a.localeCompare(b));
}

/** Folds case, accents, spaces and underscores, so "sao paulo" finds America/Sao_Paulo. */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();

/**
 * The zones to offer for what was typed: all of them while the field still shows the chosen zone,
 * else those whose name contains the text, at most `limit`.
 */
export function timeZoneChoices(
  zones: readonly string[],
  { text, selected, limit = 80 }: { text: string; selected: string; limit?: number },
): string[] {
  const wanted = folded(text);
  if (wanted === '' || text === selected) return [...zones];
  const found = zones.filter((zone) => folded(zone).includes(wanted));
  return found.slice(0, limit);
}
