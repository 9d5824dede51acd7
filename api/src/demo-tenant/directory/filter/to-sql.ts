import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { demoUser } from '../schema';
import type { FilterNode, Literal } from './parse';
import { FILTERABLE } from './rules';

const COLUMNS: Record<keyof typeof FILTERABLE, PgColumn> = {
  id: demoUser.id,
  userPrincipalName: demoUser.userPrincipalName,
  mail: demoUser.mail,
  displayName: demoUser.displayName,
  givenName: demoUser.givenName,
  surname: demoUser.surname,
  department: demoUser.department,
  jobTitle: demoUser.jobTitle,
  officeLocation: demoUser.officeLocation,
  employeeType: demoUser.employeeType,
  employeeId: demoUser.employeeId,
  companyName: demoUser.companyName,
  city: demoUser.city,
  country: demoUser.country,
  usageLocation: demoUser.usageLocation,
  preferredLanguage: demoUser.preferredLanguage,
  accountEnabled: demoUser.accountEnabled,
  employeeHireDate: demoUser.employeeHireDate,
  createdDateTime: demoUser.createdDateTime,
};

const OPERATORS = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' } as const;

/** Escapes LIKE wildcards so `startsWith(displayName,'50%')` means the text `50%`. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Turns a checked filter (canonical property names, see `checkFilter`) into a WHERE clause.
 * Strings compare case-insensitively, as the directory does.
 */
export function filterToSql(node: FilterNode): SQL {
  switch (node.kind) {
    case 'and':
      return sql`(${filterToSql(node.left)} and ${filterToSql(node.right)})`;
    case 'or':
      return sql`(${filterToSql(node.left)} or ${filterToSql(node.right)})`;
    case 'not':
      return sql`(not coalesce(${filterToSql(node.operand)}, false))`;
    case 'in': {
      const column = COLUMNS[node.property]!;
      const values = node.values.map((v) => operand(node.property, v));
      return sql`${subject(node.property, column)} in (${sql.join(values, sql`, `)})`;
    }
    case 'function': {
      const column = COLUMNS[node.property]!;
      const text = likeEscape((node.value as Extract<Literal, { type: 'string' }>).value.toLowerCase());
      const pattern = node.name === 'startsWith' ? `${text}%` : `%${text}`;
      return sql`lower(${column}) like ${pattern}`;
    }
    case 'compare': {
      const column = COLUMNS[node.property]!;
      if (node.value.type === 'null') {
        return node.operator === 'eq' ? sql`${column} is null` : sql`${column} is not null`;
      }
      const comparison = sql`${subject(node.property, column)} ${sql.raw(OPERATORS[node.operator])} ${operand(node.property, node.value)}`;
      // SQL's `<>` drops NULLs; Graph's `ne` keeps people who have no value.
      return node.operator === 'ne' ? sql`(${comparison} or ${column} is null)` : comparison;
    }
  }
}

function subject(property: string, column: PgColumn): SQL {
  return FILTERABLE[property]!.type === 'string' ? sql`lower(${column})` : sql`${column}`;
}

function operand(property: string, literal: Literal): SQL {
  switch (literal.type) {
    case 'string':
      return sql`${literal.value.toLowerCase()}`;
    case 'boolean':
      return sql`${literal.value}`;
    case 'datetime':
      return sql`${literal.value}::timestamptz`;
    default:
      throw new Error(`Unexpected ${literal.type} literal for ${property}`);
  }
}
