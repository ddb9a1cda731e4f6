import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const MainNav_MeFragment = graphql(`
  fragment MainNav_MeFragment on Me {
    permissions {
      viewerCanManageUsers
      viewerCanReadOutbox
      viewerCanReadContract
      viewerCanReadAdhesions
      viewerCanReadTasks
      viewerCanReadPlan
      viewerCanReadDirectory
      viewerCanImportRegistry
      viewerCanReadSupplyChain
      viewerCanReadEvents
      viewerCanReadReports
      viewerCanManageTraceability
    }
  }
`);

/**
 * The main navigation; an item appears only when the API says the person may use it. Below 64rem (a
 * phone, a narrow tablet) it folds into a "Menu" button that opens the list (the button is hidden from
 * 64rem on, where the list always shows); choosing a page or pressing Escape closes it again.
 */
export function MainNav(props: { me: FragmentType<typeof MainNav_MeFragment> }) {
  const { t } = useTranslation();
  const { permissions } = getFragmentData(MainNav_MeFragment, props.me);
  const listId = useId();
  // Open on the page where it was opened: going to another page closes it.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const toggle = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpenOn(null);
      toggle.current?.focus();
    }
  };
  return (
    <nav
      className={open ? 'main-nav main-nav--open' : 'main-nav'}
      aria-label={t('nav.label')}
      onKeyDown={onKeyDown}
    >
      <button
        ref={toggle}
        type="button"
        className="main-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        <span className="main-nav__toggle-icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <ul className="main-nav__list" id={listId}>
        <li>
          <NavLink to="/" end className="main-nav__link">
            {t('nav.dashboard')}
          </NavLink>
        </li>
        {permissions.viewerCanReadContract && (
          <li>
            <NavLink to="/contract" className="main-nav__link">
              {t('nav.contract')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanReadAdhesions && (
          <li>
            <NavLink to="/adhesions" className="main-nav__link">
              {t('nav.adhesions')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanReadDirectory && (
          <li>
            <NavLink to="/firms" className="main-nav__link">
              {t('nav.firms')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanReadSupplyChain && (
          <li>
            <NavLink to="/supply-chain" className="main-nav__link">
              {t('nav.supplyChain')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanManageTraceability && (
          <li>
            <NavLink to="/traceability" className="main-nav__link">
              {t('nav.traceability')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanReadReports && (
          <li>
            <NavLink to="/reports" className="main-nav__link">
              {t('nav.reports')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanImportRegistry && (
          <li>
            <NavLink to="/registry-import" className="main-nav__link">
              {t('nav.registryImport')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanManageUsers && (
          <li>
            <NavLink to="/users" className="main-nav__link">
              {t('nav.users')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanReadOutbox && (
          <li>
            <NavLink to="/outbox" className="main-nav__link">
              {t('nav.outbox')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanReadTasks && (
          <li>
            <NavLink to="/tasks" className="main-nav__link">
              {t('nav.tasks')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanReadPlan && (
          <li>
            <NavLink to="/plan" className="main-nav__link">
              {t('nav.plan')}
            </NavLink>
          </li>
        )}
        {permissions.viewerCanReadEvents && (
          <li>
            <NavLink to="/events" className="main-nav__link">
              {t('nav.events')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
