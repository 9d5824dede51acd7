import type { Interval } from './types';

/** A half-open span [start, end) in epoch milliseconds: the working unit of the slot finder. */
export interface Span {
  start: number;
  end: number;
}

export const MINUTE_MS = 60_000;

export const spanOf = (interval: Interval): Span => ({
  start: interval.start.getTime(),
  end: interval.end.getTime(),
});

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Sorted, non-empty spans with touching or overlapping ones joined. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Where both lists hold time. */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const x = mergeSpans(a);
  const y = mergeSpans(b);
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i]!.start, y[j]!.start);
    const end = Math.min(x[i]!.end, y[j]!.end);
    if (end > start) out.push({ start, end });
    if (x[i]!.end < y[j]!.end) i++;
    else j++;
  }
  return out;
}

/** `from` without any time held in `remove`. */
export function subtractSpans(from: readonly Span[], remove: readonly Span[]): Span[] {
  const cuts = mergeSpans(remove);
  const out: Span[] = [];
  for (const span of mergeSpans(from)) {
    let start = span.start;
    for (const cut of cuts) {
      if (cut.end <= start) continue;
      if (cut.start >= span.end) break;
      if (cut.start > start) out.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
      if (start >= span.end) break;
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

export const totalMinutes = (spans: readonly Span[]): number =>
  spans.reduce((sum, s) => sum + (s.end - s.start), 0) / MINUTE_MS;

export const longestMinutes = (spans: readonly Span[]): number =>
  spans.reduce((max, s) => Math.max(max, s.end - s.start), 0) / MINUTE_MS;
