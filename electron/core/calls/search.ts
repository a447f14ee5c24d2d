import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import { notBuilt } from './not-built';

export type SearchCalls = Pick<CuttingsApi, 'search' | 'listSavedSearches' | 'saveSearch' | 'deleteSavedSearch'>;

export function searchCalls(_library: Library): SearchCalls {
  return {
    search: notBuilt('search'),
    listSavedSearches: notBuilt('listSavedSearches'),
    saveSearch: notBuilt('saveSearch'),
    deleteSavedSearch: notBuilt('deleteSavedSearch'),
  };
}
