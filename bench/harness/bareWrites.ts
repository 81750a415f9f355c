const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * The floor under drop → durable: one-row IndexedDB writes with 'strict' durability, no Dexie,
 * no React, timed from the transaction's start to its `complete` event.
 */
export async function bareWrites(count: number): Promise<number[]> {
  const open = indexedDB.open('klimatverkstad-bench-bare', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
  const db = await request(open);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const tx = db.transaction('rows', 'readwrite', { durability: 'strict' });
    tx.objectStore('rows').put({ id: 'row', position: { x: i / count, y: 0.5 }, updatedAt: i });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    times.push(performance.now() - start);
  }
  db.close();
  return times;
}
