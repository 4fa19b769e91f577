/* The argmap page: draws the map with vis-network and wires the legend, filters, search,
 * views (Debate, Argument, Conversation), grouping, export and the reading panel.
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
  /* Each view opens at a zoom where every label is drawn at LEGIBLE_PX or more. Zoomed
   * further out, vis-network fades labels from drawThreshold down to drawThreshold - 1 px
   * and skips smaller ones, so the overview of a large map is never a smear of tiny words. */
  var LEGIBLE_PX = 12;
  var MORE_POINTS = 20;
  var FIT_SHARE = 0.97; // of the window the fitted map fills, leaving a thin margin
  var VIEWS = ["debate", "argument", "conversation"];
  var VIEW_NAMES = { debate: "Debate view", argument: "Argument view", conversation: "Conversation view" };
  var pointCount = data.nodes.filter(function (n) { return n.kind === "point"; }).length;

  var state = {
    view: data.startView,
    hiddenKinds: new Set(Object.keys(data.edgeStyles).filter(function (k) { return data.edgeStyles[k].hidden; })),
    hiddenAuthors: new Set(),
    hiddenThreads: new Set(),
    minConfidence: 0,
    focus: null,
    pointsShown: Math.min(pointCount, data.firstPoints),
    activePoint: null,
    showMinor: false,
    shown: null,
  };

  // -- data -----------------------------------------------------------------------------
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var argumentPositions = new Map();
  data.nodes.forEach(function (n) { argumentPositions.set(n.id, { x: n.x, y: n.y }); });
  data.nodes.forEach(function (n) { Object.assign(n, positionIn(state.view, n.id)); });
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
  // Notices first: they take room above the map, which must have its final size when drawn.
  if (data.notice) { showNotice("notice", data.notice); }
  if (data.tooBig) { showNotice("too-big", data.tooBig); }
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgeView = new vis.DataView(edges, { filter: edgeVisible });
  var container = document.getElementById("map");
  var options = data.options;
  options.layout = { improvedLayout: false };
  // Hovering shows a point's people in the Debate view; elsewhere it would only cost redraws.
  options.interaction = Object.assign({}, options.interaction, {
    hover: state.view === "debate", zoomSpeed: 0.8,
  });
  // Labels stay drawn down to 3 px on screen, so the fitted view of a small map shows its words.
  options.nodes = {
    font: { size: 14, face: "system-ui, DejaVu Sans, sans-serif" },
    scaling: { label: { drawThreshold: LEGIBLE_PX, maxVisible: 40 } },
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
    openView();
    network.once("afterDrawing", function () { document.body.setAttribute("data-drawn", "1"); });
    network.redraw();
  });
  network.on("click", function (event) {
    if (!event.nodes.length) { return; }
    var id = event.nodes[0];
    if (network.isCluster(id)) { network.openCluster(id); return; }
    showNode(id);
  });
  network.on("hoverNode", function (event) { showPeopleOf(event.node); });

  function positionIn(view, id) {
    var place = view === "conversation" ? data.conversation[id] : null;
    return place ? { x: place[0], y: place[1] } : argumentPositions.get(id);
  }

  function nodeVisible(node) {
    if (state.focus && !state.focus.has(node.id)) { return false; }
    if (node.kind === "point" || node.kind === "person") { return debateNodeVisible(node); }
    if (state.view === "debate") { return false; }
    if (node.kind === "claim") {
      if (state.view === "conversation") { return false; }
      if (node.role && node.role !== "main" && !state.showMinor) { return false; }
    }
    if (node.thread && state.hiddenThreads.has(node.thread)) { return false; }
    if (node.kind !== "thread" && state.hiddenAuthors.has(node.author)) { return false; }
    return true;
  }

  /* Level of detail: the top points first, "More points" adds the next batch; a point's
   * people are drawn from the start on small debates, else when it is hovered or selected. */
  function debateNodeVisible(node) {
    if (state.view !== "debate" || node.rank >= state.pointsShown) { return false; }
    if (node.kind === "point") { return true; }
    if (state.hiddenAuthors.has(node.author)) { return false; }
    return node.atFirst || state.activePoint === node.point;
  }

  function edgeVisible(edge) {
    if (state.hiddenKinds.has(edge.kind)) { return false; }
    if (Boolean(edge.debate) !== (state.view === "debate")) { return false; }
    if (state.view === "conversation" && !CONVERSATION_KINDS[edge.kind]) { return false; }
    if (CONFIDENCE_KINDS[edge.kind] && edge.confidence < state.minConfidence) { return false; }
    return true;
  }

  function showPeopleOf(id) {
    var node = nodeById.get(id);
    var point = node && node.kind === "point" ? id : null;
    if (!point || state.activePoint === point) { return; }
    state.activePoint = point;
    refresh();
  }

  /* Fit the view to the window; when that draws labels too small to read, zoom in to the
   * smallest legible scale instead and show the top of the view: the first points of the
   * Debate view, the thread and its post in the others. (vis-network's own fit leaves a 10%
   * margin, which would cost the Debate view of 40 points its legibility.) */
  function openView() {
    var ids = nodeView.getIds();
    if (!ids.length) { return; }
    var smallest = Infinity;
    var top = null;
    var bounds = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    ids.forEach(function (id) {
      var node = nodeById.get(id);
      if (node.label) { smallest = Math.min(smallest, fontSize(node)); }
      var at = network.getPosition(id);
      if (!top || at.y < top.y) { top = at; }
      var box = network.getBoundingBox(id) || { left: at.x, right: at.x, top: at.y, bottom: at.y };
      bounds.left = Math.min(bounds.left, box.left);
      bounds.right = Math.max(bounds.right, box.right);
      bounds.top = Math.min(bounds.top, box.top);
      bounds.bottom = Math.max(bounds.bottom, box.bottom);
    });
    var frame = container.getBoundingClientRect();
    var fitted = FIT_SHARE * Math.min(
      frame.width / Math.max(1, bounds.right - bounds.left),
      frame.height / Math.max(1, bounds.bottom - bounds.top));
    fitted = Math.min(fitted, 1);
    if (smallest === Infinity || fitted * smallest >= LEGIBLE_PX) {
      network.moveTo({
        scale: fitted,
        position: { x: (bounds.left + bounds.right) / 2, y: (bounds.top + bounds.bottom) / 2 },
        animation: false,
      });
      return;
    }
    var scale = LEGIBLE_PX / smallest;
    network.moveTo({
      scale: scale,
      position: {
        x: Math.max(top.x, bounds.left + (frame.width / 2 - 20) / scale),
        y: bounds.top + (frame.height / 2 - 20) / scale,
      },
      animation: false,
    });
  }

  function fontSize(node) {
    return (node.font && node.font.size) || options.nodes.font.size;
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
    // Unsigned messages are one entry, "(unsigned)", whose key is the empty author.
    data.authors.forEach(function (author) {
      var dot = el("span", "dot");
      dot.style.background = author.colour;
      var box = checkboxRow(list, author.name, counts[author.key] || 0, dot, function (on) {
        setAuthorHidden(author.key, !on);
        refresh();
      });
      box.setAttribute("data-author", author.key);
      authorBoxes.push({ name: author.key, box: box });
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
    var moving = state.view === "conversation" || view === "conversation";
    state.view = view;
    state.activePoint = null;
    ungroup();
    markView();
    if (moving) {
      nodes.update(data.nodes.map(function (n) {
        return Object.assign({ id: n.id }, positionIn(view, n.id));
      }));
    }
    refresh();
    network.redraw(); // so the nodes just shown have their sizes for openView
    openView();
  }

  /** Buttons, legends and controls that belong to the view on show. */
  function markView() {
    var view = state.view;
    VIEWS.forEach(function (name) {
      var button = document.getElementById("view-" + name);
      button.classList.toggle("on", name === view);
      button.setAttribute("aria-pressed", String(name === view));
    });
    document.getElementById("view-debate").hidden = pointCount === 0;
    document.getElementById("legend-debate").hidden = view !== "debate";
    document.getElementById("legend-nodes").hidden = view === "debate";
    var grouping = document.getElementById("grouping");
    grouping.value = "none";
    grouping.disabled = view === "debate";
    if (options.interaction.hover !== (view === "debate")) {
      options.interaction.hover = view === "debate";
      network.setOptions({ interaction: { hover: options.interaction.hover } });
    }
    markMorePoints();
  }

  function markMorePoints() {
    var more = document.getElementById("more-points");
    var left = pointCount - state.pointsShown;
    more.hidden = state.view !== "debate" || left <= 0;
    more.textContent = "More points (" + left + " left)";
  }

  VIEWS.forEach(function (name) {
    document.getElementById("view-" + name).addEventListener("click", function () { setView(name); });
  });
  document.getElementById("more-points").addEventListener("click", function () {
    state.pointsShown = Math.min(pointCount, state.pointsShown + MORE_POINTS);
    refresh();
    markMorePoints();
  });
  document.getElementById("minor-claims").addEventListener("change", function (event) {
    setShowMinor(event.target.checked);
  });

  function setShowMinor(on) {
    state.showMinor = on;
    document.getElementById("minor-claims").checked = on;
    refresh();
    if (state.shown) { showNode(state.shown); }
  }

  function showNotice(id, text) {
    var box = document.getElementById(id);
    box.textContent = text;
    box.hidden = false;
  }

  document.getElementById("physics").addEventListener("change", function (event) {
    network.setOptions({ physics: { enabled: event.target.checked, stabilization: { enabled: false } } });
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });

  document.getElementById("export-png").addEventListener("click", function () {
    exportImage().toBlob(function (blob) {
      var link = el("a");
      link.href = URL.createObjectURL(blob);
      link.download = (data.slug || "argmap") + ".png";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    }, "image/png");
  });

  var EXPORT_RATIO = 2;
  var TITLE_BAND = 40;
  var LEGEND_ROW = 28;

  /* The map as drawn now, at twice its on-screen size whatever the screen, with the title
   * above it and the legend of the view below: vis-network draws once more into its own
   * canvas at pixel ratio 2, which is copied, and is then put back. */
  function exportImage() {
    var canvas = network.canvas;
    var frame = canvas.frame.canvas;
    var width = frame.clientWidth;
    var height = frame.clientHeight;
    var legend = legendItems();
    var rows = legendRows(legend, width);
    var out = document.createElement("canvas");
    out.width = width * EXPORT_RATIO;
    out.height = (TITLE_BAND + height + rows.length * LEGEND_ROW + 8) * EXPORT_RATIO;
    var ctx = out.getContext("2d");
    ctx.scale(EXPORT_RATIO, EXPORT_RATIO);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, out.height);
    drawTitle(ctx, width);
    var saved = { ratio: canvas.pixelRatio, width: frame.width, height: frame.height };
    canvas.pixelRatio = EXPORT_RATIO;
    frame.width = width * EXPORT_RATIO;
    frame.height = height * EXPORT_RATIO;
    network.renderer._redraw();
    ctx.drawImage(frame, 0, TITLE_BAND, width, height);
    canvas.pixelRatio = saved.ratio;
    frame.width = saved.width;
    frame.height = saved.height;
    network.renderer._redraw();
    drawLegend(ctx, rows, TITLE_BAND + height + 4);
    return out;
  }

  function drawTitle(ctx, width) {
    ctx.fillStyle = "#263238";
    ctx.fillRect(0, 0, width, TITLE_BAND);
    ctx.fillStyle = "#eceff1";
    ctx.textBaseline = "middle";
    ctx.font = "600 17px system-ui, DejaVu Sans, sans-serif";
    var view = VIEW_NAMES[state.view];
    ctx.fillText(fitText(ctx, data.title || "argmap", width - 200), 12, TITLE_BAND / 2);
    ctx.font = "13px system-ui, DejaVu Sans, sans-serif";
    ctx.fillText(view, width - 12 - ctx.measureText(view).width, TITLE_BAND / 2);
  }

  function fitText(ctx, text, room) {
    if (ctx.measureText(text).width <= room) { return text; }
    while (text.length > 1 && ctx.measureText(text + "…").width > room) { text = text.slice(0, -1); }
    return text + "…";
  }

  /** What the legend of the exported picture shows: this view's nodes and drawn link kinds. */
  function legendItems() {
    var items = [];
    if (state.view === "debate") {
      items.push({ mark: "box", fill: "#e8f5e9", stroke: "#2e7d32", text: "point, backed" });
      items.push({ mark: "box", fill: "#fff3e0", stroke: "#ef6c00", text: "as many rebut as back" });
      items.push({ mark: "box", fill: "#ffebee", stroke: "#c62828", text: "rebutted" });
      items.push({ mark: "box", fill: "#eceff1", stroke: "#78909c", text: "no reactions" });
      items.push({ mark: "dot", fill: "#0072b2", text: "person holding it (colour: author)" });
    } else {
      items.push({ mark: "diamond", fill: "#37474f", text: "thread" });
      items.push({ mark: "dot", fill: "#0072b2", text: "message (colour: author)" });
      if (state.view === "argument") {
        items.push({ mark: "box", fill: "#fffde7", stroke: "#9e9d24", text: "claim" });
        items.push({ mark: "box", fill: "#ffebee", stroke: "#c62828", text: "contested" });
      }
    }
    var drawn = new Set(edgeView.get().map(function (e) { return e.kind; }));
    Object.keys(data.edgeStyles).forEach(function (kind) {
      if (!drawn.has(kind)) { return; }
      var style = data.edgeStyles[kind];
      items.push({ mark: "line", stroke: style.color, dashed: style.dashes, text: style.label });
    });
    return items;
  }

  function legendRows(items, width) {
    var ctx = document.createElement("canvas").getContext("2d");
    ctx.font = "13px system-ui, DejaVu Sans, sans-serif";
    var rows = [[]];
    var used = 12;
    items.forEach(function (item) {
      item.width = 34 + ctx.measureText(item.text).width + 18;
      if (used + item.width > width && rows[rows.length - 1].length) { rows.push([]); used = 12; }
      rows[rows.length - 1].push(item);
      used += item.width;
    });
    return rows;
  }

  function drawLegend(ctx, rows, top) {
    ctx.font = "13px system-ui, DejaVu Sans, sans-serif";
    ctx.textBaseline = "middle";
    rows.forEach(function (row, index) {
      var y = top + index * LEGEND_ROW + LEGEND_ROW / 2;
      var x = 12;
      row.forEach(function (item) {
        drawMark(ctx, item, x, y);
        ctx.fillStyle = "#37474f";
        ctx.fillText(item.text, x + 34, y);
        x += item.width;
      });
    });
  }

  function drawMark(ctx, item, x, y) {
    ctx.save();
    ctx.lineWidth = 3;
    ctx.fillStyle = item.fill || "#ffffff";
    ctx.strokeStyle = item.stroke || item.fill;
    if (item.mark === "line") {
      if (item.dashed) { ctx.setLineDash([5, 4]); }
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 26, y);
      ctx.stroke();
    } else if (item.mark === "dot") {
      ctx.beginPath();
      ctx.arc(x + 13, y, 7, 0, 2 * Math.PI);
      ctx.fill();
    } else if (item.mark === "diamond") {
      ctx.beginPath();
      ctx.moveTo(x + 13, y - 9);
      ctx.lineTo(x + 22, y);
      ctx.lineTo(x + 13, y + 9);
      ctx.lineTo(x + 4, y);
      ctx.closePath();
      ctx.fill();
    } else {
      ctx.fillRect(x + 1, y - 8, 25, 16);
      ctx.strokeRect(x + 1, y - 8, 25, 16);
    }
    ctx.restore();
  }

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
      var ids = visibleMessagesBy(function (n) { return n.author === author.key; });
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
  var searchIndex = data.nodes.filter(function (n) { return n.kind !== "person"; }).map(function (n) {
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
    var kindOrder = { point: 0, claim: 1, message: 2, thread: 3 };
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
    if (r.kind === "claim" || r.kind === "point") { return "“" + r.text + "”"; }
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
    var spans = (message.claims || []).filter(function (claimId) {
      return claimId === current || state.showMinor || isMain(claimId);
    }).map(function (claimId) {
      return { id: claimId, range: claimRange(text, records[claimId]) };
    }).filter(function (s) { return s.range; });
    spans.sort(function (a, b) { return a.range[0] - b.range[0]; });
    var at = 0;
    var currentMark = null;
    spans.forEach(function (s) {
      if (s.range[0] < at) { return; }
      appendText(box, text.slice(at, s.range[0]));
      var mark = el("mark", s.id === current ? "current" : "claimlink", text.slice(s.range[0], s.range[1]));
      mark.setAttribute("data-claim", s.id);
      if (s.id !== current) {
        mark.title = "Show this claim";
        mark.addEventListener("click", function () { select(s.id); });
      } else { currentMark = mark; }
      box.appendChild(mark);
      at = s.range[1];
    });
    appendText(box, text.slice(at));
    return { box: box, current: currentMark };
  }

  // A code block stands between ``` lines in a message's text (readers fence a page's <pre>
  // blocks as Markdown does); it shows as code, without the fences. Claims never span one.
  var CODE_BLOCK = /^[ \t]*```[^\n]*\n([\s\S]*?)^[ \t]*```[^\n]*$\n?/gm;

  function appendText(box, text) {
    var at = 0;
    var match;
    CODE_BLOCK.lastIndex = 0;
    while ((match = CODE_BLOCK.exec(text)) !== null) {
      box.appendChild(document.createTextNode(text.slice(at, match.index).replace(/\n$/, "")));
      box.appendChild(el("pre", "code", match[1].replace(/\n$/, "")));
      at = match.index + match[0].length;
    }
    box.appendChild(document.createTextNode(text.slice(at)));
  }

  function isMain(claimId) {
    var claim = records[claimId];
    return !claim || !claim.role || claim.role === "main";
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
    var node = nodeById.get(id);
    var r = records[id];
    var body = document.getElementById("panel-body");
    body.replaceChildren();
    document.getElementById("panel-hint").hidden = true;
    state.shown = id;
    if (node && node.kind === "person") { showPerson(body, node); return; }
    if (!r) { return; }
    body.appendChild(backToOverview());
    if (r.kind === "point") { showPoint(body, id, r); return; }
    body.appendChild(el("div", "kind", r.kind === "message" ? r.messageKind : r.kind === "claim" ? "claim · " + r.claimType + roleNote(r) : "thread"));
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
      // The author is the heading; the line under it gives only the time.
      body.appendChild(el("h3", null, (r.author || "anonymous")));
      if (node.contested) { body.appendChild(el("div", "contested-tag", "contested")); }
      var when = timeOf(r);
      if (when) { body.appendChild(el("p", "meta", when)); }
      (r.quotes || []).forEach(function (q) { body.appendChild(el("blockquote", null, q.text)); });
      body.appendChild(markedText(id, null).box);
      var minor = (r.claims || []).filter(function (c) { return !isMain(c); }).length;
      if (minor) { body.appendChild(minorToggle(minor)); }
      if (r.url) { var p = el("p", "meta", "source: "); p.appendChild(safeLink(r.url)); body.appendChild(p); }
    } else {
      body.appendChild(el("h3", null, r.title));
      body.appendChild(el("p", "meta", r.platform + " · " + r.source));
      if (r.url) { var link = el("p", "meta"); link.appendChild(safeLink(r.url)); body.appendChild(link); }
      if (r.missing) { body.appendChild(el("p", "note", r.missing + " comments referred to but not in the source")); }
      if (r.languageNote) { body.appendChild(el("p", "note", r.languageNote)); }
    }
    body.appendChild(el("p", "summary", linkSummary(id)));
    body.appendChild(linkList(id));
    body.appendChild(actions(id));
  }

  function backToOverview() {
    var back = el("button", "link", "← overview");
    back.type = "button";
    back.addEventListener("click", showOverview);
    return back;
  }

  function roleNote(claim) {
    return claim.role && claim.role !== "main" ? " · " + claim.role : "";
  }

  function minorToggle(count) {
    var label = state.showMinor ? "hide premises and asides" : "show " + count + " premise" + (count === 1 ? "" : "s") + " and asides";
    var button = el("button", "link", label);
    button.type = "button";
    button.setAttribute("data-action", "minor");
    button.addEventListener("click", function () { setShowMinor(!state.showMinor); });
    var line = el("p", "note");
    line.appendChild(button);
    return line;
  }

  /** A key point: its words, then its claims (main ones first), the messages that back and
   * rebut it and the people who hold it, each a link to the words as written. */
  function showPoint(body, id, r) {
    showPeopleOf(id);
    body.appendChild(el("div", "kind", "key point " + (r.rank + 1) + " of " + pointCount));
    body.appendChild(el("h3", "point-text", r.text));
    var counts = el("div", "counts");
    counts.appendChild(el("span", null, r.prevalence + (r.prevalence === 1 ? " person holds it" : " people hold it")));
    counts.appendChild(el("span", null, "backed by " + r.backers.length));
    counts.appendChild(el("span", null, "rebutted by " + r.rebutters.length));
    body.appendChild(counts);
    var main = r.members.filter(isMain);
    var minor = r.members.filter(function (c) { return !isMain(c); });
    body.appendChild(el("p", "summary", "Claims (" + r.members.length + ")"));
    body.appendChild(claimList(state.showMinor ? main.concat(minor) : main));
    if (minor.length) { body.appendChild(minorToggle(minor.length)); }
    [["Backed by", r.backers], ["Rebutted by", r.rebutters]].forEach(function (pair) {
      if (!pair[1].length) { return; }
      body.appendChild(el("p", "summary", pair[0] + " (" + pair[1].length + ")"));
      var list = el("ul", "links");
      pair[1].forEach(function (messageId) {
        var item = el("li");
        item.appendChild(nodeLink(messageId));
        list.appendChild(item);
      });
      body.appendChild(list);
    });
    body.appendChild(el("p", "summary", "Held by"));
    body.appendChild(el("p", "meta", r.holders.map(authorName).join(", ")));
    body.appendChild(el("p", "summary", linkSummary(id)));
    body.appendChild(linkList(id));
  }

  function claimList(claimIds) {
    var list = el("ul", "links");
    claimIds.forEach(function (claimId) {
      var claim = records[claimId];
      if (!claim) { return; }
      var item = el("li");
      item.appendChild(nodeLink(claimId));
      if (claim.role && claim.role !== "main") { item.appendChild(el("span", "claim-role", claim.role)); }
      var by = el("div", "note", "in ");
      by.appendChild(nodeLink(claim.message));
      item.appendChild(by);
      list.appendChild(item);
    });
    return list;
  }

  function authorName(author) {
    return author || "(unsigned)";
  }

  /** A person dot: who it is, and the claims by which they hold the point. */
  function showPerson(body, node) {
    body.appendChild(backToOverview());
    body.appendChild(el("div", "kind", "person"));
    body.appendChild(el("h3", null, authorName(node.author)));
    var point = records[node.point];
    var theirs = point.members.filter(function (claimId) {
      var claim = records[claimId];
      return claim && (records[claim.message] || {}).author === (node.author || null);
    });
    var line = el("p", "meta", "holds ");
    line.appendChild(nodeLink(node.point));
    body.appendChild(line);
    body.appendChild(claimList(theirs));
  }

  /** What the panel shows before anything is clicked: the map's size and its hot spots. */
  function showOverview() {
    var body = document.getElementById("panel-body");
    body.replaceChildren();
    document.getElementById("panel-hint").hidden = false;
    state.shown = null;
    var count = function (kind) {
      return Object.keys(records).filter(function (id) { return records[id].kind === kind; }).length;
    };
    body.appendChild(el("p", "meta", [
      count("thread") + " thread" + (count("thread") === 1 ? "" : "s"),
      count("message") + " messages", count("claim") + " claims", pointCount + " key points",
    ].join(" · ")));
    if (pointCount) {
      body.appendChild(el("p", "summary", "Most widely held points"));
      var points = el("ol", "links");
      data.nodes.filter(function (n) { return n.kind === "point" && n.rank < 8; }).forEach(function (n) {
        var item = el("li");
        item.appendChild(nodeLink(n.id));
        points.appendChild(item);
      });
      body.appendChild(points);
    }
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
  markView();
  showOverview();

  window.argmap = {
    network: network, nodes: nodes, edges: edges, data: data, select: select, state: state,
    setView: setView, exportImage: exportImage,
  };
})();
