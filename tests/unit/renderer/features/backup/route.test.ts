import { describe, expect, it } from 'vitest';
import { hashOf, parseRoute, type Route } from '../../../../../renderer/src/useRoute';

describe('the #/backups route', () => {
  it('round-trips every screen through the hash', () => {
    const routes: Route[] = [
      { screen: 'home' },
      { screen: 'backups' },
      { screen: 'board', workshopId: '0b1c-2d' },
    ];
    for (const route of routes) expect(parseRoute(hashOf(route))).toEqual(route);
  });

  it('only the exact hash opens backups', () => {
    expect(parseRoute('#/backups/x')).toEqual({ screen: 'home' });
    expect(parseRoute('#/backupsx')).toEqual({ screen: 'home' });
  });
});
