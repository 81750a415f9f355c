import { HomeScreen } from './features/home/HomeScreen';
import { BoardScreen } from './features/board/BoardScreen';
import { DatabaseBlockedBanner } from './ui/DatabaseBlockedBanner';
import { useRoute } from './useRoute';

/** The app shell: one screen at a time, chosen by the location hash. */
export function App() {
  const [route, navigate] = useRoute();
  return (
    <>
      <DatabaseBlockedBanner />
      {route.screen === 'board' ? (
        <BoardScreen
          key={route.workshopId}
          workshopId={route.workshopId}
          onBack={() => navigate({ screen: 'home' })}
        />
      ) : (
        <HomeScreen onOpen={(workshopId) => navigate({ screen: 'board', workshopId })} />
      )}
    </>
  );
}
