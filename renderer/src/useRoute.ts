import { useCallback, useSyncExternalStore } from 'react';

export type Route =
  { screen: 'home' } | { screen: 'board'; workshopId: string } | { screen: 'backups' };

/** Reads the route from the location hash, so a reload stays on the same screen. */
export function parseRoute(hash: string): Route {
  if (hash === '#/backups') return { screen: 'backups' };
  const match = /^#\/workshop\/([\w-]{1,100})$/.exec(hash);
  return match?.[1] ? { screen: 'board', workshopId: match[1] } : { screen: 'home' };
}

/** The hash of a route; parseRoute(hashOf(route)) gives the route back. */
export function hashOf(route: Route): string {
  if (route.screen === 'board') return `#/workshop/${route.workshopId}`;
  return route.screen === 'backups' ? '#/backups' : '#/';
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route and a way to go elsewhere. */
export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  const navigate = useCallback((route: Route) => {
    location.hash = hashOf(route);
  }, []);
  return [parseRoute(hash), navigate];
}
