import type { nominationChannels } from '@shared/contract/nominations';
import type { StartedApp } from '../../services/bootstrap';
import {
  advanceCandidate,
  proposeCandidate,
  removeCandidate,
  updateCandidate,
  withdrawCandidate,
} from '../../services/nominations/candidates';
import { decideCandidate } from '../../services/nominations/decide';
import {
  createRequest,
  getRequest,
  listRequests,
  removeRequest,
  setRequestStatus,
  updateRequest,
} from '../../services/nominations/requests';
import type { HandlersFor } from './types';

/** The insight channels (balance, reminders, exports, letters) have their own handlers (nominations-insight.ts). */
type InsightChannel =
  'nominations:balance' | 'nominations:reminders' | 'nominations:export-xlsx' | 'nominations:export-pdf' | 'nominations:letter-pdf';

/** Requests and candidates: the register of nominations and its steps (services/nominations). */
export function nominationHandlers(app: StartedApp): Omit<HandlersFor<typeof nominationChannels>, InsightChannel> {
  return {
    'nominations:list': (input) => listRequests(app.ctx, input),
    'nominations:get': (input) => getRequest(app.ctx, input.requestId),
    'nominations:create-request': (input) => createRequest(app.ctx, input),
    'nominations:update-request': (input) => updateRequest(app.ctx, input),
    'nominations:set-request-status': (input) => setRequestStatus(app.ctx, input),
    'nominations:remove-request': (input) => removeRequest(app.ctx, input),
    'nominations:propose': (input) => proposeCandidate(app.ctx, input),
    'nominations:update-candidate': (input) => updateCandidate(app.ctx, input),
    'nominations:advance': (input) => advanceCandidate(app.ctx, input),
    'nominations:decide': (input) => decideCandidate(app.ctx, input),
    'nominations:withdraw': (input) => withdrawCandidate(app.ctx, input),
    'nominations:remove-candidate': (input) => removeCandidate(app.ctx, input),
  };
}
