// Galley's annotation highlights, on top of galley-page.js in the same isolated world.
// C++ hands over every span in one call, window.galleyHighlights.apply(request), with
//   request.spans:  [{id, label, status, doubtful, length, start: {path, offset}, end: {path, offset},
//                     quote: {exact, prefix, suffix}}]   (start/end absent when unknown; doubtful:
//                     the finder is unsure, drawn dashed)
//   request.colors: {label: "#rrggbb"}, request.legend: [{label, name, count}],
//   request.boilerplate: [{start, end}] (block ranges to dim), request.legendTitle, request.legendNote
//   (a line under the legend's labels, absent when none),
//   request.opacity: the tint's alpha, 0–1 (0.16 when absent).
// It answers {placed, unplaced: [ids], marks, milliseconds}. After an edit, update(changes) redraws
// only what changed: changes.spans as above (spans added or edited), changes.removed: [ids], and
// the colours and legend of the whole set; it answers the same, for the whole page.
// Clicks and hovers on highlights go
// back through the QWebChannel object "galleyBridge", which exists only in this world.
(function () {
    'use strict';

    const galley = window.galley;
    const MARK = galley.MARK;
    const DIM = galley.DIM;
    const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'option',
        'select', 'head']);

    // One channel per world: a second QWebChannel on the transport would take over its messages.
    let bridge = null;
    let channelObjects = null;
    const channelWaiters = [];
    if (typeof qt !== 'undefined' && qt.webChannelTransport && typeof QWebChannel === 'function') {
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.galleyBridge || null;
            channelObjects = channel.objects;
            for (const waiter of channelWaiters.splice(0))
                waiter(channelObjects);
        });
    }

    let marksBySpan = new Map();
    let chrome = null;          // style sheet and legend, outside <body>
    let dimmed = [];            // boilerplate elements, dimmed whole
    let dimWrappers = [];       // boilerplate text inside an element the article also reads from
    let selected = null;
    let selectedId = '';
    let unplacedIds = new Set();
    let placementKeys = new Map();   // span id → where it was asked to be drawn (range and quote)
    let requestChrome = {colors: {}, legend: [], legendTitle: '', legendNote: '', opacity: 0.16};
    const selectionListeners = [];   // galley-mouse-editing.js draws the boundary handles

    function notifySelection() {
        const id = selected ? selected[0].getAttribute('data-span') : '';
        for (const listener of selectionListeners)
            listener(id);
    }

    // Text a highlight can wrap: rendered HTML text, not inside SVG, scripts or form controls.
    function markable(textNode) {
        const parent = textNode.parentNode;
        if (!parent || parent.nodeType !== Node.ELEMENT_NODE)
            return false;
        if (parent.namespaceURI !== 'http://www.w3.org/1999/xhtml')
            return false;
        for (let element = parent; element; element = element.parentElement) {
            if (SKIPPED.has(element.localName))
                return false;
        }
        return true;
    }

    // The text nodes between two boundary points, each with the stretch of it the range covers.
    function segmentsBetween(start, end) {
        const segments = [];
        if (start.node.nodeType !== Node.TEXT_NODE || end.node.nodeType !== Node.TEXT_NODE)
            return segments;
        if (start.node === end.node) {
            if (end.offset > start.offset)
                segments.push({node: start.node, from: start.offset, to: end.offset});
            return segments;
        }
        if (start.node.compareDocumentPosition(end.node) & Node.DOCUMENT_POSITION_PRECEDING)
            return segments;
        const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
        walker.currentNode = start.node;
        let node = start.node;
        while (node) {
            const from = node === start.node ? start.offset : 0;
            const to = node === end.node ? end.offset : node.length;
            if (to > from)
                segments.push({node: node, from: from, to: to});
            if (node === end.node)
                break;
            node = walker.nextNode();
        }
        return segments;
    }

    function visibleSegments(segments) {
        return segments.filter(function (segment) {
            return markable(segment.node) && /\S/.test(segment.node.data.substring(segment.from, segment.to));
        });
    }

    // The page's text without white space, and where each character came from: built once per
    // call, and only when some span has to be found by its quote. Without white space, because
    // the article's spacing (a blank line between blocks) and the page's never quite agree.
    function buildTextIndex() {
        const nodes = [];
        const parts = [];
        const nodeOf = [];
        const offsetOf = [];
        const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!markable(node))
                continue;
            const index = nodes.length;
            nodes.push(node);
            const data = node.data;
            const spaces = /\s/g;
            let from = 0;
            for (let match = spaces.exec(data); ; match = spaces.exec(data)) {
                const to = match ? match.index : data.length;
                if (to > from) {
                    parts.push(data.substring(from, to));
                    for (let i = from; i < to; ++i) {
                        nodeOf.push(index);
                        offsetOf.push(i);
                    }
                }
                if (!match)
                    break;
                from = match.index + match[0].length;
            }
        }
        return {text: parts.join(''), nodes: nodes, nodeOf: nodeOf, offsetOf: offsetOf, cursor: 0};
    }

    function withoutSpaces(text) {
        return (text || '').replace(/\s+/g, '');
    }

    function sharedTail(a, b) {
        let n = 0;
        while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
            ++n;
        return n;
    }

    function sharedHead(a, b) {
        let n = 0;
        while (n < a.length && n < b.length && a[n] === b[n])
            ++n;
        return n;
    }

    // The occurrence of quote.exact whose surroundings best match its prefix and suffix. Spans
    // come in text order, so the search starts where the last one was found and stops at the
    // first occurrence whose prefix and suffix match in full.
    function findQuote(index, quote) {
        const exact = withoutSpaces(quote.exact);
        if (!exact)
            return null;
        const prefix = withoutSpaces(quote.prefix);
        const suffix = withoutSpaces(quote.suffix);
        const text = index.text;
        let best = -1;
        let bestScore = -1;
        let candidates = 0;
        const consider = function (at) {
            ++candidates;
            const before = text.substring(Math.max(0, at - prefix.length), at);
            const after = text.substring(at + exact.length, at + exact.length + suffix.length);
            const score = sharedTail(before, prefix) + sharedHead(after, suffix);
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
            return score === prefix.length + suffix.length;
        };
        // Each search stops as soon as it is settled: another indexOf would scan the rest of the page.
        let perfect = false;
        let at = text.indexOf(exact, index.cursor);
        while (at >= 0 && candidates < 1000) {
            if ((perfect = consider(at)))
                break;
            at = text.indexOf(exact, at + 1);
        }
        at = perfect || index.cursor === 0 ? -1 : text.indexOf(exact);
        while (at >= 0 && at < index.cursor && candidates < 2000) {
            if (consider(at))
                break;
            at = text.indexOf(exact, at + 1);
        }
        if (best < 0)
            return null;
        index.cursor = best;
        const last = best + exact.length - 1;
        return {
            start: {node: index.nodes[index.nodeOf[best]], offset: index.offsetOf[best]},
            end: {node: index.nodes[index.nodeOf[last]], offset: index.offsetOf[last] + 1},
        };
    }

    // Takes the wrappers out of the page, their contents left in place; returns their parents.
    function takeOut(wrappers) {
        const parents = new Set();
        for (const wrapper of wrappers) {
            const parent = wrapper.parentNode;
            if (!parent)
                continue;
            while (wrapper.firstChild)
                parent.insertBefore(wrapper.firstChild, wrapper);
            parent.removeChild(wrapper);
            parents.add(parent);
        }
        return parents;
    }

    // The same, joining the text nodes the wrappers had split.
    function unwrap(wrappers) {
        for (const parent of takeOut(wrappers)) {
            if (parent.isConnected && !(parent.nodeType === Node.ELEMENT_NODE && parent.localName === MARK))
                parent.normalize();
        }
    }

    function unwrapAll() {
        const marks = [];
        for (const list of marksBySpan.values())
            marks.push(...list);
        unwrap(marks);
        marksBySpan = new Map();
        unplacedIds = new Set();
        placementKeys = new Map();
        selectedId = '';
        for (const element of dimmed)
            element.removeAttribute('data-galley-boilerplate');
        dimmed = [];
        unwrap(dimWrappers);
        dimWrappers = [];
        selected = null;
        notifySelection();
        if (chrome && chrome.parentNode)
            chrome.parentNode.removeChild(chrome);
        chrome = null;
        galley.invalidatePaths();
    }

    function hexToRgba(hex, alpha) {
        const value = parseInt(hex.substring(1), 16);
        return 'rgba(' + ((value >> 16) & 255) + ', ' + ((value >> 8) & 255) + ', ' + (value & 255) + ', ' + alpha + ')';
    }

    function styleSheet(colors, opacity) {
        let css = MARK + ' { all: unset; display: inline !important; cursor: pointer;'
            + ' border-bottom: 2px solid transparent; border-radius: 1px; }\n';
        for (const label of Object.keys(colors)) {
            const color = colors[label];
            css += MARK + '[data-l="' + label + '"] { background-color: ' + hexToRgba(color, opacity)
                + ' !important; border-bottom-color: ' + color + ' !important; }\n';
        }
        // Stacked underlines: a mark with k highlights nested inside it drops its line k steps.
        for (let depth = 1; depth <= 6; ++depth)
            css += MARK + '[data-d="' + depth + '"] { padding-bottom: ' + (3 * depth) + 'px !important; }\n';
        css += MARK + '[data-s="rejected"] { border-bottom-style: dotted !important; background-color: transparent !important; }\n';
        // Struck through only without highlights inside: a line through a mark runs through every
        // mark within it, and a rejected quote would strike the pending names it holds.
        css += MARK + '[data-s="rejected"]:not([data-d]) { text-decoration: line-through !important; }\n';
        css += MARK + '[data-s="pending"] { border-bottom-style: solid; }\n';
        css += MARK + '[data-doubt] { border-bottom-style: dashed !important; }\n';
        css += MARK + '[data-sel] { outline: 2px solid #e8590c !important; outline-offset: 1px; }\n';
        css += '[data-galley-boilerplate] { opacity: 0.35 !important; filter: grayscale(1) !important; }\n';
        css += DIM + ' { all: unset; display: inline !important; opacity: 0.35 !important; filter: grayscale(1) !important; }\n';
        return css;
    }

    // What a mark's look follows: its label, review status, and the finder's doubt.
    function styleMark(mark, span) {
        mark.setAttribute('data-l', span.label);
        mark.setAttribute('data-s', span.status || 'pending');
        if (span.doubtful)
            mark.setAttribute('data-doubt', '');
        else
            mark.removeAttribute('data-doubt');
    }

    function buildLegend(request) {
        const legend = document.createElement('galley-legend');
        legend.setAttribute('style', 'all: initial; position: fixed; right: 10px; bottom: 10px; z-index: 2147483646;'
            + ' background: rgba(255, 255, 255, 0.94); border: 1px solid #bbb; border-radius: 4px;'
            + ' box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); padding: 5px 8px; font: 12px/1.5 sans-serif;'
            + ' max-width: 330px;'
            + ' color: #222; pointer-events: none; display: block; transition: opacity 0.15s;');
        const title = document.createElement('galley-legend-title');
        title.setAttribute('style', 'all: initial; display: block; font: bold 12px/1.6 sans-serif; color: #222;');
        title.textContent = request.legendTitle || '';
        legend.appendChild(title);
        for (const entry of request.legend || []) {
            const row = document.createElement('galley-legend-row');
            row.setAttribute('data-l', entry.label);
            row.setAttribute('style', 'all: initial; display: inline-block; margin-right: 10px; white-space: nowrap;'
                + ' font: 12px/1.6 sans-serif; color: #222;');
            const swatch = document.createElement('galley-legend-swatch');
            const color = request.colors[entry.label] || '#888888';
            swatch.setAttribute('style', 'all: initial; display: inline-block; width: 12px; height: 9px;'
                + ' margin-right: 4px; vertical-align: baseline; background: ' + hexToRgba(color, 0.25)
                + '; border-bottom: 2px solid ' + color + ';');
            row.appendChild(swatch);
            row.appendChild(document.createTextNode(entry.name + ' ' + entry.count));
            legend.appendChild(row);
        }
        if (request.legendNote) {
            const note = document.createElement('galley-legend-note');
            note.setAttribute('style', 'all: initial; display: block; font: italic 12px/1.6 sans-serif; color: #444;');
            note.textContent = request.legendNote;
            legend.appendChild(note);
        }
        return legend;
    }

    function nonSpaceLength(text) {
        return text.replace(/\s+/g, '').length;
    }

    // Dims each boilerplate block's element; returns the blocks that are only part of their
    // element's text ("MOSCOW (Sputnik) —" before the article's first words), for dimInside().
    function dimBoilerplate(ranges) {
        const inside = [];
        for (const range of ranges) {
            const start = galley.resolvePoint(range.start.path, range.start.offset);
            const end = galley.resolvePoint(range.end.path, range.end.offset);
            if (!start || !end)
                continue;
            const common = document.createRange();
            common.setStart(start.node, start.offset);
            common.setEnd(end.node, end.offset);
            let element = common.commonAncestorContainer;
            if (element.nodeType !== Node.ELEMENT_NODE)
                element = element.parentElement;
            const whole = element && element !== document.body && element !== document.documentElement;
            // The page's whole text is not counted again for each block that spans the body.
            if (whole && nonSpaceLength(common.toString()) < nonSpaceLength(element.textContent || '')) {
                inside.push(range);
                continue;
            }
            const targets = whole ? [element] : [start.node.parentElement, end.node.parentElement];
            for (const target of targets) {
                if (target && !target.hasAttribute('data-galley-boilerplate')) {
                    target.setAttribute('data-galley-boilerplate', '');
                    dimmed.push(target);
                }
            }
        }
        return inside;
    }

    // Wraps the text of boilerplate blocks that share their element with the article in dim
    // elements, after the marks (whose places were found on the unsplit text).
    function dimInside(ranges) {
        const byNode = new Map();
        for (const range of ranges) {
            const start = galley.resolvePoint(range.start.path, range.start.offset);
            const end = galley.resolvePoint(range.end.path, range.end.offset);
            if (!start || !end)
                continue;
            for (const segment of visibleSegments(segmentsBetween(start, end))) {
                if (!byNode.has(segment.node))
                    byNode.set(segment.node, []);
                byNode.get(segment.node).push(segment);
            }
        }
        // A text node's later pieces first: splitting one keeps the offsets of those before it.
        const segments = [];
        for (const list of byNode.values())
            segments.push(...list.sort(function (a, b) { return b.from - a.from; }));
        for (const segment of segments) {
            let node = segment.node;
            if (segment.to < node.length)
                node.splitText(segment.to);
            if (segment.from > 0)
                node = node.splitText(segment.from);
            const wrapper = document.createElement(DIM);
            node.parentNode.insertBefore(wrapper, node);
            wrapper.appendChild(node);
            dimWrappers.push(wrapper);
        }
    }

    // Splits each text node once at every boundary any span has in it, then wraps each piece
    // in one mark per span covering it, longest span outermost.
    function wrapSegments(placements) {
        const byNode = new Map();
        for (const placement of placements) {
            for (const segment of placement.segments) {
                let list = byNode.get(segment.node);
                if (!list)
                    byNode.set(segment.node, list = []);
                list.push({span: placement.span, from: segment.from, to: segment.to});
            }
        }
        let markCount = 0;
        for (const [node, list] of byNode) {
            const cuts = new Set();
            for (const item of list) {
                cuts.add(item.from);
                cuts.add(item.to);
            }
            const sorted = Array.from(cuts).filter(function (cut) { return cut > 0 && cut < node.length; })
                .sort(function (a, b) { return a - b; });
            const pieces = [{node: node, from: 0}];
            let current = node;
            let consumed = 0;
            for (const cut of sorted) {
                current = current.splitText(cut - consumed);
                consumed = cut;
                pieces.push({node: current, from: cut});
            }
            for (let i = 0; i < pieces.length; ++i) {
                const piece = pieces[i];
                const to = i + 1 < pieces.length ? pieces[i + 1].from : piece.from + piece.node.length;
                const covering = list.filter(function (item) { return item.from <= piece.from && item.to >= to; })
                    .map(function (item) { return item.span; });
                if (covering.length === 0 || !/\S/.test(piece.node.data))
                    continue;
                covering.sort(function (a, b) { return (b.length - a.length) || (a.order - b.order); });
                let parent = piece.node.parentNode;
                let before = piece.node;
                for (let depth = 0; depth < covering.length; ++depth) {
                    const span = covering[depth];
                    const mark = document.createElement(MARK);
                    mark.setAttribute('data-span', span.id);
                    styleMark(mark, span);
                    const below = covering.length - 1 - depth;
                    if (below > 0)
                        mark.setAttribute('data-d', String(Math.min(below, 6)));
                    parent.insertBefore(mark, before);
                    parent = mark;
                    before = null;
                    let marks = marksBySpan.get(span.id);
                    if (!marks)
                        marksBySpan.set(span.id, marks = []);
                    marks.push(mark);
                    ++markCount;
                }
                parent.appendChild(piece.node);
            }
        }
        return markCount;
    }

    // The style sheet and the legend, outside <body>; replaced whole when the set changes.
    function showChrome(request) {
        requestChrome = {colors: request.colors || {}, legend: request.legend || [], legendTitle: request.legendTitle || '',
                         legendNote: request.legendNote || '',
                         opacity: typeof request.opacity === 'number' ? request.opacity : 0.16};
        if (chrome && chrome.parentNode)
            chrome.parentNode.removeChild(chrome);
        chrome = document.createElement('galley-highlights');
        chrome.setAttribute('style', 'all: initial; display: block;');
        const style = document.createElement('style');
        style.textContent = styleSheet(requestChrome.colors, requestChrome.opacity);
        chrome.appendChild(style);
        if (requestChrome.legend.length > 0)
            chrome.appendChild(buildLegend(requestChrome));
        document.documentElement.appendChild(chrome);
    }

    function placementKey(span) {
        return JSON.stringify([span.start || null, span.end || null, span.quote || null]);
    }

    // The span's text nodes in the page: by its DOM range, else by its text quote (the page's
    // text index is built once per `lookup`, and only when a quote is needed).
    function locate(span, lookup) {
        let segments = [];
        if (span.start && span.end) {
            const start = galley.resolvePoint(span.start.path, span.start.offset);
            const end = galley.resolvePoint(span.end.path, span.end.offset);
            if (start && end)
                segments = visibleSegments(segmentsBetween(start, end));
        }
        if (segments.length === 0 && span.quote && span.quote.exact) {
            if (!lookup.textIndex) {
                const indexing = performance.now();
                lookup.textIndex = buildTextIndex();
                lookup.milliseconds += performance.now() - indexing;
            }
            const found = findQuote(lookup.textIndex, span.quote);
            if (found)
                segments = visibleSegments(segmentsBetween(found.start, found.end));
        }
        return segments;
    }

    function isMarkElement(node) {
        return node && node.nodeType === Node.ELEMENT_NODE && node.localName === MARK;
    }

    // How many highlights are stacked inside a mark, for its underline's drop.
    function depthBelow(mark) {
        let depth = 0;
        for (let child = mark.firstElementChild; child; child = child.nextElementSibling) {
            if (isMarkElement(child))
                depth = Math.max(depth, 1 + depthBelow(child));
        }
        return depth;
    }

    function refreshDepths(from) {
        for (let element = from; isMarkElement(element); element = element.parentNode) {
            const below = depthBelow(element);
            if (below > 0)
                element.setAttribute('data-d', String(Math.min(below, 6)));
            else
                element.removeAttribute('data-d');
        }
    }

    function unwrapSpan(id) {
        const marks = marksBySpan.get(id);
        if (!marks)
            return;
        const parents = takeOut(marks);
        marksBySpan.delete(id);
        if (selectedId === id) {
            selected = null;
            notifySelection();
        }
        for (const parent of parents) {
            if (!parent.isConnected)
                continue;
            parent.normalize();
            refreshDepths(parent);
        }
    }

    // Wraps each of the span's text nodes (or the stretch of it the span covers) in one more
    // mark, innermost: the marks already there stay as they are.
    function wrapSpan(span, segments) {
        const marks = [];
        // Later pieces of a text node first: splitting one keeps the offsets of those before it.
        segments.sort(function (a, b) { return a.node === b.node ? b.from - a.from : 0; });
        for (const segment of segments) {
            let node = segment.node;
            if (segment.to < node.length)
                node.splitText(segment.to);
            if (segment.from > 0)
                node = node.splitText(segment.from);
            const mark = document.createElement(MARK);
            mark.setAttribute('data-span', span.id);
            styleMark(mark, span);
            node.parentNode.insertBefore(mark, node);
            mark.appendChild(node);
            marks.push(mark);
            refreshDepths(mark.parentNode);
        }
        marksBySpan.set(span.id, marks);
        return marks.length;
    }

    function markTotal() {
        let total = 0;
        for (const marks of marksBySpan.values())
            total += marks.length;
        return total;
    }

    // Redraws the spans an edit changed: a new label or status is set on the marks in place; a
    // span added, moved or resized is unwrapped and wrapped again; removed spans are unwrapped.
    function update(changes) {
        const began = performance.now();
        const lookup = {textIndex: null, milliseconds: 0};
        for (const id of changes.removed || []) {
            unwrapSpan(id);
            unplacedIds.delete(id);
            placementKeys.delete(id);
        }
        let redrawn = 0;
        for (const span of changes.spans || []) {
            const key = placementKey(span);
            const marks = marksBySpan.get(span.id);
            if (placementKeys.get(span.id) === key && (marks || unplacedIds.has(span.id))) {
                for (const mark of marks || [])
                    styleMark(mark, span);
                continue;
            }
            unwrapSpan(span.id);
            galley.invalidatePaths();
            lookup.textIndex = null;
            placementKeys.set(span.id, key);
            const segments = locate(span, lookup);
            if (segments.length === 0) {
                unplacedIds.add(span.id);
                continue;
            }
            unplacedIds.delete(span.id);
            wrapSpan(span, segments);
            galley.invalidatePaths();
            ++redrawn;
        }
        if (selectedId && !selected && marksBySpan.has(selectedId))
            select(selectedId, false);
        showChrome(changes);
        void document.documentElement.offsetHeight;
        return {placed: marksBySpan.size, unplaced: Array.from(unplacedIds), marks: markTotal(),
                milliseconds: performance.now() - began, phases: {redrawn: redrawn, textIndex: lookup.milliseconds}};
    }

    function apply(request) {
        const began = performance.now();
        unwrapAll();
        const cleared = performance.now();
        const placements = [];
        const unplaced = [];
        let indexMilliseconds = 0;
        const spans = request.spans || [];
        const lookup = {textIndex: null, milliseconds: 0};
        for (let order = 0; order < spans.length; ++order) {
            const span = spans[order];
            span.order = order;
            placementKeys.set(span.id, placementKey(span));
            const segments = locate(span, lookup);
            if (segments.length === 0) {
                unplaced.push(span.id);
                unplacedIds.add(span.id);
            } else {
                placements.push({span: span, segments: segments});
            }
        }
        indexMilliseconds = lookup.milliseconds;
        const located = performance.now();
        const dimmedInside = dimBoilerplate(request.boilerplate || []);
        const markCount = wrapSegments(placements);
        galley.invalidatePaths();
        if (dimmedInside.length > 0) {
            dimInside(dimmedInside);
            galley.invalidatePaths();
        }
        const wrapped = performance.now();

        showChrome(request);
        void document.documentElement.offsetHeight;   // the layout is part of the cost
        const done = performance.now();
        return {placed: placements.length, unplaced: unplaced, marks: markCount, milliseconds: done - began,
                phases: {clear: cleared - began, locate: located - cleared, wrap: wrapped - located,
                         layout: done - wrapped, textIndex: indexMilliseconds}};
    }

    // Marks the span as the selected one; with `reveal`, scrolls to it and flashes it.
    function select(id, reveal) {
        if (selected)
            for (const mark of selected)
                mark.removeAttribute('data-sel');
        selectedId = id;
        selected = marksBySpan.get(id) || null;
        if (selected)
            for (const mark of selected)
                mark.setAttribute('data-sel', '');
        notifySelection();
        if (!selected)
            return '';
        if (!reveal)
            return selected[0].textContent;
        const range = document.createRange();
        range.setStartBefore(selected[0]);
        range.setEndAfter(selected[selected.length - 1]);
        return galley.flashRange(range);
    }

    function spanIdAt(target) {
        const element = target && target.nodeType === Node.ELEMENT_NODE ? target : target && target.parentElement;
        const mark = element && element.closest ? element.closest(MARK) : null;
        return mark ? mark.getAttribute('data-span') : '';
    }

    let hovered = '';
    document.addEventListener('click', function (event) {
        const id = spanIdAt(event.target);
        if (!id)
            return;
        select(id, false);
        if (bridge)
            bridge.spanClicked(id);
    }, true);
    // The legend fades while the pointer is over it, so the text it covers can be read (clicks
    // already pass through it), and comes back when the pointer leaves it or the page.
    function fadeLegend(faded) {
        const legend = chrome && chrome.querySelector('galley-legend');
        const opacity = faded ? '0.1' : '1';
        if (legend && legend.style.opacity !== opacity)
            legend.style.opacity = opacity;
    }
    document.addEventListener('mousemove', function (event) {
        const legend = chrome && chrome.querySelector('galley-legend');
        if (!legend)
            return;
        const box = legend.getBoundingClientRect();
        fadeLegend(event.clientX >= box.left - 8 && event.clientX <= box.right + 8
                   && event.clientY >= box.top - 8 && event.clientY <= box.bottom + 8);
    }, true);
    document.addEventListener('mouseout', function (event) {
        if (!event.relatedTarget)
            fadeLegend(false);
    }, true);
    document.addEventListener('mouseover', function (event) {
        const id = spanIdAt(event.target);
        if (id === hovered)
            return;
        hovered = id;
        if (bridge)
            bridge.spanHovered(id);
    }, true);

    window.galleyHighlights = {
        apply: apply,
        update: update,
        clear: unwrapAll,
        select: select,
        // Marks per span id, for tests and diagnostics: {id: count}.
        markCounts: function () {
            const counts = {};
            for (const [id, marks] of marksBySpan)
                counts[id] = marks.length;
            return counts;
        },
        spanIdAt: spanIdAt,
        // The span's marks in document order (empty when it is not drawn).
        marksOf: function (id) { return marksBySpan.get(id) || []; },
        // Calls listener(spanId) whenever the selected span changes ('' when none is).
        onSelect: function (listener) { selectionListeners.push(listener); },
        // Whether the QWebChannel to Galley is up (it connects asynchronously after load).
        bridgeReady: function () { return bridge !== null; },
        // Calls callback(objects) with the channel's published objects once it is up.
        withChannel: function (callback) {
            if (channelObjects)
                callback(channelObjects);
            else
                channelWaiters.push(callback);
        },
    };
})();
