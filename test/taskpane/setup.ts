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
