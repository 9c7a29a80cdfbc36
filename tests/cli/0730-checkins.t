#!/bin/sh
# Check-ins counted as mentor-journal(5) says: the kick-off on since is
# expected, a window expects one check-in a window; a check-in planned
# ahead (agenda -f md | mentor-log add --date friday) is held only once
# it is written up, and the timeline shows it and the due dates ahead.
. "$(dirname "$0")/lib.sh"
plan 27

J=$T/j
mentor-init -q "$J" --owner 'Alex Doe' || exit 99
cd "$J" || exit 99
MENTOR_TODAY=2026-09-01 mentor-people -q add 'Kim Lee' --status active \
    --cadence weekly --since 2026-09-01 || exit 99
MENTOR_TODAY=2026-09-01 mentor-people -q add 'Ana Silva' --status active \
    --cadence 'every 2-3 weeks' --since 2026-09-01 || exit 99
for d in 2026-09-01 2026-09-08 2026-09-15 2026-09-22 2026-09-29; do
	MENTOR_TODAY=$d mentor-log -q add "Check-in with Kim" --kind check-in \
	    --with kim -m notes || exit 99
done
for d in 2026-09-01 2026-09-22 2026-10-13 2026-11-03; do
	MENTOR_TODAY=$d mentor-log -q add "Call with Ana" --kind meeting \
	    --with ana -m notes || exit 99
done

# The kick-off on since is held and expected.
want_out <<'OUT'
kim-lee	Kim Lee	weekly	2026-09-29	2026-10-06	0	5	5
OUT
run 'weekly from since, kick-off included: 5 held of 5 expected' 0 \
    env MENTOR_TODAY=2026-09-29 mentor-report summary -f tsv --no-header kim
want_out <<'OUT'
kim-lee	Kim Lee	weekly	2026-09-29	2026-10-06	0	1	1
OUT
run '... on since itself: the kick-off, 1 of 1' 0 sh -c \
    "MENTOR_TODAY=2026-09-01 mentor-report summary -f tsv --no-header kim |
    sed 's/2026-09-01	2026-09-08/2026-09-29	2026-10-06/'"
want_out <<'OUT'
  held 5 of 5 expected, longest gap 7 days, on-time streak 5
OUT
run '... the cadence report says the same' 0 sh -c \
    "MENTOR_TODAY=2026-09-29 mentor-report cadence kim | sed -n 6p"

# A window expects one check-in a window: on time every three weeks.
want_out <<'OUT'
  held 4 of 4 expected, longest gap 21 days, on-time streak 4
OUT
run 'every 2-3 weeks, met every 3 weeks: 4 of 4' 0 sh -c \
    "MENTOR_TODAY=2026-11-10 mentor-report cadence ana | sed -n 6p"
want_out <<'OUT'
ana-silva	Ana Silva	every 2-3 weeks	1	1	18	4	2026-11-03	2026-11-17	0
OUT
run '... one in October' 0 env MENTOR_TODAY=2026-11-10 \
    mentor-report cadence ana --period 2026-10 -f tsv --no-header
want_out <<'OUT'
ana-silva	Ana Silva	every 2-3 weeks	5	4	24	0	2026-11-03	2026-11-17	3
OUT
run '... a window missed: one more expected, overdue' 0 env \
    MENTOR_TODAY=2026-11-27 mentor-report cadence ana -f tsv --no-header

# A check-in planned from the agenda.
want_out <<'OUT'
log/2026/2026-11-13-check-in-with-ana.md
OUT
run 'agenda -f md | log add --date friday: a planned entry' 0 sh -c \
    'mentor-report agenda --with ana -f md |
    MENTOR_TODAY=2026-11-10 mentor-log add "Check-in with Ana" \
    --kind check-in --with ana --date friday -F -'
cat >"$T/expected" <<'EOF'
---
title: Check-in with Ana
date: 2026-11-13
kind: check-in
planned: true
with: [ana-silva]
author: tester
---
## Agenda

## Notes

## Feedback

## Action items
EOF
check '... written planned: true' cmp -s "$T/expected" \
    log/2026/2026-11-13-check-in-with-ana.md
want_out <<'OUT'
ana-silva	Ana Silva	every 2-3 weeks	4	4	21	4	2026-11-03	2026-11-17	0
OUT
run '... not held ahead of its day' 0 env MENTOR_TODAY=2026-11-10 \
    mentor-report cadence ana -f tsv --no-header
want_out <<'OUT'
ana-silva	Ana Silva	every 2-3 weeks	5	4	24	0	2026-11-03	2026-11-17	3
OUT
run '... nor once its day has passed, unwritten' 0 env \
    MENTOR_TODAY=2026-11-27 mentor-report cadence ana -f tsv --no-header
want_out <<'OUT'
ana-silva	Ana Silva		active		every 2-3 weeks	2026-11-03	2026-11-17	0
OUT
run '... the last check-in is still the one held' 0 env \
    MENTOR_TODAY=2026-11-14 mentor-people list -f tsv --no-header ana
