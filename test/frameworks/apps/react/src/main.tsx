import 'stat-widgets';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { reportWarnings } from '../../shared/page.js';
import { App } from './App.js';

reportWarnings('react');
createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
