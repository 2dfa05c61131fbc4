import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findResourcesDir, readAppVersion } from './paths';

/** Where this module runs from; used to find `resources/` and package.json in development and tests. */
export function moduleDir(importMetaUrl: string): string {
  return path.dirname(fileURLToPath(importMetaUrl));
}

export function nodeRuntimeInfo(importMetaUrl: string) {
  const here = moduleDir(importMetaUrl);
  return {
    resourcesDir: process.env.SAMPLAN_RESOURCES_DIR ?? findResourcesDir(here),
    appVersion: readAppVersion(here),
    actor: safeUserName(),
  };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}
