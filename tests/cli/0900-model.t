#!/bin/sh
# One model, one reader: every program reads the journal through the same
# lib/ code and meets a bad record the same way.  A record that cannot be
# parsed gets one "PROG: path:line:col: message" line, the rest is still
# read, and the exit status is 65; a record that parses but breaks a rule
# gets one "warning:" line naming the check and is used as far as it can
# be.  Also: a body is read one way by every program, titles are the
# model's, duplicate ids are told by their names, and no reader writes
# anything outside the journal.
. "$(dirname "$0")/lib.sh"
plan 50

# The readers of a whole journal, each printing something about Jane.
READERS='mentor-people list -f tsv
mentor-people show jane-smith
mentor-people coverage
mentor-people outreach tom-becker
mentor-goals list -f tsv
mentor-goals show public-speaking
mentor-log list -f tsv
mentor-log actions
mentor-report summary
mentor-report progress
mentor-report cadence
mentor-report actions
mentor-report skills
mentor-report wins
mentor-report agenda --with jane-smith
mentor-report timeline'

example_copy "$T/j"
cd "$T/j" || exit 99
# One broken person, one broken goal, one broken entry.
sed 's/^cadence: monthly$/cadence: [monthly/' people/sam-lee.md >"$T/p"
cp "$T/p" people/sam-lee.md
printf -- '---\ntitle: Broken\nstatus: active\n' >goals/broken.md
printf -- '---\ntitle: Bad\ndate: 2026-11-01\nwith: [jane-smith\n---\nx\n' \
    >log/2026/2026-11-01-bad.md
cat >"$T/three" <<'EOF'
PROG: people/sam-lee.md:11:10: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
PROG: goals/broken.md:1:1: front matter has no closing '---' line
PROG: log/2026/2026-11-01-bad.md:4:7: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
EOF

# Every reader says the same three things, in the same order, and 65.
for prog in mentor-people mentor-goals mentor-log mentor-report; do
	sed "s/^PROG/$prog/" "$T/three" >"$T/three.$prog"
done
printf '%s\n' "$READERS" | while read -r cmd; do
	prog=${cmd%% *}
	# shellcheck disable=SC2086
	$cmd >"$T/r.out" 2>"$T/r.err"
	echo "$? $prog $cmd"
done >"$T/r.st"
n=0
while read -r st prog cmd; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	$cmd >"$T/r.out" 2>"$T/r.err"
	check "broken records: $cmd: 65, the three lines" sh -c \
	    "test $st = 65 && cmp -s '$T/three.$prog' '$T/r.err' &&
	    test -s '$T/r.out'"
done <"$T/r.st"

want_out <<'OUT'
people/sam-lee.md:11:10: error: bad YAML: did not find expected ',' or ']' while parsing a flow sequence [syntax]
goals/broken.md:1:1: error: front matter has no closing '---' line [syntax]
log/2026/2026-11-01-bad.md:4:7: error: bad YAML: did not find expected ',' or ']' while parsing a flow sequence [syntax]
OUT
want_err <<'EOF'
mentor-check: 3 errors, 0 warnings in 28 records
EOF
run 'mentor-check names the same three places, 65' 65 mentor-check

# Everything else is still reported: Jane, the goals, the other entries.
want_out <<'OUT'
jane-smith	Jane Smith	mentor	active	formal	biweekly	2026-11-20	2026-12-04	0
maria-garcia	Maria Garcia	mentor	prospect	informal				
tom-becker	Tom Becker	mentor	contacted	virtual				
OUT
sed 's/^PROG/mentor-people/' "$T/three" | want_err
run '... and people list lists the rest' 65 mentor-people list -f tsv \
    --no-header
want_out <<'OUT'
log/2026/2026-10-27-webinar-outline.md
log/2026/2026-11-09-stakeholder-review-prep.md
OUT
sed 's/^PROG/mentor-log/' "$T/three" | want_err
run '... log list finds the entries around the broken one' 65 \
    mentor-log list --since 2026-10-27 --until 2026-11-09
want_out <<'OUT'
log/2026/2026-10-27-webinar-outline.md
log/2026/2026-11-09-stakeholder-review-prep.md
OUT
sed 's/^PROG/mentor-log/' "$T/three" | want_err
run '... with --with, a broken record is reported all the same' 65 \
    mentor-log list --with jane --since 2026-10-27 --until 2026-11-09

# A problem in a record that reads: one warning, the record used.
example_copy "$T/w"
cd "$T/w" || exit 99
sed 's/^status: active$/status: activ/' people/sam-lee.md >"$T/p"
cp "$T/p" people/sam-lee.md
printf '%s\n' 'mentor-XXX: people/sam-lee.md:5:9: warning: status: unknown value '"'activ'"' (one of: prospect, contacted, active, paused, ended) [enums]' \
    >"$T/warn"
