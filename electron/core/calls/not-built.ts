/** Thrown by a call whose implementation has not landed; the message says which. */
export class NotBuiltError extends Error {
  constructor(call: string) {
    super(`${call} is not available in this build of Cuttings yet`);
  }
}
export const notBuilt = (call: string) => async (): Promise<never> => {
  throw new NotBuiltError(call);
};
