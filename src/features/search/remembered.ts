/**
 * A cache of promises by key: `make` runs once per key and its promise is kept, so a fragment or a
 * word file is fetched once however many searches ask for it. A promise that fails is forgotten,
 * so the next search tries again (a dropped connection must not break search for the session).
 */
export function rememberedPromises<K, V>(): (key: K, make: () => Promise<V>) => Promise<V> {
  const kept = new Map<K, Promise<V>>();
  return (key, make) => {
    let pending = kept.get(key);
    if (!pending) {
      const made = make();
      made.catch(() => {
        if (kept.get(key) === made) kept.delete(key);
      });
      kept.set(key, made);
      pending = made;
    }
    return pending;
  };
}
