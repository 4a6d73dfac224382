// Live sessions: remote help sessions that have not ended, refreshed every few seconds, each
// with a Revoke button that stops it at once.
import {
  badge, button, confirmAction, el, errorMessage, formatDateTime, http, optional, panel,
  rowActions, sectionHeader, signedOut, t, table, when,
} from './ui.js';

const REFRESH_MS = 5000;

const STATE_KEYS = {
  waiting: ['admin-live-state-waiting', 'neutral'],
  joined: ['admin-live-state-joined', 'accent'],
  mode_requested: ['admin-live-state-requested', 'warning'],
  active: ['admin-live-state-active', 'success'],
  ended: ['admin-live-state-ended', 'neutral'],
};

export function sessionState(state) {
  const [key, variant] = STATE_KEYS[state] ?? [null, 'neutral'];
  return badge(key ? t(key) : state, variant);
}

export function accessGranted(report) {
  if (report.control_granted) return t('admin-report-mode-control');
  if (report.view_granted) return t('admin-report-mode-view');
  return t('admin-report-mode-none');
}

export function clientName(client) {
  if (client === 'agent') return t('admin-client-agent');
  if (client === 'web') return t('admin-client-web');
  return '';
}

export function person(name, email) {
  if (!name) return el('span', { className: 'muted', text: t('admin-live-not-joined') });
  return el('span', { className: 'stacked' },
    el('span', { text: name, attrs: { dir: 'auto' } }),
    email ? el('span', { className: 'muted small', text: email, attrs: { dir: 'ltr' } }) : null);
}

export default {
  route: 'live',
  titleKey: 'admin-live-title',
  permission: 'connector.read',

  async render(root, ctx) {
    const mayRevoke = ctx.can('admin.manage_settings');
    const refreshButton = button(t('admin-refresh'), () => refresh(true));
    const { header, status } = sectionHeader(t('admin-live-title'), t('admin-live-intro'), [refreshButton]);
    const box = el('div');
    // Not a live region: announcing every refresh would talk over the reader.
    const updated = el('p', { className: 'muted small refresh-note' });
    let timer = null;
    let inFlight = false;

    function draw(items) {
      box.replaceChildren(table({
        caption: t('admin-live-title'),
        columns: [
          { label: t('admin-column-helper') },
          { label: t('admin-column-sharer') },
          { label: t('admin-column-device') },
          { label: t('admin-column-state') },
          { label: t('admin-column-access') },
          { label: t('admin-column-started') },
          { label: t('admin-column-actions'), hidden: true, className: 'actions-column' },
        ],
        rows: items.map((session) => [
          person(session.helper_name, session.helper_email),
          person(session.sharer_name, session.sharer_email),
          session.device_name ? el('span', { text: session.device_name, attrs: { dir: 'auto' } }) : optional(clientName(session.sharer_client), t('admin-report-no-device')),
          sessionState(session.state),
          accessGranted(session),
          when(session.started_at),
          mayRevoke
            ? rowActions(button(t('admin-revoke'), () => revoke(session), { small: true, variant: 'danger-outline', ariaLabel: t('admin-live-revoke-label', { helper: session.helper_name, sharer: session.sharer_name ?? t('admin-live-nobody') }) }))
            : '',
        ]),
        empty: t('admin-live-empty'),
      }));
    }

    async function refresh(announce = false) {
      if (inFlight || !ctx.current()) return;
      inFlight = true;
      try {
        const { items } = await http.get('/api/v1/sessions/live');
        // Keep keyboard focus on a row's button when the table is redrawn under it.
        const focusedLabel = box.contains(document.activeElement) ? document.activeElement.getAttribute('aria-label') : null;
        draw(items);
        if (focusedLabel) {
          [...box.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === focusedLabel)?.focus();
        }
        updated.textContent = t('admin-live-updated', { time: formatDateTime(new Date()) });
        if (announce) status.textContent = t('admin-live-count', { count: items.length });
      } catch (err) {
        if (!signedOut(err)) status.textContent = errorMessage(err);
      } finally {
        inFlight = false;
      }
    }

    function revoke(session) {
      confirmAction({
        title: t('admin-live-revoke-title'),
        message: t('admin-live-revoke-text', { helper: session.helper_name, sharer: session.sharer_name ?? t('admin-live-nobody') }),
        confirmLabel: t('admin-live-revoke-confirm'),
        action: async () => {
          try {
            await http.post(`/api/v1/sessions/${encodeURIComponent(session.id)}/revoke`);
          } catch (err) {
            // It ended meanwhile: nothing left to stop.
            if (err.status !== 404 && err.status !== 409) throw err;
          }
          status.textContent = t('admin-live-revoked', { helper: session.helper_name });
          await refresh();
        },
      });
    }

    const tick = () => {
      // Not while hidden, nor under an open dialog (its opener would be redrawn away).
      if (document.visibilityState === 'visible' && !document.body.classList.contains('dialog-open')) refresh();
    };
    await refresh();
    timer = setInterval(tick, REFRESH_MS);
    ctx.onLeave(() => clearInterval(timer));

    root.append(header, status, panel(t('admin-live-list'), updated, box));
  },
};
