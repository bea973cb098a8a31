// The explorer: search an entity, draw its neighbourhood, expand by clicking, read the evidence in the panel.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { api, ApiError } from './api.js';
import { el, entityLink, loading, setOutlets, show, showEdge, showEntity, showError, showPaths } from './panel.js';
import { edgeStyles, nodeStyles, stylesheet } from './style.js';
import './styles.css';

cytoscape.use(fcose);

const cy = cytoscape({
  container: document.getElementById('graph'),
  style: stylesheet,
  wheelSensitivity: 0.3,
  minZoom: 0.1,
  maxZoom: 4,
});
// Exposed for the browser test and for poking around in the console.
window.explorer = { cy, ready: false };

const expanded = new Set();

// The period the drawing and the panel are restricted to ({} for all time); what to redraw when it changes.
let period = {};
let redraw = null;
window.explorer.period = () => ({ ...period });

// In a crowded drawing the names of leaves (one link, not expanded) are shown on hover or selection only.
const CROWDED = 40;
function labelLeaves() {
  const crowded = cy.nodes().length > CROWDED;
  cy.nodes().forEach((node) => node.toggleClass('quiet', crowded && node.degree(false) <= 1 && !node.hasClass('center')));
}
cy.on('mouseover', 'node', (event) => event.target.addClass('hover'));
cy.on('mouseout', 'node', (event) => event.target.removeClass('hover'));

// A fresh drawing starts from random positions; an expansion starts from the current ones, so the picture
// the user has been reading stays in place and only the newcomers settle around the expanded node.
function layout({ fresh = true } = {}) {
  return new Promise((resolve) => {
    labelLeaves();
    // Labels count as part of each node, and nodes repel strongly, so names do not overlap in a busy neighbourhood.
    const run = cy.layout({
      name: 'fcose', animate: false, randomize: fresh, fit: true, padding: 40,
      nodeDimensionsIncludeLabels: true, nodeRepulsion: 45000, idealEdgeLength: 120, nodeSeparation: 90, gravity: 0.2,
    });
    run.one('layoutstop', resolve);
    run.run();
  });
}

function merge(hood) {
  const anchor = cy.getElementById(hood.center);
  const origin = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  cy.batch(() => {
    hood.nodes.forEach((node, i) => {
      if (cy.getElementById(node.id).nonempty()) return;
      const angle = (2 * Math.PI * i) / Math.max(hood.nodes.length, 1);
      cy.add({ group: 'nodes', data: { ...node }, position: { x: origin.x + 80 * Math.cos(angle), y: origin.y + 80 * Math.sin(angle) } });
    });
    for (const edge of hood.edges) {
      if (cy.getElementById(edge.id).empty()) cy.add({ group: 'edges', data: { ...edge } });
    }
  });
}

async function expand(id, { fresh = false } = {}) {
  const hood = await api.neighbourhood(id, { depth: 1, limit: 60, ...period });
  if (fresh) {
    cy.elements().remove();
    expanded.clear();
  }
  merge(hood);
  expanded.add(hood.center);
  cy.nodes().removeClass('center');
  cy.getElementById(hood.center).addClass('center expanded');
  await layout({ fresh });
  document.getElementById('status').textContent =
    `${cy.nodes().length} nodes, ${cy.edges().length} edges` + (hood.truncated ? ' (neighbourhood cut to the best-connected 60)' : '') + periodText();
  return hood;
}

async function showEntityPanel(id) {
  loading('entity');
  const details = await api.entity(id);
  const [relationships, said, about] = await Promise.all([
    api.relationships(details.id, period),
    api.quotes({ speaker: details.id, ...period }),
    api.quotes({ about: details.id, ...period }),
  ]);
  showEntity(details, relationships, said, about, select);
  return details;
}

/** Draws an entity's neighbourhood afresh and shows it in the panel. */
async function select(id) {
  redraw = () => select(id);
  try {
    const details = await showEntityPanel(id);
    await expand(details.id, { fresh: true });
    cy.getElementById(details.id).select();
  } catch (error) {
    report(error);
  }
}

function report(error) {
  if (error instanceof ApiError) showError(error, select);
  else {
    console.error(error);
    show(el('p', { class: 'error' }, String(error)));
  }
}

cy.on('tap', 'node', async (event) => {
  const id = event.target.id();
  if (event.target.hasClass('start')) {
    select(id);
    return;
  }
  try {
    if (!expanded.has(id)) await expand(id);
    await showEntityPanel(id);
  } catch (error) {
    report(error);
  }
});

