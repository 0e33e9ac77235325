/** The file given is not a WordPress export we can read; the message (Vietnamese) says why. */
export class WordPressInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WordPressInputError';
  }
}
