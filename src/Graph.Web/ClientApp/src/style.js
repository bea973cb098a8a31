// How the drawing looks: one colour and shape per entity type, one line style per relationship type.
export const nodeStyles = {
  Person: { color: '#3b82f6', shape: 'ellipse' },
  Country: { color: '#16a34a', shape: 'hexagon' },
  Organization: { color: '#f59e0b', shape: 'round-diamond' },
  Place: { color: '#9ca3af', shape: 'round-triangle' },
};

export const edgeStyles = {
  MET: { color: '#dc2626', label: 'met' },
  AFFILIATED_WITH: { color: '#7c3aed', label: 'affiliated with' },
  LEADER_OF: { color: '#b45309', label: 'leader of' },
  SAID: { color: '#0d9488', label: 'said about' },
};

export const stylesheet = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-wrap': 'ellipsis',
      'text-max-width': 140,
      color: '#111827',
      width: 'mapData(degree, 0, 40, 22, 54)',
      height: 'mapData(degree, 0, 40, 22, 54)',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(nodeStyles).map(([type, s]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  })),
  { selector: 'node.quiet', style: { label: '' } },
  { selector: 'node.quiet.hover, node.quiet:selected', style: { label: 'data(name)', 'z-index': 10 } },
  { selector: 'node.start', style: { 'font-size': 13 } },
  { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ec4899' } },
  { selector: 'node.expanded', style: { 'border-style': 'double' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      opacity: 0.85,
    },
  },
  ...Object.entries(edgeStyles).map(([type, s]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': s.color, 'target-arrow-color': s.color },
  })),
  { selector: 'edge[type = "MET"]', style: { 'target-arrow-shape': 'none', width: 3 } },
  { selector: 'edge[type = "MET"][status = "planned"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[type = "LEADER_OF"]', style: { width: 4 } },
  { selector: 'edge[type = "SAID"]', style: { 'line-style': 'dotted', width: 'mapData(count, 1, 10, 2, 6)' } },
  { selector: 'edge:selected', style: { width: 6, opacity: 1 } },
  { selector: '.path', style: { 'border-color': '#ec4899', 'border-width': 4, 'line-color': '#ec4899', 'target-arrow-color': '#ec4899', width: 5, opacity: 1 } },
  { selector: '.faded', style: { opacity: 0.15 } },
];
