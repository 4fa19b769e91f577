/* The argmap page: draws the map with vis-network and wires the legend, filters, search,
 * views, grouping and the reading panel.
 *
 * Every string shown comes from a web page, so it is data, never markup: the map arrives as
 * JSON in a <script type="application/json"> block, and the DOM is built with createElement
 * and textContent only. Links are made only for http(s) URLs.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("argmap-data").textContent);
  var records = data.records;
  var CONFIDENCE_KINDS = { agree: 1, support: 1, rebut: 1, attack: 1, restate: 1 };
  var CONVERSATION_KINDS = { reply: 1, thread: 1, agree: 1, rebut: 1 }; // message-level links
  var BACKING = { agree: 1, support: 1 };
  var OPPOSING = { rebut: 1, attack: 1 };

  var state = {
    view: "argument",
    hiddenKinds: new Set(Object.keys(data.edgeStyles).filter(function (k) { return data.edgeStyles[k].hidden; })),
    hiddenAuthors: new Set(),
    hiddenThreads: new Set(),
    minConfidence: 0,
    focus: null,
  };

  // -- data -----------------------------------------------------------------------------
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var argumentPositions = new Map();
  data.nodes.forEach(function (n) { argumentPositions.set(n.id, { x: n.x, y: n.y }); });
  var incoming = new Map();
  var outgoing = new Map();
  data.edges.forEach(function (e) {
    pushTo(outgoing, e.from, e);
    pushTo(incoming, e.to, e);
  });
  var childrenOf = new Map();
  Object.keys(records).forEach(function (id) {
    var r = records[id];
    if (r.kind === "message" && r.parent) { pushTo(childrenOf, r.parent, id); }
  });

  function pushTo(map, key, value) {
    var list = map.get(key);
    if (!list) { list = []; map.set(key, list); }
    list.push(value);
  }

  // -- network --------------------------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  var container = document.getElementById("map");
  var options = data.options;
  options.layout = { improvedLayout: false };
  options.interaction = Object.assign({}, options.interaction, {
    hover: false, zoomSpeed: 0.8,
  });
  // Labels stay drawn down to 3 px on screen, so the fitted view of a small map shows its words.
  options.nodes = {
    font: { size: 14, face: "system-ui, DejaVu Sans, sans-serif" },
    scaling: { label: { drawThreshold: 3 } },
  };
  options.edges = Object.assign({}, options.edges, {
    color: { inherit: false }, selectionWidth: 2, arrowStrikethrough: false,
    arrows: { to: { scaleFactor: 0.6 } },
  });
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  network.on("beforeDrawing", function (ctx) {
    // An opaque background, so an exported PNG is readable on any viewer.
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });
  if (data.large) { moveSnapshotWhileNavigating(); }

  /* Drawing thousands of nodes in software takes longer than a frame, so while a large map's
   * view is dragged or zoomed the page moves and scales a picture of the last full drawing
   * instead of drawing every node each frame; the map is drawn afresh when the drag ends or
   * the wheel has been still for ZOOM_SETTLE_MS. Dragging a node, and small maps, draw
   * normally. */
  function moveSnapshotWhileNavigating() {
    var ZOOM_SETTLE_MS = 250;
    var view = network.body.view;
    var renderer = network.renderer;
    var snapshot = null;
    var shot = null;
    var lastDrawn = null;
    var zoomTimer = null;
    var hideOnDrag = { nodes: renderer.options.hideNodesOnDrag, edges: renderer.options.hideEdgesOnDrag };
    function begin() {
      if (snapshot || !lastDrawn) { return; }
      var canvas = container.querySelector("canvas");
      snapshot = document.createElement("canvas");
      snapshot.width = canvas.width;
      snapshot.height = canvas.height;
      snapshot.getContext("2d").drawImage(canvas, 0, 0);
      shot = lastDrawn;
      renderer.options.hideNodesOnDrag = true;
      renderer.options.hideEdgesOnDrag = true;
      renderer.dragging = true; // a zoom is no drag, but the renderer must skip nodes too
    }
    function end() {
      clearTimeout(zoomTimer);
      zoomTimer = null;
      if (!snapshot) { return; }
      snapshot = null;
      renderer.options.hideNodesOnDrag = hideOnDrag.nodes;
      renderer.options.hideEdgesOnDrag = hideOnDrag.edges;
      renderer.dragging = false;
      network.redraw();
    }
    network.on("dragStart", function (event) { if (!event.nodes.length) { begin(); } });
    network.on("dragEnd", end);
    network.on("zoom", function () {
      begin();
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(end, ZOOM_SETTLE_MS);
    });
    network.on("afterDrawing", function (ctx) {
      if (!snapshot) {
        lastDrawn = { scale: view.scale, x: view.translation.x, y: view.translation.y };
        return;
      }
      var k = view.scale / shot.scale;
      var ratio = ctx.canvas.width / ctx.canvas.clientWidth;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(snapshot, (view.translation.x - shot.x * k) * ratio,
        (view.translation.y - shot.y * k) * ratio, snapshot.width * k, snapshot.height * k);
      ctx.restore();
    });
  }

  network.once("afterDrawing", function () {
    window.argmapFirstDraw = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });
  network.on("click", function (event) {
    if (!event.nodes.length) { return; }
    var id = event.nodes[0];
    if (network.isCluster(id)) { network.openCluster(id); return; }
    showNode(id);
  });

  function nodeVisible(node) {
    if (state.focus && !state.focus.has(node.id)) { return false; }
    if (state.view === "conversation" && node.kind === "claim") { return false; }
    if (node.thread && state.hiddenThreads.has(node.thread)) { return false; }
    if (node.kind !== "thread" && state.hiddenAuthors.has(node.author)) { return false; }
    return true;
  }

  function edgeVisible(edge) {
    if (state.hiddenKinds.has(edge.kind)) { return false; }
    if (state.view === "conversation" && !CONVERSATION_KINDS[edge.kind]) { return false; }
    if (CONFIDENCE_KINDS[edge.kind] && edge.confidence < state.minConfidence) { return false; }
    return true;
  }

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
  }

  // -- header, legend and filters ---------------------------------------------------------
  document.getElementById("map-title").textContent = data.title;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function checkboxRow(list, label, count, decorate, onChange) {
    var item = el("li");
    var wrap = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () { onChange(box.checked); });
    wrap.appendChild(box);
    wrap.appendChild(decorate);
    wrap.appendChild(el("span", "name", label));
    if (count !== null) { wrap.appendChild(el("span", "count", count)); }
    item.appendChild(wrap);
    list.appendChild(item);
    return box;
  }

  function buildKindFilters() {
    var counts = {};
    data.edges.forEach(function (e) { counts[e.kind] = (counts[e.kind] || 0) + 1; });
    var list = document.getElementById("kind-filters");
    Object.keys(data.edgeStyles).forEach(function (kind) {
      var style = data.edgeStyles[kind];
      var swatch = el("span", style.dashes ? "swatch dashed" : "swatch");
      swatch.style.borderTopColor = style.color;
      var box = checkboxRow(list, style.label, counts[kind] || 0, swatch, function (on) {
        if (on) { state.hiddenKinds.delete(kind); } else { state.hiddenKinds.add(kind); }
        refresh();
      });
      box.setAttribute("data-kind", kind);
      box.checked = !state.hiddenKinds.has(kind);
    });
  }

  function buildThreadFilters() {
    var list = document.getElementById("thread-filters");
    if (data.threads.length < 2) { document.getElementById("thread-section").hidden = true; }
    data.threads.forEach(function (thread) {
      var shape = el("span", "shape thread");
      checkboxRow(list, thread.title, null, shape, function (on) {
        if (on) { state.hiddenThreads.delete(thread.id); } else { state.hiddenThreads.add(thread.id); }
        refresh();
      });
    });
  }

  var authorBoxes = [];
  function buildAuthorFilters() {
    var counts = {};
    Object.keys(records).forEach(function (id) {
      var r = records[id];
      if (r.kind === "message") { counts[r.author || ""] = (counts[r.author || ""] || 0) + 1; }
    });
    var list = document.getElementById("author-filters");
    data.authors.forEach(function (author) {
      var dot = el("span", "dot");
      dot.style.background = author.colour;
      var box = checkboxRow(list, author.name, counts[author.name] || 0, dot, function (on) {
        setAuthorHidden(author.name, !on);
        refresh();
      });
      box.setAttribute("data-author", author.name);
      authorBoxes.push({ name: author.name, box: box });
    });
    document.getElementById("authors-all").addEventListener("click", function () { setAllAuthors(true); });
    document.getElementById("authors-none").addEventListener("click", function () { setAllAuthors(false); });
  }

  function setAuthorHidden(name, hidden) {
    if (hidden) { state.hiddenAuthors.add(name); } else { state.hiddenAuthors.delete(name); }
  }

  function setAllAuthors(on) {
    authorBoxes.forEach(function (entry) {
      entry.box.checked = on;
      setAuthorHidden(entry.name, !on);
    });
    refresh();
  }

  var confidence = document.getElementById("min-confidence");
  confidence.addEventListener("input", function () {
    state.minConfidence = Number(confidence.value);
    document.getElementById("min-confidence-value").textContent = state.minConfidence.toFixed(2);
    refresh();
  });

  // -- views, physics, grouping, export -----------------------------------------------------
  function setView(view) {
    if (state.view === view) { return; }
    state.view = view;
    ungroup();
    document.getElementById("grouping").value = "none";
    ["argument", "conversation"].forEach(function (name) {
      var button = document.getElementById("view-" + name);
      button.classList.toggle("on", name === view);
      button.setAttribute("aria-pressed", String(name === view));
    });
    var moves = [];
    data.nodes.forEach(function (n) {
      var place = view === "conversation" ? data.conversation[n.id] : null;
      var at = place ? { x: place[0], y: place[1] } : argumentPositions.get(n.id);
      moves.push({ id: n.id, x: at.x, y: at.y });
    });
    nodes.update(moves);
    refresh();
    network.fit({ animation: false });
  }
  document.getElementById("view-argument").addEventListener("click", function () { setView("argument"); });
  document.getElementById("view-conversation").addEventListener("click", function () { setView("conversation"); });

  document.getElementById("physics").addEventListener("change", function (event) {
    network.setOptions({ physics: { enabled: event.target.checked, stabilization: { enabled: false } } });
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });

  document.getElementById("export-png").addEventListener("click", function () {
    var canvas = container.querySelector("canvas");
    canvas.toBlob(function (blob) {
      var link = el("a");
      link.href = URL.createObjectURL(blob);
      link.download = (data.title || "argmap").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 60) + ".png";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    }, "image/png");
  });

  var clusterIds = [];
  function ungroup() {
    clusterIds.forEach(function (id) { if (network.isCluster(id)) { network.openCluster(id); } });
    clusterIds = [];
  }

  function collapse(id, label, colour, memberIds) {
    var members = new Set(memberIds);
    if (members.size < 2) { return; }
    network.cluster({
      joinCondition: function (node) { return members.has(node.id); },
      clusterNodeProperties: {
        id: id, label: label, shape: "dot", kind: "cluster",
        size: Math.min(40, 12 + 3 * Math.sqrt(members.size)),
        color: { background: colour, border: "#263238" }, borderWidth: 3,
      },
    });
    if (network.isCluster(id)) { clusterIds.push(id); }
  }

  function visibleMessagesBy(test) {
    return nodeView.getIds({ filter: function (n) { return n.kind === "message" && test(n); } });
  }

  function groupByAuthor() {
    data.authors.forEach(function (author, index) {
      var ids = visibleMessagesBy(function (n) { return n.author === author.name; });
      collapse("group:author:" + index, author.name + " · " + ids.length + " messages", author.colour, ids);
    });
  }

  function subtree(rootId) {
    var out = [];
    var stack = [rootId];
    while (stack.length) {
      var id = stack.pop();
      out.push(id);
      (records[id] && records[id].claims || []).forEach(function (c) { out.push(c); });
      (childrenOf.get(id) || []).forEach(function (child) { stack.push(child); });
    }
    return out.filter(function (id) { return nodeView.get(id) !== null; });
  }

  function collapseSubthread(rootId) {
    var ids = subtree(rootId);
    var author = records[rootId].author || "anonymous";
    collapse("group:sub:" + rootId, author + " + " + (ids.length - 1) + " below", "#b0bec5", ids);
  }

  function groupBySubthread() {
    Object.keys(records).forEach(function (id) {
      var r = records[id];
      if (r.kind === "message" && r.parent && records[r.parent] && !records[r.parent].parent) {
        collapseSubthread(id);
      }
    });
  }

  document.getElementById("grouping").addEventListener("change", function (event) {
    ungroup();
    if (event.target.value === "author") { groupByAuthor(); }
    if (event.target.value === "subthread") { groupBySubthread(); }
  });

  // -- focus --------------------------------------------------------------------------------
  function focusOn(id) {
    var keep = new Set([id]);
    (incoming.get(id) || []).concat(outgoing.get(id) || []).forEach(function (e) {
      keep.add(e.from);
      keep.add(e.to);
    });
    state.focus = keep;
    ungroup();
    refresh();
    document.getElementById("show-all").hidden = false;
    network.fit({ nodes: Array.from(keep).filter(function (n) { return nodeView.get(n) !== null; }), animation: false });
  }
  document.getElementById("show-all").addEventListener("click", function () {
    state.focus = null;
    refresh();
    document.getElementById("show-all").hidden = true;
    network.fit({ animation: false });
  });

  // -- search -------------------------------------------------------------------------------
  var searchIndex = data.nodes.map(function (n) {
    var r = records[n.id] || {};
    var words = [r.text, r.sentence, r.title, r.author, n.author, n.label].filter(Boolean).join("\n");
    return { id: n.id, haystack: words.toLowerCase() };
  });
  var searchTimer = null;
  var searchBox = document.getElementById("search");
  searchBox.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 120);
  });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { clearTimeout(searchTimer); runSearch(); }
  });

  var SEARCH_LIMIT = 100;
  function runSearch() {
    var query = searchBox.value.trim().toLowerCase();
    var section = document.getElementById("search-results");
    var list = document.getElementById("search-list");
    list.replaceChildren();
    if (!query) { section.hidden = true; network.unselectAll(); return; }
    var kindOrder = { claim: 0, message: 1, thread: 2 };
    var found = searchIndex.filter(function (entry) { return entry.haystack.indexOf(query) !== -1; });
    found.sort(function (a, b) { return kindOrder[nodeById.get(a.id).kind] - kindOrder[nodeById.get(b.id).kind]; });
    document.getElementById("search-count").textContent = String(found.length);
    found.slice(0, SEARCH_LIMIT).forEach(function (entry) {
      var item = el("li");
      item.appendChild(nodeLink(entry.id));
      list.appendChild(item);
    });
    section.hidden = false;
    var visible = found.map(function (e) { return e.id; }).filter(function (id) { return nodeView.get(id) !== null; });
    network.selectNodes(visible.slice(0, 2000), false);
  }

  // -- reading panel --------------------------------------------------------------------------
  function describe(id) {
    var r = records[id];
    if (!r) { return id; }
    if (r.kind === "claim") { return "“" + r.text + "”"; }
    if (r.kind === "thread") { return r.title || r.source; }
    var first = (r.text || "").replace(/\s+/g, " ").slice(0, 60);
    return (r.author || "anonymous") + ": " + first + ((r.text || "").length > 60 ? "…" : "");
  }

  function nodeLink(id, text) {
    var button = el("button", "link", text || describe(id));
    button.type = "button";
    button.setAttribute("data-node", id);
    button.addEventListener("click", function () { select(id); });
    return button;
  }

  function safeLink(url) {
    var parsed = null;
    try { parsed = new URL(url); } catch (error) { parsed = null; }
    if (parsed && (parsed.protocol === "http:" || parsed.protocol === "https:")) {
      var link = el("a", null, url);
      link.href = parsed.href;
      link.rel = "noopener noreferrer";
      link.target = "_blank";
      return link;
    }
    return el("span", null, url);
  }

  function timeOf(r) {
    if (r.time) {
      var date = new Date(r.time);
      return isNaN(date.getTime()) ? r.time : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
    }
    return r.timeText || "";
  }

  /** Message text with claim sentences marked; ``current`` is the claim to emphasise. */
  function markedText(messageId, current) {
    var message = records[messageId];
    var box = el("div", "text");
    var text = message.text || "";
    var spans = (message.claims || []).map(function (claimId) {
      return { id: claimId, range: claimRange(text, records[claimId]) };
    }).filter(function (s) { return s.range; });
    spans.sort(function (a, b) { return a.range[0] - b.range[0]; });
    var at = 0;
    var currentMark = null;
    spans.forEach(function (s) {
      if (s.range[0] < at) { return; }
      box.appendChild(document.createTextNode(text.slice(at, s.range[0])));
      var mark = el("mark", s.id === current ? "current" : "claimlink", text.slice(s.range[0], s.range[1]));
      mark.setAttribute("data-claim", s.id);
      if (s.id !== current) {
        mark.title = "Show this claim";
        mark.addEventListener("click", function () { select(s.id); });
      } else { currentMark = mark; }
      box.appendChild(mark);
      at = s.range[1];
    });
    box.appendChild(document.createTextNode(text.slice(at)));
    return { box: box, current: currentMark };
  }

  function claimRange(text, claim) {
    if (!claim) { return null; }
    var start = claim.span[0], end = claim.span[1];
    if (start >= 0 && end <= text.length && start < end && text.slice(start, end) === claim.sentence) {
      return [start, end];
    }
    var found = claim.sentence ? text.indexOf(claim.sentence) : -1;
    return found === -1 ? null : [found, found + claim.sentence.length];
  }

  function linkSummary(id) {
    var into = incoming.get(id) || [];
    var backed = into.filter(function (e) { return BACKING[e.kind]; }).length;
    var rebutted = into.filter(function (e) { return OPPOSING[e.kind]; }).length;
    return "backed by " + backed + ", rebutted by " + rebutted;
  }

  function linkList(id) {
    var list = el("ul", "links");
    var groups = [
      { edges: incoming.get(id) || [], other: "from", phrase: { agree: "backed by", support: "backed by", rebut: "rebutted by", attack: "rebutted by", restate: "restated by", reply: "answered by", states: "stated in" } },
      { edges: outgoing.get(id) || [], other: "to", phrase: { agree: "agrees with", support: "supports", rebut: "rebuts", attack: "attacks", restate: "restates", reply: "replies to", states: "states" } },
    ];
    groups.forEach(function (group) {
      group.edges.forEach(function (e) {
        if (e.kind === "thread") { return; }
        var item = el("li");
        var style = data.edgeStyles[e.kind] || { color: "#888" };
        var badge = el("span", "badge", group.phrase[e.kind] || e.kind);
        badge.style.background = style.color === "#cfd8dc" ? "#90a4ae" : style.color;
        item.appendChild(badge);
        item.appendChild(nodeLink(e[group.other]));
        if (CONFIDENCE_KINDS[e.kind]) { item.appendChild(el("span", "note", " " + Number(e.confidence).toFixed(2))); }
        if (e.evidence) { item.appendChild(el("div", "note", "“" + e.evidence + "”")); }
        list.appendChild(item);
      });
    });
    return list;
  }

  function actions(id) {
    var row = el("div", "actions");
    var add = function (label, handler) {
      var button = el("button", null, label);
      button.type = "button";
      button.addEventListener("click", handler);
      row.appendChild(button);
    };
    var r = records[id];
    add("Focus on neighbourhood", function () { focusOn(id); });
    if (r.kind === "message" && (childrenOf.get(id) || []).length) {
      add("Collapse sub-thread", function () { collapseSubthread(id); });
    }
    if (r.kind === "message" && r.author) {
      add("Collapse " + r.author + "’s messages", function () {
        var colour = (nodeById.get(id).color || {}).background || "#b0bec5";
        var ids = visibleMessagesBy(function (n) { return n.author === r.author; });
        collapse("group:one-author:" + id, r.author + " · " + ids.length + " messages", colour, ids);
      });
    }
    return row;
  }

  function showNode(id) {
    var r = records[id];
    var body = document.getElementById("panel-body");
    body.replaceChildren();
    document.getElementById("panel-hint").hidden = true;
    if (!r) { return; }
    var back = el("button", "link", "← overview");
    back.type = "button";
    back.addEventListener("click", showOverview);
    body.appendChild(back);
    var node = nodeById.get(id);
    body.appendChild(el("div", "kind", r.kind === "message" ? r.messageKind : r.kind === "claim" ? "claim · " + r.claimType : "thread"));
    if (r.kind === "claim") {
      var message = records[r.message] || {};
      body.appendChild(el("h3", null, r.text));
      if (node.contested) { body.appendChild(el("div", "contested-tag", "contested")); }
      body.appendChild(meta(message));
      body.appendChild(el("div", "kind", "as written"));
      var marked = markedText(r.message, id);
      body.appendChild(marked.box);
      if (marked.current) { marked.current.scrollIntoView({ block: "center" }); }
      else { body.appendChild(el("blockquote", null, r.sentence)); }
      var from = el("p", "meta", "in ");
      from.appendChild(nodeLink(r.message));
      body.appendChild(from);
    } else if (r.kind === "message") {
      body.appendChild(el("h3", null, (r.author || "anonymous")));
      if (node.contested) { body.appendChild(el("div", "contested-tag", "contested")); }
      body.appendChild(meta(r));
      (r.quotes || []).forEach(function (q) { body.appendChild(el("blockquote", null, q.text)); });
      body.appendChild(markedText(id, null).box);
      if (r.url) { var p = el("p", "meta", "source: "); p.appendChild(safeLink(r.url)); body.appendChild(p); }
    } else {
      body.appendChild(el("h3", null, r.title));
      body.appendChild(el("p", "meta", r.platform + " · " + r.source));
      if (r.url) { var link = el("p", "meta"); link.appendChild(safeLink(r.url)); body.appendChild(link); }
      if (r.missing) { body.appendChild(el("p", "note", r.missing + " comments referred to but not in the source")); }
    }
    body.appendChild(el("p", "summary", linkSummary(id)));
    body.appendChild(linkList(id));
    body.appendChild(actions(id));
  }

  /** What the panel shows before anything is clicked: the map's size and its hot spots. */
  function showOverview() {
    var body = document.getElementById("panel-body");
    body.replaceChildren();
    document.getElementById("panel-hint").hidden = false;
    var count = function (kind) {
      return Object.keys(records).filter(function (id) { return records[id].kind === kind; }).length;
    };
    body.appendChild(el("p", "meta", [
      count("thread") + " thread" + (count("thread") === 1 ? "" : "s"),
      count("message") + " messages", count("claim") + " claims",
    ].join(" · ")));
    var ranked = function (kinds) {
      return data.nodes.map(function (n) {
        var score = (incoming.get(n.id) || []).filter(function (e) { return kinds[e.kind]; }).length;
        return { id: n.id, score: score };
      }).filter(function (r) { return r.score > 0; })
        .sort(function (a, b) { return b.score - a.score; }).slice(0, 8);
    };
    [["Most rebutted", OPPOSING], ["Most backed", BACKING]].forEach(function (pair) {
      var top = ranked(pair[1]);
      if (!top.length) { return; }
      body.appendChild(el("p", "summary", pair[0]));
      var list = el("ul", "links");
      top.forEach(function (r) {
        var item = el("li");
        item.appendChild(nodeLink(r.id));
        item.appendChild(el("span", "note", " " + r.score));
        list.appendChild(item);
      });
      body.appendChild(list);
    });
  }

  function meta(message) {
    var parts = [message.author || "anonymous", timeOf(message)].filter(Boolean);
    return el("p", "meta", parts.join(" · "));
  }

  /** Select a node on the map (when drawn), centre on it and show it in the panel. */
  function select(id) {
    if (nodeView.get(id) !== null && !network.isCluster(id)) {
      network.selectNodes([id], false);
      network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false });
    }
    showNode(id);
  }

  buildKindFilters();
  buildThreadFilters();
  buildAuthorFilters();
  showOverview();

  window.argmap = { network: network, nodes: nodes, edges: edges, data: data, select: select, state: state };
})();
