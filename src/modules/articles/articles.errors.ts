// The articles module's error codes (the API's contract) with their sentences from articles.vi.ts.
import { codedMessages } from '../../platform/http/errors.js';
import { articlesText } from './articles.vi.js';

export const articleError = codedMessages(articlesText.errors);
