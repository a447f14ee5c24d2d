import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import { notBuilt } from './not-built';

export type SpeakerCalls = Pick<CuttingsApi, 'listSpeakers' | 'speakerTimeline' | 'mergeSpeakers' | 'splitSpeaker'>;

export function speakerCalls(_library: Library): SpeakerCalls {
  return {
    listSpeakers: notBuilt('listSpeakers'),
    speakerTimeline: notBuilt('speakerTimeline'),
    mergeSpeakers: notBuilt('mergeSpeakers'),
    splitSpeaker: notBuilt('splitSpeaker'),
  };
}
