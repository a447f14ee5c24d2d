import type { CuttingsApi, TimelineQuote } from '../../shared/api';
import { ApiArgumentError } from '../../shared/api-schema';
import type { Library } from '../library';
import {
  listSpeakers,
  mergeSpeakers,
  quoteTimeline,
  speakerIdsFor,
  SpeakerNotFoundError,
  SpeakerRefusedError,
  splitSpeaker,
} from '../library/speakers';
import { NotFoundError } from './errors';

export type SpeakerCalls = Pick<CuttingsApi, 'listSpeakers' | 'speakerTimeline' | 'mergeSpeakers' | 'splitSpeaker'>;

/** The library's errors as the API's: an unknown name is "not found", a refused merge or split a bad request. */
function mapErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SpeakerNotFoundError) throw new NotFoundError(error.message);
    if (error instanceof SpeakerRefusedError) throw new ApiArgumentError(error.message);
    throw error;
  }
}

export function speakerCalls(library: Library): SpeakerCalls {
  const { db } = library;
  return {
    listSpeakers: async ({ query }) => listSpeakers(db, query),
    speakerTimeline: async ({ speakers }) =>
      mapErrors(() => quoteTimeline(db, speakerIdsFor(db, speakers)) as TimelineQuote[]),
    mergeSpeakers: async ({ names, into }) => mapErrors(() => mergeSpeakers(db, names, into)),
    splitSpeaker: async ({ alias }) => mapErrors(() => splitSpeaker(db, alias)),
  };
}
