// The acting person of a staff request (page or API), as the plans service takes it.
import type { Context } from 'hono';
import { staffContextOf, type StaffEnv } from '../accounts/index.js';
import type { PlanContext } from './plans.types.js';

export const planContextOf = (c: Context<StaffEnv>): PlanContext => staffContextOf(c);