cy.on('tap', 'edge', async (event) => {
  const { source, target, type } = event.target.data();
  const ends = [cy.getElementById(source).data(), cy.getElementById(target).data()];
  try {
    loading('evidence');
    if (type === 'SAID') {
      const quotes = await api.quotes({ speaker: source, about: target, limit: 50, ...period });
      showEdge(ends[0], ends[1], type, [], quotes.items, select);
    } else {
      const relationships = await api.relationships(source, { with: target, type, ...period });
      showEdge(ends[0], ends[1], type, relationships.items, [], select);
    }
  } catch (error) {
    report(error);
  }
});

// Search with suggestions.
const input = document.getElementById('search');
const list = document.getElementById('suggestions');
let pending = 0;
let active = -1;

function renderSuggestions(items) {
  active = -1;
  list.replaceChildren(...items.map((entity) => el('li', {
    role: 'option',
    class: 'suggestion',
    dataset: { entityId: entity.id },
    onMousedown: (e) => { e.preventDefault(); choose(entity); },
  }, el('span', { class: 'dot', style: `background:${nodeStyles[entity.type]?.color}` }), entity.name,
  el('span', { class: 'muted' }, ` ${entity.type} · ${entity.articleCount} articles`))));
  list.hidden = items.length === 0;
}

function choose(entity) {
  input.value = entity.name;
  list.hidden = true;
  select(entity.id);
}

input.addEventListener('input', async () => {
  const text = input.value.trim();
  const ticket = ++pending;
  if (text.length < 2) {
    renderSuggestions([]);
    return;
  }
  try {
    const page = await api.search(text);
    if (ticket === pending) renderSuggestions(page.items);
  } catch {
    renderSuggestions([]);
  }
});

input.addEventListener('keydown', (event) => {
  const options = [...list.children];
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (!options.length) return;
    active = (active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
    options.forEach((option, i) => option.classList.toggle('active', i === active));
  } else if (event.key === 'Escape') {
    list.hidden = true;
  }
});

input.addEventListener('blur', () => { list.hidden = true; });

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const options = [...list.children];
  const pick = options[active >= 0 ? active : 0];
  list.hidden = true;
  if (pick) select(pick.dataset.entityId);
  else if (input.value.trim()) select(input.value.trim());
});

// The "path between" tool: draws every shortest path and explains each step.
document.getElementById('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const from = document.getElementById('path-from').value.trim();
  const to = document.getElementById('path-to').value.trim();
  if (from && to) drawPaths(from, to);
});

async function drawPaths(from, to) {
  redraw = () => drawPaths(from, to);
  try {
    loading('paths');
    const result = await api.connections(from, to, true, period);
    showPaths(result, select);
    if (!result.paths.length) return;
    cy.elements().remove();
    expanded.clear();
    cy.batch(() => {
      for (const path of result.paths) {
        for (const entity of path.entities) {
          if (cy.getElementById(entity.id).empty()) cy.add({ group: 'nodes', data: { id: entity.id, name: entity.name, type: entity.type, degree: 1 } });
        }
        for (const step of path.steps) {
          for (const r of step.relationships) {
            const id = `${r.type}:${r.source.id}:${r.target.id}:${r.status ?? ''}`;
            if (cy.getElementById(id).empty()) cy.add({ group: 'edges', data: { id, source: r.source.id, target: r.target.id, type: r.type, status: r.status } });
          }
          for (const q of step.quotes) {
            for (const about of q.about.filter((a) => a.id === step.from || a.id === step.to)) {
              const id = `SAID:${q.speaker.id}:${about.id}`;
              if (cy.getElementById(id).empty()) cy.add({ group: 'edges', data: { id, source: q.speaker.id, target: about.id, type: 'SAID', count: 1 } });
            }
          }
        }
      }
    });
    cy.elements().addClass('path');
    await layout();
  } catch (error) {
    report(error);
  }
}

// The period filter: the drawing and the panel are asked again for the articles dated in the period.
const periodText = () => (period.since || period.until ? ` in ${period.since ?? '…'} to ${period.until ?? '…'}` : '');

async function applyPeriod(since, until) {
  period = {};
  if (since) period.since = since;
  if (until) period.until = until;
  if (redraw) await redraw();
  await showCounts();
  window.explorer.redrawn = (window.explorer.redrawn ?? 0) + 1;
}

