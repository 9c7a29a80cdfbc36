#!/bin/sh
# mentor-log: adding entries (names, bodies, dates), surgical edits on
# hand-written entries, bad input, pipes, and every output format.
. "$(dirname "$0")/lib.sh"
plan 183

LD=$TESTDATA/log
CR=$(printf '\r')
TMPDIR=$T/tmp
export TMPDIR
mkdir "$TMPDIR"

# The CRLF variant of a file, with a BOM in front.
crlf_bom() {
	printf '\357\273\277'
	sed "s/\$/$CR/" "$1"
}

# A journal of hand-written entries, with the people and goal they name.
J=$T/l
mentor-init -q "$J" --owner 'Alex Doe'
cp "$EXAMPLES/journal/people/jane-smith.md" \
    "$EXAMPLES/journal/people/sam-lee.md" "$J/people/"
cp "$EXAMPLES/journal/goals/public-speaking.md" "$J/goals/"
mkdir -p "$J/log/2026"
cd "$J" || exit 99

# edit_case NAME OP STATUS command...: run the command (want_out/want_err
# set before) on a fresh copy of NAME.md, as the entry 2026-11-20-NAME,
# then compare the file byte for byte with NAME.OP.expected (at the path
# $moved when the command moves it).  With CRLF=1, both are the CRLF+BOM
# variant.
edit_case() {
	name=$1
	op=$2
	st=$3
	shift 3
	f=log/2026/2026-11-20-$name.md
	if [ -n "${CRLF:-}" ]; then
		crlf_bom "$LD/$name.md" >"$f"
		crlf_bom "$LD/$name.$op.expected" >"$T/expected"
		what="$name (CRLF, BOM): $op"
	else
		cp "$LD/$name.md" "$f"
		cp "$LD/$name.$op.expected" "$T/expected"
		what="$name: $op"
	fi
	run "$what: output" "$st" "$@"
	check "$what: every other byte is as it was" cmp -s "$T/expected" \
	    "${moved:-$f}"
	rm -f "$f" ${moved:+"$moved"}
}

for CRLF in '' 1; do
	want_out <<'OUT'
log/2026/2026-11-20-checkin.md:16: [x] Send the draft to @jane-smith due:2026-11-28 #webinar done:2026-11-22
OUT
	edit_case checkin done 0 mentor-log done 2026-11-20-checkin --match DRAFT

	want_out <<'OUT'
log/2026/2026-11-20-checkin.md:17: [ ] Write the outline
OUT
	edit_case checkin reopen 0 mentor-log reopen '2026-11-20-checkin#2'

	want_out <<'OUT'
log/2026/2026-11-20-checkin.md:21: [/] Chase the overdue invoice due:2026-11-21
OUT
	edit_case checkin start 0 mentor-log start 2026-11-20-checkin:21

	want_out <<'OUT'
log/2026/2026-11-20-checkin.md:19: [-] Book the room — für alle   due:2026-12-01
OUT
	edit_case checkin drop 0 mentor-log drop 2026-11-20-c --match 'FÜR ALLE'

	# The new date moves the entry to the name it gives.
	want_out <<'OUT'
log/2026/2026-11-21-checkin.md
OUT
	want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md: dated 2026-11-21, moved to log/2026/2026-11-21-checkin.md
ERR
	moved=log/2026/2026-11-21-checkin.md
	edit_case checkin set 0 mentor-log set 2026-11-20-checkin \
	    'title=Check-in with Jane' kind=meeting with=ja,sam duration= \
	    date=yesterday tags=a,b goals=publ author=Alex
	moved=

	want_out <<'OUT'
log/2026/2026-11-20-checkin.md
OUT
	edit_case checkin set-scalar 0 mentor-log set 2026-11-20-checkin \
	    with=sam duration=1h tags= title=yes
done
CRLF=

# No line ending on the last line; no title (a heading), no kind.
want_out <<'OUT'
log/2026/2026-11-20-bare.md:6: [x] Send the notes due:2026-11-26 done:2026-11-22
OUT
edit_case bare done 0 mentor-log done '2026-11-20-bare#1'

want_out <<'OUT'
log/2026/2026-11-20-bare.md
OUT
want_err <<'ERR'
mentor-log: unknown key 'note' for an entry; written as given
ERR
edit_case bare set 0 mentor-log set 2026-11-20-bare kind=meeting \
    'title=Coffee: with Jane' 'note=he said: "yes", ok'

# '...' closes the front matter; [X] is done; reopen removes the stamp.
want_out <<'OUT'
log/2026/2026-11-20-firstline.md:7: [ ] Summarise it for the team
OUT
edit_case firstline reopen 0 mentor-log reopen 2026-11-20-firstline:7

# The three entries side by side: ordered by date (authoritative, not the
# file name); titles from the key, else the first heading, else the first
# line of the body.
for n in checkin bare firstline; do
	cp "$LD/$n.md" "log/2026/2026-11-20-$n.md"
done
want_out <<'OUT'
id	date	kind	with	title
2026-11-20-firstline	2026-11-18	note		Read the delegation chapter twice.
2026-11-20-bare	2026-11-19	note	jane-smith	Coffee with Jane
2026-11-20-checkin	2026-11-20	check-in	jane-smith	Check-in: Größe & café
OUT
run 'list: by date, titles from the key, a heading or the first line' 0 \
    mentor-log list -f tsv

want_out <<'OUT'
log/2026/2026-11-20-checkin.md:16: [ ] Send the draft to @jane-smith due:2026-11-28 #webinar
log/2026/2026-11-20-checkin.md:19: [/] Book the room — für alle   due:2026-12-01
log/2026/2026-11-20-checkin.md:21: [ ] Chase the overdue invoice due:2026-11-21
OUT
run 'actions: open and started items; none from fenced code' 0 \
    mentor-log actions 2026-11-20-checkin

# Refusals leave the entry as it was.
E=log/2026/2026-11-20-checkin.md
want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md:17: already done: Write the outline done:2026-11-19
ERR
run 'done on a done item is 1' 1 mentor-log done '2026-11-20-checkin#2'

want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md:16: already open: Send the draft to @jane-smith due:2026-11-28 #webinar
ERR
run 'reopen on an open item is 1' 1 mentor-log reopen '2026-11-20-checkin#1'

want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md: no task item #7 (it has 5)
ERR
run 'ENTRY#N out of range is 1' 1 mentor-log done '2026-11-20-checkin#7'

want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md:18: not a task item
ERR
run 'ENTRY:LINE that is not a task item is 1' 1 mentor-log done "$E:18"

want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md:24: not a task item
ERR
run 'a task item in fenced code is not one' 1 mentor-log done "$E:24"

want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md: 'o' matches 5 task items:
  log/2026/2026-11-20-checkin.md:16: [ ] Send the draft to @jane-smith due:2026-11-28 #webinar
  log/2026/2026-11-20-checkin.md:17: [x] Write the outline done:2026-11-19
  log/2026/2026-11-20-checkin.md:19: [/] Book the room — für alle   due:2026-12-01
  log/2026/2026-11-20-checkin.md:20: [-] Ask for a projector
  log/2026/2026-11-20-checkin.md:21: [ ] Chase the overdue invoice due:2026-11-21
ERR
run '--match on several items is 1, listing them' 1 \
    mentor-log start 2026-11-20-checkin --match o

want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md: no task item matches 'nothing'
ERR
run '--match on nothing is 1' 1 mentor-log drop 2026-11-20-checkin --match nothing

