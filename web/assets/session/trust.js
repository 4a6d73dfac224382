// The trust card: who is on the other side (name, job title, company, picture, e-mail domain
// and whether the organisation verified it), and for the helper, the device and its warnings.
import { avatar, element } from '../dom.js';
import { t } from '../i18n.js';

function detail(term, value) {
  const row = element('div');
  const dd = element('dd', value ? '' : 'muted', value || t('trust-not-set'));
  dd.dir = 'auto';
  row.append(element('dt', '', term), dd);
  return row;
}

/**
 * A card for `person`, headed by `headingKey`. `headingId` lets the region be labelled.
 */
export function personCard(person, headingKey, headingId) {
  const card = element('section', 'card trust-card');
  card.setAttribute('aria-labelledby', headingId);
  const heading = element('h2', 'trust-heading', t(headingKey));
  heading.id = headingId;
  const top = element('div', 'trust-person');
  const name = element('p', 'trust-name', person.display_name);
  name.dir = 'auto';
  top.append(avatar(person, 'large'), name);

  const domain = element('dd', 'trust-domain');
  const domainText = element('span', '', person.email_domain);
  domainText.dir = 'ltr';
  domain.append(domainText, ' ');
  domain.append(person.domain_verified
    ? element('span', 'badge badge-verified', t('trust-domain-verified'))
    : element('span', 'badge badge-warning', t('trust-domain-unverified')));
  const domainRow = element('div');
  domainRow.append(element('dt', '', t('trust-domain')), domain);

  const details = element('dl', 'details');
  details.append(
    detail(t('trust-job-title'), person.job_title),
    detail(t('trust-company'), person.company),
    domainRow,
  );
  card.append(heading, top, details);
  return card;
}

const PLATFORMS = { windows: 'Windows', macos: 'macOS', linux: 'Linux' };

/** The device the helper is about to help with, and what is wrong with it, if anything. */
export function deviceCard(session) {
  const card = element('section', 'card device-card');
  card.setAttribute('aria-labelledby', 'device-card-heading');
  const heading = element('h2', '', t('device-heading'));
  heading.id = 'device-card-heading';
  card.append(heading);
  if (session.device) {
    const { device } = session;
    const details = element('dl', 'details');
    details.append(
      detail(t('device-name'), device.name),
      detail(t('device-system'), `${PLATFORMS[device.platform] ?? device.platform} ${device.os_version}`.trim()),
      detail(t('device-compliance'), t(device.compliance.compliant ? 'device-compliant' : 'device-not-compliant')),
    );
    card.append(details);
  } else {
    card.append(element('p', 'muted', t(session.sharer_client === 'web' ? 'device-web-browser' : 'device-none')));
  }
  for (const warning of session.warnings ?? []) card.append(warningNote(warning));
  return card;
}

function warningNote(warning) {
  const note = element('div', 'warning-note');
  note.setAttribute('role', 'note');
  if (warning.kind === 'device_not_compliant') {
    note.append(element('p', 'warning-title', t('warning-device-not-compliant')));
    const list = element('ul', 'warning-rules');
    // Each rule names its policy: isolated like every other name.
    for (const rule of warning.failing ?? []) list.append(Object.assign(element('li', '', rule), { dir: 'auto' }));
    if (list.childElementCount) note.append(list);
  } else {
    note.append(element('p', 'warning-title', t('warning-device-not-enrolled')));
    note.append(element('p', 'muted', t('warning-device-not-enrolled-detail')));
  }
  return note;
}
