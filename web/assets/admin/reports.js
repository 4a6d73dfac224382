// Session reports: who helped whom, on which device, with what access, how it ended; filtered,
// paged by cursor and exported as CSV with the same filters. One report (#reports/<id>) shows
// its chat transcript.
import { directory, sortBy } from './directory.js';
import { accessGranted, clientName, person, sessionState } from './live.js';
import {
  button, cursorPager, duration, el, errorMessage, field, formatDateTime, http, isolate,
  localToRfc3339, optional, panel, sectionHeader, signedOut, t, table, when, withQuery,
} from './ui.js';

export const END_REASONS = [
  ['helper_left', 'admin-end-helper-left'],
  ['sharer_left', 'admin-end-sharer-left'],
  ['helper_disconnected', 'admin-end-helper-disconnected'],
  ['sharer_disconnected', 'admin-end-sharer-disconnected'],
  ['code_expired', 'admin-end-code-expired'],
  ['declined_timeout', 'admin-end-declined-timeout'],
  ['revoked', 'admin-end-revoked'],
  ['policy', 'admin-end-policy'],
  ['access_withdrawn', 'admin-end-access-withdrawn'],
];

/**
 * How long the session lasted, from the join (or the start, while nobody joined); a session
 * still running shows how long it has run so far.
 */
function sessionDuration(report) {
  const from = report.joined_at ?? report.started_at;
  if (report.ended_at) return duration(from, report.ended_at);
  return el('span', { className: 'running-duration', text: t('admin-duration-running', { duration: duration(from, new Date().toISOString()) }) });
}

function endReason(report) {
  if (!report.end_reason) return sessionState(report.state);
  const entry = END_REASONS.find(([value]) => value === report.end_reason);
  return entry ? t(entry[1]) : report.end_reason;
}

// The filters as typed (for the form) and as sent (for the API); kept while the page is open.
const form = { helper: '', sharer: '', device: '', reason: '', from: '', to: '' };

function query() {
  return {
    helper_id: form.helper,
    sharer_id: form.sharer,
    device_id: form.device,
    end_reason: form.reason,
    from: localToRfc3339(form.from),
    to: localToRfc3339(form.to),
  };
}

async function listView(root, ctx) {
  const exportLink = el('a', { className: 'button button-secondary', text: t('admin-export-csv'), attrs: { download: 'assist-sessions.csv', 'aria-label': t('admin-reports-export-label') } });
  const { header, status } = sectionHeader(t('admin-reports-title'), t('admin-reports-intro'), [exportLink]);
  const mayListPeople = ctx.can('admin.manage_users');
  const [users, devices] = await Promise.all([mayListPeople ? directory.users() : [], directory.devices()]);
  const people = [['', t('admin-filter-anyone')], ...sortBy(users, (u) => u.display_name).map((u) => [u.id, `${isolate(u.display_name)} <${u.email}>`])];
  const helper = field({ label: t('admin-reports-helper'), type: 'select', name: 'helper_id', value: form.helper, options: people });
  const sharer = field({ label: t('admin-reports-sharer'), type: 'select', name: 'sharer_id', value: form.sharer, options: people });
  const device = field({ label: t('admin-reports-device'), type: 'select', name: 'device_id', value: form.device, options: [['', t('admin-filter-any-device')], ...sortBy(devices, (d) => d.facts.host_name).map((d) => [d.id, d.facts.host_name])] });
  const reason = field({ label: t('admin-reports-end-reason'), type: 'select', name: 'end_reason', value: form.reason, options: [['', t('admin-filter-any')], ...END_REASONS.map(([value, key]) => [value, t(key)])] });
  const from = field({ label: t('admin-reports-from'), type: 'datetime-local', name: 'from', value: form.from });
  const to = field({ label: t('admin-reports-to'), type: 'datetime-local', name: 'to', value: form.to });
  helper.field.hidden = !mayListPeople;
  sharer.field.hidden = !mayListPeople;
  const filterForm = el('form', { className: 'filter-bar', attrs: { role: 'search', 'aria-label': t('admin-reports-filters'), novalidate: true } },
    helper.field, sharer.field, device.field, reason.field, from.field, to.field,
    el('div', { className: 'filter-actions' },
      button(t('admin-apply-filters'), null, { type: 'submit', variant: 'primary' }),
      button(t('admin-clear-filters'), () => {
        for (const input of [helper.input, sharer.input, device.input, reason.input, from.input, to.input]) input.value = '';
        apply();
      })));
  const results = el('div', { className: 'results reports-results' });

  const pager = cursorPager({
    label: t('admin-reports-pages'),
    load: (cursor) => http.get(withQuery('/api/v1/reports/sessions', { ...query(), limit: 50, cursor })),
    onError: (err) => {
      if (!signedOut(err)) status.textContent = errorMessage(err);
    },
    render: (page) => {
      results.replaceChildren(table({
        caption: t('admin-reports-title'),
        columns: [
          { label: t('admin-column-started') },
          { label: t('admin-column-helper') },
          { label: t('admin-column-sharer') },
          { label: t('admin-column-device') },
          { label: t('admin-column-access') },
          { label: t('admin-column-duration') },
          { label: t('admin-column-outcome') },
          { label: t('admin-column-chat'), className: 'numeric' },
        ],
        rows: page.items.map((report) => [
          el('a', {
            className: 'nowrap',
            text: formatDateTime(report.started_at),
            attrs: {
              href: `#reports/${encodeURIComponent(report.id)}`,
              'aria-label': t('admin-report-open-label', { time: formatDateTime(report.started_at), helper: report.helper_name }),
            },
          }),
          person(report.helper_name, report.helper_email),
          person(report.sharer_name, report.sharer_email),
          report.device_name ? el('span', { text: report.device_name, attrs: { dir: 'auto' } }) : optional(clientName(report.sharer_client), t('admin-report-no-device')),
          accessGranted(report),
          sessionDuration(report),
          endReason(report),
          String(report.chat_messages),
        ]),
        empty: Object.values(form).some(Boolean) ? t('admin-reports-none-match') : t('admin-reports-empty'),
      }));
    },
  });

  function apply() {
    Object.assign(form, {
      helper: helper.input.value,
      sharer: sharer.input.value,
      device: device.input.value,
      reason: reason.input.value,
      from: from.input.value,
      to: to.input.value,
    });
    exportLink.href = withQuery('/api/v1/reports/sessions/export.csv', query());
    status.textContent = '';
    pager.restart();
  }
  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });

  exportLink.href = withQuery('/api/v1/reports/sessions/export.csv', query());
  root.append(header, filterForm, status, results, pager.node);
  await pager.restart();
}

