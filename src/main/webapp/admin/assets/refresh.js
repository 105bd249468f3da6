/*
 * The dashboard's upstream table refreshes itself: every few seconds this script fetches the
 * same page and swaps in its upstream region, without reloading the page. A static file,
 * since the console's Content-Security-Policy allows no inline script.
 */
(function () {
    'use strict';
    var region = document.getElementById('upstreams');
    if (!region || !window.fetch || !window.DOMParser) {
        return;
    }
    var seconds = parseInt(region.getAttribute('data-refresh-seconds'), 10) || 5;
    var failed = document.getElementById('refresh-failed');

    function showFailure(isFailing) {
        if (failed) {
            failed.hidden = !isFailing;
        }
    }

    function refresh() {
        fetch(window.location.pathname, {
            credentials: 'same-origin', cache: 'no-store', redirect: 'manual', headers: {'Accept': 'text/html'}
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.text();
        }).then(function (html) {
            var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('upstreams');
            var current = document.getElementById('upstreams');
            if (!fresh || !current) {
                throw new Error('no upstream table');
            }
            current.replaceWith(document.importNode(fresh, true));
            showFailure(false);
        }).catch(function () {
            showFailure(true); // e.g. the session ended: a reload logs in again
        }).finally(function () {
            window.setTimeout(refresh, seconds * 1000);
        });
    }

    window.setTimeout(refresh, seconds * 1000);
}());
