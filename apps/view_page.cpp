// The evidence viewer page: Boost.Graph layout, inline SVG, our own script.
#include "view_page.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>

#include "actorgraph/graph_query.hpp"

namespace actorgraph::cli {
namespace {

/// Text and attribute values in HTML: the five characters that can end or open markup.
std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// A JSON string that is also safe inside <script>: no '<', '>' or '&' (so no
/// "</script>" or "<!--"), no U+2028/U+2029, control characters escaped.
std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    char buffer[8];
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string number(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string s = buffer;
  if (s == "-0" || s == "-0.0" || s == "-0.00") s.erase(0, 1);
  return s;
}

const char* colour_of(EntityType type) {
  switch (type) {
    case EntityType::country:
      return "#4e79a7";
    case EntityType::government:
      return "#59a14f";
    case EntityType::organization:
      return "#f28e2b";
    case EntityType::armed_group:
      return "#e15759";
    case EntityType::person:
      return "#b07aa1";
    case EntityType::location:
      return "#76b7b2";
    case EntityType::event:
      return "#edc948";
  }
  return "#999999";
}

double radius_of(const Entity& entity) {
  return std::min(28.0, 5.0 + 2.5 * std::sqrt(static_cast<double>(entity.mentions)));
}

struct Point {
  double x = 0, y = 0;
};

struct Layout {
  std::vector<Point> points;
  double width = 0, height = 0;
};

/// Fruchterman-Reingold from a circle (no random start, so the same graph
/// always gets the same picture) for the nodes that have edges, scaled into a
/// `side` square; nodes without edges (FR would push them against the walls)
/// in rows under it, in id order.
Layout layout(const KnowledgeGraph& graph, const std::vector<const Entity*>& nodes,
              const std::map<std::string, std::size_t>& index, std::size_t iterations,
              double side) {
  const std::size_t n = nodes.size();
  Layout out;
  out.points.assign(n, Point{side / 2, side / 2});
  out.width = side;
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const Relation* r : graph.relations()) {
    std::size_t a = index.at(r->source), b = index.at(r->target);
    if (a > b) std::swap(a, b);
    pairs.insert({a, b});
  }
  std::vector<std::size_t> connected, isolated, slot(n, 0);
  std::vector<bool> linked(n, false);
  for (const auto& [a, b] : pairs) linked[a] = linked[b] = true;
  for (std::size_t i = 0; i < n; ++i) {
    slot[i] = linked[i] ? connected.size() : isolated.size();
    (linked[i] ? connected : isolated).push_back(i);
  }
  const std::size_t c = connected.size();
  const double margin = 40;
  if (c == 0) {
    out.height = margin;
  } else if (c == 1) {
    out.points[connected[0]] = {side / 2, side / 2};
    out.height = side;
  } else {
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    using Topology = boost::rectangle_topology<>;
    using TopologyPoint = Topology::point_type;
    Undirected g(c);
    for (const auto& [a, b] : pairs)
      if (a != b) boost::add_edge(slot[a], slot[b], g);
    std::vector<TopologyPoint> position(c);
    auto map =
        boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, g));
    // A box that gives each node room of about 70 units (FR's ideal edge length is
    // sqrt(area / n)), so nodes spread out instead of being pushed to the walls;
    // the result is scaled to the page after.
    const double half = 35.0 * std::sqrt(static_cast<double>(c)) + 40.0;
    boost::circle_graph_layout(g, map, half * 0.5);
    const std::vector<TopologyPoint> start = position;
    Topology topology(-half, -half, half, half);
    boost::fruchterman_reingold_force_directed_layout(
        g, map, topology,
        boost::cooling(boost::linear_cooling<double>(static_cast<int>(iterations))));
    bool finite = true;
    for (const auto& p : position) finite = finite && std::isfinite(p[0]) && std::isfinite(p[1]);
    if (!finite) position = start;
    double min_x = position[0][0], max_x = min_x, min_y = position[0][1], max_y = min_y;
    for (const auto& p : position) {
      min_x = std::min(min_x, p[0]);
      max_x = std::max(max_x, p[0]);
      min_y = std::min(min_y, p[1]);
      max_y = std::max(max_y, p[1]);
    }
    const double span = std::max({max_x - min_x, max_y - min_y, 1e-9});
    const double scale = (side - 2 * margin) / span;
    for (std::size_t k = 0; k < c; ++k)
      out.points[connected[k]] = {margin + (position[k][0] - min_x) * scale,
                                  margin + (position[k][1] - min_y) * scale};
    out.height = margin + (max_y - min_y) * scale + margin;
  }
  // Rows of nodes without edges.
  const double step = 130;
  const auto per_row = static_cast<std::size_t>(std::max(1.0, std::floor((side - margin) / step)));
  for (std::size_t k = 0; k < isolated.size(); ++k)
    out.points[isolated[k]] = {margin + step / 2 + static_cast<double>(k % per_row) * step,
                               out.height + 20 + static_cast<double>(k / per_row) * 60};
  if (!isolated.empty())
    out.height += 20 + static_cast<double>((isolated.size() + per_row - 1) / per_row) * 60 + 20;
  out.height = std::max(out.height, 100.0);
  return out;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool word_byte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

