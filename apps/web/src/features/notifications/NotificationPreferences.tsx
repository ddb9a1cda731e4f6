import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { OutcomeNotice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { graphql } from '../../gql';
import type { NotificationChannel } from '../../gql/graphql';
import { useActionOutcome } from '../../lib/useActionOutcome';
import { QueryState } from '../shell/QueryState';

const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      channel
    }
  }
`);

const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      channel
    }
  }
`);

const CHANNELS: NotificationChannel[] = ['IN_APP', 'EMAIL', 'DIGEST', 'OFF'];

/** "My account": how each kind of notification reaches the viewer, saved as soon as it is chosen. */
export function NotificationPreferences() {
  const { t } = useTranslation('notifications');
  const result = useQuery(NotificationPreferencesQuery);
  const [save] = useMutation(SetNotificationPreferenceMutation, {
    refetchQueries: ['NotificationPreferences'],
  });
  const { outcome, run } = useActionOutcome();
  const options = CHANNELS.map((c) => ({ value: c, label: t(`preferences.channels.${c}`) }));

  return (
    <Card title={t('preferences.title')}>
      <p className="muted">{t('preferences.intro')}</p>
      <OutcomeNotice outcome={outcome} />
      <QueryState result={result}>
        {(data) => (
          <div className="form">
            {data.notificationPreferences.map((p) => (
              <Select
                key={p.kind}
                label={t(`preferences.kinds.${p.kind}`)}
                options={options}
                value={p.channel}
                onChange={(e) => {
                  const channel = e.target.value as NotificationChannel;
                  void run(() => save({ variables: { input: { kind: p.kind, channel } } }), {
                    done: t('preferences.saved'),
                  });
                }}
              />
            ))}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
