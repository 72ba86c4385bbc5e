/*
 * The host page's loader for this project's embeds: no dependencies, nothing to configure.
 * Mark each iframe with data-maduro-embed; the loader sizes it to the height its page reports and
 * tells it where it sits in this page's viewport, on scroll and resize, once per animation frame.
 * A message counts only if it comes from one of those iframes' windows and from that iframe's
 * own origin, and it can only ever set a height in pixels.
 */
(function (win, doc) {
	// The snippet may sit beside every embed on a page: one loader serves them all.
	if (win.maduroEmbed) return;
	win.maduroEmbed = 1;

	var TYPE = 'maduro-embed';
	var queued = 0;

	function frames() {
		return doc.querySelectorAll('iframe[data-maduro-embed]');
	}

	function originOf(frame) {
		try {
			return new URL(frame.src, location.href).origin;
		} catch {
			return '';
		}
	}

	function sendViewport(frame) {
		var origin = originOf(frame);
		var rect = frame.getBoundingClientRect();
		if (!frame.contentWindow || !origin || origin === 'null') return;
		frame.contentWindow.postMessage(
			{ type: TYPE, kind: 'viewport', top: rect.top, height: win.innerHeight, width: win.innerWidth },
			origin
		);
	}

	function sendAll() {
		queued = 0;
		Array.prototype.forEach.call(frames(), sendViewport);
	}

	function queue() {
		if (!queued) {
			queued = 1;
			requestAnimationFrame(sendAll);
		}
	}

	win.addEventListener('message', function (event) {
		var data = event.data;
		var list = frames();
		var height;
		for (var i = 0; i < list.length; i++) {
			if (list[i].contentWindow !== event.source) continue;
			if (event.origin !== originOf(list[i])) return;
			if (!data || data.type !== TYPE || data.kind !== 'height') return;
			height = data.height;
			if (typeof height !== 'number' || !(height > 0 && height <= 100000)) return;
			list[i].style.height = Math.ceil(height) + 'px';
			// A new height moves whatever lies below, and the page needs its first viewport.
			queue();
			return;
		}
	});
	win.addEventListener('scroll', queue, { passive: true });
	win.addEventListener('resize', queue, { passive: true });
})(window, document);
