// The JSON export's envelope marker and version, shared by the exporter and the importer (json-restore).
// No imports: both sides load it without pulling in each other.

export const EXPORT_MARKER = 'export';
/** Bump when a field changes meaning; json-restore refuses envelopes newer than it knows. */
export const EXPORT_VERSION = 1;
