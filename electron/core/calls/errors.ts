/** A call named something that does not exist (a clip, an import, a tag): HTTP 404, a plain message over IPC. */
export class NotFoundError extends Error {}