/// Whole-word, ASCII case-insensitive occurrences of the entity's names.
void find_names(const std::string& text, const Entity* entity, int role,
                std::vector<std::pair<TextSpan, int>>& out) {
  if (!entity) return;
  std::set<std::string> names(entity->aliases.begin(), entity->aliases.end());
  names.insert(entity->label);
  std::string hay(text.size(), ' ');
  std::transform(text.begin(), text.end(), hay.begin(), lower);
  for (const std::string& name : names) {
    if (name.size() < 2) continue;
    std::string needle(name.size(), ' ');
    std::transform(name.begin(), name.end(), needle.begin(), lower);
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
      const std::size_t end = at + needle.size();
      if ((at > 0 && word_byte(hay[at - 1])) || (end < hay.size() && word_byte(hay[end]))) continue;
      out.push_back({{at, end}, role});
    }
  }
}

/// The sentence cut into parts: [text, role] with role 0 plain, 1 source, 2 target, 3 trigger.
std::string evidence_parts(const KnowledgeGraph& graph, const Relation& relation,
                           const Evidence& e) {
  std::vector<std::pair<TextSpan, int>> marks;
  find_names(e.text, graph.find_entity(relation.source), 1, marks);
  find_names(e.text, graph.find_entity(relation.target), 2, marks);
  for (const TextSpan& span : evidence_spans(graph, relation, e)) marks.push_back({span, 3});
  // Earlier first, longer first, ends before triggers; overlaps dropped.
  std::sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) {
    if (a.first.begin != b.first.begin) return a.first.begin < b.first.begin;
    if (a.first.end != b.first.end) return a.first.end > b.first.end;
    return a.second < b.second;
  });
  std::string out = "[";
  std::size_t at = 0;
  auto part = [&](std::size_t begin, std::size_t end, int role) {
    if (end <= begin) return;
    if (out.size() > 1) out += ',';
    out += "[" + json_string(std::string_view(e.text).substr(begin, end - begin)) + "," +
           std::to_string(role) + "]";
  };
  for (const auto& [span, role] : marks) {
    if (span.begin < at || span.end > e.text.size()) continue;
    part(at, span.begin, 0);
    part(span.begin, span.end, role);
    at = span.end;
  }
  part(at, e.text.size(), 0);
  return out + "]";
}

