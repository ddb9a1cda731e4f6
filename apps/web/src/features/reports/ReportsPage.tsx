import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import type { ReportFilter } from '../../gql/graphql';
import { useLanguage } from '../../i18n/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { activeFilterCount, paramsFromFilter, sectionOfPath, SECTIONS } from './filter';
import { ReportFilters } from './ReportFilters';
import { SavedViews } from './SavedViews';
import { useReportFilter } from './useReportFilter';
import './reports.css';

/**
 * /reports and its sections. The filters live in the address (kind, hamlet, status, membership, from,
 * to), apply to every section, and travel with the section links, the downloads and the saved views.
 */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filter = useReportFilter();
  const section = sectionOfPath(location.pathname);
  const sectionName = t(`sections.${section.key}`);
  useDocumentTitle(`${sectionName} · ${t('title')}`);

  const search = params.toString();
  const withLang = new URLSearchParams(params);
  withLang.set('lang', language);
  const download = (format: 'csv' | 'pdf') =>
    `/api/reports/${section.exportName}.${format}?${withLang.toString()}`;
  const apply = (next: ReportFilter) => setParams(paramsFromFilter(next));
  const count = activeFilterCount(filter);

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <nav className="report-sections" aria-label={t('sections.label')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <NavLink
                end
                to={{
                  pathname: s.path ? `/reports/${s.path}` : '/reports',
                  search: search ? `?${search}` : '',
                }}
                className="report-sections__link"
              >
                {t(`sections.${s.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <details className="report-filters-panel" open>
        <summary>
          {t('filters.heading')}
          {count > 0 && <span className="muted"> · {t('filters.active', { count })}</span>}
        </summary>
        <ReportFilters key={search} filter={filter} onApply={apply} />
      </details>
      <div className="report-downloads" role="group" aria-label={t('download.label', { name: sectionName })}>
        <a className="btn btn--secondary" href={download('csv')} download>
          {t('download.csv')}
        </a>
        <a className="btn btn--secondary" href={download('pdf')} download>
          {t('download.pdf')}
        </a>
      </div>
      <section aria-label={sectionName}>
        <Outlet />
      </section>
      <SavedViews filter={filter} section={section} />
    </>
  );
}
