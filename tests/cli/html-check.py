#!/usr/bin/env python3
"""Check html pages in a real browser, one start for all of them.

    html-check.py CHROMIUM DIR PAGE[|TEXT[|TEXT...]] ...

Chromium runs headless with an offline profile (a dead proxy, no name
resolution) and is driven over its DevTools pipe.  For each PAGE (a file
in DIR) it prints TAP lines: the page loads with no console message of
level error, no exception and no network request; its DOM names nothing
to fetch; every figure holds one SVG drawing and one table, and each TEXT
is in the DOM (the journal's numbers); the full-page PNG is not blank.
For the first page it also checks dark mode, a narrow screen and print.
A PAGE written !PAGE|CHECK... is a page that must fail those checks
(errors, requests, fetch, blank): one TAP line says whether they all did,
so that the checker is seen to fail.  Pages go to DIR/PAGE.png and
DIR/PAGE.dom.
"""
import base64
import json
import os
import re
import struct
import subprocess
import sys
import zlib

TIMEOUT = 60


class Browser:
    def __init__(self, exe, profile):
        r1, w1 = os.pipe()  # commands to the browser: its fd 3
        r2, w2 = os.pipe()  # its answers: its fd 4

        def fds():
            a, b = os.dup(r1), os.dup(w2)  # neither is 3 nor 4 then
            while a in (3, 4) or b in (3, 4):
                a, b = os.dup(a), os.dup(b)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [exe, "--headless", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--remote-debugging-pipe",
                "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--disable-extensions",
                "--hide-scrollbars", "--force-color-profile=srgb",
                "about:blank"]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")
        self.p = subprocess.Popen(args, preexec_fn=fds, close_fds=False,
                                  stdout=subprocess.DEVNULL,
                                  stderr=open(profile + ".log", "w"))
        os.close(r1)
        os.close(w2)
        self.w = os.fdopen(w1, "wb")
        self.r = os.fdopen(r2, "rb")
        self.n = 0
        self.buf = b""
        self.events = []
        self.session = None

    def read(self):
        while b"\0" not in self.buf:
            chunk = os.read(self.r.fileno(), 1 << 16)
            if not chunk:
                raise RuntimeError("the browser went away")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=True):
        self.n += 1
        m = {"id": self.n, "method": method, "params": params or {}}
        if session and self.session:
            m["sessionId"] = self.session
        self.w.write(json.dumps(m).encode() + b"\0")
        self.w.flush()
        while True:
            msg = self.read()
            if msg.get("id") == self.n:
                if "error" in msg:
                    raise RuntimeError("%s: %s" % (method, msg["error"]))
                return msg["result"]
            self.events.append(msg)

    def wait(self, method):
        for i, e in enumerate(self.events):
            if e.get("method") == method:
                del self.events[i]
                return e
        while True:
            msg = self.read()
            if msg.get("method") == method:
                return msg
            self.events.append(msg)

    def close(self):
        try:
            self.call("Browser.close", session=False)
        except Exception:
            pass
        try:
            self.p.wait(10)
        except subprocess.TimeoutExpired:
            self.p.kill()


