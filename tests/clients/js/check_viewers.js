// Opens our GEXF and GraphML as Gephi Lite and sigma.js do (graphology's parsers)
// and checks them against the graph JSON: same nodes and edges, no attribute a
// renderer reserves ("type" names sigma.js's node program), the actor type
// under actor_type, the dates that graphology keeps (it drops <spells>).
// Usage: node check_viewers.js GRAPH.json GRAPH.gexf GRAPH.graphml
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');

const [jsonPath, gexfPath, graphmlPath] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
let failures = 0;
function check(ok, what) {
  if (!ok) {
    console.log('FAIL: ' + what);
    failures += 1;
  }
}

// sigma.js looks a node's "type" up among its node programs and throws when it
// is not one ("could not find a suitable program for node type ..."); with no
// programs registered beyond the default, any "type" at all is fatal.
const RESERVED_NODE = ['type'];

function graphmlId(id) {
  return id.replace(/[^A-Za-z0-9._-]/g, (c) =>
    Array.from(Buffer.from(c, 'utf8')).map((b) => ':' + b.toString(16).toUpperCase().padStart(2, '0')).join(''));
}

function checkGraph(name, graph, idOf) {
  check(graph.order === data.nodes.length, `${name}: ${graph.order} nodes, JSON has ${data.nodes.length}`);
  check(graph.size === data.links.length, `${name}: ${graph.size} edges, JSON has ${data.links.length}`);
  for (const node of data.nodes) {
    const id = idOf(node.id);
    if (!graph.hasNode(id)) {
      check(false, `${name}: node ${id} missing`);
      continue;
    }
    const attrs = graph.getNodeAttributes(id);
    for (const key of RESERVED_NODE) check(!(key in attrs), `${name}: node ${id} has reserved attribute '${key}'`);
    check(attrs.actor_type === node.type, `${name}: node ${id} actor_type ${attrs.actor_type} != ${node.type}`);
    check(attrs.label === node.label, `${name}: node ${id} label`);
    check((attrs.first_date || '') === node.first_date, `${name}: node ${id} first_date`);
    check((attrs.last_date || '') === node.last_date, `${name}: node ${id} last_date`);
  }
}

// ---- GEXF (Gephi Lite's native import)
const g = gexf.parse(Graph, fs.readFileSync(gexfPath, 'utf8'));
checkGraph('gexf', g, (id) => id);
for (const node of data.nodes) {
  const attrs = g.hasNode(node.id) ? g.getNodeAttributes(node.id) : {};
  check(typeof attrs.color === 'string' && attrs.color.startsWith('rgb'), `gexf: node ${node.id} has no colour`);
  check(typeof attrs.size === 'number' && attrs.size > 0, `gexf: node ${node.id} has no size`);
}
// Edges: the dates survive as attributes (first/last and all of them).
const byKey = new Map();
g.forEachEdge((edge, attrs, source, target) => byKey.set(`${source}\u0000${attrs.relation}\u0000${target}`, attrs));
for (const link of data.links) {
  const attrs = byKey.get(`${link.source}\u0000${link.relation}\u0000${link.target}`);
  if (!attrs) {
    check(false, `gexf: edge ${link.source} -${link.relation}-> ${link.target} missing`);
    continue;
  }
  const dates = link.dates;
  check((attrs.first_date || '') === (dates.length ? dates[0] : ''), `gexf: edge first_date ${attrs.first_date}`);
  check((attrs.last_date || '') === (dates.length ? dates[dates.length - 1] : ''), `gexf: edge last_date`);
  check((attrs.dates || '') === dates.join('|'), `gexf: edge dates`);
  check(attrs.weight === link.weight, `gexf: edge weight ${attrs.weight} != ${link.weight}`);
  check(attrs.label === link.relation, `gexf: edge label`);
}
const description = g.getAttribute('description') || '';
for (const [key, value] of Object.entries(data.graph))
  check(description.includes(`${key}: ${value}`), `gexf: graph attribute ${key} not in the description`);

// ---- GraphML
const h = graphml.parse(Graph, fs.readFileSync(graphmlPath, 'utf8'));
checkGraph('graphml', h, graphmlId);

if (failures) {
  console.log(`${failures} failure(s)`);
  process.exit(1);
}
console.log(`graphology reads ${data.nodes.length} nodes, ${data.links.length} edges from GEXF and GraphML`);
