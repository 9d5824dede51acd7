/**
 * The reasons of an explanation, one per item. The service joins them with "; " (" ; " in French),
 * and no reason contains that separator itself.
 */
export function reasonsOf(explanation: string): string[] {
  return explanation
    .split(/\s*;\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1));
}
