import { describe, expect, it } from 'vitest';
import { moveRow } from './rows';

const rows = ['a', 'b', 'c'].map((key) => ({ key }));
const keys = (items: { key: string }[]) => items.map((item) => item.key).join('');

describe('moveRow', () => {
  it('moves a row up or down one place', () => {
    expect(keys(moveRow(rows, 'b', -1))).toBe('bac');
    expect(keys(moveRow(rows, 'b', 1))).toBe('acb');
  });

  it('leaves the list as it is at either end or for an unknown row', () => {
    expect(keys(moveRow(rows, 'a', -1))).toBe('abc');
    expect(keys(moveRow(rows, 'c', 1))).toBe('abc');
    expect(keys(moveRow(rows, 'z', 1))).toBe('abc');
  });
});
