import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { browserStorage, tokenStore } from './state/tokenStore';
import './participant.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const storage = browserStorage();
createRoot(root).render(
  <StrictMode>
    <App storage={storage} store={tokenStore(storage)} />
  </StrictMode>,
);
// The round screen and the message parser load while the person types the code.
void import('./components/RoundScreen');
void import('./connection/decodeServer');
