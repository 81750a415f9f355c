// Import first in a test file: react-dom looks for the hook once, when it loads.
import { installRenderCounter } from '../../../../../bench/harness/renderCounter';

let counts = new Map<string, number>();
installRenderCounter((renders) => {
  for (const [name, count] of renders) counts.set(name, (counts.get(name) ?? 0) + count);
});

/**
 * Component renders since the last call, by component name: the bench's counter, so a test can
 * say "only the lifted card re-rendered" (counts, not timings).
 */
export function takeRenders(): Map<string, number> {
  const taken = counts;
  counts = new Map();
  return taken;
}
