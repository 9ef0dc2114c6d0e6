import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

const hasDom = typeof window !== 'undefined';

// findBy* and waitFor give up after 1 s by default; antd pages on a busy 2-core CI machine can take
// longer to render, which can fail a test that is right. A wrong test still fails, only later.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks the layout APIs antd asks for; these stand-ins answer "no match, no size".
if (hasDom && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (hasDom && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
if (hasDom) window.scrollTo = () => undefined;
// antd measures the scrollbar through a pseudo-element, which jsdom does not implement; it logged an
// error for every table and modal, burying real failures in CI's log. Answer with the element's style.
if (hasDom) {
  const computedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computedStyle(element);
}

afterEach(() => {
  if (!hasDom) return;
  cleanup();
  localStorage.clear();
});
