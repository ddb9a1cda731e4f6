import type { ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/format';

/**
 * A text kept in Italian and English, in the interface language when it exists there; otherwise the
 * other one, marked with its language (for screen readers) and with a note saying so.
 */
export function LocalizedText(props: {
  it: string | null | undefined;
  en: string | null | undefined;
  as?: ElementType;
  className?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const own = language === 'en' ? props.en : props.it;
  const other = language === 'en' ? props.it : props.en;
  const Tag = props.as ?? 'p';
  if (own) return <Tag className={props.className}>{own}</Tag>;
  if (!other) return null;
  const otherLanguage = language === 'en' ? 'it' : 'en';
  return (
    <>
      <p className="muted localized-text__note">{t(`language.onlyIn.${otherLanguage}`)}</p>
      <Tag className={props.className} lang={otherLanguage}>
        {other}
      </Tag>
    </>
  );
}
