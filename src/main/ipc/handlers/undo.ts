import type { undoChannels } from '@shared/contract/undo';
import type { StartedApp } from '../../services/bootstrap';
import { peekUndo, undoLast } from '../../services/undo/undo-service';
import type { HandlersFor } from './types';

export function undoHandlers(app: StartedApp): HandlersFor<typeof undoChannels> {
  const { ctx } = app;
  return {
    'undo:peek': () => peekUndo(ctx),
    'undo:last': () => undoLast(ctx),
  };
}
