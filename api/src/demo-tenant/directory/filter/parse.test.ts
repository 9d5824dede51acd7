import { describe, expect, it } from 'vitest';
import { GraphError } from '../../graph-error';
import { FilterSyntaxError, parseFilter } from './parse';
import { checkFilter } from './rules';

const str = (value: string) => ({ type: 'string', value });

describe('parseFilter', () => {
  describe('single clauses', () => {
    it('reads a comparison with a quoted string, doubling quotes as escapes', () => {
      expect(parseFilter("surname eq 'O''Brien'")).toEqual({
        kind: 'compare',
        operator: 'eq',
        property: 'surname',
        value: str("O'Brien"),
      });
    });

    it('reads booleans, null and date-times unquoted', () => {
      expect(parseFilter('accountEnabled eq false')).toMatchObject({
        value: { type: 'boolean', value: false },
      });
      expect(parseFilter('department eq null')).toMatchObject({ value: { type: 'null' } });
      expect(parseFilter('employeeHireDate le 2000-01-01T00:00:00Z')).toMatchObject({
        operator: 'le',
        value: { type: 'datetime', value: '2000-01-01T00:00:00Z' },
      });
    });

    it('reads in-lists and startsWith / endsWith in any letter case', () => {
      expect(parseFilter("department IN ('IT', 'RH')")).toEqual({
        kind: 'in',
        property: 'department',
        values: [str('IT'), str('RH')],
      });
      expect(parseFilter("startswith(displayName,'Ma')")).toEqual({
        kind: 'function',
        name: 'startsWith',
        property: 'displayName',
        value: str('Ma'),
      });
      expect(parseFilter("endsWith(mail, '@contosobanque.onmicrosoft.com')")).toMatchObject({
        name: 'endsWith',
      });
    });
  });

  describe('combinations', () => {
    it('binds and tighter than or, and honours parentheses', () => {
      expect(parseFilter("a eq 'x' or b eq 'y' and c eq 'z'")).toMatchObject({
        kind: 'or',
        right: { kind: 'and' },
      });
      expect(parseFilter("(a eq 'x' or b eq 'y') and c eq 'z'")).toMatchObject({
        kind: 'and',
        left: { kind: 'or' },
      });
    });

    it('reads not before a clause', () => {
      expect(parseFilter("not startsWith(jobTitle, 'Head')")).toMatchObject({
        kind: 'not',
        operand: { kind: 'function' },
      });
    });
  });

  describe('syntax errors', () => {
    it.each([
      "department eq 'IT",
      'department eq',
      "department like 'IT'",
      "department eq 'IT' and",
      "(department eq 'IT'",
      "department eq 'IT')",
      "startsWith(department 'IT')",
      'department eq IT-X',
      "department eq 'IT' ; drop table demo_user",
    ])('rejects %s with its position', (text) => {
      expect(() => parseFilter(text)).toThrow(FilterSyntaxError);
    });
  });
});

describe('checkFilter', () => {
  const check = (text: string, advanced = false) => checkFilter(parseFilter(text), { advanced });
  const codeOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof GraphError ? error.code : 'other';
    }
    return 'accepted';
  };

  it('canonicalises property names, as Graph ignores their case', () => {
    expect(check("DEPARTMENT eq 'IT'")).toMatchObject({ property: 'department' });
  });

  it('allows eq, in and startsWith in plain requests', () => {
    expect(codeOf(() => check("jobTitle eq 'x' or officeLocation in ('a') or startsWith(mail, 'a')"))).toBe(
      'accepted',
    );
  });

  it('keeps ne, not, endsWith and null checks for advanced queries', () => {
    for (const text of [
      "department ne 'IT'",
      "not (department eq 'IT')",
      "endsWith(mail, '.com')",
      'jobTitle eq null',
    ]) {
      expect(codeOf(() => check(text))).toBe('Request_UnsupportedQuery');
      expect(codeOf(() => check(text, true))).toBe('accepted');
    }
  });

  it('refuses operators a property does not support, and values of the wrong type', () => {
    expect(codeOf(() => check("endsWith(department, 'T')", true))).toBe('Request_UnsupportedQuery');
    expect(codeOf(() => check("accountEnabled eq 'yes'"))).toBe('Request_UnsupportedQuery');
    expect(codeOf(() => check('department gt 3'))).toBe('Request_UnsupportedQuery');
  });

  it('names an unknown property', () => {
    expect(() => check("shoeSize eq '42'")).toThrow(/Could not find a property named 'shoeSize'/);
  });
});
