#!/bin/sh
# mentor-report due -f ics: the calendar read back by a strict checker of
# RFC 5545's lines (CRLF, 75 octets, folds between UTF-8 characters) and
# by python3-icalendar (required properties, DATE starts, the text as
# written), the same bytes on a second run, and UIDs that stay when an
# edit moves lines, changes a due date or adds an entry.
. "$(dirname "$0")/lib.sh"
plan 9

# Debian's python3 has python3-icalendar; another python3 first in PATH
# may not.
PY=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import icalendar' 2>/dev/null; then
		PY=$p
		break
	fi
done
if [ -z "$PY" ]; then
	if [ "${CI:-}" = true ]; then
		echo "not ok 1 - python3-icalendar is missing (CI installs it: .ci/setup)"
		exit 1
	fi
	echo "1..0 # SKIP python3-icalendar is not installed (Debian:" \
	    "python3-icalendar): the calendar is NOT checked" 
	echo "0710-ics.t: SKIPPED: install python3-icalendar to check the" \
	    "calendar" >&2
	exit 0
fi

example_copy "$T/j"
cd "$T/j" || exit 99
# Long text, accents and the characters ics escapes.
TEXT='Réserver la salle « prise de parole », étage 2; vérifier le projecteur\câble, et les micros — ça compte pour l'"'"'atelier'
cat >log/2026/2026-11-19-atelier.md <<EOF
---
title: Atelier
date: 2026-11-19
kind: note
---
## Action items
- [ ] $TEXT due:2026-12-01
- [ ] Same text twice due:2026-12-02
- [ ] Same text twice due:2026-12-03
EOF
mentor-report due -f ics >"$T/a.ics"
check 'due -f ics exits 0' test $? -eq 0
mentor-report due -f ics >"$T/a2.ics"
check 'two runs give the same bytes' cmp -s "$T/a.ics" "$T/a2.ics"

# The lines: CRLF only, at most 75 octets, each valid UTF-8 alone (no
# fold inside a character), continuations start with a space.
check 'lines: CRLF, 75 octets, folded between characters' "$PY" -c '
import sys
data = open(sys.argv[1], "rb").read()
assert data.endswith(b"\r\n"), "no CRLF at the end"
lines = data[:-2].split(b"\r\n")
for n, l in enumerate(lines, 1):
    assert b"\n" not in l and b"\r" not in l, "bare line end at %d" % n
    assert len(l) <= 75, "line %d has %d octets" % (n, len(l))
    l.decode("utf-8")
assert any(l.startswith(b" ") for l in lines), "nothing folded"
assert not lines[0].startswith(b" ")
' "$T/a.ics"

# The calendar as a calendar program reads it.
check 'python3-icalendar: required properties, DATE starts, the text' \
    "$PY" -c '
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
assert cal.name == "VCALENDAR"
assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])
ev = cal.walk("VEVENT")
assert len(ev) == 23, len(ev)
uids = [str(e["UID"]) for e in ev]
assert len(set(uids)) == len(uids), "UIDs repeat"
for e in ev:
    for p in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        assert p in e, p
    d = e.decoded("DTSTART")
    assert type(d) is datetime.date, d
    assert e.decoded("DTSTAMP") == datetime.datetime(2026, 11, 22,
        tzinfo=datetime.timezone.utc) or str(e["DTSTAMP"].to_ical(),
        "ascii") == "20261122T000000Z"
    assert e.decoded("DTEND") == d + datetime.timedelta(days=1)
want = "Action: " + sys.argv[2]
got = [str(e["SUMMARY"]) for e in ev if str(e["SUMMARY"]).startswith(
    "Action: R")]
assert got == [want], (got, want)
jane = [e for e in ev if str(e["UID"]) == "checkin-jane-smith@mentor"]
assert jane[0].decoded("DTSTART") == datetime.date(2026, 12, 4)
assert str(cal["X-WR-CALNAME"]) == "Mentoring: Alex Doe"
' "$T/a.ics" "$TEXT"

# Edits elsewhere: a line above an item (its line moves), a due date
# changed, a new entry with an item; then the UIDs of before are all
# there, the moved date under the same UID, one UID new.
sed 's/^## Action items$/## Action items\
- [x] A new done item above the others done:2026-11-21/' \
    log/2026/2026-11-20-webinar-dry-run.md >"$T/e" &&
    cat "$T/e" >log/2026/2026-11-20-webinar-dry-run.md
sed 's/Book lunch with @sam-lee due:2026-11-27/Book lunch with @sam-lee due:2026-12-09/' \
    log/2026/2026-11-21-four-months-in.md >"$T/e" &&
    cat "$T/e" >log/2026/2026-11-21-four-months-in.md
cat >log/2026/2026-11-22-new.md <<'EOF'
---
title: New
date: 2026-11-22
kind: note
---
- [ ] Something new due:2026-12-24
EOF
mentor-report due -f ics >"$T/b.ics"
check 'the edits are in the second calendar' grep -q 'Something new' "$T/b.ics"
check 'UIDs stay across edits; a moved date keeps its UID' "$PY" -c '
import sys, datetime, icalendar
def events(f):
    cal = icalendar.Calendar.from_ical(open(f, "rb").read())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}
a, b = events(sys.argv[1]), events(sys.argv[2])
assert set(a) <= set(b), set(a) - set(b)
new = set(b) - set(a)
assert len(new) == 1, new
assert "Something new" in str(b[new.pop()]["SUMMARY"])
moved = [u for u in a if "Book lunch" in str(a[u]["SUMMARY"])]
assert len(moved) == 1
assert a[moved[0]].decoded("DTSTART") == datetime.date(2026, 11, 27)
assert b[moved[0]].decoded("DTSTART") == datetime.date(2026, 12, 9)
for u in a:
    if u != moved[0]:
        assert a[u].decoded("DTSTART") == b[u].decoded("DTSTART"), u
' "$T/a.ics" "$T/b.ics"
check 'the same text twice in a record: two UIDs' sh -c \
    'grep -c "^UID:action-2026-11-19-atelier-" "$0" | grep -qx 3' "$T/b.ics"

# The checker itself can fail: a line of 76 octets, a bare LF.
printf 'BEGIN:VCALENDAR\r\n%076d\r\nEND:VCALENDAR\r\n' 0 >"$T/bad.ics"
check '... the line checker refuses 76 octets' sh -c \
    '! "$0" -c "
import sys
for l in open(sys.argv[1], \"rb\").read()[:-2].split(b\"\r\n\"):
    assert len(l) <= 75
" "$1" 2>/dev/null' "$PY" "$T/bad.ics"
# A fold without its space splits the text: the summary no longer reads back.
LC_ALL=C awk 'BEGIN { RS = "\r\n"; ORS = "\r\n" }
    /^SUMMARY:Action: R/ { s = 1; print; next }
    s && /^ / { sub(/^ /, ""); s = 0 } { print }' "$T/a.ics" >"$T/c.ics"
check '... and the summary check a fold that lost its space' sh -c \
    '! "$0" -c "
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], \"rb\").read())
assert [str(e[\"SUMMARY\"]) for e in cal.walk(\"VEVENT\")
    if str(e[\"SUMMARY\"]).startswith(\"Action: R\")] == [\"Action: \" + sys.argv[2]]
" "$1" "$2" 2>/dev/null && ! cmp -s "$1" "$3"' "$PY" "$T/c.ics" "$TEXT" "$T/a.ics"

done_testing
