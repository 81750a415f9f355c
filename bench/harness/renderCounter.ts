/**
 * Counts which components rendered in each React commit, without React DevTools: it stands in
 * for DevTools' global hook, which react-dom calls after every commit (production builds too),
 * and walks the committed fiber tree. Must be installed before react-dom is loaded.
 *
 * A fiber rendered in a commit when it was processed in that render (it is not the very object
 * the previous commit left there: skipped subtrees are shared between commits) and React marked
 * it as having performed work (a memo bail-out does not). React internals, so bench-only.
 */

type Fiber = {
  tag: number;
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  flags: number;
};
type FiberRoot = { current: Fiber };

/** Component renders in one commit, by component name. */
export type CommitRenders = Map<string, number>;

// Function, class, forwardRef and simple memo components; a memo with a comparator has its own
// inner function fiber, counted there.
const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
const PERFORMED_WORK = 0b1;

function nameOf(type: unknown): string {
  if (typeof type === 'function') {
    const named = type as { displayName?: string; name?: string };
    return named.displayName ?? (named.name || 'Anonymous');
  }
  if (typeof type === 'object' && type !== null && 'render' in type) {
    return nameOf((type as { render: unknown }).render);
  }
  return 'Anonymous';
}

function walk(root: Fiber, visit: (fiber: Fiber) => void) {
  const stack: Fiber[] = [root];
  for (let fiber = stack.pop(); fiber; fiber = stack.pop()) {
    visit(fiber);
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
}

/** Installs the stand-in hook; `onCommit` gets the components rendered in each commit. */
export function installRenderCounter(onCommit: (renders: CommitRenders) => void): void {
  // Per root: every fiber its last commit left in the tree.
  const previous = new WeakMap<FiberRoot, WeakSet<Fiber>>();
  const hook = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot(_rendererId: number, root: FiberRoot) {
      const before = previous.get(root);
      const seen = new WeakSet<Fiber>();
      const renders: CommitRenders = new Map();
      walk(root.current, (fiber) => {
        seen.add(fiber);
        if (!COMPONENT_TAGS.has(fiber.tag) || before?.has(fiber)) return;
        if (fiber.alternate !== null && (fiber.flags & PERFORMED_WORK) === 0) return;
        const name = nameOf(fiber.type);
        renders.set(name, (renders.get(name) ?? 0) + 1);
      });
      previous.set(root, seen);
      onCommit(renders);
    },
  };
  Object.defineProperty(globalThis, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    value: hook,
    configurable: true,
  });
}
