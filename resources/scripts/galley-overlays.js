// Galley's overlay script. Runs in the isolated application world. With the page's own scripts
// off, a cookie banner, consent wall or newsletter pop-up fixed over the page can never be
// closed: it would cover the article for the whole review. Such overlays are hidden; everything
// else of the page, and its text nodes (whose paths highlights use), stays as saved.
(function () {
    'use strict';

    const CANDIDATES = [
        '[role=dialog]', '[role=alertdialog]', '[aria-modal=true]',
        '[id*=cookie i]', '[class*=cookie i]', '[id*=consent i]', '[class*=consent i]',
        '[id*=gdpr i]', '[class*=gdpr i]', '[id*=newsletter i]', '[class*=newsletter i]',
        '[id*=modal i]', '[class*=modal i]', '[id*=popup i]', '[class*=popup i]',
        '[id*=paywall i]', '[class*=paywall i]', '[id*=interstitial i]', '[class*=interstitial i]',
    ].join(',');

    function coversThePage(element) {
        if (element === document.body || element === document.documentElement)
            return false;
        if (getComputedStyle(element).position !== 'fixed')
            return false;   // in the page's flow it is part of what was saved; it covers nothing
        // the article's text is never hidden, whatever its container is called
        return !element.querySelector('article, main, [itemprop=articleBody]');
    }

    const hidden = [];

    function hideOverlays() {
        if (!document.body)
            return;
        for (const element of document.body.querySelectorAll(CANDIDATES)) {
            if (hidden.some(outer => outer.contains(element)) || !coversThePage(element))
                continue;
            element.style.setProperty('display', 'none', 'important');
            hidden.push(element);
        }
        window.galleyOverlays.hidden = hidden.length;
    }

    window.galleyOverlays = {hidden: 0, done: false};
    hideOverlays();
    // Until the page's style sheets have loaded, a banner they fix over the page is not fixed yet.
    const again = function () {
        hideOverlays();
        window.galleyOverlays.done = true;
    };
    if (document.readyState === 'complete')
        again();
    else
        window.addEventListener('load', again, {once: true});
})();
