/**
 * A parser for the OData `$filter` subset Graph's directory accepts on users: comparisons
 * (`eq ne gt ge lt le`), `in (…)`, `startsWith`/`endsWith`, `not`, `and`/`or` and parentheses.
 * Pure: it knows nothing of users; `rules.ts` decides which property takes which operator.
 */
export type Literal =
  | { type: 'string'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'number'; value: number }
  | { type: 'datetime'; value: string };

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; operator: ComparisonOperator; property: string; value: Literal }
  | { kind: 'in'; property: string; values: Literal[] }
  | { kind: 'function'; name: 'startsWith' | 'endsWith'; property: string; value: Literal };

export class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

type Token =
  | { type: 'word'; text: string; at: number }
  | { type: 'literal'; literal: Literal; at: number }
  | { type: '(' | ')' | ','; at: number }
  | { type: 'end'; at: number };

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: char, at: i++ });
    } else if (char === "'") {
      const start = i++;
      let value = '';
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError('Unterminated string literal', start);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ type: 'literal', literal: { type: 'string', value }, at: start });
    } else if (/[A-Za-z0-9_.:+-]/.test(char)) {
      const start = i;
      while (i < text.length && /[A-Za-z0-9_.:+/-]/.test(text[i]!)) i++;
      tokens.push(wordOrLiteral(text.slice(start, i), start));
    } else {
      throw new FilterSyntaxError(`Unexpected character '${char}'`, i);
    }
  }
  tokens.push({ type: 'end', at: text.length });
  return tokens;
}

function wordOrLiteral(text: string, at: number): Token {
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false')
    return { type: 'literal', literal: { type: 'boolean', value: lower === 'true' }, at };
  if (lower === 'null') return { type: 'literal', literal: { type: 'null' }, at };
  if (/^-?\d+(\.\d+)?$/.test(text))
    return { type: 'literal', literal: { type: 'number', value: Number(text) }, at };
  if (DATETIME.test(text)) return { type: 'literal', literal: { type: 'datetime', value: text }, at };
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) throw new FilterSyntaxError(`Unexpected token '${text}'`, at);
  return { type: 'word', text, at };
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index]!;
  const take = () => tokens[index++]!;
  const isWord = (token: Token, word: string) => token.type === 'word' && token.text.toLowerCase() === word;
  const expect = (type: Token['type']) => {
    const token = take();
    if (token.type !== type) throw new FilterSyntaxError(`Expected '${type}'`, token.at);
    return token;
  };
  const literal = (): Literal => {
    const token = take();
    if (token.type !== 'literal') throw new FilterSyntaxError('Expected a literal value', token.at);
    return token.literal;
  };
  const property = (): string => {
    const token = take();
    if (token.type !== 'word') throw new FilterSyntaxError('Expected a property name', token.at);
    return token.text;
  };

  const orExpression = (): FilterNode => {
    let left = andExpression();
    while (isWord(peek(), 'or')) {
      take();
      left = { kind: 'or', left, right: andExpression() };
    }
    return left;
  };
  const andExpression = (): FilterNode => {
    let left = unary();
    while (isWord(peek(), 'and')) {
      take();
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const unary = (): FilterNode => {
    if (isWord(peek(), 'not')) {
      take();
      return { kind: 'not', operand: unary() };
    }
    return primary();
  };
  const primary = (): FilterNode => {
    const token = peek();
    if (token.type === '(') {
      take();
      const inner = orExpression();
      expect(')');
      return inner;
    }
    if (isWord(token, 'startswith') || isWord(token, 'endswith')) {
      take();
      expect('(');
      const name = property();
      expect(',');
      const value = literal();
      expect(')');
      return {
        kind: 'function',
        name: isWord(token, 'startswith') ? 'startsWith' : 'endsWith',
        property: name,
        value,
      };
    }
    const name = property();
    const operator = take();
    if (operator.type === 'word' && operator.text.toLowerCase() === 'in') {
      expect('(');
      const values = [literal()];
      while (peek().type === ',') {
        take();
        values.push(literal());
      }
      expect(')');
      return { kind: 'in', property: name, values };
    }
    if (operator.type !== 'word' || !COMPARISONS.has(operator.text.toLowerCase())) {
      throw new FilterSyntaxError('Expected an operator', operator.at);
    }
    return {
      kind: 'compare',
      operator: operator.text.toLowerCase() as ComparisonOperator,
      property: name,
      value: literal(),
    };
  };

  const tree = orExpression();
  if (peek().type !== 'end')
    throw new FilterSyntaxError('Unexpected content after the expression', peek().at);
  return tree;
}
