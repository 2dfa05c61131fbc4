import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './api';

// Sandboxed preload (bundled to CommonJS): only `window.api` crosses into the page. ipcRenderer
// itself, and the IpcRendererEvent, never do; each call forwards exactly one argument.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
