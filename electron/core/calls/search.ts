import type { CuttingsApi } from '../../shared/api';
import type { Library } from '../library';
import { deleteSavedSearch, listSavedSearches, saveSearch } from '../library/saved-searches';
import { search } from '../library/search';

export type SearchCalls = Pick<CuttingsApi, 'search' | 'listSavedSearches' | 'saveSearch' | 'deleteSavedSearch'>;

export function searchCalls(library: Library): SearchCalls {
  const { db } = library;
  return {
    search: async (request) => search(db, request),
    listSavedSearches: async () => listSavedSearches(db),
    saveSearch: async ({ name, query }) => saveSearch(db, name, query),
    deleteSavedSearch: async ({ id }) => deleteSavedSearch(db, id),
  };
}