function item(label, value) {
  return el('div', {}, el('dt', { text: label }), el('dd', {}, value));
}

async function detailView(root, id) {
  const { report, chat } = await http.get(`/api/v1/reports/sessions/${encodeURIComponent(id)}`);
  const back = el('p', { className: 'back-link' }, el('a', { text: t('admin-reports-back'), attrs: { href: '#reports' } }));
  const title = report.sharer_name
    ? t('admin-report-title', { helper: report.helper_name, sharer: report.sharer_name })
    : t('admin-report-title-alone', { helper: report.helper_name });
  const { header, heading, status } = sectionHeader(title, t('admin-report-started', { time: formatDateTime(report.started_at) }));
  heading.setAttribute('dir', 'auto');

  const details = el('dl', { className: 'details' },
    item(t('admin-column-helper'), person(report.helper_name, report.helper_email)),
    item(t('admin-column-sharer'), person(report.sharer_name, report.sharer_email)),
    item(t('admin-column-device'), report.device_name ? el('span', { text: report.device_name, attrs: { dir: 'auto' } }) : optional('', t('admin-report-no-device'))),
    item(t('admin-report-client'), optional(clientName(report.sharer_client))),
    item(t('admin-column-access'), accessGranted(report)),
    item(t('admin-column-started'), when(report.started_at)),
    item(t('admin-report-joined'), when(report.joined_at)),
    item(t('admin-report-ended'), report.ended_at ? when(report.ended_at) : sessionState(report.state)),
    item(t('admin-column-duration'), sessionDuration(report)),
    item(t('admin-column-outcome'), endReason(report)),
    item(t('admin-report-id'), el('code', { text: report.id })));

  const names = { helper: report.helper_name, sharer: report.sharer_name ?? t('admin-role-sharer') };
  const transcript = chat.length === 0
    ? el('p', { className: 'empty-state', text: t('admin-report-no-chat') })
    : el('ol', { className: 'transcript', attrs: { 'aria-label': t('admin-report-transcript') } }, chat.map((message) => el('li', { className: `message message-${message.sender}` },
      el('p', { className: 'message-meta' },
        el('span', { className: 'message-sender', text: names[message.sender] ?? message.sender, attrs: { dir: 'auto' } }),
        el('span', { className: 'muted small', text: t(message.sender === 'helper' ? 'admin-role-helper' : 'admin-role-sharer') }),
        el('time', { className: 'muted small', text: formatDateTime(message.sent_at), attrs: { datetime: message.sent_at } })),
      el('p', { className: 'message-text', text: message.text, attrs: { dir: 'auto' } }))));

  root.append(back, header, status,
    el('div', { className: 'panel-grid panel-grid-report' },
      panel(t('admin-report-details'), details),
      panel(t('admin-report-transcript-count', { count: chat.length }), transcript)));
}

export default {
  route: 'reports',
  titleKey: 'admin-reports-title',
  permission: 'connector.read',
  render(root, ctx) {
    return ctx.param ? detailView(root, ctx.param) : listView(root, ctx);
  },
};
