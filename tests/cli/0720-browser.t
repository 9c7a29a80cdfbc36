#!/bin/sh
# The html pages of mentor-report in a real browser: Debian's chromium,
# headless, started once with an offline profile, renders each page of the
# example journal to a PNG and gives its DOM (tests/cli/html-check.py):
# no console error, no network request, nothing in the DOM to fetch, each
# chart an SVG with its table and the journal's numbers, a picture that is
# not blank; dark mode, print and a narrow screen on the page of all.
# Without chromium this fails in CI and skips, loudly, elsewhere.
. "$(dirname "$0")/lib.sh"

CHROMIUM=
for c in chromium chromium-browser chromium-headless-shell; do
	if command -v "$c" >/dev/null 2>&1; then
		CHROMIUM=$(command -v "$c")
		break
	fi
done
PY=
for p in /usr/bin/python3 python3; do
	if command -v "$p" >/dev/null 2>&1; then
		PY=$p
		break
	fi
done
if [ -z "$CHROMIUM" ] || [ -z "$PY" ]; then
	why="chromium${PY:+ }${PY:-and python3} not installed (Debian: chromium)"
	if [ "${CI:-}" = true ]; then
		echo "1..1"
		echo "not ok 1 - $why: the html is NOT checked in a browser"
		exit 1
	fi
	echo "1..0 # SKIP $why: the html is NOT checked in a browser"
	echo "0720-browser.t: SKIPPED: $why: the html is NOT checked in a" \
	    "browser" >&2
	exit 0
fi

example_copy "$T/j"
mkdir "$T/pages"
for r in all summary progress cadence actions skills wins timeline due; do
	mentor-report -C "$T/j" $r -f html >"$T/pages/$r.html" || exit 99
done
mentor-report -C "$T/j" agenda --with jane -f html >"$T/pages/agenda.html" ||
    exit 99

# The numbers each page's charts and tables must show.
GOALS='Master SQL window functions: 2 of 4|<td>Master SQL window functions</td><td class="n">2</td><td class="n">4</td><td class="n">50</td>'
LEAD='<td>Lead a team of five</td><td class="n">1</td><td class="n">4</td><td class="n">25</td>'
SAM='aria-label="Check-ins with Sam Lee, a week a cell"|<td class="d">2026-11-09</td><td class="n">0</td><td class="n">due</td><td class="n">overdue</td>|week of 2026-10-12: 1 check-in, overdue'
JANE='<td class="d">2026-11-16</td><td class="n">1</td><td class="n"></td><td class="n"></td>'
SKILLS='<td>public-speaking</td><td class="n">2026-11-20</td><td class="n">4</td>|public-speaking, 2026-08-17: 2|<td>sql</td><td class="n">2026-10-14</td><td class="n">3</td>'
# And pages the checker must refuse: a script that logs an error and an
# image from the network; a blank page.
cat >"$T/pages/bad.html" <<'HTML'
<!DOCTYPE html><html><body><p>x</p>
<img src="http://example.invalid/a.png" alt="">
<script>console.error("planted")</script></body></html>
HTML
printf '<!DOCTYPE html><html><body></body></html>\n' >"$T/pages/blank.html"
"$PY" "$(dirname "$0")/html-check.py" "$CHROMIUM" "$T/pages" \
    "all.html|$GOALS|$LEAD|$SAM|$JANE|$SKILLS|<td>Sam Lee</td>" \
    "summary.html|$GOALS" "progress.html|$LEAD" "cadence.html|$SAM|$JANE" \
    "skills.html|$SKILLS" actions.html wins.html timeline.html \
    "due.html|<td>2026-12-04</td><td>check-in</td><td></td><td>Jane Smith</td>" \
    agenda.html '!bad.html|errors|requests|fetch' '!blank.html|blank'
