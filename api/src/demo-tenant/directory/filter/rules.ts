import { GraphError } from '../../graph-error';
import type { FilterNode, Literal } from './parse';

/** What a filter clause uses, in the words of Graph's property docs ("Supports $filter (eq, ne, …)"). */
export type FilterUse =
  | 'eq'
  | 'ne'
  | 'not'
  | 'in'
  | 'startsWith'
  | 'endsWith'
  | 'eqNull'
  | 'ge'
  | 'le'
  | 'gt'
  | 'lt';

export type FilterValueType = 'string' | 'boolean' | 'datetime';

interface Capability {
  type: FilterValueType;
  /** Allowed in a plain request. */
  basic: FilterUse[];
  /** Allowed only as an advanced query (`ConsistencyLevel: eventual` and `$count=true`). */
  advanced: FilterUse[];
}

const TEXT: Capability = {
  type: 'string',
  basic: ['eq', 'in', 'startsWith'],
  advanced: ['ne', 'not', 'eqNull'],
};
const ADDRESS: Capability = { ...TEXT, advanced: [...TEXT.advanced, 'endsWith'] };
const DATE: Capability = {
  type: 'datetime',
  basic: ['eq', 'ge', 'le', 'gt', 'lt', 'in'],
  advanced: ['ne', 'not', 'eqNull'],
};

/** The user properties the demo tenant filters on, with the operators Graph documents for each. */
export const FILTERABLE: Record<string, Capability> = {
  id: { type: 'string', basic: ['eq', 'in'], advanced: ['ne', 'not'] },
  userPrincipalName: ADDRESS,
  mail: ADDRESS,
  displayName: TEXT,
  givenName: TEXT,
  surname: TEXT,
  department: TEXT,
  jobTitle: TEXT,
  officeLocation: TEXT,
  employeeType: TEXT,
  employeeId: TEXT,
  companyName: TEXT,
  city: TEXT,
  country: TEXT,
  usageLocation: TEXT,
  preferredLanguage: TEXT,
  accountEnabled: { type: 'boolean', basic: ['eq'], advanced: ['ne', 'not', 'eqNull'] },
  employeeHireDate: DATE,
  createdDateTime: DATE,
};

const CANONICAL = new Map(Object.keys(FILTERABLE).map((name) => [name.toLowerCase(), name]));

export function unsupportedClause(property: string): GraphError {
  return new GraphError(
    400,
    'Request_UnsupportedQuery',
    `Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`,
  );
}

/**
 * Checks a parsed filter against what Graph allows on users and returns it with canonical
 * property names. Throws the GraphError Graph would answer.
 */
export function checkFilter(node: FilterNode, options: { advanced: boolean }): FilterNode {
  const allow = (property: string, use: FilterUse, values: Literal[]): string => {
    const name = CANONICAL.get(property.toLowerCase());
    if (!name) {
      throw new GraphError(
        400,
        'BadRequest',
        `Invalid filter clause: Could not find a property named '${property}' on type 'microsoft.graph.user'.`,
      );
    }
    const capability = FILTERABLE[name]!;
    const permitted =
      capability.basic.includes(use) || (options.advanced && capability.advanced.includes(use));
    const typed = values.every((v) => v.type === 'null' || literalFits(capability.type, v));
    if (!permitted || !typed) throw unsupportedClause(name);
    return name;
  };

  const visit = (current: FilterNode, negated: boolean): FilterNode => {
    switch (current.kind) {
      case 'and':
      case 'or':
        return { ...current, left: visit(current.left, negated), right: visit(current.right, negated) };
      case 'not':
        // `not` is an advanced query wherever it appears.
        if (!options.advanced) throw new GraphError(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
        return { kind: 'not', operand: visit(current.operand, !negated) };
      case 'in':
        return { ...current, property: allow(current.property, 'in', current.values) };
      case 'function':
        return { ...current, property: allow(current.property, current.name, [current.value]) };
      case 'compare': {
        const use: FilterUse = current.value.type === 'null' ? 'eqNull' : current.operator;
        if (current.value.type === 'null' && current.operator !== 'eq' && current.operator !== 'ne') {
          throw unsupportedClause(current.property);
        }
        const property = allow(current.property, use, [current.value]);
        if (current.value.type === 'null' && current.operator === 'ne') allow(property, 'ne', []);
        return { ...current, property };
      }
    }
  };
  return visit(node, false);
}

function literalFits(type: FilterValueType, literal: Literal): boolean {
  if (type === 'string') return literal.type === 'string';
  if (type === 'boolean') return literal.type === 'boolean';
  return literal.type === 'datetime';
}
