// Editing with the mouse, on top of galley-highlights.js in the same isolated world:
// - the selected span gets a handle at its start and its end; dragging one previews the new
//   extent (snapped to whole words) and on release reports it as a text quote through
//   galleyEditing.boundaryDragged(spanId, 'start'|'end', exact, prefix, suffix);
// - while C++ has set picking (window.galleyMouseEditing.setPicking(true)), the next click
//   reports the highlights under the pointer (innermost first) and the word there through
//   galleyEditing.mentionPicked(ids, exact, prefix, suffix), and goes nowhere else;
// - a right click reports the highlight under it and whether text is selected through
//   galleyEditing.contextMenuRequested(spanId, hasSelection, clientX, clientY);
// - letting go of the left button reports whether text is selected and where its end is
//   (galleyEditing.selectionMade), for the label box.
// Handles and previews live in an overlay outside <body>: the page's nodes and paths stay as
// they are.
(function () {
    'use strict';

    const highlights = window.galleyHighlights;
    const MARK = window.galley.MARK;
    const WORD = /[\p{L}\p{N}\p{M}]/u;
    const ACCENT = '#e8590c';

    let bridge = null;
    highlights.withChannel(function (objects) {
        bridge = objects.galleyEditing || null;
    });

    let overlay = null;      // handles and drag preview, outside <body>
    let spanId = '';
    let drag = null;         // {edge, fixed: {node, offset}, range}
    let picking = false;

    function removeOverlay() {
        if (overlay && overlay.parentNode)
            overlay.parentNode.removeChild(overlay);
        overlay = null;
    }

    function spanRange(id) {
        const marks = highlights.marksOf(id);
        if (marks.length === 0)
            return null;
        const range = document.createRange();
        range.setStart(marks[0].firstChild || marks[0], 0);
        const last = marks[marks.length - 1];
        let tail = last;
        while (tail.lastChild)
            tail = tail.lastChild;
        range.setEnd(tail, tail.nodeType === Node.TEXT_NODE ? tail.length : tail.childNodes.length);
        return range;
    }

    function visibleRects(range) {
        return Array.from(range.getClientRects()).filter(function (rect) {
            return rect.width >= 1 && rect.height >= 1;
        });
    }

    function element(name, style) {
        const node = document.createElement(name);
        node.setAttribute('style', 'all: initial; position: absolute; box-sizing: border-box; ' + style);
        return node;
    }

    // A bar along the line's height with a knob above (start) or below (end) it. While a handle
    // is dragged the handles let the pointer through, so the text under it can be found.
    function handle(edge, rect, dragging) {
        const x = (edge === 'start' ? rect.left : rect.right) + window.scrollX;
        const top = rect.top + window.scrollY;
        const grip = element('galley-handle', 'pointer-events: ' + (dragging ? 'none' : 'auto') + ';'
            + ' cursor: ew-resize; z-index: 2147483647;'
            + ' left: ' + (x - 7) + 'px; top: ' + (top - 9) + 'px; width: 14px; height: ' + (rect.height + 18) + 'px;');
        grip.setAttribute('data-edge', edge);
        grip.appendChild(element('galley-handle-bar', 'pointer-events: none; left: 6px; top: 7px; width: 2px;'
            + ' height: ' + (rect.height + 4) + 'px; background: ' + ACCENT + ';'));
        grip.appendChild(element('galley-handle-knob', 'pointer-events: none; left: 2px; width: 10px; height: 10px;'
            + ' border-radius: 50%; background: ' + ACCENT + '; border: 1px solid #fff;'
            + (edge === 'start' ? ' top: 0;' : ' top: ' + (rect.height + 8) + 'px;')));
        grip.addEventListener('pointerdown', startDrag, true);
        grip.addEventListener('mousedown', function (event) {   // no text selection starts here
            event.preventDefault();
            event.stopPropagation();
        }, true);
        return grip;
    }

    // Draws the handles of `range` (and, while dragging, the preview of the new extent).
    function draw(range, preview) {
        removeOverlay();
        const rects = range ? visibleRects(range) : [];
        if (rects.length === 0)
            return;
        overlay = document.createElement('galley-editing');
        overlay.setAttribute('style', 'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0;'
            + ' z-index: 2147483647;');
        if (preview) {
            for (const rect of rects) {
                overlay.appendChild(element('galley-preview', 'pointer-events: none; border-radius: 2px;'
                    + ' background: rgba(232, 89, 12, 0.18); outline: 2px dashed ' + ACCENT + ';'
                    + ' left: ' + (rect.left + window.scrollX) + 'px; top: ' + (rect.top + window.scrollY) + 'px;'
                    + ' width: ' + rect.width + 'px; height: ' + rect.height + 'px;'));
            }
        }
        overlay.appendChild(handle('start', rects[0], preview));
        overlay.appendChild(handle('end', rects[rects.length - 1], preview));
        document.documentElement.appendChild(overlay);
    }

    function showHandles(id) {
        spanId = id;
        if (!drag)
            draw(id ? spanRange(id) : null, false);
    }

    // The text position under the pointer, moved to the start (or end) of the word it is in.
    function wordPointAt(x, y, edge) {
        const caret = document.caretRangeFromPoint(x, y);
        if (!caret || caret.startContainer.nodeType !== Node.TEXT_NODE)
            return null;
        const node = caret.startContainer;
        let offset = caret.startOffset;
        const data = node.data;
        if (edge === 'start') {
            while (offset > 0 && WORD.test(data[offset - 1]))
                --offset;
        } else {
            while (offset < data.length && WORD.test(data[offset]))
                ++offset;
        }
        return {node: node, offset: offset};
    }

    function rangeBetween(a, b) {
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset);
        return range;
    }

    function quoteOf(range) {
        const before = document.createRange();
        before.setStart(document.body, 0);
        before.setEnd(range.startContainer, range.startOffset);
        const after = document.createRange();
        after.setStart(range.endContainer, range.endOffset);
        after.setEnd(document.body, document.body.childNodes.length);
        return {exact: range.toString(), prefix: before.toString().slice(-64), suffix: after.toString().slice(0, 64)};
    }

    function startDrag(event) {
        const range = spanRange(spanId);
        if (!range || event.button !== 0)
            return;
        event.preventDefault();
        event.stopPropagation();
        const edge = event.currentTarget.getAttribute('data-edge');
        drag = {
            edge: edge,
            fixed: edge === 'start' ? {node: range.endContainer, offset: range.endOffset}
                                    : {node: range.startContainer, offset: range.startOffset},
            range: range,
        };
        draw(range, true);
    }

    function moveDrag(event) {
        if (!drag)
            return;
        event.preventDefault();
        const point = wordPointAt(event.clientX, event.clientY, drag.edge);
        if (!point)
            return;
        const range = drag.edge === 'start' ? rangeBetween(point, drag.fixed) : rangeBetween(drag.fixed, point);
        // A boundary dragged past the other one leaves the last extent that had text.
        if (range.collapsed || !/\S/.test(range.toString()))
            return;
        drag.range = range;
        draw(range, true);
    }

    function endDrag(event) {
        if (!drag)
            return;
        event.preventDefault();
        const finished = drag;
        drag = null;
        draw(finished.range, false);
        const quote = quoteOf(finished.range);
        if (bridge)
            bridge.boundaryDragged(spanId, finished.edge, quote.exact, quote.prefix, quote.suffix);
    }

    window.addEventListener('pointermove', moveDrag, true);
    window.addEventListener('pointerup', endDrag, true);
    window.addEventListener('resize', function () { showHandles(spanId); });

    function marksUnder(target) {
        const ids = [];
        let node = target && target.nodeType === Node.ELEMENT_NODE ? target : target && target.parentElement;
        for (; node; node = node.parentElement) {
            if (node.localName === MARK)
                ids.push(node.getAttribute('data-span'));
        }
        return ids;
    }

    function wordAt(x, y) {
        const start = wordPointAt(x, y, 'start');
        const end = wordPointAt(x, y, 'end');
        if (!start || !end || start.node !== end.node || end.offset <= start.offset)
            return {exact: '', prefix: '', suffix: ''};
        return quoteOf(rangeBetween(start, end));
    }

    // Runs before galley-highlights.js's click handler (window before document): a pick selects
    // nothing.
    window.addEventListener('click', function (event) {
        if (!picking || event.button !== 0)
            return;
        event.preventDefault();
        event.stopPropagation();
        const word = wordAt(event.clientX, event.clientY);
        if (bridge)
            bridge.mentionPicked(marksUnder(event.target), word.exact, word.prefix, word.suffix);
    }, true);

    window.addEventListener('contextmenu', function (event) {
        event.preventDefault();
        const selection = window.getSelection();
        const hasSelection = !!selection && !selection.isCollapsed && /\S/.test(selection.toString());
        if (bridge)
            bridge.contextMenuRequested(marksUnder(event.target)[0] || '', hasSelection, event.clientX, event.clientY);
    }, true);

    // The window shows its label box by a selection the mouse just made, and hides it otherwise.
    window.addEventListener('mouseup', function (event) {
        if (drag || picking || event.button !== 0 || !bridge)
            return;
        const selection = window.getSelection();
        const hasSelection = !!selection && !selection.isCollapsed && /\S/.test(selection.toString());
        let x = event.clientX, y = event.clientY;
        if (hasSelection) {
            const rects = visibleRects(selection.getRangeAt(0));
            if (rects.length > 0) {
                const last = rects[rects.length - 1];
                x = last.right;
                y = last.bottom;
            }
        }
        bridge.selectionMade(hasSelection, x, y);
    }, true);

    let pickingStyle = null;

    function setPicking(on) {
        picking = !!on;
        if (picking && !pickingStyle) {
            pickingStyle = document.createElement('galley-picking');
            pickingStyle.setAttribute('style', 'all: initial; display: none;');
            const style = document.createElement('style');
            style.textContent = 'html, body, ' + MARK + ' { cursor: crosshair !important; }';
            pickingStyle.appendChild(style);
            document.documentElement.appendChild(pickingStyle);
        } else if (!picking && pickingStyle) {
            pickingStyle.parentNode.removeChild(pickingStyle);
            pickingStyle = null;
        }
        return picking;
    }

    highlights.onSelect(showHandles);

    window.galleyMouseEditing = {
        setPicking: setPicking,
        isPicking: function () { return picking; },
        // Where the handles are, in client coordinates, for tests: {start: {x, y}, end: {x, y}} or null.
        handleCentres: function () {
            if (!overlay)
                return null;
            const centres = {};
            for (const grip of overlay.querySelectorAll('galley-handle')) {
                const rect = grip.getBoundingClientRect();
                centres[grip.getAttribute('data-edge')] = {x: rect.left + rect.width / 2, y: rect.top + rect.height / 2};
            }
            return centres;
        },
        previewText: function () { return drag ? drag.range.toString() : ''; },
        bridgeReady: function () { return bridge !== null; },
    };
})();
