/*
 * The host page's loader for this project's embeds: no dependencies, nothing to configure, no
 * attribute needed (CMSs strip unknown ones). It sizes any iframe on the page whose own window
 * sends our height message from the iframe's own origin, and tells those iframes, and only those,
 * where they sit in this page's viewport, on scroll and resize, once per animation frame. A
 * message can only ever set a height in pixels.
 *
 * An iframe sandboxed without allow-same-origin holds a page of no origin ("null"): its messages
 * are matched by window alone, and it can only be written to as "*" (a viewport is no secret).
 */
(function (win, doc) {
	// The snippet may sit beside every embed on a page: one loader serves them all. A symbol, so
	// that no element named maduroEmbed (which would become window.maduroEmbed) can switch it off.
	var ONCE = Symbol.for('maduro-embed');
	if (win[ONCE]) return;
	win[ONCE] = 1;

	var TYPE = 'maduro-embed';
	var frames = [];
	var queued = 0;

	function originOf(frame) {
		try {
			return new URL(frame.src, location.href).origin;
		} catch {
			return '';
		}
	}

	// Sandboxed without allow-same-origin: the page inside has an opaque origin.
	function opaque(frame) {
		return frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
	}

	function sendAll() {
		queued = 0;
		frames = frames.filter(function (frame) {
			return frame.isConnected;
		});
		frames.forEach(function (frame) {
			var origin = originOf(frame);
			if (!frame.contentWindow || !origin || origin === 'null') return;
			frame.contentWindow.postMessage(
				{
					type: TYPE,
					kind: 'viewport',
					top: frame.getBoundingClientRect().top,
					height: win.innerHeight,
					width: win.innerWidth
				},
				opaque(frame) ? '*' : origin
			);
		});
	}

	function queue() {
		if (!queued) {
			queued = 1;
			requestAnimationFrame(sendAll);
		}
	}

	win.addEventListener('message', function (event) {
		var data = event.data;
		if (!event.source || !data || data.type !== TYPE || data.kind !== 'height') return;
		var height = data.height;
		if (typeof height !== 'number' || !(height > 0 && height <= 100000)) return;
		var list = doc.getElementsByTagName('iframe');
		for (var i = 0; i < list.length; i++) {
			var frame = list[i];
			if (frame.contentWindow !== event.source) continue;
			if (event.origin !== (opaque(frame) ? 'null' : originOf(frame))) return;
			frame.style.height = Math.ceil(height) + 'px';
			if (frames.indexOf(frame) < 0) frames.push(frame);
			// A new height moves whatever lies below, and a new embed needs its first viewport.
			queue();
			return;
		}
	});
	win.addEventListener('scroll', queue, { passive: true });
	win.addEventListener('resize', queue, { passive: true });
})(window, document);
