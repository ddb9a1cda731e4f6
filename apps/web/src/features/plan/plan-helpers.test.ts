import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { planFieldReasons } from './plan-helpers';

describe('planFieldReasons', () => {
  it('keeps the plan-specific reasons per field and ignores the generic ones', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'bad input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'endDate', reason: 'before_start' },
              { field: 'lines.1.fundingSource', reason: 'duplicate' },
              { field: 'title', reason: 'required' },
            ],
          },
        },
      ],
    });
    expect(planFieldReasons(error)).toEqual({
      endDate: 'before_start',
      'lines.1.fundingSource': 'duplicate',
    });
  });

  it('reads a single field error and answers nothing for a network failure', () => {
    const single = new CombinedGraphQLErrors({
      errors: [
        { message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'actionId', reason: 'plan_closed' } },
      ],
    });
    expect(planFieldReasons(single)).toEqual({ actionId: 'plan_closed' });
    expect(planFieldReasons(new Error('offline'))).toEqual({});
  });
});
