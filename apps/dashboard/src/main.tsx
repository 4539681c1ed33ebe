import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Global styles first, so that each feature's own stylesheet can refine them.
import './app/global.css';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { AuthGate } from './features/identity/AuthGate';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    {/* Nothing renders, and no socket opens, until the API confirms a session (issue 4). */}
    <AuthGate>
      <Providers>
        <App />
      </Providers>
    </AuthGate>
  </StrictMode>,
);