want_out <<'OUT'
{"last":"2026-11-03","planned":"2026-11-13"}
OUT
run '... planned, for people show' 0 sh -c \
    "MENTOR_TODAY=2026-11-10 mentor-people show ana -f json |
    sed 's/.*\(\"last\":[^,]*\).*\(\"planned\":[^,]*\),.*/{\1,\2}/'"
want_out <<'OUT'
2026-11-12 Thu
2026-11-13 Fri  planned check-in: Check-in with Ana
2026-11-14 Sat
2026-11-15 Sun
2026-11-16 Mon
2026-11-17 Tue  check-in due: Ana Silva
OUT
run 'timeline: the planned check-in and the one due, ahead' 0 sh -c \
    "MENTOR_TODAY=2026-11-11 mentor-report timeline | sed -n '/^2026-11-12/,/^2026-11-17/p'"
want_out <<'OUT'
2026-11-13	planned	2026-11-13-check-in-with-ana	log/2026/2026-11-13-check-in-with-ana.md		Check-in with Ana
2026-11-17	checkin_due	ana-silva			Ana Silva
OUT
run '... its tsv' 0 env MENTOR_TODAY=2026-11-11 mentor-report timeline \
    --since 2026-11-12 -f tsv --no-header
want_out <<'OUT'
log/2026/2026-11-13-check-in-with-ana.md:5:10: warning: planned for 2026-11-13, which has passed: write it up (mentor-log edit) or remove the key [planned]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 1 warning in 12 records
ERR
run 'mentor-check: a planned entry left unwritten after its day' 0 \
    env MENTOR_TODAY=2026-11-14 mentor-check
run '... none on its day' 0 env MENTOR_TODAY=2026-11-13 mentor-check -q

# Written up: held.
cat >"$T/notes.sh" <<'EOF'
#!/bin/sh
printf 'We went through the webinar.\n' >>"$1"
EOF
chmod +x "$T/notes.sh"
want_out <<'OUT'
log/2026/2026-11-13-check-in-with-ana.md
OUT
run 'edit before its day: the agenda changes, it stays planned' 0 \
    env MENTOR_TODAY=2026-11-12 EDITOR="$T/notes.sh" mentor-log edit 2026-11-13
check '... planned: true kept' grep -q '^planned: true$' \
    log/2026/2026-11-13-check-in-with-ana.md
cp log/2026/2026-11-13-check-in-with-ana.md "$T/before"
want_out <<'OUT'
log/2026/2026-11-13-check-in-with-ana.md
OUT
want_err <<'ERR'
mentor-log: log/2026/2026-11-13-check-in-with-ana.md: written up: no longer planned
ERR
run 'edit on its day, notes written: held' 0 \
    env MENTOR_TODAY=2026-11-13 EDITOR="$T/notes.sh" mentor-log edit 2026-11-13
{ grep -v '^planned: true$' "$T/before"
  echo 'We went through the webinar.'; } >"$T/expected"
check '... the key removed, the notes kept, nothing else changed' \
    cmp -s "$T/expected" log/2026/2026-11-13-check-in-with-ana.md
want_out <<'OUT'
ana-silva	Ana Silva	every 2-3 weeks	5	5	21	5	2026-11-13	2026-11-27	0
OUT
run '... and counted: 5 of 5' 0 env MENTOR_TODAY=2026-11-27 \
    mentor-report cadence ana -f tsv --no-header

# set planned= by hand; an edit that keeps the body keeps the key.
MENTOR_TODAY=2026-11-20 mentor-log -q add Call --kind meeting --with ana \
    --date 2026-11-24 -m agenda || exit 99
cat >"$T/title.sh" <<'EOF'
#!/bin/sh
sed 's/^title: Call$/title: Call with Ana/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF
chmod +x "$T/title.sh"
want_out <<'OUT'
log/2026/2026-11-24-call.md
OUT
want_err <<'ERR'
mentor-log: log/2026/2026-11-24-call.md:5:10: warning: planned for 2026-11-24, which has passed: write it up (mentor-log edit) or remove the key [planned]
ERR
run 'edit after its day of the front matter only: still planned' 0 \
    env MENTOR_TODAY=2026-11-25 EDITOR="$T/title.sh" mentor-log edit 2026-11-24
check '... planned: true kept' grep -q '^planned: true$' \
    log/2026/2026-11-24-call.md
want_out <<'OUT'
log/2026/2026-11-24-call.md
OUT
run 'set planned= marks it held by hand' 0 mentor-log set 2026-11-24 planned=
want_out <<'OUT'
ana-silva	Ana Silva	every 2-3 weeks	5	6	21	6	2026-11-24	2026-12-08	0
OUT
run '... and counted: more held than the window asks for' 0 env MENTOR_TODAY=2026-12-01 \
    mentor-report cadence ana -f tsv --no-header
want_out <<'OUT'
log/2026/2026-09-01-check-in-with-kim.md
OUT
run 'set planned=true makes an entry planned' 0 \
    mentor-log set 2026-09-01-check-in-with-kim planned=true
want_out <<'OUT'
kim-lee	Kim Lee	weekly	5	4	7	4	2026-09-29	2026-10-06	0
OUT
run '... and no longer held' 0 env MENTOR_TODAY=2026-09-29 \
    mentor-report cadence kim -f tsv --no-header

done_testing
