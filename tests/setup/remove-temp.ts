import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp';

// Every folder a test file made with tempDir() is removed when the file's tests are done.
afterAll(() => removeTempDirs());
