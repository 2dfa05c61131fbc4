export type { Route } from '../routes';
