import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Notice, type Outcome } from '../../components/Notice';
import { Select } from '../../components/Select';
import { graphql } from '../../gql';
import type { NotificationChannel } from '../../gql/graphql';
import { useFailureText } from '../../lib/useErrorMessage';
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
  const failureText = useFailureText();
  const result = useQuery(NotificationPreferencesQuery);
  const [save] = useMutation(SetNotificationPreferenceMutation, {
    refetchQueries: ['NotificationPreferences'],
  });
  const [status, setStatus] = useState<Outcome | null>(null);
  const options = CHANNELS.map((c) => ({ value: c, label: t(`preferences.channels.${c}`) }));

  return (
    <Card title={t('preferences.title')}>
      <p className="muted">{t('preferences.intro')}</p>
      <div aria-live="polite">{status && <Notice tone={status.tone}>{status.text}</Notice>}</div>
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
                  setStatus(null);
                  save({
                    variables: { input: { kind: p.kind, channel: e.target.value as NotificationChannel } },
                  }).then(
                    () => setStatus({ tone: 'success', text: t('preferences.saved') }),
                    (error: unknown) => setStatus({ tone: 'error', text: failureText(error) }),
                  );
                }}
              />
            ))}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
