/**
 * A tiny promise cache for data that does not change during a visit (taxonomies, rates).
 * A failed load is forgotten so the next caller retries.
 */
const entries = new Map<string, Promise<unknown>>();

export function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit) return hit as Promise<T>;
  const promise = load().catch((error: unknown) => {
    entries.delete(key);
    throw error;
  });
  entries.set(key, promise);
  return promise;
}

export function clearCache(): void {
  entries.clear();
}
