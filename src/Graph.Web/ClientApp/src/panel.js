// The side panel: what the graph says about the selected node, edge or path, with evidence and sources.
import { edgeStyles, nodeStyles } from './style.js';

const panel = () => document.getElementById('panel');

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    // Through the CSSOM: a style attribute would be refused by the Content-Security-Policy (no 'unsafe-inline').
    else if (key === 'style') node.style.cssText = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function show(...children) {
  // replaceChildren writes null as the text "null": empty sections are left out instead.
  panel().replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  panel().scrollTop = 0;
}

export const loading = (what) => show(el('p', { class: 'muted' }, `Loading ${what}…`));

export function showError(error, onPick) {
  const candidates = error.problem?.candidates;
  show(
    el('h2', {}, error.problem?.title || 'Something went wrong'),
    el('p', { class: 'error' }, error.message),
    candidates ? el('ul', { class: 'list' }, candidates.map((c) => el('li', {}, entityLink(c, onPick)))) : null,
  );
}

export const typeBadge = (type) =>
  el('span', { class: 'badge', style: `background:${nodeStyles[type]?.color ?? '#6b7280'}` }, type);

export const entityLink = (entity, onPick) =>
  el('a', { href: '#', class: 'entity-link', dataset: { entityId: entity.id }, onClick: (e) => { e.preventDefault(); onPick(entity.id); } }, entity.name);

// An article's address as a link target only when it is http(s): a stored javascript: or data: URL stays text.
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// Each outlet spelling articles gave, mapped to the outlet (its name and every spelling), from /api/outlets.
const outletOf = new Map();
export function setOutlets(outlets) {
  for (const outlet of outlets) for (const spelling of outlet.spellings) outletOf.set(spelling, outlet);
}

function outletLabel(spelling) {
  const outlet = outletOf.get(spelling);
  if (!outlet) return el('span', { class: 'outlet' }, spelling);
  const others = outlet.spellings.filter((s) => s !== outlet.name);
  return el('span', { class: 'outlet', title: others.length ? `Also spelled: ${others.join('; ')}` : null }, outlet.name);
}

function article(reference) {
  const title = reference.title || reference.source;
  const href = safeHref(reference.url);
  const meta = [reference.outlet ? outletLabel(reference.outlet) : null, reference.date].filter(Boolean);
  return el('span', { class: 'article' },
    href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : title,
    meta.length ? el('span', { class: 'muted' }, ' (', meta.flatMap((part, i) => [i ? ', ' : '', part]), ')') : null);
}

// The article's date beside a sentence or quote, or "undated".
const dated = (reference) => el('time', { class: 'date', datetime: reference.date }, reference.date || 'undated');

function evidenceList(evidence) {
  return el('ul', { class: 'evidence' }, evidence.map((e) => el('li', {}, dated(e.article), el('q', {}, e.text), ' ', article(e.article))));
}

export function quoteList(quotes, onPick) {
  if (!quotes.length) return el('p', { class: 'muted' }, 'No quotes.');
  return el('ul', { class: 'quotes' }, quotes.map((q) => el('li', { class: 'quote' },
    el('blockquote', {}, dated(q.article), q.text),
    el('div', {}, entityLink(q.speaker, onPick), ` ${q.cue || 'said'}`,
      q.about.length ? [' — about ', ...q.about.flatMap((a, i) => [i ? ', ' : '', entityLink(a, onPick)])] : null),
    el('div', {}, article(q.article)))));
}

const describe = (r) => {
  const label = edgeStyles[r.type]?.label ?? r.type;
  const status = r.status ? ` (${r.status})` : '';
  const role = r.role ? ` as ${r.role}` : '';
  return `${label}${status}${role}`;
};

const seen = (r) => !r.firstSeen ? '' : r.firstSeen === r.lastSeen ? `, ${r.firstSeen}` : `, ${r.firstSeen} to ${r.lastSeen}`;

export function relationshipList(relationships, onPick, { open = false } = {}) {
  if (!relationships.length) return el('p', { class: 'muted' }, 'No relationships.');
  return el('ul', { class: 'relationships' }, relationships.map((r) => el('li', {},
    el('div', {}, entityLink(r.source, onPick), ` ${describe(r)} `, entityLink(r.target, onPick)),
    el('details', { open: open ? '' : null }, el('summary', {}, `${r.evidence.length} sentence(s) in ${r.articles.length} article(s)${seen(r)}`), evidenceList(r.evidence)))));
}

export function showEntity(details, relationships, said, about, onPick) {
  const c = details.counts;
  show(
    el('h2', { id: 'panel-title', dataset: { entityId: details.id } }, details.name, ' ', typeBadge(details.type)),
    details.aliases.length ? el('p', { class: 'muted' }, 'Also: ', details.aliases.join(', ')) : null,
    details.roles.length ? el('p', {}, 'Roles: ', details.roles.join(', ')) : null,
    details.countriesLed.length ? el('p', {}, 'Leads: ', details.countriesLed.flatMap((x, i) => [i ? ', ' : '', entityLink(x, onPick)])) : null,
    details.leaders.length ? el('p', {}, 'Led by: ', details.leaders.flatMap((x, i) => [i ? ', ' : '', entityLink(x, onPick)])) : null,
    el('p', { class: 'counts' }, `${c.articles} articles · ${c.connections} connections · ${c.meetings} meetings · ${c.quotesSaid} quotes said · ${c.quotesAbout} about`),
    el('h3', {}, 'Relationships'),
    relationshipList(relationships.items, onPick),
    relationships.hasMore ? el('p', { class: 'muted' }, 'More in the API: ', el('code', {}, `/api/entities/${details.id}/relationships`)) : null,
    el('h3', {}, 'Quotes by ', details.name),
    el('div', { id: 'quotes-said' }, quoteList(said.items, onPick)),
    el('h3', {}, 'Quotes about ', details.name),
    el('div', { id: 'quotes-about' }, quoteList(about.items, onPick)),
  );
}

export function showEdge(source, target, type, relationships, quotes, onPick) {
  show(
    el('h2', { id: 'panel-title' }, `${source.name} — ${edgeStyles[type]?.label ?? type} — ${target.name}`),
    type === 'SAID' ? quoteList(quotes, onPick) : relationshipList(relationships, onPick, { open: true }),
  );
}

export function showPaths(result, onPick) {
  const header = el('h2', { id: 'panel-title' }, `${result.from.name} → ${result.to.name}`);
  if (!result.paths.length) {
    show(header, el('p', {}, `No connection within ${result.maxHops} hops.`));
    return;
  }
  show(
    header,
    el('p', {}, `${result.totalPaths} shortest path(s) of ${result.hops} hop(s)` + (result.totalPaths > result.paths.length ? `; the first ${result.paths.length} shown.` : '.')),
    el('ol', { class: 'paths' }, result.paths.map((path) => el('li', {},
      el('div', { class: 'path-line' }, path.entities.flatMap((e, i) => [i ? ' → ' : '', entityLink(e, onPick)])),
      el('ul', {}, path.steps.map((step) => el('li', {},
        step.relationships.length ? relationshipList(step.relationships, onPick, { open: true }) : null,
        step.quotes.length ? quoteList(step.quotes, onPick) : null)))))),
  );
}
