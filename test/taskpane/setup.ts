/**
 * jsdom lacks what Fluent UI v9 measures with: ResizeObserver (tabs, overflow) and matchMedia
 * (reduced motion). Each UI test imports this first.
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = ResizeObserverStub;
if (typeof window !== "undefined" && typeof window.matchMedia !== "function") {
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

// waitFor and findBy* give up after 1 s by default; a check of the whole sample on a busy 2-core
// machine can take longer. No test may fail because the machine is slow: wait up to 30 s.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 30000 });

// the pane remembers the language chosen: each test starts from a pane never opened before
beforeEach(() => {
  if (typeof localStorage !== "undefined") localStorage.clear();
});
