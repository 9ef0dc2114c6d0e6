import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted, highlightOf, markTerms, parseHighlight, queryTerms } from './highlight';

describe('search highlights', () => {
  it('turns <mark> into matches and unescapes the text around them', () => {
    expect(parseHighlight('A &amp; B <mark>固态</mark>电池 &lt;x&gt;')).toEqual([
      { text: 'A & B ', isMatch: false },
      { text: '固态', isMatch: true },
      { text: '电池 <x>', isMatch: false },
    ]);
  });

  it('decodes numeric entities too', () => {
    expect(parseHighlight('it&#39;s &#x4E2D;&#25991;')).toEqual([{ text: "it's 中文", isMatch: false }]);
  });

  it('never renders server text as HTML: other tags stay visible text', () => {
    const { container } = render(<Highlighted html={'&lt;img src=x onerror=alert(1)&gt; <mark>ok</mark><b>raw</b>'} fallback="" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> ok<b>raw</b>');
  });

  it('keeps a highlight only when it is a snippet of the text on screen', () => {
    const zh = '用于锂电池的固态电解质';
    expect(highlightOf('…锂电池的<mark>固态</mark>电解质', zh)).toBe('…锂电池的<mark>固态</mark>电解质');
    expect(highlightOf('Solid-state <mark>electrolyte</mark>', zh)).toBeUndefined();
    expect(highlightOf(undefined, zh)).toBeUndefined();
  });

  it('marks query words literally present in a text of the other language version', () => {
    expect(queryTerms('  激光 Laser, a ')).toEqual(['laser', '激光']);
    expect(markTerms('飞秒激光 and LASER cutting', ['laser', '激光'])).toEqual([
      { text: '飞秒', isMatch: false },
      { text: '激光', isMatch: true },
      { text: ' and ', isMatch: false },
      { text: 'LASER', isMatch: true },
      { text: ' cutting', isMatch: false },
    ]);
    // Regular-expression characters in a query are matched literally.
    expect(markTerms('a+b (c)', queryTerms('(c) a+b'))).toEqual([
      { text: 'a+b', isMatch: true },
      { text: ' (c)', isMatch: false },
    ]);
  });

  it('shows the plain text when there is no highlight', () => {
    const { container } = render(<Highlighted html={undefined} fallback="plain <b>" />);
    expect(container.innerHTML).toBe('plain &lt;b&gt;');
  });
});