want_err <<'ERR'
mentor-log: '2026-11-20-checkin': which item? (use 2026-11-20-checkin:LINE, 2026-11-20-checkin#N or --match TEXT)
ERR
run 'a task without an address is 64' 64 mentor-log done 2026-11-20-checkin

want_err <<'ERR'
mentor-log: kind: unknown value 'chat' (one of: check-in, meeting, feedback, note, win, reflection)
ERR
run 'set kind=chat is 64' 64 mentor-log set 2026-11-20-checkin kind=chat

want_err <<'ERR'
mentor-log: with: no person 'jane-smiht' (did you mean 'jane-smith'?)
ERR
run 'set with=UNKNOWN is 66 with a near match' 66 \
    mentor-log set 2026-11-20-checkin with=jane-smiht

want_err <<'ERR'
mentor-log: date: bad date 'someday' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'set date=someday is 64' 64 mentor-log set 2026-11-20-checkin date=someday

want_err <<'ERR'
mentor-log: ratings cannot be set with key=value; edit the entry
ERR
run 'set ratings= ... is 64' 64 mentor-log set 2026-11-20-checkin ratings=3
check 'none of the refusals touched the entry' cmp -s "$LD/checkin.md" "$E"

# A broken entry: 65 with path:line:col, the file untouched; readers
# report it, go on with the rest and exit 65.
printf -- '---\ntitle: Broken\nwith: [jane-smith\n---\n- [ ] a\n' \
    >log/2026/2026-11-19-broken.md
cp log/2026/2026-11-19-broken.md "$T/broken.md"
for args in 'done 2026-11-19-broken#1' 'set 2026-11-19-broken kind=win' \
    'show 2026-11-19-broken'; do
	want_err <<'ERR'
mentor-log: log/2026/2026-11-19-broken.md:3:7: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
	# shellcheck disable=SC2086
	run "a broken entry: $args is 65" 65 mentor-log $args
done
check '... and the broken entry is untouched' \
    cmp -s "$T/broken.md" log/2026/2026-11-19-broken.md

want_out <<'OUT'
log/2026/2026-11-20-firstline.md
log/2026/2026-11-20-bare.md
log/2026/2026-11-20-checkin.md
OUT
want_err <<'ERR'
mentor-log: log/2026/2026-11-19-broken.md:3:7: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
run 'list reports a broken entry, lists the rest, exits 65' 65 mentor-log list

want_out <<'OUT'
log/2026/2026-11-20-bare.md:6: [ ] Send the notes due:2026-11-26
log/2026/2026-11-20-checkin.md:16: [ ] Send the draft to @jane-smith due:2026-11-28 #webinar
log/2026/2026-11-20-checkin.md:19: [/] Book the room — für alle   due:2026-12-01
log/2026/2026-11-20-checkin.md:21: [ ] Chase the overdue invoice due:2026-11-21
OUT
want_err <<'ERR'
mentor-log: log/2026/2026-11-19-broken.md:3:7: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
run 'actions does the same' 65 mentor-log actions --with jane-smith

want_err <<'ERR'
mentor-log: log/2026/2026-11-19-broken.md:3:7: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
run '... 65 wins over 1 (nothing matched)' 65 mentor-log list --period 2025
rm log/2026/2026-11-19-broken.md

# A lock held by another writer: 75 naming it, nothing written.
: >"$E.lock"
for args in 'done 2026-11-20-checkin#1' 'set 2026-11-20-checkin kind=win'; do
	want_err <<'ERR'
mentor-log: 'log/2026/2026-11-20-checkin.md.lock' is held by another writer (remove it if no mentor program is running)
ERR
	# shellcheck disable=SC2086
	run "a held lock: $args is 75" 75 env MENTOR_LOCK_TIMEOUT=0.2 \
	    mentor-log $args
done
check '... the entry is untouched and the lock left alone' \
    sh -c "cmp -s '$LD/checkin.md' '$E' && test -e '$E.lock'"
rm "$E.lock"

# add: the path, and the file exactly.
rm log/2026/*
want_out <<'OUT'
log/2026/2026-11-22-weekly-check-in-grosse-cafe.md
OUT
run 'add prints the path of the new entry' 0 mentor-log add \
    '  Weekly check-in: Größe & café  ' --kind check-in --with ja \
    --with sam-lee --goal publ --rate public-speaking=3 --rate confidence=4 \
    --duration 45m --private --tag webinar --tag 'two words' \
    -m 'First paragraph.' -m '- [ ] Send the slides to @jane-smith due:+3d'
cat >"$T/expected" <<'EOF2'
---
title: "Weekly check-in: Größe & café"
date: 2026-11-22
kind: check-in
with: [jane-smith, sam-lee]
duration: 45m
goals: [public-speaking]
ratings: {public-speaking: 3, confidence: 4}
private: true
tags: [webinar, two words]
author: tester
---
First paragraph.

- [ ] Send the slides to @jane-smith due:2026-11-25
EOF2
check '... every field written, references in full, the due date absolute' \
    cmp -s "$T/expected" log/2026/2026-11-22-weekly-check-in-grosse-cafe.md

want_out <<'OUT'
log/2026/2026-11-22-weekly-check-in-grosse-cafe-2.md
OUT
run 'the same date and title again gives -2' 0 \
    mentor-log add 'Weekly check-in: Größe & café' -m x

want_out <<'OUT'
log/2026/2026-11-22-note.md
OUT
run 'a body from stdin with -F -; the title defaults to the kind' 0 sh -c \
    'printf "Talked about X\n- [ ] do Y\n" | mentor-log add --with jane-smith -F -'
cat >"$T/expected" <<'EOF2'
---
title: note
date: 2026-11-22
kind: note
with: [jane-smith]
author: tester
---
Talked about X
- [ ] do Y
EOF2
check '... written as given' cmp -s "$T/expected" log/2026/2026-11-22-note.md

# Relative dates in task items are written absolute; nothing else moves.
cat >"$T/body" <<'EOF2'
Due:+3d in prose stays, and so does due:+3d outside a task item.
- [ ] Book it due:+3d #webinar
  * [x] Paid done:today, on time
+ [/] By friday due:FRIDAY.
- [ ] By the end of the month due:eom
- see [the doc] due:+1d
- [ ] Already absolute due:2026-12-24

```
- [ ] fenced, left alone due:+1d
```
EOF2
sed -e 's/ due:+3d #/ due:2026-11-25 #/' -e 's/done:today,/done:2026-11-22,/' \
    -e 's/due:FRIDAY\./due:2026-11-27./' -e 's/due:eom/due:2026-11-30/' \
    "$T/body" >"$T/body.want"
want_out <<'OUT'
log/2026/2026-12-01-dates.md
OUT
run 'add -F FILE --date +9d' 0 mentor-log add Dates -F "$T/body" --date +9d
sed '1,/^---$/d' log/2026/2026-12-01-dates.md >"$T/got"
check '... due:+3d, done:today, due:friday and due:eom written absolute' \
    cmp -s "$T/body.want" "$T/got"

# Refused bodies: nothing is written.
want_err <<'ERR'
mentor-log: standard input holds a NUL byte (byte 2): not text; nothing written
ERR
run 'a body with a NUL byte is refused (65)' 65 sh -c \
    'printf "a\0b\n" | mentor-log add Nul -F -'

printf 'caf\351\n' >"$T/latin1"
want_err <<OUT
mentor-log: '$T/latin1' is not valid UTF-8 (byte 4); nothing written
OUT
run 'a body that is not UTF-8 is refused (65)' 65 \
    mentor-log add Latin -F "$T/latin1"

want_err <<'ERR'
mentor-log: -m: not valid UTF-8; nothing written
ERR
run '-m that is not UTF-8 is refused (64)' 64 \
    mentor-log add Latin -m "$(cat "$T/latin1")"

want_err <<'ERR'
mentor-log: bad date 'due:someday' in an action item (YYYY-MM-DD, today, +3d, friday...); nothing written
ERR
run 'a task item with a bad date is refused (65)' 65 sh -c \
    'printf -- "- [ ] x due:someday\n" | mentor-log add Bad -F -'

want_err <<'ERR'
mentor-log: empty body; nothing written
ERR
run 'an empty body writes nothing (1)' 1 sh -c \
    'printf "  \n\n" | mentor-log add Empty -F -'

want_out <<'OUT'
still here
OUT
want_err <<'ERR'
mentor-log: no body: use -m, -F FILE or -F -
ERR
run 'no body option and no terminal: 64, stdin not read' 64 sh -c \
    'echo still here | { mentor-log add Script; st=$?; cat; exit $st; }'

want_err <<'ERR'
mentor-log: cannot read '/nonexistent/body': No such file or directory
ERR
run '-F with a missing file is 66' 66 mentor-log add Gone -F /nonexistent/body

want_err <<'ERR'
mentor-log: -m and -F do not go together
ERR
run '-m with -F is 64' 64 mentor-log add Both -m x -F -

want_err <<'ERR'
mentor-log: the title is empty
ERR
run 'a blank title is 64' 64 mentor-log add '  ' -m x

want_err <<'ERR'
mentor-log: the title must be one line of UTF-8 text
ERR
run 'a title of two lines is 64' 64 mentor-log add "$(printf 'a\nb')" -m x

want_err <<'ERR'
mentor-log: no person 'jane-smiht' (did you mean 'jane-smith'?)
ERR
run '--with an unknown person is 66 with a near match' 66 \
    mentor-log add Who --with jane-smiht -m x

want_err <<'ERR'
mentor-log: no goal 'pubic-speaking' (did you mean 'public-speaking'?)
ERR
run '--goal an unknown goal is 66 with a near match' 66 \
    mentor-log add Who --goal pubic-speaking -m x

cp people/sam-lee.md people/sam-smith.md
want_err <<'ERR'
mentor-log: 'sam' is ambiguous: sam-lee sam-smith
ERR
run '--with an ambiguous prefix is 64, listing the candidates' 64 \
    mentor-log add Who --with sam -m x
rm people/sam-smith.md

want_err <<'ERR'
mentor-log: --kind: unknown value 'chat' (one of: check-in, meeting, feedback, note, win, reflection)
ERR
run '--kind with a bad value is 64' 64 mentor-log add X --kind chat -m x

want_err <<'ERR'
mentor-log: --date: bad date '2026-02-30' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run '--date with a bad date is 64' 64 mentor-log add X --date 2026-02-30 -m x

want_err <<'ERR'
mentor-log: --rate: want skill=N with N a whole number from 1 to 5, not 'sql=6'
ERR
run '--rate out of 1..5 is 64' 64 mentor-log add X --rate sql=6 -m x

want_err <<'ERR'
mentor-log: --rate: want skill=N with N a whole number from 1 to 5, not 'sql=4.5'
ERR
run '--rate not a whole number is 64' 64 mentor-log add X --rate sql=4.5 -m x

want_err <<'ERR'
mentor-log: --rate: want skill=N with N a whole number from 1 to 5, not '=4'
ERR
run '--rate without a skill is 64' 64 mentor-log add X --rate =4 -m x

want_err <<'ERR'
mentor-log: --duration: '3 hours' is not a duration (like 45m, 1h or 1h30m)
ERR
run '--duration with a bad value is 64' 64 \
    mentor-log add X --duration '3 hours' -m x

want_out <<'OUT'
log/2026/2026-11-22-note.md
log/2026/2026-11-22-weekly-check-in-grosse-cafe-2.md
log/2026/2026-11-22-weekly-check-in-grosse-cafe.md
log/2026/2026-12-01-dates.md
OUT
run 'the refused adds wrote nothing' 0 sh -c 'ls log/2026/* | sort'

run '-q writes the entry and prints nothing' 0 mentor-log -q add Quiet -m x
check '... the entry is there' test -f log/2026/2026-11-22-quiet.md

# A shared journal: new names end with the author's slug.
S=$T/s
mentor-init -q "$S" --owner 'Alex Doe'
sed 's/^shared: false/shared: true/' "$S/mentor.yaml" >"$T/y" &&
    cp "$T/y" "$S/mentor.yaml"
rmdir "$S/log"
cd "$T" || exit 99
want_out <<OUT
$S/log/2026/2026-11-22-sync--tester.md
OUT
run 'shared: true: the name ends with --tester; -C; a missing log/ is made' 0 \
    mentor-log -C "$S" add Sync -m x
want_out <<OUT
$S/log/2026/2026-11-22-sync--tester-2.md
OUT
run '... and takes -2 after the author' 0 mentor-log -C "$S" add Sync -m x
want_out <<OUT
$S/log/2026/2026-11-22-sync--zoe-unal.md
OUT
run '... another author, another name' 0 \
    env MENTOR_AUTHOR='Zoë Ünal' mentor-log -C "$S" add Sync -m x
cd "$J" || exit 99

# The template, on a terminal (script(1) gives one), else skipped.
SHELL=/bin/sh	# script -c runs the command with $SHELL
export SHELL
if script -qec true /dev/null >/dev/null 2>&1 </dev/null; then
	cat >"$T/ed-fill" <<'EOF2'
#!/bin/sh
awk '{ print }
    /^## Notes$/ { print "Talked about the webinar." }
    /^## Action items$/ { print "- [ ] Send the slides due:tomorrow" }' \
    "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
	cat >"$T/ed-empty" <<'EOF2'
#!/bin/sh
grep '^#' "$1" >"$1.new"; mv "$1.new" "$1"
EOF2
	chmod +x "$T/ed-fill" "$T/ed-empty"
	script -qec "EDITOR=true mentor-log add Untouched >'$T/out' 2>'$T/err'" \
	    /dev/null >/dev/null 2>&1
	st=$?
	check 'an untouched template writes nothing and exits 1' sh -c \
	    "test $st = 1 && test ! -e log/2026/2026-11-22-untouched.md && test ! -s '$T/out' && grep -qx 'mentor-log: the template is untouched; nothing written' '$T/err'"
	script -qec "EDITOR='$T/ed-empty' mentor-log add Emptied >'$T/out' 2>'$T/err'" \
	    /dev/null >/dev/null 2>&1
	st=$?
	check 'a template left with only its headings writes nothing (1)' sh -c \
	    "test $st = 1 && test ! -e log/2026/2026-11-22-emptied.md && grep -qx 'mentor-log: the template is empty; nothing written' '$T/err'"
	script -qec "EDITOR=false mentor-log add Failed >'$T/out' 2>'$T/err'" \
	    /dev/null >/dev/null 2>&1
	st=$?
	check 'a failing editor writes nothing (1)' sh -c \
	    "test $st = 1 && test ! -e log/2026/2026-11-22-failed.md"
	script -qec "VISUAL='$T/ed-fill' EDITOR=false mentor-log add Filled >'$T/out' 2>'$T/err'" \
	    /dev/null >/dev/null 2>&1
	st=$?
	cat >"$T/expected" <<'EOF2'
---
title: Filled
date: 2026-11-22
kind: note
author: tester
---
## Agenda


## Notes
Talked about the webinar.


## Feedback


## Action items
- [ ] Send the slides due:2026-11-23

EOF2
	check 'a filled template (VISUAL before EDITOR) is written, dates absolute' \
	    sh -c "test $st = 0 && cmp -s '$T/expected' log/2026/2026-11-22-filled.md && test \"\$(cat '$T/out')\" = log/2026/2026-11-22-filled.md"
else
	for n in 1 2 3 4; do
		ok "template test $n # SKIP no script(1) to give a terminal"
	done
fi

# edit: EDITOR scripts.
cat >"$T/ed-kind" <<'EOF2'
#!/bin/sh
sed 's/^kind:    check-in /kind:    feedback /' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
cat >"$T/ed-break" <<'EOF2'
#!/bin/sh
sed 's/^goals: .*/goals: [public-speaking/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
cat >"$T/ed-rate" <<'EOF2'
#!/bin/sh
sed 's/confidence: 4/confidence: 9/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
chmod +x "$T/ed-kind" "$T/ed-break" "$T/ed-rate"

cp "$LD/checkin.md" "$E"
sed 's/^kind:    check-in /kind:    feedback /' "$LD/checkin.md" >"$T/expected"
want_out <<'OUT'
log/2026/2026-11-20-checkin.md
OUT
run 'edit replaces the entry with the edited copy' 0 \
    env EDITOR="$T/ed-kind" mentor-log edit 2026-11-20-checkin </dev/null
check '... exactly' cmp -s "$T/expected" "$E"

cp "$LD/checkin.md" "$E"
want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md:9:8: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
mentor-log: abandoned; 'log/2026/2026-11-20-checkin.md' is unchanged
ERR
run 'a broken edit with no terminal is abandoned (1)' 1 \
    env EDITOR="$T/ed-break" mentor-log edit 2026-11-20-checkin </dev/null
check '... and the entry is untouched' cmp -s "$LD/checkin.md" "$E"

want_err <<'ERR'
mentor-log: log/2026/2026-11-20-checkin.md:10:43: error: rating 'confidence' must be a whole number from 1 to 5, not '9' [ratings]
mentor-log: abandoned; 'log/2026/2026-11-20-checkin.md' is unchanged
ERR
run 'an edit that breaks a check is abandoned too (1)' 1 \
    env EDITOR="$T/ed-rate" mentor-log edit 2026-11-20-checkin </dev/null
check '... and the entry is untouched' cmp -s "$LD/checkin.md" "$E"

want_err <<'ERR'
mentor-log: no changes to 'log/2026/2026-11-20-checkin.md'
ERR
run 'EDITOR=true: no changes, 0' 0 env EDITOR=true \
    mentor-log edit 2026-11-20-checkin </dev/null
check 'add and edit leave no temporary files' test -z "$(ls "$TMPDIR")"

# 2 x 200 concurrent adds of one title: 400 distinct, valid entries.
C=$T/c
mentor-init -q "$C" --owner 'Alex Doe'
cd "$C" || exit 99
MENTOR_LOCK_TIMEOUT=60
export MENTOR_LOCK_TIMEOUT
loop_add() {
	i=1
	while [ $i -le 200 ]; do
		mentor-log add 'Same title' -m "$2 $i" >>"$1" || echo fail >>"$1"
		i=$((i + 1))
	done
}
: >"$T/a.log"
: >"$T/b.log"
loop_add "$T/a.log" alpha 2>&1 &
pa=$!
loop_add "$T/b.log" beta 2>&1 &
pb=$!
wait $pa
wait $pb
{
	echo log/2026/2026-11-22-same-title.md
	i=2
	while [ $i -le 400 ]; do
		echo "log/2026/2026-11-22-same-title-$i.md"
		i=$((i + 1))
	done
} | sort >"$T/expected"
sort "$T/a.log" "$T/b.log" >"$T/got"
check 'concurrent add: 400 paths printed, all distinct' \
    cmp -s "$T/expected" "$T/got"
ls log/2026/*.md | sort >"$T/got"
check '... 400 files: same-title, same-title-2 ... same-title-400' \
    cmp -s "$T/expected" "$T/got"
check '... each body once' test "$(cat log/2026/*.md |
    grep -E '^(alpha|beta) [0-9]+$' | sort -u | wc -l | tr -d ' ')" = 400
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 400 records
ERR
run '... each a valid entry' 0 mentor-check
unset MENTOR_LOCK_TIMEOUT

# The example journal: every format, filters and pipes.
example_copy "$T/j"
cd "$T/j" || exit 99

want_out <<'OUT'
id                                           date        kind        with        title
2026-08-03-kick-off-with-jane                2026-08-03  meeting     jane-smith  Kick-off with Jane
2026-08-05-sql-study-plan-with-sam           2026-08-05  check-in    sam-lee     SQL study plan with Sam
2026-08-17-outline-for-the-meetup-talk       2026-08-17  check-in    jane-smith  Outline for the meetup talk
2026-08-26-window-functions-practice         2026-08-26  note                    Window functions practice
2026-08-31-delegation-and-the-sprint-demo    2026-08-31  meeting     jane-smith  Delegation and the sprint demo
2026-09-09-sql-check-in-with-sam             2026-09-09  check-in    sam-lee     SQL check-in with Sam
2026-09-14-stakeholder-mapping               2026-09-14  check-in    jane-smith  Stakeholder mapping
2026-09-24-priya-ran-the-sprint-demo         2026-09-24  win                     Priya ran the sprint demo
2026-09-29-dry-run-of-the-meetup-talk        2026-09-29  feedback    jane-smith  Dry run of the meetup talk
2026-10-12-first-meetup-talk                 2026-10-12  win                     First meetup talk
2026-10-13-feedback-on-the-meetup-talk       2026-10-13  feedback    jane-smith  Feedback on the meetup talk
2026-10-14-window-functions-review-with-sam  2026-10-14  check-in    sam-lee     Window functions review with Sam
2026-10-20-why-i-avoid-delegating            2026-10-20  reflection              Why I avoid delegating
2026-10-27-webinar-outline                   2026-10-27  check-in    jane-smith  Webinar outline
2026-11-09-stakeholder-review-prep           2026-11-09  meeting     jane-smith  Stakeholder review prep
2026-11-10-reached-out-to-tom-becker         2026-11-10  note        tom-becker  Reached out to Tom Becker
2026-11-20-webinar-dry-run                   2026-11-20  feedback    jane-smith  Webinar dry run
2026-11-21-four-months-in                    2026-11-21  note                    Four months in
2026-12-04-check-in-with-jane                2026-12-04  check-in    jane-smith  Check-in with Jane
OUT
run 'list -f text' 0 mentor-log list -f text

want_out <<'OUT'
log/2026/2026-08-03-kick-off-with-jane.md
log/2026/2026-08-05-sql-study-plan-with-sam.md
log/2026/2026-08-17-outline-for-the-meetup-talk.md
log/2026/2026-08-26-window-functions-practice.md
log/2026/2026-08-31-delegation-and-the-sprint-demo.md
log/2026/2026-09-09-sql-check-in-with-sam.md
log/2026/2026-09-14-stakeholder-mapping.md
log/2026/2026-09-24-priya-ran-the-sprint-demo.md
log/2026/2026-09-29-dry-run-of-the-meetup-talk.md
log/2026/2026-10-12-first-meetup-talk.md
log/2026/2026-10-13-feedback-on-the-meetup-talk.md
log/2026/2026-10-14-window-functions-review-with-sam.md
log/2026/2026-10-20-why-i-avoid-delegating.md
log/2026/2026-10-27-webinar-outline.md
log/2026/2026-11-09-stakeholder-review-prep.md
log/2026/2026-11-10-reached-out-to-tom-becker.md
log/2026/2026-11-20-webinar-dry-run.md
log/2026/2026-11-21-four-months-in.md
log/2026/2026-12-04-check-in-with-jane.md
OUT
run 'list prints paths when stdout is not a terminal' 0 mentor-log list

want_out <<'OUT'
id	date	kind	with	title
2026-08-03-kick-off-with-jane	2026-08-03	meeting	jane-smith	Kick-off with Jane
2026-08-05-sql-study-plan-with-sam	2026-08-05	check-in	sam-lee	SQL study plan with Sam
2026-08-17-outline-for-the-meetup-talk	2026-08-17	check-in	jane-smith	Outline for the meetup talk
2026-08-26-window-functions-practice	2026-08-26	note		Window functions practice
2026-08-31-delegation-and-the-sprint-demo	2026-08-31	meeting	jane-smith	Delegation and the sprint demo
2026-09-09-sql-check-in-with-sam	2026-09-09	check-in	sam-lee	SQL check-in with Sam
2026-09-14-stakeholder-mapping	2026-09-14	check-in	jane-smith	Stakeholder mapping
2026-09-24-priya-ran-the-sprint-demo	2026-09-24	win		Priya ran the sprint demo
2026-09-29-dry-run-of-the-meetup-talk	2026-09-29	feedback	jane-smith	Dry run of the meetup talk
2026-10-12-first-meetup-talk	2026-10-12	win		First meetup talk
2026-10-13-feedback-on-the-meetup-talk	2026-10-13	feedback	jane-smith	Feedback on the meetup talk
2026-10-14-window-functions-review-with-sam	2026-10-14	check-in	sam-lee	Window functions review with Sam
2026-10-20-why-i-avoid-delegating	2026-10-20	reflection		Why I avoid delegating
2026-10-27-webinar-outline	2026-10-27	check-in	jane-smith	Webinar outline
2026-11-09-stakeholder-review-prep	2026-11-09	meeting	jane-smith	Stakeholder review prep
2026-11-10-reached-out-to-tom-becker	2026-11-10	note	tom-becker	Reached out to Tom Becker
2026-11-20-webinar-dry-run	2026-11-20	feedback	jane-smith	Webinar dry run
2026-11-21-four-months-in	2026-11-21	note		Four months in
2026-12-04-check-in-with-jane	2026-12-04	check-in	jane-smith	Check-in with Jane
OUT
run 'list -f tsv' 0 mentor-log list -f tsv

want_out <<'OUT'
[{"path":"log/2026/2026-08-03-kick-off-with-jane.md","id":"2026-08-03-kick-off-with-jane","date":"2026-08-03","kind":"meeting","with":["jane-smith"],"title":"Kick-off with Jane"},{"path":"log/2026/2026-08-05-sql-study-plan-with-sam.md","id":"2026-08-05-sql-study-plan-with-sam","date":"2026-08-05","kind":"check-in","with":["sam-lee"],"title":"SQL study plan with Sam"},{"path":"log/2026/2026-08-17-outline-for-the-meetup-talk.md","id":"2026-08-17-outline-for-the-meetup-talk","date":"2026-08-17","kind":"check-in","with":["jane-smith"],"title":"Outline for the meetup talk"},{"path":"log/2026/2026-08-26-window-functions-practice.md","id":"2026-08-26-window-functions-practice","date":"2026-08-26","kind":"note","with":[],"title":"Window functions practice"},{"path":"log/2026/2026-08-31-delegation-and-the-sprint-demo.md","id":"2026-08-31-delegation-and-the-sprint-demo","date":"2026-08-31","kind":"meeting","with":["jane-smith"],"title":"Delegation and the sprint demo"},{"path":"log/2026/2026-09-09-sql-check-in-with-sam.md","id":"2026-09-09-sql-check-in-with-sam","date":"2026-09-09","kind":"check-in","with":["sam-lee"],"title":"SQL check-in with Sam"},{"path":"log/2026/2026-09-14-stakeholder-mapping.md","id":"2026-09-14-stakeholder-mapping","date":"2026-09-14","kind":"check-in","with":["jane-smith"],"title":"Stakeholder mapping"},{"path":"log/2026/2026-09-24-priya-ran-the-sprint-demo.md","id":"2026-09-24-priya-ran-the-sprint-demo","date":"2026-09-24","kind":"win","with":[],"title":"Priya ran the sprint demo"},{"path":"log/2026/2026-09-29-dry-run-of-the-meetup-talk.md","id":"2026-09-29-dry-run-of-the-meetup-talk","date":"2026-09-29","kind":"feedback","with":["jane-smith"],"title":"Dry run of the meetup talk"},{"path":"log/2026/2026-10-12-first-meetup-talk.md","id":"2026-10-12-first-meetup-talk","date":"2026-10-12","kind":"win","with":[],"title":"First meetup talk"},{"path":"log/2026/2026-10-13-feedback-on-the-meetup-talk.md","id":"2026-10-13-feedback-on-the-meetup-talk","date":"2026-10-13","kind":"feedback","with":["jane-smith"],"title":"Feedback on the meetup talk"},{"path":"log/2026/2026-10-14-window-functions-review-with-sam.md","id":"2026-10-14-window-functions-review-with-sam","date":"2026-10-14","kind":"check-in","with":["sam-lee"],"title":"Window functions review with Sam"},{"path":"log/2026/2026-10-20-why-i-avoid-delegating.md","id":"2026-10-20-why-i-avoid-delegating","date":"2026-10-20","kind":"reflection","with":[],"title":"Why I avoid delegating"},{"path":"log/2026/2026-10-27-webinar-outline.md","id":"2026-10-27-webinar-outline","date":"2026-10-27","kind":"check-in","with":["jane-smith"],"title":"Webinar outline"},{"path":"log/2026/2026-11-09-stakeholder-review-prep.md","id":"2026-11-09-stakeholder-review-prep","date":"2026-11-09","kind":"meeting","with":["jane-smith"],"title":"Stakeholder review prep"},{"path":"log/2026/2026-11-10-reached-out-to-tom-becker.md","id":"2026-11-10-reached-out-to-tom-becker","date":"2026-11-10","kind":"note","with":["tom-becker"],"title":"Reached out to Tom Becker"},{"path":"log/2026/2026-11-20-webinar-dry-run.md","id":"2026-11-20-webinar-dry-run","date":"2026-11-20","kind":"feedback","with":["jane-smith"],"title":"Webinar dry run"},{"path":"log/2026/2026-11-21-four-months-in.md","id":"2026-11-21-four-months-in","date":"2026-11-21","kind":"note","with":[],"title":"Four months in"},{"path":"log/2026/2026-12-04-check-in-with-jane.md","id":"2026-12-04-check-in-with-jane","date":"2026-12-04","kind":"check-in","with":["jane-smith"],"title":"Check-in with Jane"}]
OUT
run 'list -f json' 0 mentor-log list -f json

want_out <<'OUT'
{"path":"log/2026/2026-08-03-kick-off-with-jane.md","id":"2026-08-03-kick-off-with-jane","date":"2026-08-03","kind":"meeting","with":["jane-smith"],"title":"Kick-off with Jane"}
{"path":"log/2026/2026-08-05-sql-study-plan-with-sam.md","id":"2026-08-05-sql-study-plan-with-sam","date":"2026-08-05","kind":"check-in","with":["sam-lee"],"title":"SQL study plan with Sam"}
{"path":"log/2026/2026-08-17-outline-for-the-meetup-talk.md","id":"2026-08-17-outline-for-the-meetup-talk","date":"2026-08-17","kind":"check-in","with":["jane-smith"],"title":"Outline for the meetup talk"}
{"path":"log/2026/2026-08-26-window-functions-practice.md","id":"2026-08-26-window-functions-practice","date":"2026-08-26","kind":"note","with":[],"title":"Window functions practice"}
{"path":"log/2026/2026-08-31-delegation-and-the-sprint-demo.md","id":"2026-08-31-delegation-and-the-sprint-demo","date":"2026-08-31","kind":"meeting","with":["jane-smith"],"title":"Delegation and the sprint demo"}
{"path":"log/2026/2026-09-09-sql-check-in-with-sam.md","id":"2026-09-09-sql-check-in-with-sam","date":"2026-09-09","kind":"check-in","with":["sam-lee"],"title":"SQL check-in with Sam"}
{"path":"log/2026/2026-09-14-stakeholder-mapping.md","id":"2026-09-14-stakeholder-mapping","date":"2026-09-14","kind":"check-in","with":["jane-smith"],"title":"Stakeholder mapping"}
{"path":"log/2026/2026-09-24-priya-ran-the-sprint-demo.md","id":"2026-09-24-priya-ran-the-sprint-demo","date":"2026-09-24","kind":"win","with":[],"title":"Priya ran the sprint demo"}
{"path":"log/2026/2026-09-29-dry-run-of-the-meetup-talk.md","id":"2026-09-29-dry-run-of-the-meetup-talk","date":"2026-09-29","kind":"feedback","with":["jane-smith"],"title":"Dry run of the meetup talk"}
{"path":"log/2026/2026-10-12-first-meetup-talk.md","id":"2026-10-12-first-meetup-talk","date":"2026-10-12","kind":"win","with":[],"title":"First meetup talk"}
{"path":"log/2026/2026-10-13-feedback-on-the-meetup-talk.md","id":"2026-10-13-feedback-on-the-meetup-talk","date":"2026-10-13","kind":"feedback","with":["jane-smith"],"title":"Feedback on the meetup talk"}
{"path":"log/2026/2026-10-14-window-functions-review-with-sam.md","id":"2026-10-14-window-functions-review-with-sam","date":"2026-10-14","kind":"check-in","with":["sam-lee"],"title":"Window functions review with Sam"}
{"path":"log/2026/2026-10-20-why-i-avoid-delegating.md","id":"2026-10-20-why-i-avoid-delegating","date":"2026-10-20","kind":"reflection","with":[],"title":"Why I avoid delegating"}
{"path":"log/2026/2026-10-27-webinar-outline.md","id":"2026-10-27-webinar-outline","date":"2026-10-27","kind":"check-in","with":["jane-smith"],"title":"Webinar outline"}
{"path":"log/2026/2026-11-09-stakeholder-review-prep.md","id":"2026-11-09-stakeholder-review-prep","date":"2026-11-09","kind":"meeting","with":["jane-smith"],"title":"Stakeholder review prep"}
{"path":"log/2026/2026-11-10-reached-out-to-tom-becker.md","id":"2026-11-10-reached-out-to-tom-becker","date":"2026-11-10","kind":"note","with":["tom-becker"],"title":"Reached out to Tom Becker"}
{"path":"log/2026/2026-11-20-webinar-dry-run.md","id":"2026-11-20-webinar-dry-run","date":"2026-11-20","kind":"feedback","with":["jane-smith"],"title":"Webinar dry run"}
{"path":"log/2026/2026-11-21-four-months-in.md","id":"2026-11-21-four-months-in","date":"2026-11-21","kind":"note","with":[],"title":"Four months in"}
{"path":"log/2026/2026-12-04-check-in-with-jane.md","id":"2026-12-04-check-in-with-jane","date":"2026-12-04","kind":"check-in","with":["jane-smith"],"title":"Check-in with Jane"}
OUT
run 'list -f jsonl' 0 mentor-log list -f jsonl

want_out <<'OUT'
2026-11-20-webinar-dry-run: Webinar dry run
  2026-11-20, feedback with jane-smith, 45m
  goals: public-speaking
  ratings: public-speaking 4, confidence 4
  tags: webinar

## Agenda
- Dry run of the first half of the webinar
- The poll question

## Feedback
Went well: clear structure, and the poll question got Jane talking.
To improve: slides too dense in part 2; the live demo took twelve minutes.
Encouragement: you are ready for a bigger room.

## Action items
- [x] Send the recording to @jane-smith done:2026-11-20
- [ ] Cut the live demo to five minutes due:2026-11-27 #webinar
- [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar
OUT
run 'show (text, by prefix)' 0 mentor-log show 2026-11-20

want_out <<'OUT'
# Webinar dry run

- date: 2026-11-20
- kind: feedback
- with: jane-smith
- duration: 45m
- goals: public-speaking
- ratings: public-speaking 4, confidence 4
- tags: webinar

## Agenda
- Dry run of the first half of the webinar
- The poll question

## Feedback
Went well: clear structure, and the poll question got Jane talking.
To improve: slides too dense in part 2; the live demo took twelve minutes.
Encouragement: you are ready for a bigger room.

## Action items
- [x] Send the recording to @jane-smith done:2026-11-20
- [ ] Cut the live demo to five minutes due:2026-11-27 #webinar
- [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar
OUT
run 'show -f md' 0 mentor-log show 2026-11-20 -f md

want_out <<'OUT'
{"id":"2026-11-20-webinar-dry-run","path":"log/2026/2026-11-20-webinar-dry-run.md","title":"Webinar dry run","date":"2026-11-20","kind":"feedback","with":["jane-smith"],"duration":"45m","goals":["public-speaking"],"ratings":{"public-speaking":4,"confidence":4},"private":false,"tags":["webinar"],"author":null,"actions":[{"line":21,"status":"done","text":"Send the recording to @jane-smith done:2026-11-20","due":null,"done":"2026-11-20","overdue":false},{"line":22,"status":"open","text":"Cut the live demo to five minutes due:2026-11-27 #webinar","due":"2026-11-27","done":null,"overdue":false},{"line":23,"status":"open","text":"Split the ROW_NUMBER slide into two due:2026-11-27 #webinar","due":"2026-11-27","done":null,"overdue":false}],"body":"## Agenda\n- Dry run of the first half of the webinar\n- The poll question\n\n## Feedback\nWent well: clear structure, and the poll question got Jane talking.\nTo improve: slides too dense in part 2; the live demo took twelve minutes.\nEncouragement: you are ready for a bigger room.\n\n## Action items\n- [x] Send the recording to @jane-smith done:2026-11-20\n- [ ] Cut the live demo to five minutes due:2026-11-27 #webinar\n- [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar\n"}
OUT
run 'show -f json' 0 mentor-log show 2026-11-20 -f json

want_out <<'OUT'
{"id":"2026-10-20-why-i-avoid-delegating","path":"log/2026/2026-10-20-why-i-avoid-delegating.md","title":"Why I avoid delegating","date":"2026-10-20","kind":"reflection","with":[],"duration":null,"goals":["lead-a-team"],"ratings":{},"private":true,"tags":["delegation"],"author":null,"actions":[],"body":"## Notes\nThe sprint demo went fine, and still this week I rewrote half of Priya's\ndashboard at 22:00 instead of giving her feedback.  Writing it down: I\ndelegate the things I do not care about and keep the ones I am proud of.\nThat is the wrong way round if the goal is a team that can work without me.\n\nI am also afraid that if I am not the one who does the hard part, I am not\nneeded.  Not ready to say that to Jane yet.\n"}
OUT
run 'show -f json: a private entry, without with or actions' 0 \
    mentor-log show 2026-10-20 -f json

want_out <<'OUT'
2026-08-26-window-functions-practice: Window functions practice
  2026-08-26, note
  goals: sql-window-functions
  tags: sql, practice

## Notes
Two hours on the churn tables.  ROW_NUMBER finally makes sense: it numbers
rows inside each partition, in the order I give it.

```sql
/*
Checklist pasted from the course page:
- [ ] not a task, just the course's own checklist
*/
SELECT customer_id,
       week,
       active_users,
       active_users - LAG(active_users) OVER (
           PARTITION BY customer_id ORDER BY week) AS change,
       ROW_NUMBER() OVER (
           PARTITION BY customer_id ORDER BY week DESC) AS recency
FROM weekly_activity;
```

LAG returns NULL on each customer's first week, which the spreadsheet
silently treated as zero.  That explains the odd spike every January.

## Action items
- [x] Rewrite the weekly churn query with LAG() due:2026-09-05 done:2026-09-04 #sql
- [x] Ask @sam-lee why RANK skips numbers after ties due:2026-09-09 done:2026-09-09
OUT
run 'show: no with, no duration, no ratings' 0 mentor-log show 2026-08-26

want_out <<'OUT'
log/2026/2026-09-14-stakeholder-mapping.md:25: [/] Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders
log/2026/2026-10-14-window-functions-review-with-sam.md:22: [ ] Share the running-totals query with @sam-lee for review due:2026-11-07 #sql
log/2026/2026-10-27-webinar-outline.md:28: [/] Build the webinar slide deck due:2026-12-05 #webinar
log/2026/2026-10-27-webinar-outline.md:29: [ ] Send the webinar draft to @jane-smith due:2026-11-28 #webinar
log/2026/2026-11-09-stakeholder-review-prep.md:22: [ ] Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders
log/2026/2026-11-09-stakeholder-review-prep.md:23: [ ] Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation
log/2026/2026-11-10-reached-out-to-tom-becker.md:19: [ ] Follow up with @tom-becker if there is no reply due:2026-11-24
log/2026/2026-11-20-webinar-dry-run.md:22: [ ] Cut the live demo to five minutes due:2026-11-27 #webinar
log/2026/2026-11-20-webinar-dry-run.md:23: [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar
log/2026/2026-11-21-four-months-in.md:17: [ ] Book lunch with @sam-lee due:2026-11-27
log/2026/2026-11-21-four-months-in.md:18: [ ] Move the guild presentation to January and tell the guild lead due:2026-11-25 #sql
OUT
run 'actions: the open and started items, by entry date' 0 mentor-log actions

want_out <<'OUT'
log/2026/2026-09-14-stakeholder-mapping.md:25: [/] Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders
log/2026/2026-10-14-window-functions-review-with-sam.md:22: [ ] Share the running-totals query with @sam-lee for review due:2026-11-07 #sql
log/2026/2026-10-27-webinar-outline.md:28: [/] Build the webinar slide deck due:2026-12-05 #webinar
log/2026/2026-10-27-webinar-outline.md:29: [ ] Send the webinar draft to @jane-smith due:2026-11-28 #webinar
log/2026/2026-11-09-stakeholder-review-prep.md:22: [ ] Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders
log/2026/2026-11-09-stakeholder-review-prep.md:23: [ ] Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation
log/2026/2026-11-10-reached-out-to-tom-becker.md:19: [ ] Follow up with @tom-becker if there is no reply due:2026-11-24
log/2026/2026-11-20-webinar-dry-run.md:22: [ ] Cut the live demo to five minutes due:2026-11-27 #webinar
log/2026/2026-11-20-webinar-dry-run.md:23: [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar
log/2026/2026-11-21-four-months-in.md:17: [ ] Book lunch with @sam-lee due:2026-11-27
log/2026/2026-11-21-four-months-in.md:18: [ ] Move the guild presentation to January and tell the guild lead due:2026-11-25 #sql
OUT
run 'actions -f paths is the same path:line: form' 0 mentor-log actions -f paths

want_out <<'OUT'
entry	path	line	status	text	due	people	tags	age_days	overdue
2026-09-14-stakeholder-mapping	log/2026/2026-09-14-stakeholder-mapping.md	25	started	Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders	2026-10-31		stakeholders	69	true
2026-10-14-window-functions-review-with-sam	log/2026/2026-10-14-window-functions-review-with-sam.md	22	open	Share the running-totals query with @sam-lee for review due:2026-11-07 #sql	2026-11-07	sam-lee	sql	39	true
2026-10-27-webinar-outline	log/2026/2026-10-27-webinar-outline.md	28	started	Build the webinar slide deck due:2026-12-05 #webinar	2026-12-05		webinar	26	false
2026-10-27-webinar-outline	log/2026/2026-10-27-webinar-outline.md	29	open	Send the webinar draft to @jane-smith due:2026-11-28 #webinar	2026-11-28	jane-smith	webinar	26	false
2026-11-09-stakeholder-review-prep	log/2026/2026-11-09-stakeholder-review-prep.md	22	open	Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders	2026-11-20		stakeholders	13	true
2026-11-09-stakeholder-review-prep	log/2026/2026-11-09-stakeholder-review-prep.md	23	open	Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation	2026-12-11		delegation	13	false
2026-11-10-reached-out-to-tom-becker	log/2026/2026-11-10-reached-out-to-tom-becker.md	19	open	Follow up with @tom-becker if there is no reply due:2026-11-24	2026-11-24	tom-becker		12	false
2026-11-20-webinar-dry-run	log/2026/2026-11-20-webinar-dry-run.md	22	open	Cut the live demo to five minutes due:2026-11-27 #webinar	2026-11-27		webinar	2	false
2026-11-20-webinar-dry-run	log/2026/2026-11-20-webinar-dry-run.md	23	open	Split the ROW_NUMBER slide into two due:2026-11-27 #webinar	2026-11-27		webinar	2	false
2026-11-21-four-months-in	log/2026/2026-11-21-four-months-in.md	17	open	Book lunch with @sam-lee due:2026-11-27	2026-11-27	sam-lee		1	false
2026-11-21-four-months-in	log/2026/2026-11-21-four-months-in.md	18	open	Move the guild presentation to January and tell the guild lead due:2026-11-25 #sql	2026-11-25		sql	1	false
OUT
run 'actions -f tsv' 0 mentor-log actions -f tsv

want_out <<'OUT'
[{"entry":"2026-09-14-stakeholder-mapping","path":"log/2026/2026-09-14-stakeholder-mapping.md","line":25,"status":"started","text":"Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders","due":"2026-10-31","people":[],"tags":["stakeholders"],"age_days":69,"overdue":true},{"entry":"2026-10-14-window-functions-review-with-sam","path":"log/2026/2026-10-14-window-functions-review-with-sam.md","line":22,"status":"open","text":"Share the running-totals query with @sam-lee for review due:2026-11-07 #sql","due":"2026-11-07","people":["sam-lee"],"tags":["sql"],"age_days":39,"overdue":true},{"entry":"2026-10-27-webinar-outline","path":"log/2026/2026-10-27-webinar-outline.md","line":28,"status":"started","text":"Build the webinar slide deck due:2026-12-05 #webinar","due":"2026-12-05","people":[],"tags":["webinar"],"age_days":26,"overdue":false},{"entry":"2026-10-27-webinar-outline","path":"log/2026/2026-10-27-webinar-outline.md","line":29,"status":"open","text":"Send the webinar draft to @jane-smith due:2026-11-28 #webinar","due":"2026-11-28","people":["jane-smith"],"tags":["webinar"],"age_days":26,"overdue":false},{"entry":"2026-11-09-stakeholder-review-prep","path":"log/2026/2026-11-09-stakeholder-review-prep.md","line":22,"status":"open","text":"Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders","due":"2026-11-20","people":[],"tags":["stakeholders"],"age_days":13,"overdue":true},{"entry":"2026-11-09-stakeholder-review-prep","path":"log/2026/2026-11-09-stakeholder-review-prep.md","line":23,"status":"open","text":"Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation","due":"2026-12-11","people":[],"tags":["delegation"],"age_days":13,"overdue":false},{"entry":"2026-11-10-reached-out-to-tom-becker","path":"log/2026/2026-11-10-reached-out-to-tom-becker.md","line":19,"status":"open","text":"Follow up with @tom-becker if there is no reply due:2026-11-24","due":"2026-11-24","people":["tom-becker"],"tags":[],"age_days":12,"overdue":false},{"entry":"2026-11-20-webinar-dry-run","path":"log/2026/2026-11-20-webinar-dry-run.md","line":22,"status":"open","text":"Cut the live demo to five minutes due:2026-11-27 #webinar","due":"2026-11-27","people":[],"tags":["webinar"],"age_days":2,"overdue":false},{"entry":"2026-11-20-webinar-dry-run","path":"log/2026/2026-11-20-webinar-dry-run.md","line":23,"status":"open","text":"Split the ROW_NUMBER slide into two due:2026-11-27 #webinar","due":"2026-11-27","people":[],"tags":["webinar"],"age_days":2,"overdue":false},{"entry":"2026-11-21-four-months-in","path":"log/2026/2026-11-21-four-months-in.md","line":17,"status":"open","text":"Book lunch with @sam-lee due:2026-11-27","due":"2026-11-27","people":["sam-lee"],"tags":[],"age_days":1,"overdue":false},{"entry":"2026-11-21-four-months-in","path":"log/2026/2026-11-21-four-months-in.md","line":18,"status":"open","text":"Move the guild presentation to January and tell the guild lead due:2026-11-25 #sql","due":"2026-11-25","people":[],"tags":["sql"],"age_days":1,"overdue":false}]
OUT
run 'actions -f json' 0 mentor-log actions -f json

want_out <<'OUT'
{"entry":"2026-09-14-stakeholder-mapping","path":"log/2026/2026-09-14-stakeholder-mapping.md","line":25,"status":"started","text":"Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders","due":"2026-10-31","people":[],"tags":["stakeholders"],"age_days":69,"overdue":true}
{"entry":"2026-10-14-window-functions-review-with-sam","path":"log/2026/2026-10-14-window-functions-review-with-sam.md","line":22,"status":"open","text":"Share the running-totals query with @sam-lee for review due:2026-11-07 #sql","due":"2026-11-07","people":["sam-lee"],"tags":["sql"],"age_days":39,"overdue":true}
{"entry":"2026-11-09-stakeholder-review-prep","path":"log/2026/2026-11-09-stakeholder-review-prep.md","line":22,"status":"open","text":"Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders","due":"2026-11-20","people":[],"tags":["stakeholders"],"age_days":13,"overdue":true}
OUT
run 'actions -f jsonl --overdue' 0 mentor-log actions -f jsonl --overdue

want_out <<'OUT'
log/2026/2026-08-05-sql-study-plan-with-sam.md:20: [x] Finish chapters 1-3 of the window functions course due:2026-08-20 done:2026-08-19 #sql
log/2026/2026-08-05-sql-study-plan-with-sam.md:21: [x] Get read access to the churn tables in the warehouse due:2026-08-10 done:2026-08-07
log/2026/2026-08-26-window-functions-practice.md:32: [x] Ask @sam-lee why RANK skips numbers after ties due:2026-09-09 done:2026-09-09
log/2026/2026-09-09-sql-check-in-with-sam.md:24: [x] Finish the churn report rewrite with ROW_NUMBER and LAG due:2026-09-30 done:2026-10-02
log/2026/2026-09-09-sql-check-in-with-sam.md:25: [-] Book the vendor SQL certification exam due:2026-10-15
log/2026/2026-10-14-window-functions-review-with-sam.md:21: [x] Read the chapter on window frames due:2026-10-21 done:2026-10-20
log/2026/2026-10-14-window-functions-review-with-sam.md:22: [ ] Share the running-totals query with @sam-lee for review due:2026-11-07 #sql
log/2026/2026-11-21-four-months-in.md:17: [ ] Book lunch with @sam-lee due:2026-11-27
OUT
run 'actions --all --with: entries with the person, or items naming them' 0 \
    mentor-log actions --all --with sam

want_out <<'OUT'
log/2026/2026-11-09-stakeholder-review-prep.md:21: [x] Email Tom Becker about his stakeholder workshops due:2026-11-10 done:2026-11-10
log/2026/2026-11-20-webinar-dry-run.md:21: [x] Send the recording to @jane-smith done:2026-11-20
OUT
run 'actions --done --since' 0 mentor-log actions --done --since 2026-11-01

want_out <<'OUT'
2026-08-03-kick-off-with-jane	log/2026/2026-08-03-kick-off-with-jane.md	24	done	Share my goals document with @jane-smith due:2026-08-05 done:2026-08-04	2026-08-05	jane-smith		111	false
2026-08-03-kick-off-with-jane	log/2026/2026-08-03-kick-off-with-jane.md	25	done	Apply for a speaker slot at the October data meetup due:2026-08-14 done:2026-08-12 #public-speaking	2026-08-14		public-speaking	111	false
2026-08-03-kick-off-with-jane	log/2026/2026-08-03-kick-off-with-jane.md	26	dropped	Join the Toastmasters club near the office due:2026-08-31	2026-08-31			111	false
2026-08-05-sql-study-plan-with-sam	log/2026/2026-08-05-sql-study-plan-with-sam.md	20	done	Finish chapters 1-3 of the window functions course due:2026-08-20 done:2026-08-19 #sql	2026-08-20		sql	109	false
2026-08-05-sql-study-plan-with-sam	log/2026/2026-08-05-sql-study-plan-with-sam.md	21	done	Get read access to the churn tables in the warehouse due:2026-08-10 done:2026-08-07	2026-08-10			109	false
OUT
run 'actions --all --until, dropped items too; --no-header' 0 \
    mentor-log actions --all --until 2026-08-10 -f tsv --no-header

run 'actions -q: something open is 0, printing nothing' 0 mentor-log actions -q
run 'actions -q: nothing matched is 1' 1 \
    mentor-log actions -q --overdue --period 2026-08

# Filters.
want_out <<'OUT'
log/2026/2026-10-13-feedback-on-the-meetup-talk.md
log/2026/2026-10-27-webinar-outline.md
log/2026/2026-11-09-stakeholder-review-prep.md
log/2026/2026-11-20-webinar-dry-run.md
log/2026/2026-12-04-check-in-with-jane.md
OUT
run 'list --with (a prefix) --period 2026-Q4' 0 \
    mentor-log list --with jane --period 2026-Q4

want_out <<'OUT'
log/2026/2026-09-24-priya-ran-the-sprint-demo.md
log/2026/2026-10-12-first-meetup-talk.md
OUT
run 'list --kind' 0 mentor-log list --kind win

want_out <<'OUT'
log/2026/2026-08-05-sql-study-plan-with-sam.md
log/2026/2026-09-09-sql-check-in-with-sam.md
log/2026/2026-10-14-window-functions-review-with-sam.md
log/2026/2026-10-27-webinar-outline.md
OUT
run 'list --goal --kind' 0 mentor-log list --goal sql --kind check-in

want_out <<'OUT'
log/2026/2026-11-20-webinar-dry-run.md
log/2026/2026-10-27-webinar-outline.md
OUT
run 'list --tag -r -n 2' 0 mentor-log list --tag webinar -r -n 2

want_out <<'OUT'
log/2026/2026-08-05-sql-study-plan-with-sam.md
log/2026/2026-08-17-outline-for-the-meetup-talk.md
OUT
run 'list --since --until (inclusive)' 0 \
    mentor-log list --since 2026-08-04 --until 2026-08-17

want_out <<'OUT'
log/2026/2026-11-10-reached-out-to-tom-becker.md
log/2026/2026-11-21-four-months-in.md
OUT
run 'list --period this-month' 0 mentor-log list --period this-month --kind note

want_out <<'OUT'
log/2026/2026-10-13-feedback-on-the-meetup-talk.md
log/2026/2026-11-20-webinar-dry-run.md
OUT
run 'list --grep matches the body' 0 mentor-log list --grep 'bigger room'

run 'list --grep is case-sensitive' 1 mentor-log list --grep 'row_number'
want_out <<'OUT'
log/2026/2026-08-26-window-functions-practice.md
log/2026/2026-09-09-sql-check-in-with-sam.md
log/2026/2026-10-27-webinar-outline.md
log/2026/2026-11-20-webinar-dry-run.md
OUT
run 'list --grep -i' 0 mentor-log list -i --grep 'row_number'

want_out <<'OUT'
log/2026/2026-10-20-why-i-avoid-delegating.md
OUT
run 'list --grep matches the title' 0 mentor-log list --grep '^Why I avoid'

run 'list --author: nobody wrote these with the tools (1)' 1 \
    mentor-log list --author tester
run 'list -q: a match is 0, printing nothing' 0 mentor-log list -q --kind win
run 'list -q: nothing matched is 1' 1 mentor-log list -q --period 2025

# Pipes, from the journal's root.
want_out <<'OUT'
log/2026/2026-10-27-webinar-outline.md:28: [/] Build the webinar slide deck due:2026-12-05 #webinar
log/2026/2026-10-27-webinar-outline.md:29: [ ] Send the webinar draft to @jane-smith due:2026-11-28 #webinar
log/2026/2026-11-09-stakeholder-review-prep.md:22: [ ] Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders
log/2026/2026-11-09-stakeholder-review-prep.md:23: [ ] Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation
log/2026/2026-11-20-webinar-dry-run.md:22: [ ] Cut the live demo to five minutes due:2026-11-27 #webinar
log/2026/2026-11-20-webinar-dry-run.md:23: [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar
OUT
run 'list --with --period | actions -' 0 sh -c \
    'mentor-log list --with jane-smith --period 2026-Q4 | mentor-log actions -'

want_out <<'OUT'
log/2026/2026-10-13-feedback-on-the-meetup-talk.md
log/2026/2026-10-27-webinar-outline.md
log/2026/2026-11-20-webinar-dry-run.md
OUT
run 'grep -l -r log | list - (in the order given)' 0 sh -c \
    "grep -l '#webinar' -r log | mentor-log list - | sort"

want_out <<'OUT'
2026-11-20-webinar-dry-run	2026-11-20	feedback	jane-smith	Webinar dry run
2026-08-03-kick-off-with-jane	2026-08-03	meeting	jane-smith	Kick-off with Jane
OUT
run 'list - reads ids, paths and path:line: lines, keeping their order' 0 \
    sh -c 'printf "2026-11-20\n./log/2026/2026-08-03-kick-off-with-jane.md:24: [x] y\n" | mentor-log list -f tsv --no-header -'

mentor-log list -f tsv --no-header >"$T/tsv"
mentor-log list -f tsv --no-header - <"$T/tsv" >"$T/got"
check 'list -f tsv --no-header | list -f tsv --no-header - is the same list' \
    cmp -s "$T/tsv" "$T/got"
mentor-log list >"$T/want"
mentor-log list - <"$T/tsv" >"$T/got"
check 'list -f tsv --no-header | list - gives the paths' \
    cmp -s "$T/want" "$T/got"

printf 'log/2026/2026-09-24-priya-ran-the-sprint-demo.md\0log/2026/2026-10-12-first-meetup-talk.md\0' \
    >"$T/want0"
mentor-log list -0 --kind win | mentor-log list -0 - >"$T/got0"
check 'list -0 | list -0 - (NUL-separated in and out)' \
    cmp -s "$T/want0" "$T/got0"
mentor-log actions --period 2026-11 | tr '\n' '\0' >"$T/want0"
mentor-log list -0 --period 2026-11 | mentor-log -0 actions - >"$T/got0"
check 'list -0 | actions -0 -: each action ends with NUL' \
    cmp -s "$T/want0" "$T/got0"

if command -v jq >/dev/null 2>&1; then
	want_out <<'OUT'
2026-10-27-webinar-outline
2026-11-20-webinar-dry-run
OUT
	run 'list -f json | jq' 0 sh -c \
	    'mentor-log list -f json --tag webinar | jq -r ".[] | select(.with | index(\"jane-smith\")) | .id"'
	want_out <<'OUT'
log/2026/2026-11-09-stakeholder-review-prep.md:22
OUT
	run 'actions -f jsonl | jq' 0 sh -c \
	    'mentor-log actions -f jsonl --overdue | jq -r "select(.age_days < 20) | \"\(.path):\(.line)\""'
	want_out <<'OUT'
4
OUT
	run 'show -f json | jq' 0 sh -c \
	    'mentor-log show 2026-11-20 -f json | jq -r ".ratings[\"public-speaking\"]"'
else
	ok 'list -f json | jq # SKIP no jq'
	ok 'actions -f jsonl | jq # SKIP no jq'
	ok 'show -f json | jq # SKIP no jq'
fi

want_out <<'OUT'
log/2026/2026-09-14-stakeholder-mapping.md:25: [x] Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders done:2026-11-22
OUT
run 'actions | head -n 1 | cut -d: -f1,2 | xargs done' 0 sh -c \
    'mentor-log actions | head -n 1 | cut -d: -f1,2 | xargs mentor-log done'
sed 's|^\(- \[\)/\(\] Set up monthly.*\)$|\1x\2 done:2026-11-22|' \
    "$EXAMPLES/journal/log/2026/2026-09-14-stakeholder-mapping.md" \
    >"$T/expected"
check '... marks that item, nothing else' \
    cmp -s "$T/expected" log/2026/2026-09-14-stakeholder-mapping.md

# The same from another directory, with -C: paths lead to the journal.
cd "$T" || exit 99
want_out <<'OUT'
j/log/2026/2026-10-27-webinar-outline.md:28: [/] Build the webinar slide deck due:2026-12-05 #webinar
j/log/2026/2026-10-27-webinar-outline.md:29: [ ] Send the webinar draft to @jane-smith due:2026-11-28 #webinar
j/log/2026/2026-11-09-stakeholder-review-prep.md:22: [ ] Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders
j/log/2026/2026-11-09-stakeholder-review-prep.md:23: [ ] Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation
j/log/2026/2026-11-20-webinar-dry-run.md:22: [ ] Cut the live demo to five minutes due:2026-11-27 #webinar
j/log/2026/2026-11-20-webinar-dry-run.md:23: [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar
OUT
run '-C: list --with --period | actions -' 0 sh -c \
    'mentor-log -C j list --with jane-smith --period 2026-Q4 | mentor-log -C j actions -'

want_out <<'OUT'
j/log/2026/2026-10-13-feedback-on-the-meetup-talk.md
j/log/2026/2026-10-27-webinar-outline.md
j/log/2026/2026-11-20-webinar-dry-run.md
OUT
run '-C: grep -l -r j/log | list -' 0 sh -c \
    "grep -l '#webinar' -r j/log | mentor-log -C j list - | sort"

mentor-log -C j list -f tsv --no-header >"$T/tsv"
mentor-log -C j list -f tsv --no-header - <"$T/tsv" >"$T/got"
check '-C: list -f tsv --no-header | list - is the same list' \
    cmp -s "$T/tsv" "$T/got"

printf 'j/log/2026/2026-09-24-priya-ran-the-sprint-demo.md\0j/log/2026/2026-10-12-first-meetup-talk.md\0' \
    >"$T/want0"
mentor-log -C j list -0 --kind win | mentor-log -C j -0 list - >"$T/got0"
check '-C: list -0 | list -0 -' cmp -s "$T/want0" "$T/got0"

want_out <<'OUT'
j/log/2026/2026-10-14-window-functions-review-with-sam.md:22: [x] Share the running-totals query with @sam-lee for review due:2026-11-07 #sql done:2026-11-22
OUT
run '-C: actions | head -n 1 | cut -d: -f1,2 | xargs done' 0 sh -c \
    'mentor-log -C j actions | head -n 1 | cut -d: -f1,2 | xargs mentor-log -C j done'
cd "$T/j" || exit 99

# Usage errors and lookups.
want_err <<'ERR'
mentor-log: --period does not go with --since or --until
ERR
run '--period with --since is 64' 64 \
    mentor-log list --period 2026-Q4 --since 2026-10-01

want_err <<'ERR'
mentor-log: --period: bad period '2026-Q5' (2026, 2026-11, 2026-Q4, 2026-W47, this-month, last-week...)
ERR
run 'a bad --period is 64' 64 mentor-log actions --period 2026-Q5

want_err <<'ERR'
mentor-log: --since: bad date 'never' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'a bad --since is 64' 64 mentor-log list --since never

want_err <<'ERR'
mentor-log: --match does not go with list
try 'mentor-log list --help'
ERR
run 'an option of another command is 64, naming it' 64 mentor-log list --match x

want_err <<'ERR'
mentor-log: --open does not go with add
try 'mentor-log add --help'
ERR
run '... for add too' 64 mentor-log add X --open -m x

want_err <<'ERR'
mentor-log: -m does not go with actions
try 'mentor-log actions --help'
ERR
run '... and for actions' 64 mentor-log actions -m x

want_err <<'ERR'
mentor-log: give one of --open, --done and --all
ERR
run '--open with --done is 64' 64 mentor-log actions --open --done

# Options given twice: one rule (mentor-log(1), OPTIONS GIVEN TWICE).
want_err <<'ERR'
mentor-log: --with: given twice ('jane-smith', then 'sam-lee')
ERR
run 'list --with two people is 64, naming the option' 64 \
    mentor-log list --with jane --with sam
mentor-log list --with jane-smith >"$T/once"
run 'list --with one person twice, by two names, is that person' 0 \
    sh -c 'mentor-log list --with jane --with jane-smith | cmp - "$1"' sh \
    "$T/once"
want_err <<'ERR'
mentor-log: --since: given twice ('2026-11-01', then '2026-11-02')
ERR
run 'a single-valued option with two values is 64' 64 \
    mentor-log list --since 2026-11-01 --since 2026-11-02
want_err <<'ERR'
mentor-log: -f: given twice ('json', then 'tsv')
ERR
run '... shared options too' 64 mentor-log list -f json -f tsv
want_err <<'ERR'
mentor-log: -n: given twice ('1', then '2')
ERR
run '... -n too' 64 mentor-log list -n 1 -n 2
want_err <<'ERR'
mentor-log: --tag: given twice ('a', then 'b')
ERR
run '... --tag in list' 64 mentor-log list --tag a --tag b
want_err <<'ERR'
mentor-log: --date: given twice ('today', then 'yesterday')
ERR
run '... --date in add, before anything is written' 64 \
    mentor-log add Twice --date today --date yesterday -m x
want_err <<'ERR'
mentor-log: --rate: 'sql' given twice (3, then 4)
ERR
run 'add --rate sql=3 --rate sql=4 is 64 naming it' 64 \
    mentor-log add X --rate sql=3 --rate sql=4 -m x
check '... and writes nothing' test ! -e log/2026/2026-11-22-x.md
want_out <<'OUT'
log/2026/2026-11-22-repeats.md
OUT
run 'repeats that agree are written once' 0 mentor-log add Repeats \
    --with jane --with jane-smith --with sam --goal publ \
    --goal public-speaking --rate sql=3 --rate sql=3 --rate team=2 \
    --tag a --tag a --kind note --kind note -m x -m x
cat >"$T/expected" <<'EOF2'
---
title: Repeats
date: 2026-11-22
kind: note
with: [jane-smith, sam-lee]
goals: [public-speaking]
ratings: {sql: 3, team: 2}
tags: [a]
author: tester
---
x

x
EOF2
check '... each person, goal, rating and tag once; -m paragraphs each' \
    cmp -s "$T/expected" log/2026/2026-11-22-repeats.md
rm log/2026/2026-11-22-repeats.md

want_err <<'ERR'
mentor-log: bad regex '(': missing closing parenthesis at offset 1
ERR
run 'a bad regex is 64' 64 mentor-log list --grep '('

want_err <<'ERR'
mentor-log: -n: bad number 'x'
ERR
run 'a bad -n is 64' 64 mentor-log list -n x

want_err <<'ERR'
mentor-log: show prints text, json or md, not tsv
ERR
run 'show -f tsv is 64' 64 mentor-log show 2026-11-20 -f tsv

want_err <<'ERR'
mentor-log: actions prints text, paths, tsv, json or jsonl, not md
ERR
run 'actions -f md is 64' 64 mentor-log actions -f md

want_err <<'ERR'
mentor-log: '2026-11-2' is ambiguous: 2026-11-20-webinar-dry-run 2026-11-21-four-months-in
ERR
run 'an ambiguous entry is 64, listing the candidates' 64 \
    mentor-log show 2026-11-2

want_err <<'ERR'
mentor-log: no entry '2026-11-20-webinar-dryrun' (did you mean '2026-11-20-webinar-dry-run'?)
ERR
run 'an unknown entry is 66 with a near match' 66 \
    mentor-log show 2026-11-20-webinar-dryrun

want_err <<'ERR'
mentor-log: no person 'jane-smiht' (did you mean 'jane-smith'?)
ERR
run 'list --with an unknown person is 66' 66 mentor-log list --with jane-smiht

want_err <<'ERR'
mentor-log: set: missing arguments (want an entry and key=value)
try 'mentor-log set --help'
ERR
run 'set without key=value is 64, saying what is missing' 64 \
    mentor-log set 2026-11-20

want_out <<'OUT'
usage: mentor-log done entry:line | entry#n | entry --match text

Mark an action item done, stamped done:today.

Options:
      --match text        the item whose text holds text (case-insensitive)

And the options of every command: see 'mentor-log --help'.
OUT
run 'COMMAND --help is its usage, what it does and its options' 0 \
    mentor-log done --help

want_err <<'ERR'
mentor-log: unknown command 'frobnicate' (add, list, show, actions, done, start, drop, reopen, set, edit)
try 'mentor-log --help'
ERR
run 'an unknown command is 64' 64 mentor-log frobnicate

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 26 records
ERR
run 'the journal is still clean after the pipes' 0 mentor-check

cd "$T" || exit 99
want_err <<'ERR'
mentor-log: not inside a journal (no mentor.yaml here or above)
ERR
run 'outside a journal is 66' 66 mentor-log list

done_testing
