import { lazy, Suspense } from 'react';
import { ShortcutsHelpProvider } from './features/actions/ShortcutsHelp';
import { HomeScreen } from './features/home/HomeScreen';
import { useAutoBackup } from './features/backup/useAutoBackup';
import { DatabaseBlockedBanner } from './ui/DatabaseBlockedBanner';
import { useRoute, type Route } from './useRoute';

// Loaded when opened, so the start screen does not wait for what it does not show: the board
// brings the drag library and every board feature, and reading files needs the schema library
// (zod), which neither the start screen nor the board does.
const BoardScreen = lazy(() =>
  import('./features/board/BoardScreen').then((module) => ({ default: module.BoardScreen })),
);
const RestoreScreen = lazy(() =>
  import('./features/backup/RestoreScreen').then((module) => ({ default: module.RestoreScreen })),
);

/** The app shell: one screen at a time, chosen by the location hash. */
export function App() {
  const [route, navigate] = useRoute();
  useAutoBackup();
  return (
    <ShortcutsHelpProvider>
      <DatabaseBlockedBanner />
      <Suspense fallback={null}>
        <Screen route={route} navigate={navigate} />
      </Suspense>
    </ShortcutsHelpProvider>
  );
}

function Screen({ route, navigate }: { route: Route; navigate: (route: Route) => void }) {
  const home = () => navigate({ screen: 'home' });
  switch (route.screen) {
    case 'board':
      return <BoardScreen key={route.workshopId} workshopId={route.workshopId} onBack={home} />;
    case 'backups':
      return <RestoreScreen onBack={home} onRestored={home} />;
    case 'home':
      return (
        <HomeScreen
          onOpen={(workshopId) => navigate({ screen: 'board', workshopId })}
          onOpenBackups={() => navigate({ screen: 'backups' })}
        />
      );
  }
}
