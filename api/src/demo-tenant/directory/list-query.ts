import type { SQL } from 'drizzle-orm';
import { GraphError } from '../graph-error';
import { FilterSyntaxError, parseFilter } from './filter/parse';
import { checkFilter } from './filter/rules';
import { filterToSql } from './filter/to-sql';
import type { UserOrder } from './repository';
import { parseSelect } from './user-shape';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 999;

export interface Expansion {
  property: 'manager' | 'directReports';
  select?: string[];
  /** How many managers up the chain (`$levels`); 1 without it. */
  levels: number;
}

export interface ListQuery {
  select?: string[];
  where?: SQL;
  order: UserOrder;
  top: number;
  offset: number;
  count: boolean;
  expand?: Expansion;
}

export type QueryString = Record<string, string | string[] | undefined>;

/** Query options by lower-cased name, so `$Select` and `$select` both count, as in Graph. */
export function queryOptions(query: QueryString): Map<string, string> {
  const options = new Map<string, string>();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    options.set(key.toLowerCase(), Array.isArray(value) ? value[value.length - 1]! : value);
  }
  return options;
}

/** Advanced queries need both `ConsistencyLevel: eventual` and `$count=true`, as the directory demands. */
export function isEventual(headers: Record<string, unknown>): boolean {
  return String(headers.consistencylevel ?? '').toLowerCase() === 'eventual';
}

const unsupported = (message = 'Unsupported Query.') =>
  new GraphError(400, 'Request_UnsupportedQuery', message);

export function parseCount(options: Map<string, string>, eventual: boolean): boolean {
  const raw = options.get('$count');
  if (raw === undefined || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() !== 'true') {
    throw new GraphError(400, 'BadRequest', `Invalid value '${raw}' for $count query option found.`);
  }
  if (!eventual) throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported.');
  return true;
}

/** Reads `GET /users` query options into a query, answering Graph's 400s for what it refuses. */
export function parseListQuery(query: QueryString, headers: Record<string, unknown>): ListQuery {
  const options = queryOptions(query);
  for (const key of options.keys()) {
    if (
      key.startsWith('$') &&
      !['$select', '$filter', '$top', '$count', '$orderby', '$expand', '$skiptoken'].includes(key)
    ) {
      throw unsupported(`Query option '${key}' is not supported by the demo tenant.`);
    }
  }
  const count = parseCount(options, isEventual(headers));
  const advanced = count;
  const filterText = options.get('$filter');
  let where: SQL | undefined;
  if (filterText !== undefined && filterText.trim() !== '') {
    try {
      where = filterToSql(checkFilter(parseFilter(filterText), { advanced }));
    } catch (error) {
      if (!(error instanceof FilterSyntaxError)) throw error;
      throw new GraphError(
        400,
        'BadRequest',
        `Invalid filter clause: ${error.message} at position ${error.position} in '${filterText}'.`,
      );
    }
  }
  const order = parseOrder(options.get('$orderby'));
  if (order && where && !advanced) throw unsupported('Sorting not supported for current query.');
  const expand = parseExpand(options.get('$expand'), advanced);
  return {
    select: parseSelect(options.get('$select')),
    where,
    order,
    top: parseTop(options.get('$top')),
    offset: readSkipToken(options.get('$skiptoken')),
    count,
    expand,
  };
}

export function parseTop(raw: string | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new GraphError(
      400,
      'BadRequest',
      `Invalid value '${raw}' for $top query option found. The $top query option requires a non-negative integer value.`,
    );
  }
  const top = Number(raw);
  if (top < 1 || top > MAX_PAGE_SIZE) {
    throw new GraphError(
      400,
      'Request_BadRequest',
      `Invalid page size specified: '${top}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`,
    );
  }
  return top;
}

function parseOrder(raw: string | undefined): UserOrder {
  if (raw === undefined || raw.trim() === '') return undefined;
  const match = /^\s*(displayName|userPrincipalName)(?:\s+(asc|desc))?\s*$/i.exec(raw);
  if (!match) throw unsupported('Sorting not supported for current query.');
  return {
    property: match[1]!.toLowerCase() === 'displayname' ? 'displayName' : 'userPrincipalName',
    direction: (match[2]?.toLowerCase() as 'asc' | 'desc' | undefined) ?? 'asc',
  };
}

/** `manager`, `manager($select=id,displayName)`, `manager($levels=max;$select=…)`, `directReports(…)`. */
export function parseExpand(raw: string | undefined, advanced: boolean): Expansion | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const match = /^\s*(manager|directReports)\s*(?:\((.*)\))?\s*$/i.exec(raw);
  if (!match) {
    throw new GraphError(
      400,
      'BadRequest',
      `Could not find a property named '${raw.split('(')[0]}' on type 'microsoft.graph.user'.`,
    );
  }
  const property = match[1]!.toLowerCase() === 'manager' ? 'manager' : 'directReports';
  const expansion: Expansion = { property, levels: 1 };
  for (const part of (match[2] ?? '').split(';').filter((p) => p.trim() !== '')) {
    const [key, value = ''] = part.split('=').map((s) => s.trim());
    if (key?.toLowerCase() === '$select') expansion.select = parseSelect(value);
    else if (key?.toLowerCase() === '$levels' && property === 'manager') {
      if (!advanced)
        throw unsupported('$levels is only supported with ConsistencyLevel:eventual and $count=true.');
      // Graph accepts `max`; a number is read as a cap, deeper than any demo chain anyway.
      expansion.levels = value.toLowerCase() === 'max' ? 100 : Math.max(1, Number.parseInt(value, 10) || 1);
    } else throw unsupported(`Query option '${key}' is not supported in $expand.`);
  }
  return expansion;
}

/** Paging tokens are opaque to clients; here they carry the offset of the next page. */
export function skipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function readSkipToken(raw: string | undefined): number {
  if (raw === undefined) return 0;
  try {
    const offset = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')).o;
    if (Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to Graph's answer for a token it did not issue
  }
  throw new GraphError(
    400,
    'Request_BadRequest',
    'The specified page token value has expired or is invalid.',
  );
}

/** The request's own URL with `$skiptoken` replaced, keeping `$` unescaped as Graph writes its links. */
export function nextLink(base: string, path: string, query: QueryString, offset: number): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || key.toLowerCase() === '$skiptoken') continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      parts.push(`${encodeURIComponent(key).replace(/^%24/, '$')}=${encodeURIComponent(item)}`);
    }
  }
  parts.push(`$skiptoken=${skipToken(offset)}`);
  return `${base}${path}?${parts.join('&')}`;
}
