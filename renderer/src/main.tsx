import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { requestPersistence } from './db/storagePersistence';
import { databaseIsNewer } from './db/databaseIsNewer';
import { watchDatabase } from './db/watchDatabase';
import { UpdateRequired } from './ui/UpdateRequired';
// Global stylesheets, in cascade order: element defaults first, then each screen's own rules.
import './ui/base.css';
import './features/home/home.css';
import './features/board/board.css';
import './features/catalogue/tray.css';
import './features/rounds/rounds.css';
import './features/pooled/pooled.css';
import './features/participants/participants.css';
import './features/compare/compare.css';
import './ui/dialog.css';

async function start() {
  watchDatabase();
  const newer = await databaseIsNewer();
  await initI18n();
  void requestPersistence();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(<StrictMode>{newer ? <UpdateRequired /> : <App />}</StrictMode>);
}

void start();
