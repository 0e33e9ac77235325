// npm test's last step when it ran on a PostgreSQL of the caller's (TEST_DATABASE_URL given): the
// run's first-start templates (first-start-templates.ts) are dropped from it, and their folder removed.
import { dropTemplates } from './first-start-templates.js';

await dropTemplates(process.argv[2]!);