// The start page's counts line: the whole store's figures, or those of the period's articles.
const countsText = (stats) => `${stats.articles} ${stats.articles === 1 ? 'article' : 'articles'}${periodText()}: ${stats.people} people, ${stats.countries} countries, `
  + `${stats.organizations} organisations; ${stats.meetings} meetings, ${stats.affiliations} affiliations, `
  + `${stats.leaderships} leaderships, ${stats.quotes} quotes.`;

async function showCounts() {
  const line = document.getElementById('counts');
  if (!line) return;
  try {
    line.textContent = countsText(await api.statistics(period));
  } catch (error) {
    report(error);
  }
}

document.getElementById('period-form').addEventListener('submit', (event) => {
  event.preventDefault();
  applyPeriod(document.getElementById('since').value, document.getElementById('until').value);
});

document.getElementById('period-clear').addEventListener('click', () => {
  document.getElementById('since').value = '';
  document.getElementById('until').value = '';
  applyPeriod('', '');
});

function legend() {
  const items = [
    ...Object.entries(nodeStyles).map(([type, s]) => el('li', {}, el('span', { class: 'dot', style: `background:${s.color}` }), type)),
    ...Object.entries(edgeStyles).map(([type, s]) => el('li', {}, el('span', { class: `line line-${type}`, style: `border-color:${s.color}` }), s.label)),
    el('li', {}, el('span', { class: 'line line-planned', style: 'border-color:#dc2626' }), 'planned meeting'),
  ];
  return el('ul', { class: 'legend' }, items);
}

// The start page: the most-mentioned entities (or, on a server without that listing, the most connected),
// listed in the panel and drawn on the canvas, biggest first; a click opens one.
async function startEntities() {
  try {
    const page = await api.mostMentioned();
    return { title: 'Most mentioned', items: page.items.map((entity) => ({ entity, score: entity.articleCount, unit: 'articles' })) };
  } catch {
    try {
      const ranking = await api.mostConnected();
      return { title: 'Most connected', items: ranking.items.map((item) => ({ entity: item.entity, score: item.score, unit: 'connections' })) };
    } catch (error) {
      return { title: 'Most mentioned', items: [], reason: error instanceof ApiError ? error.message : String(error) };
    }
  }
}

function drawStart(items) {
  cy.elements().remove();
  expanded.clear();
  const top = Math.max(1, ...items.map((item) => item.score));
  cy.add(items.map(({ entity, score }) => ({
    group: 'nodes',
    classes: 'start',
    data: { id: entity.id, name: entity.name, type: entity.type, degree: Math.round((40 * score) / top) },
  })));
  cy.layout({ name: 'concentric', concentric: (node) => node.data('degree'), levelWidth: () => 10, minNodeSpacing: 60, fit: true, padding: 60 }).run();
  document.getElementById('status').textContent = `${items.length} entities`;
}

async function start() {
  document.getElementById('not-built')?.remove();
  document.getElementById('graph').append(legend(), el('div', { id: 'status', class: 'status' }));
  try {
    const [stats, starting] = await Promise.all([api.statistics(period), startEntities()]);
    // Outlets are shown under their name, with their other spellings on hover; without the listing, as spelled.
    api.outlets().then(setOutlets, () => {});
    show(
      el('h2', { id: 'panel-title' }, 'Explore the graph'),
      el('p', { id: 'counts' }, countsText(stats)),
      el('p', { class: 'muted' }, 'Search for a person, country or organisation, or pick one below. Click a node to expand it and read what the articles say; click an edge for its evidence.'),
      el('h3', {}, starting.title),
      starting.items.length
        ? el('ol', { id: 'start-list', class: 'list' }, starting.items.map(({ entity, score, unit }) =>
          el('li', {}, entityLink(entity, select), el('span', { class: 'muted' }, ` ${entity.type} · ${score} ${score === 1 ? unit.replace(/s$/, '') : unit}`))))
        : el('p', { id: 'start-empty', class: 'muted' }, starting.reason
          ? `Nothing to list yet: ${starting.reason}`
          : 'The graph is empty: ingest some articles (graph ingest FOLDER), then reload.'),
    );
    if (starting.items.length) drawStart(starting.items);
  } catch (error) {
    report(error);
  }
  window.explorer.ready = true;
  const initial = new URLSearchParams(location.search).get('entity');
  if (initial) select(initial);
}

start();
