import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { requestPersistence } from './db/storagePersistence';
import { watchDatabase } from './db/watchDatabase';
// Global stylesheets, in cascade order: element defaults first, then each screen's own rules.
import './ui/base.css';
import './features/home/home.css';
import './features/board/board.css';
import './features/catalogue/tray.css';
import './ui/dialog.css';

async function start() {
  watchDatabase();
  await initI18n();
  void requestPersistence();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
