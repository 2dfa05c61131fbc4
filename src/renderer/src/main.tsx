import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureSessionToken } from './api';
import { queryClient } from './api/query';
import { App } from './App';
import { initI18n } from './i18n';
import './styles/base.css';
import './styles/frame.css';
import './styles/components.css';
import './styles/feedback.css';
import './styles/tables.css';
import './styles/forms.css';
import './styles/register.css';
import './styles/insights.css';
import './styles/planning.css';
import './styles/start.css';

captureSessionToken();
initI18n();

const container = document.getElementById('root');
if (!container) throw new Error('Samplan: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
