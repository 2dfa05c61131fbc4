import { contextBridge, ipcRenderer } from 'electron';
import { PORT_CHANNEL, PORT_REQUEST_CHANNEL } from '@shared/contract/port';
import { buildApi } from './api';
import { createPortTransport, type RendererPort } from './port-transport';

// Sandboxed preload (bundled to CommonJS): only `window.api` crosses into the page. ipcRenderer, the
// port and the IpcRendererEvent never do; each call forwards exactly one argument over the port that
// main hands over (after checking this is its window) and whose other end the backend process holds.
const transport = createPortTransport();
ipcRenderer.on(PORT_CHANNEL, (event) => {
  const port = event.ports[0] as RendererPort | undefined;
  if (port) transport.adopt(port);
});
ipcRenderer.send(PORT_REQUEST_CHANNEL);
contextBridge.exposeInMainWorld('api', buildApi(transport.invoke));