n=0
printf '%s\n' "$READERS" | while read -r cmd; do
	prog=${cmd%% *}
	# shellcheck disable=SC2086
	$cmd >"$T/r.out" 2>"$T/r.err"
	st=$?
	sed "s/mentor-XXX/$prog/" "$T/warn" >"$T/warn.want"
	if [ "$st" = 0 ] && cmp -s "$T/warn.want" "$T/r.err"; then
		echo "ok $cmd"
	else
		echo "not ok $cmd (exit $st)"
	fi
done >"$T/w.all"
while read -r res cmd; do
	case $res in
	ok)
		ok "status: activ: one warning, exit 0: ${cmd#ok }"
		;;
	*)
		sed 's/^/# /' "$T/w.all"
		not_ok "status: activ: one warning, exit 0: ${cmd#not ok }"
		;;
	esac
done <"$T/w.all"

# Sam is no longer tracked (his status is none the tools know), and says so.
want_out <<'OUT'
jane-smith	Jane Smith	biweekly	2026-11-20	2026-12-04	0	9	9
OUT
sed 's/mentor-XXX/mentor-report/' "$T/warn" | want_err
run 'summary: a person whose status is unknown is left out, with a warning' \
    0 mentor-report summary -f tsv --no-header
want_out <<'OUT'
sam-lee	Sam Lee	peer	activ	peer	monthly	2026-10-14		
OUT
sed 's/mentor-XXX/mentor-people/' "$T/warn" | want_err
run '... people list shows the status as written' 0 \
    mentor-people list -f tsv --no-header sam

# More problems of that kind, each named, each record used.
sed 's/^status: activ$/status: active/; s/^cadence: monthly$/cadence: fortnightly/' \
    people/sam-lee.md >"$T/p"
cp "$T/p" people/sam-lee.md
sed 's/^ratings: {sql: 3}$/ratings: {sql: 7, confidence: 3}/' \
    log/2026/2026-10-14-window-functions-review-with-sam.md >"$T/e"
cp "$T/e" log/2026/2026-10-14-window-functions-review-with-sam.md
sed 's/^week-start: monday$/week-start: funday/' mentor.yaml >"$T/y"
cp "$T/y" mentor.yaml
want_err <<'EOF'
mentor-log: mentor.yaml:5:13: warning: week-start: 'funday' is not a weekday [config]
mentor-log: people/sam-lee.md:11:10: warning: cadence: 'fortnightly' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months) [cadence]
mentor-log: log/2026/2026-10-14-window-functions-review-with-sam.md:8:16: warning: rating 'sql' must be a whole number from 1 to 5, not '7' [ratings]
EOF
want_out <<'OUT'
log/2026/2026-10-14-window-functions-review-with-sam.md
OUT
run 'a bad cadence, rating and week-start: warned, records used' 0 \
    mentor-log list --with sam --period 2026-10
want_err <<'EOF'
mentor-log: log/2026/2026-10-14-window-functions-review-with-sam.md:8:16: warning: rating 'sql' must be a whole number from 1 to 5, not '7' [ratings]
EOF
want_out <<'OUT'
  ratings: confidence 3
OUT
run '... the rating out of range left out, the others read' 0 sh -c \
    'mentor-log show 2026-10-14-window | grep ratings'
cp "$EXAMPLES/journal/mentor.yaml" mentor.yaml

# A body is read one way: code is never a note, whatever fence it uses,
# and an item inside it is no action item either.
example_copy "$T/b"
cd "$T/b" || exit 99
cat >log/2026/2026-11-19-fences.md <<'EOF'
---
title: Fences
date: 2026-11-19
kind: check-in
with: [jane-smith]
---
## Encouragement
Outside the code: a note.

~~~
```
Encouragement: inside tildes, after a backtick line.
- [ ] Not an item, in code
~~~

Encouragement: after the code.
EOF
want_out <<'OUT'
  2026-11-19  Outside the code: a note.
  2026-11-19  Encouragement: after the code.
OUT
run 'wins: a ``` line inside ~~~ does not end the code' 0 sh -c \
    'mentor-report wins --period 2026-11-19 | sed -n "/^Encouragement/,\$p" |
    sed 1d'
run '... and actions find no item inside it either' 1 \
    mentor-log actions 2026-11-19-fences

# Titles are the model's: however the YAML says "title", --grep sees it.
example_copy "$T/t"
cd "$T/t" || exit 99
printf -- '---\ntitle : Weekly sync one\ndate: 2026-11-19\n---\nx\n' \
    >log/2026/2026-11-19-a.md
printf -- '---\n"title": Weekly sync two\ndate: 2026-11-19\n---\nx\n' \
    >log/2026/2026-11-19-b.md
