import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import { notBuilt } from './not-built';

export type ExportCalls = Pick<CuttingsApi, 'exportClips'>;

export function exportCalls(_library: Library): ExportCalls {
  return { exportClips: notBuilt('exportClips') };
}
