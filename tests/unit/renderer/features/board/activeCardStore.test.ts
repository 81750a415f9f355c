import { describe, expect, it, vi } from 'vitest';
import { createActiveCardStore } from '../../../../../renderer/src/features/board/activeCardStore';

describe('createActiveCardStore', () => {
  it('holds the lifted card and tells subscribers only when it changes', () => {
    const store = createActiveCardStore();
    const onChange = vi.fn();
    const unsubscribe = store.subscribe(onChange);
    expect(store.get()).toBeNull();

    store.set('diploma');
    store.set('diploma');
    expect(store.get()).toBe('diploma');
    expect(onChange).toHaveBeenCalledTimes(1);

    store.set(null);
    expect(onChange).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.set('open-data');
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