def png_colours(data):
    """The distinct colours of a PNG's pixels (8-bit RGB or RGBA)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    assert depth == 8 and ctype in (2, 6), (depth, ctype)
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), w * bpp
    prev, colours, i = bytearray(stride), {}, 0
    for y in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else
                                      b if pb <= pc else c)) & 255
        prev = line
        if y % 4 == 0:
            for x in range(0, stride, bpp * 4):
                px = bytes(line[x:x + 3])
                colours[px] = colours.get(px, 0) + 1
    return colours


# Attributes and rules that make a browser fetch something.
FETCH = re.compile(r"""<(script|link|iframe|embed|object|img|video|audio|
    source|track|base)\b|\b(src|srcset|poster|data|action|formaction|
    background)\s*=|url\s*\(|@import|(xlink:)?href\s*=\s*["']?(?!
    https?:|mailto:|\#)[a-z][a-z0-9+.-]*:""", re.I | re.X)


def main():
    exe, folder, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    n, bad = 0, 0

    def ok(good, what, why=""):
        nonlocal n, bad
        n += 1
        if not good:
            bad += 1
        print("%s %d - %s" % ("ok" if good else "not ok", n, what))
        if not good and why:
            for l in str(why).splitlines()[:20]:
                print("# " + l)
        sys.stdout.flush()

    plan = 0
    for i, spec in enumerate(pages):
        plan += 1 if spec.startswith("!") else 5 + (3 if i == 0 else 0)
    print("1..%d" % plan)
    sys.stdout.flush()
    b = Browser(exe, os.path.join(folder, "profile"))
    try:
        t = b.call("Target.createTarget", {"url": "about:blank"},
                   session=False)
        b.session = b.call("Target.attachToTarget",
                           {"targetId": t["targetId"], "flatten": True},
                           session=False)["sessionId"]
        for m in ("Page.enable", "Runtime.enable", "Log.enable",
                  "Network.enable"):
            b.call(m)
        for i, spec in enumerate(pages):
            name, *texts = spec.split("|")
            must_fail = name.startswith("!")
            name = name.lstrip("!")
            path = os.path.abspath(os.path.join(folder, name))
            url = "file://" + path
            b.call("Emulation.setDeviceMetricsOverride",
                   {"width": 1000, "height": 800, "deviceScaleFactor": 1,
                    "mobile": False})
            b.events = []
            b.call("Page.navigate", {"url": url})
            b.wait("Page.loadEventFired")
            dom = b.call("Runtime.evaluate", {
                "expression": "document.documentElement.outerHTML",
                "returnByValue": True})["result"]["value"]
            with open(path + ".dom", "w") as f:
                f.write(dom)
            size = b.call("Page.getLayoutMetrics")["cssContentSize"]
            shot = b.call("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": size["width"],
                         "height": size["height"], "scale": 0.5}})
            png = base64.b64decode(shot["data"])
            with open(path + ".png", "wb") as f:
                f.write(png)
            errors, requests = [], []
            for e in b.events:
                m, p = e.get("method"), e.get("params", {})
                if m == "Runtime.consoleAPICalled" and p["type"] in (
                        "error", "assert"):
                    errors.append("console: %s" % p["args"])
                elif m == "Runtime.exceptionThrown":
                    errors.append("exception: %s" % p["exceptionDetails"])
                elif m == "Log.entryAdded" and p["entry"]["level"] == "error":
                    errors.append("log: %s" % p["entry"]["text"])
                elif m == "Network.requestWillBeSent" and \
                        p["request"]["url"] != url:
                    requests.append(p["request"]["url"])
            colours = png_colours(png)
            blank = len(colours) <= 8 or max(colours.values()) >= \
                0.99 * sum(colours.values())
            hits = [m.group(0) for m in FETCH.finditer(dom)]
            if must_fail:
                failed = {"errors": bool(errors), "requests": bool(requests),
                          "fetch": bool(hits), "blank": blank}
                ok(all(failed[c] for c in texts),
                   "%s: the checker finds %s" % (name, ", ".join(texts)),
                   failed)
                continue
            ok(not errors, "%s: no console error" % name, "\n".join(errors))
            ok(not requests, "%s: no network request" % name,
               "\n".join(requests))
            ok(not hits, "%s: the DOM names nothing to fetch" % name, hits)
            figs = re.findall(r"<figure\b.*?</figure>", dom, re.S)
            missing = [t for t in texts if t not in dom]
            shapes = [f[:80] for f in figs if f.count("<svg") != 1 or
                      f.count("<table") != 1]
            ok(not missing and not shapes,
               "%s: %d charts, each an SVG and a table, with the numbers" %
               (name, len(figs)), "\n".join(
                   ["missing: " + t for t in missing] +
                   ["not one svg and one table: " + s for s in shapes]))
            ok(not blank,
               "%s: the picture is not blank (%dx%d, %d colours)" %
               (name, size["width"], size["height"], len(colours)))
            if i > 0:
                continue
            # Dark mode, a narrow screen, print: the same page.
            b.call("Emulation.setEmulatedMedia", {"features": [
                {"name": "prefers-color-scheme", "value": "dark"}]})
            bg = b.call("Runtime.evaluate", {
                "expression": "getComputedStyle(document.body)"
                ".backgroundColor + ' ' + getComputedStyle(document.body)"
                ".color", "returnByValue": True})["result"]["value"]
            ok(bg == "rgb(13, 17, 23) rgb(230, 237, 243)",
               "%s: dark mode: light text on a dark page" % name, bg)
            b.call("Emulation.setEmulatedMedia", {"media": "print",
                                                  "features": []})
            fg = b.call("Runtime.evaluate", {
                "expression": "getComputedStyle(document.body).color",
                "returnByValue": True})["result"]["value"]
            ok(fg == "rgb(0, 0, 0)", "%s: print: black text" % name, fg)
            b.call("Emulation.setEmulatedMedia", {"media": "",
                                                  "features": []})
            b.call("Emulation.setDeviceMetricsOverride",
                   {"width": 360, "height": 640, "deviceScaleFactor": 1,
                    "mobile": True})
            b.call("Page.reload")
            b.wait("Page.loadEventFired")
            wide = b.call("Runtime.evaluate", {
                "expression": "document.documentElement.scrollWidth",
                "returnByValue": True})["result"]["value"]
            ok(wide <= 360, "%s: a narrow screen: nothing wider than it"
               % name, "the page is %s pixels wide" % wide)
    finally:
        b.close()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
