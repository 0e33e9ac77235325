/** The NukeViet database given cannot be read; the message (Vietnamese) says why. */
export class NukeVietInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NukeVietInputError';
  }
}
