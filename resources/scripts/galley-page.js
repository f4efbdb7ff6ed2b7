// Galley's page script. Runs in the isolated application world (page scripts are off): it only
// finds and draws. C++ calls window.galley.flash({start: {path, offset}, end: {path, offset}})
// with DOM text node paths as core/load/html_document.h writes them. galley-highlights.js adds
// the annotation highlights on top of it.
(function () {
    'use strict';

    // Galley's highlights wrap stretches of text in these elements (marks for spans, dims for
    // boilerplate inside a paragraph the article keeps); path resolution looks through them, so
    // node paths keep naming the page's own text nodes.
    const MARK = 'galley-mark';
    const DIM = 'galley-dim';

    function isMark(node) {
        return node.nodeType === Node.ELEMENT_NODE && (node.localName === MARK || node.localName === DIM);
    }

    function isText(node) {
        return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;
    }

    // Per element, its children as the saved page had them: elements by lower-case local name,
    // and text nodes, each as the list of pieces highlighting split it into. Built once per
    // element until the page's text is re-marked (invalidate()).
    let childCache = new Map();

    function appendPieces(node, pieces) {
        for (let child = node.firstChild; child; child = child.nextSibling) {
            if (isMark(child))
                appendPieces(child, pieces);
            else if (isText(child))
                pieces.push(child);
        }
    }

    function childrenOf(node) {
        let entry = childCache.get(node);
        if (entry)
            return entry;
        entry = {elements: new Map(), texts: []};
        let pieces = null;
        for (let child = node.firstChild; child; child = child.nextSibling) {
            if (isText(child) || isMark(child)) {
                if (!pieces) {
                    pieces = [];
                    entry.texts.push(pieces);
                }
                if (isMark(child))
                    appendPieces(child, pieces);
                else
                    pieces.push(child);
                continue;
            }
            pieces = null;
            if (child.nodeType !== Node.ELEMENT_NODE)
                continue;
            const name = child.localName.toLowerCase();
            let list = entry.elements.get(name);
            if (!list)
                entry.elements.set(name, list = []);
            list.push(child);
        }
        childCache.set(node, entry);
        return entry;
    }

    // "/html[1]/body[1]/div[3]/text()[2]": element steps count same-named element children by
    // lower-case local name in any namespace, the last step counts text and CDATA nodes.
    // Walks the tree by hand: document.evaluate cannot see through namespaces.
    // Returns the element, or for a text step the list of its pieces; null when absent.
    const pathCache = new Map();

    function resolveSteps(path) {
        if (pathCache.has(path))
            return pathCache.get(path);
        const cut = path.lastIndexOf('/');
        const parent = cut <= 0 ? document : resolveSteps(path.substring(0, cut));
        let found = null;
        const match = /^(.+)\[(\d+)\]$/.exec(path.substring(cut + 1));
        if (parent && !Array.isArray(parent) && match) {
            const index = parseInt(match[2], 10) - 1;
            const entry = childrenOf(parent);
            const list = match[1] === 'text()' ? entry.texts : entry.elements.get(match[1]);
            found = (list && list[index]) || null;
        }
        pathCache.set(path, found);
        return found;
    }

    function resolvePath(path) {
        const found = resolveSteps(path);
        return Array.isArray(found) ? found[0] : found;
    }

    // A path and a UTF-16 offset into the page's original text node (or an element's child
    // list) as a DOM boundary point {node, offset}; null when the path is not in the page.
    function resolvePoint(path, offset) {
        const found = resolveSteps(path);
        if (!found)
            return null;
        if (!Array.isArray(found)) {
            return {node: found, offset: Math.max(0, Math.min(offset, found.childNodes.length))};
        }
        let rest = Math.max(0, offset);
        for (let i = 0; i < found.length; ++i) {
            const piece = found[i];
            if (rest < piece.length || i === found.length - 1)
                return {node: piece, offset: Math.min(rest, piece.length)};
            rest -= piece.length;
        }
        return null;
    }

    function invalidate() {
        childCache = new Map();
        pathCache.clear();
    }

    function makeRange(start, end) {
        const startPoint = resolvePoint(start.path, start.offset);
        const endPoint = resolvePoint(end.path, end.offset);
        if (!startPoint || !endPoint)
            return null;
        const range = document.createRange();
        range.setStart(startPoint.node, startPoint.offset);
        range.setEnd(endPoint.node, endPoint.offset);
        return range;
    }

    let overlay = null;

    function removeOverlay() {
        if (overlay && overlay.parentNode)
            overlay.parentNode.removeChild(overlay);
        overlay = null;
    }

    // One box per line: the client rects of a range come per text run, with slivers for the
    // spaces at line ends; boxes on the same line that touch or overlap are joined.
    function lineBoxes(range) {
        const boxes = [];
        for (const rect of range.getClientRects()) {
            if (rect.width < 1 || rect.height < 1)
                continue;
            const box = {left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom};
            const line = boxes.find(function (other) {
                const sameLine = Math.abs(other.top - box.top) < 3 && Math.abs(other.bottom - box.bottom) < 3;
                return sameLine && box.left <= other.right + 2 && box.right >= other.left - 2;
            });
            if (line) {
                line.left = Math.min(line.left, box.left);
                line.right = Math.max(line.right, box.right);
                line.top = Math.min(line.top, box.top);
                line.bottom = Math.max(line.bottom, box.bottom);
            } else {
                boxes.push(box);
            }
        }
        return boxes.map(function (box) {
            return {left: box.left, top: box.top, width: box.right - box.left, height: box.bottom - box.top};
        });
    }

    // An overlay outside <body>, so the page's own nodes (and every node path) stay as they are.
    // Timers do not run while page scripts are off, so the fade is a CSS animation and C++
    // removes the overlay afterwards (galley.clear()).
    function drawOverlay(range) {
        removeOverlay();
        overlay = document.createElement('galley-flash');
        overlay.setAttribute('style', 'all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0;'
            + ' pointer-events: none; z-index: 2147483647;');
        const style = document.createElement('style');
        style.textContent = '@keyframes galley-flash-fade { 0% { opacity: 0; } 12% { opacity: 1; }'
            + ' 70% { opacity: 1; } 100% { opacity: 0; } }';
        overlay.appendChild(style);
        const scrollX = window.scrollX, scrollY = window.scrollY;
        for (const rect of lineBoxes(range)) {
            const mark = document.createElement('galley-flash-mark');
            mark.setAttribute('style', 'all: initial; position: absolute; pointer-events: none;'
                + ' box-sizing: border-box; border-radius: 2px;'
                + ' background: rgba(255, 196, 0, 0.45); outline: 2px solid rgba(230, 140, 0, 0.9);'
                + ' animation: galley-flash-fade 2s ease-in-out forwards;'
                + ' left: ' + (rect.left + scrollX - 2) + 'px; top: ' + (rect.top + scrollY - 1) + 'px;'
                + ' width: ' + (rect.width + 4) + 'px; height: ' + (rect.height + 2) + 'px;');
            overlay.appendChild(mark);
        }
        document.documentElement.appendChild(overlay);
    }

    function scrollIntoView(range) {
        const first = range.startContainer;
        const element = first.nodeType === Node.ELEMENT_NODE ? first : first.parentElement;
        if (element && element.scrollIntoView)
            element.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
    }

    window.galley = {
        lastFlashText: '',
        MARK: MARK,
        DIM: DIM,
        resolvePath: resolvePath,
        resolvePoint: resolvePoint,
        invalidatePaths: invalidate,
        // Returns the flashed text, or '' when the range is not in this page.
        flash: function (request) {
            return this.flashRange(makeRange(request.start, request.end));
        },
        flashRange: function (range) {
            if (!range || range.collapsed) {
                this.lastFlashText = '';
                return '';
            }
            scrollIntoView(range);
            drawOverlay(range);
            this.lastFlashText = range.toString();
            return this.lastFlashText;
        },
        clear: removeOverlay,
    };
})();
