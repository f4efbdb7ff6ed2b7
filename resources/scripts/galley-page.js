// Galley's page script. Runs in the isolated application world (page scripts are off): it only
// finds and draws. C++ calls window.galley.flash({start: {path, offset}, end: {path, offset}})
// with DOM text node paths as core/load/html_document.h writes them.
(function () {
    'use strict';

    // "/html[1]/body[1]/div[3]/text()[2]": element steps count same-named element children by
    // lower-case local name in any namespace, the last step counts text and CDATA nodes.
    // Walks the tree by hand: document.evaluate cannot see through namespaces.
    function resolvePath(path) {
        const steps = path.split('/').filter(function (step) { return step.length > 0; });
        let node = document;
        for (const step of steps) {
            const match = /^(.+)\[(\d+)\]$/.exec(step);
            if (!match)
                return null;
            const name = match[1];
            let wanted = parseInt(match[2], 10);
            let found = null;
            for (let child = node.firstChild; child && !found; child = child.nextSibling) {
                const isMatch = name === 'text()'
                    ? (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE)
                    : (child.nodeType === Node.ELEMENT_NODE && child.localName.toLowerCase() === name);
                if (isMatch && --wanted === 0)
                    found = child;
            }
            if (!found)
                return null;
            node = found;
        }
        return node;
    }

    function clampedOffset(node, offset) {
        const length = node.nodeType === Node.ELEMENT_NODE ? node.childNodes.length : node.length;
        return Math.max(0, Math.min(offset, length));
    }

    function makeRange(start, end) {
        const startNode = resolvePath(start.path);
        const endNode = resolvePath(end.path);
        if (!startNode || !endNode)
            return null;
        const range = document.createRange();
        range.setStart(startNode, clampedOffset(startNode, start.offset));
        range.setEnd(endNode, clampedOffset(endNode, end.offset));
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
        resolvePath: resolvePath,
        // Returns the flashed text, or '' when the range is not in this page.
        flash: function (request) {
            const range = makeRange(request.start, request.end);
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
