// The accounts module's error codes (the API's contract) with their sentences from accounts.vi.ts.
import { codedMessages } from '../../platform/http/errors.js';
import { accountsText } from './accounts.vi.js';

export const accountError = codedMessages(accountsText.errors);
