import { HomeScreen } from './features/home/HomeScreen';
import { BoardScreen } from './features/board/BoardScreen';
import { useRoute } from './useRoute';

/** The app shell: one screen at a time, chosen by the location hash. */
export function App() {
  const [route, navigate] = useRoute();
  if (route.screen === 'board') {
    return (
      <BoardScreen
        key={route.workshopId}
        workshopId={route.workshopId}
        onBack={() => navigate({ screen: 'home' })}
      />
    );
  }
  return <HomeScreen onOpen={(workshopId) => navigate({ screen: 'board', workshopId })} />;
}
