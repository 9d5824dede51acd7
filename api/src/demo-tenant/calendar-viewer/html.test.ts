import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml, safeHref } from './html';

describe('html', () => {
  it('escapes every interpolated text, in content and attributes', () => {
    const subject = `<script>alert('x')</script> & "co"`;
    expect(html`<p title="${subject}">${subject}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</p>',
    );
  });

  it('keeps nested templates as markup and renders lists, numbers and absent values', () => {
    const items = ['a<b', 'c'].map((text) => html`<li>${text}</li>`);
    expect(html`<ul>${items}</ul>${3}${null}${undefined}${false}`.markup).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>3',
    );
    expect(html`${new SafeHtml('<br>')}`.markup).toBe('<br>');
  });

  it('escapes the five characters that matter and nothing else', () => {
    expect(escapeHtml(`Séance & <binôme> "1" l'IA`)).toBe(
      'Séance &amp; &lt;binôme&gt; &quot;1&quot; l&#39;IA',
    );
  });
});

describe('safeHref', () => {
  it('keeps http(s) links as they are and drops other schemes', () => {
    const join = 'https://teams.microsoft.com/l/meetup-join/19%3Ameeting_x%40thread.v2/0?context=%7B%7D';
    expect(safeHref(join)).toBe(join);
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<p>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
  });
});
