// Thin client for the graph API. Every failure becomes an Error carrying the ProblemDetails body.
export class ApiError extends Error {
  constructor(problem, status) {
    super(problem?.detail || problem?.title || `Request failed (${status})`);
    this.problem = problem;
    this.status = status;
  }
}

async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body, response.status);
  return body;
}

const entity = (id) => `api/entities/${encodeURIComponent(id)}`;

export const api = {
  search: (q, limit = 8) => get('api/entities', { q, limit }),
  mostMentioned: (limit = 15) => get('api/entities', { sort: 'articles', limit }),
  mostConnected: (limit = 15) => get('api/insights/most-connected', { limit }),
  entity: (id) => get(entity(id)),
  relationships: (id, params = {}) => get(`${entity(id)}/relationships`, { limit: 100, ...params }),
  neighbourhood: (id, params = {}) => get(`${entity(id)}/neighbourhood`, params),
  quotes: (params) => get('api/quotes', { limit: 20, ...params }),
  connections: (from, to, quotes = true, params = {}) => get('api/connections', { from, to, limit: 10, quotes, ...params }),
  statistics: (params = {}) => get('api/statistics', params),
  outlets: () => get('api/outlets'),
};
