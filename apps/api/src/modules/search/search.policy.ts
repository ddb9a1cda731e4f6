import { signedIn, type Rule } from '../../common/auth.js';
import { contractPolicy } from '../contract/contract.policy.js';
import { eventPolicy } from '../event/event.policy.js';
import { firmPolicy } from '../firm/firm.policy.js';
import { planPolicy } from '../plan/plan.policy.js';
import { taskPolicy } from '../task/task.policy.js';
import { userPolicy } from '../user/user.policy.js';
import type { SearchKind } from './search.sql.js';

/** Who may call the root field: every signed-in person; what each finds is decided per kind below. */
export const searchPolicy = { search: signedIn } as const;

/**
 * Each kind of result is searched only when the rule of the module that owns it lets the viewer read that
 * list: people only for the ADMIN (who alone lists users), tasks for the staff and the Chamber — so a FIRM
 * user never finds other firms' people or the consultants' tasks.
 */
export const searchableBy: Record<SearchKind, Rule> = {
  FIRM: firmPolicy.read,
  PERSON: userPolicy.manageUsers,
  TASK: taskPolicy.read,
  PLAN_ACTION: planPolicy.read,
  CONTRACT_SECTION: contractPolicy.read,
  EVENT: eventPolicy.read,
};