constexpr std::string_view kStyle = R"(
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#222;display:flex;height:100vh}
#graph{flex:1 1 auto;overflow:auto;background:#fbfbfb}
#side{width:380px;flex:0 0 380px;overflow:auto;border-left:1px solid #ddd;padding:8px 12px}
h1{font-size:16px;margin:4px 0 8px}h2{font-size:13px;margin:12px 0 4px;text-transform:uppercase;color:#555}
.edge line{stroke:#999;stroke-width:1.2}.edge text{font-size:9px;fill:#666}
.edge:hover line,.edge.selected line{stroke:#d62728;stroke-width:2.5}
.node circle{stroke:#fff;stroke-width:1.5}.node text{font-size:11px;fill:#222;pointer-events:none}
.node.selected circle{stroke:#d62728;stroke-width:3}.node,.edge{cursor:pointer}
.hidden{display:none}label{display:block;font-size:12px}.swatch{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px}
.ev{border-top:1px solid #eee;padding:6px 0}.ev .meta{font-size:11px;color:#666}
.ev .head{font-weight:600;margin-top:8px}
mark{padding:0 3px;border-radius:4px;line-height:1.9}mark .tag{font-size:9px;font-weight:700;margin-left:3px;text-transform:uppercase;opacity:.75}
mark.r1{background:#c7dcf0}mark.r2{background:#f7d3a8}mark.r3{background:#e4e4e4;font-style:italic}
)";

// Our own script: filters and the evidence panel. It builds every element with
// textContent, never innerHTML, so no graph string is ever read as markup.
constexpr std::string_view kScript = R"(
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('graph-data').textContent);
  const nodes = Array.from(document.querySelectorAll('#graph .node'));
  const edges = Array.from(document.querySelectorAll('#graph .edge'));
  const panel = document.getElementById('evidence');
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function clearSelection() {
    for (const x of document.querySelectorAll('.selected')) x.classList.remove('selected');
  }
  function showEdge(k, withHead) {
    const edge = data.edges[k];
    const source = data.nodes[edge.s], target = data.nodes[edge.t];
    if (withHead) panel.appendChild(el('div', 'head', source.label + ' \u2014' + edge.type + '\u2192 ' + target.label));
    for (const ev of edge.evidence) {
      const box = el('div', 'ev');
      const sentence = el('div', 'sentence');
      for (const [text, role] of ev.parts) {
        if (role === 0) { sentence.appendChild(document.createTextNode(text)); continue; }
        const mark = el('mark', 'r' + role, text);
        const tag = role === 1 ? source.type : role === 2 ? target.type : edge.type;
        mark.appendChild(el('span', 'tag', tag.replace('_', ' ')));
        sentence.appendChild(mark);
      }
      box.appendChild(sentence);
      const meta = el('div', 'meta');
      const doc = data.documents[ev.doc] || {};
      if (doc.url && /^https?:\/\//i.test(doc.url)) {
        const a = el('a', '', doc.title || ev.doc);
        a.href = doc.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        meta.appendChild(a);
      } else {
        meta.appendChild(el('span', 'doc', doc.title || ev.doc));
      }
      meta.appendChild(document.createTextNode(
          (ev.date ? ' \u00b7 ' + ev.date : '') + ' \u00b7 rule ' + ev.rule + ' \u00b7 confidence ' + ev.confidence));
      box.appendChild(meta);
      panel.appendChild(box);
    }
    if (edge.more > 0) panel.appendChild(el('div', 'meta', edge.more + ' more (see actorgraph explain)'));
  }
  function selectEdge(k) {
    clearSelection();
    edges[k].classList.add('selected');
    panel.replaceChildren();
    showEdge(k, true);
  }
  function selectNode(i) {
    clearSelection();
    nodes[i].classList.add('selected');
    panel.replaceChildren();
    const node = data.nodes[i];
    panel.appendChild(el('div', 'head', node.label + ' (' + node.type.replace('_', ' ') + ', ' + node.mentions + ' mentions)'));
    let any = false;
    data.edges.forEach(function (edge, k) {
      if ((edge.s === i || edge.t === i) && !edges[k].classList.contains('hidden')) { showEdge(k, true); any = true; }
    });
    if (!any) panel.appendChild(el('div', 'meta', 'No edges.'));
  }
  nodes.forEach(function (n, i) { n.addEventListener('click', function () { selectNode(i); }); });
  edges.forEach(function (e, k) { e.addEventListener('click', function () { selectEdge(k); }); });
  function applyFilters() {
    const types = new Set(), relations = new Set();
    for (const box of document.querySelectorAll('input[data-type]')) if (box.checked) types.add(box.dataset.type);
    for (const box of document.querySelectorAll('input[data-relation]')) if (box.checked) relations.add(box.dataset.relation);
    nodes.forEach(function (n, i) { n.classList.toggle('hidden', !types.has(data.nodes[i].type)); });
    edges.forEach(function (e, k) {
      const edge = data.edges[k];
      const shown = relations.has(edge.type) && types.has(data.nodes[edge.s].type) && types.has(data.nodes[edge.t].type);
      e.classList.toggle('hidden', !shown);
    });
    document.getElementById('shown').textContent =
        nodes.filter(function (n) { return !n.classList.contains('hidden'); }).length + ' nodes, ' +
        edges.filter(function (e) { return !e.classList.contains('hidden'); }).length + ' edges shown';
  }
  for (const box of document.querySelectorAll('#filters input')) box.addEventListener('change', applyFilters);
  applyFilters();
  document.body.dataset.ready = 'true';
})();
)";

}  // namespace

std::string render_view_page(const KnowledgeGraph& graph,
                             const std::map<std::string, DocumentInfo>& documents,
                             const ViewOptions& options) {
  const auto nodes = graph.entities();
  const auto relations = graph.relations();
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < nodes.size(); ++i) index[nodes[i]->id] = i;
  const double side =
      std::round(800.0 * std::max(1.0, std::sqrt(static_cast<double>(nodes.size()) / 40.0)));
  const Layout drawing = layout(graph, nodes, index, options.iterations, side);
  const auto& points = drawing.points;

  std::string out;
  out.reserve(4096 + 600 * nodes.size() + 2000 * relations.size());
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"actorgraph " ACTORGRAPH_VERSION "\">\n";
  out += "<title>" + html_escape(options.title) + "</title>\n<style>" + std::string(kStyle) +
         "</style>\n</head>\n<body>\n";

  // The drawing: edges first (under the nodes), then nodes.
  const std::string w = number(drawing.width, 0), h = number(std::ceil(drawing.height), 0);
  out += "<div id=\"graph\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w +
         "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">\n";
  out +=
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" "
      "markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"#999\"/>"
      "</marker></defs>\n<g id=\"edges\">\n";
  for (std::size_t k = 0; k < relations.size(); ++k) {
    const Relation& r = *relations[k];
    const std::size_t a = index.at(r.source), b = index.at(r.target);
    const Point p = points[a], q = points[b];
    // Stop the line at the target's circle so the arrow head shows.
    const double dx = q.x - p.x, dy = q.y - p.y, length = std::hypot(dx, dy);
    const double cut = length > 1e-9 ? std::min(0.45, (radius_of(*nodes[b]) + 2) / length) : 0;
    const double tx = q.x - dx * cut, ty = q.y - dy * cut;
    out += "<g class=\"edge\" data-index=\"" + std::to_string(k) + "\" data-relation=\"" +
           html_escape(r.type) + "\"><title>" +
           html_escape(nodes[a]->label + " " + r.type + " " + nodes[b]->label) + "</title>";
    if (a == b) {
      out += "<circle cx=\"" + number(p.x, 1) + "\" cy=\"" + number(p.y - 14, 1) +
             "\" r=\"12\" fill=\"none\" stroke=\"#999\"/>";
    } else {
      out += "<line x1=\"" + number(p.x, 1) + "\" y1=\"" + number(p.y, 1) + "\" x2=\"" +
             number(tx, 1) + "\" y2=\"" + number(ty, 1) + "\" marker-end=\"url(#arrow)\"/>";
    }
    out += "<text x=\"" + number((p.x + q.x) / 2, 1) + "\" y=\"" + number((p.y + q.y) / 2 - 3, 1) +
           "\" text-anchor=\"middle\">" + html_escape(r.type) + "</text></g>\n";
  }
  out += "</g>\n<g id=\"nodes\">\n";
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Entity& e = *nodes[i];
    const double r = radius_of(e);
    out += "<g class=\"node\" data-index=\"" + std::to_string(i) + "\" data-type=\"" +
           std::string(to_string(e.type)) + "\" transform=\"translate(" + number(points[i].x, 1) +
           "," + number(points[i].y, 1) + ")\"><title>" +
           html_escape(e.label + " (" + std::string(to_string(e.type)) + ", " +
                       std::to_string(e.mentions) + " mentions)") +
           "</title><circle r=\"" + number(r, 1) + "\" fill=\"" + colour_of(e.type) +
           "\"/><text y=\"" + number(r + 11, 1) + "\" text-anchor=\"middle\">" +
           html_escape(e.label) + "</text></g>\n";
  }
  out += "</g>\n</svg></div>\n";

  // The side panel: counts, filters, evidence.
  std::map<std::string, std::size_t> relation_counts;
  for (const Relation* r : relations) ++relation_counts[r->type];
  std::map<EntityType, std::size_t> type_counts;
  for (const Entity* e : nodes) ++type_counts[e->type];
  out += "<div id=\"side\">\n<h1>" + html_escape(options.title) + "</h1>\n";
  out += "<div id=\"counts\" data-nodes=\"" + std::to_string(nodes.size()) + "\" data-edges=\"" +
         std::to_string(relations.size()) + "\">" + std::to_string(nodes.size()) + " nodes, " +
         std::to_string(relations.size()) + " edges; <span id=\"shown\"></span></div>\n";
  out += "<div id=\"filters\">\n<h2>Types</h2>\n";
  for (const auto& [type, count] : type_counts)
    out += "<label><input type=\"checkbox\" checked data-type=\"" + std::string(to_string(type)) +
           "\"><span class=\"swatch\" style=\"background:" + colour_of(type) + "\"></span>" +
           std::string(to_string(type)) + " (" + std::to_string(count) + ")</label>\n";
  out += "<h2>Relations</h2>\n";
  for (const auto& [type, count] : relation_counts)
    out += "<label><input type=\"checkbox\" checked data-relation=\"" + html_escape(type) + "\">" +
           html_escape(type) + " (" + std::to_string(count) + ")</label>\n";
  out +=
      "</div>\n<h2>Evidence</h2>\n<div id=\"evidence\"><div class=\"meta\">Click a node or an "
      "edge to see the sentences it comes from.</div></div>\n</div>\n";

  // The data the script shows on click.
  out += "<script type=\"application/json\" id=\"graph-data\">{\"nodes\":[";
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Entity& e = *nodes[i];
    out += std::string(i ? "," : "") + "{\"id\":" + json_string(e.id) +
           ",\"label\":" + json_string(e.label) + ",\"type\":" + json_string(to_string(e.type)) +
           ",\"mentions\":" + std::to_string(e.mentions) + "}";
  }
  out += "],\n\"edges\":[";
  std::set<std::string> cited;
  for (std::size_t k = 0; k < relations.size(); ++k) {
    const Relation& r = *relations[k];
    out += std::string(k ? ",\n" : "") + "{\"s\":" + std::to_string(index.at(r.source)) +
           ",\"t\":" + std::to_string(index.at(r.target)) + ",\"type\":" + json_string(r.type) +
           ",\"evidence\":[";
    std::size_t shown = 0;
    for (const Evidence& e : r.evidence) {
      if (options.max_evidence && shown == options.max_evidence) break;
      cited.insert(e.document);
      out += std::string(shown ? "," : "") + "{\"doc\":" + json_string(e.document) +
             ",\"date\":" + json_string(e.date) + ",\"rule\":" + json_string(e.rule) +
             ",\"confidence\":" + json_string(number(e.confidence, 2)) +
             ",\"parts\":" + evidence_parts(graph, r, e) + "}";
      ++shown;
    }
    out += "],\"more\":" + std::to_string(r.evidence.size() - shown) + "}";
  }
  out += "],\n\"documents\":{";
  bool first = true;
  for (const std::string& id : cited) {
    const auto it = documents.find(id);
    if (it == documents.end()) continue;
    out += std::string(first ? "" : ",") + json_string(id) +
           ":{\"title\":" + json_string(it->second.title) +
           ",\"url\":" + json_string(it->second.url) + "}";
    first = false;
  }
  out += "}}</script>\n<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace actorgraph::cli
