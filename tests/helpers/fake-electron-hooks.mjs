// `node --import tsx --import ./tests/helpers/fake-electron-hooks.mjs …`: resolves the bare
// specifier `electron` to tests/helpers/fake-electron.ts, so the real main entry runs under Node.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

const fakeUrl = pathToFileURL(new URL('./fake-electron.ts', import.meta.url).pathname).href;
const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: ${JSON.stringify(fakeUrl)}, shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