printf -- '---\n{title: Weekly sync three, date: 2026-11-19}\n---\nx\n' \
    >log/2026/2026-11-19-c.md
printf -- '---\ntitle: "Weekly\\x20sync four"\ndate: 2026-11-19\n---\nx\n' \
    >log/2026/2026-11-19-d.md
printf -- "---\ntitle: 'Weekly sync five'\ndate: 2026-11-19\n---\nx\n" \
    >log/2026/2026-11-19-e.md
want_out <<'OUT'
2026-11-19-a	Weekly sync one
2026-11-19-b	Weekly sync two
2026-11-19-c	Weekly sync three
2026-11-19-d	Weekly sync four
2026-11-19-e	Weekly sync five
OUT
run "list --grep '^Weekly': every way of writing the title key" 0 sh -c \
    "mentor-log list --grep '^Weekly' -f tsv --no-header | cut -f1,5"
run '... and mentor-check passes them all' 0 sh -c \
    'mentor-check -q log/2026/2026-11-19-*.md'

# Duplicate ids are told by their names: the same id in two year
# folders is named from both; ids alike but for one byte are not.
example_copy "$T/d"
cd "$T/d" || exit 99
mkdir -p log/2025
for y in 2025 2026; do
	printf -- '---\ntitle: Twin\ndate: 2026-03-01\n---\nx\n' \
	    >"log/$y/2026-03-01-twin.md"
done
printf -- '---\ntitle: A\ndate: 2026-03-02\n---\nx\n' \
    >log/2025/2026-03-02-a.md
printf -- '---\ntitle: B\ndate: 2026-03-02\n---\nx\n' \
    >log/2026/2026-03-02-b.md
want_out <<'OUT'
log/2025/2026-03-01-twin.md:1:1: error: entry id '2026-03-01-twin' is also used by 'log/2026/2026-03-01-twin.md' [unique-ids]
log/2026/2026-03-01-twin.md:1:1: error: entry id '2026-03-01-twin' is also used by 'log/2025/2026-03-01-twin.md' [unique-ids]
OUT
run 'unique-ids: the twin is named from both folders, and nothing else' 1 \
    sh -c 'mentor-check --check unique-ids 2>/dev/null'
want_out <<'OUT'
2026-03-01-twin
2026-03-01-twin
2026-03-02-a
2026-03-02-b
OUT
run '... and a reader lists a misfiled entry in its date order' 0 sh -c \
    'mentor-log list -f tsv --no-header --period 2026-03 | cut -f1'

# No reader writes anything anywhere: no cache, no temporary files.
example_copy "$T/n"
cd "$T/n" || exit 99
mkdir "$T/home" "$T/cachedir" "$T/cache2" "$T/tmp" "$T/elsewhere"
: >"$T/elsewhere/keep.tmp"
touch -t 202001010000 "$T/elsewhere/keep.tmp"
ln -s "$T/elsewhere" "$T/cachedir/mentor"
printf '%s\n' "$READERS" | while read -r cmd; do
	case $cmd in
	mentor-report*)
		# shellcheck disable=SC2086
		env HOME="$T/home" XDG_CACHE_HOME="$T/cachedir" \
		    MENTOR_CACHE_DIR="$T/cachedir/mentor" TMPDIR="$T/tmp" \
		    $cmd --share >/dev/null 2>&1
		;;
	esac
	# shellcheck disable=SC2086
	env HOME="$T/home" XDG_CACHE_HOME="$T/cachedir" \
	    MENTOR_CACHE_DIR="$T/cachedir/mentor" TMPDIR="$T/tmp" \
	    $cmd >/dev/null 2>&1
	# shellcheck disable=SC2086
	env HOME="$T/home" MENTOR_CACHE_DIR="$T/cache2" TMPDIR="$T/tmp" \
	    $cmd --period 2026 >/dev/null 2>&1
done
check 'readers write nothing in HOME, the cache folders or TMPDIR' sh -c \
    "test -z \"\$(ls -A '$T/home')\" && test -z \"\$(ls -A '$T/tmp')\" &&
    test \"\$(ls -A '$T/cachedir')\" = mentor &&
    test -z \"\$(ls -A '$T/cache2')\" &&
    test \"\$(ls -A '$T/elsewhere')\" = keep.tmp"
check '... and delete nothing in a cache folder that is a symbolic link' \
    test -f "$T/elsewhere/keep.tmp"
check '... nor write the title or id of a private entry anywhere' sh -c \
    "! grep -ri 'avoid' '$T/home' '$T/cachedir/' '$T/elsewhere' \
    '$T/cache2' '$T/tmp' 2>/dev/null"
check '... and the journal is as it was' diff -r "$EXAMPLES/journal" .

done_testing
