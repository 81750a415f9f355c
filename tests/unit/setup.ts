// Real IndexedDB semantics for Dexie in every test (in-memory, per process).
import 'fake-indexeddb/auto';
