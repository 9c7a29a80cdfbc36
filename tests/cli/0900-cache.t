#!/bin/sh
# The parse cache: readers print the same with the cache off, cold and
# warm; one private file a year folder; a change of content at the same
# size, a deleted, added or renamed entry; entries of every shape; a
# damaged, unreadable, misplaced or unusable cache; mentor-check never
# uses it; errors are never cached; MENTOR_CACHE=off writes nothing;
# readers running at once.
. "$(dirname "$0")/lib.sh"
plan 157

C=$MENTOR_CACHE_DIR
ROOT=
[ "$(id -u)" = 0 ] && ROOT=1

# A test that cannot run here still counts, as a skip.
skip() {
	test_n=$((test_n + 1))
	echo "ok $test_n # skip $1"
}

# one DIR NAME command...: its stdout in DIR/NAME.out, its stderr then
# its exit status in DIR/NAME.err.
one() {
	o_dir=$1
	o_name=$2
	shift 2
	{ $VALGRIND "$@" 2>&1 >"$o_dir/$o_name.out"; echo "exit $?"; } \
	    >"$o_dir/$o_name.err"
}

# The readers, each NAME, a tab, then its command line.
READERS="$T/readers"
{
	for r in summary progress cadence actions skills wins timeline agenda; do
		w=
		[ "$r" = agenda ] && w=' --with jane-smith'
		for f in text json; do
			printf 'report-%s-%s\tmentor-report %s%s -f %s\n' \
			    "$r" "$f" "$r" "$w" "$f"
		done
	done
	printf 'log-list-tsv\tmentor-log list -f tsv\n'
	printf 'log-actions-json\tmentor-log actions -f json\n'
	printf 'people-list-tsv\tmentor-people list -f tsv\n'
	printf 'log-list-json\tmentor-log list -f json\n'
	printf 'log-actions-all\tmentor-log actions --all -f tsv\n'
	printf 'log-list-grep\tmentor-log list --grep "bigger room|ROW_NUMBER|caf" -f tsv\n'
	printf 'log-list-reverse\tmentor-log list -r -n 3\n'
	printf 'people-show-json\tmentor-people show jane-smith -f json\n'
	printf 'report-agenda-sam\tmentor-report agenda --with sam-lee -f json\n'
	printf 'report-progress-tsv\tmentor-report progress -f tsv\n'
} >"$READERS"

# outputs DIR: what every reader prints, run in the current directory
# with the environment as it is.
outputs() {
	rm -rf "$1"
	mkdir "$1" || exit 99
	while IFS='	' read -r o_n o_cmd; do
		eval "one \"\$1\" \"\$o_n\" $o_cmd"
	done <"$READERS"
}

# off DIR: the same with the cache off.
off() {
	(MENTOR_CACHE=off; export MENTOR_CACHE; outputs "$1")
}

# same 'description' DIR1 DIR2: the two runs printed the same, byte for
# byte; the differences are shown if not.
same() {
	if diff -r "$2" "$3" >"$T/.d" 2>&1; then
		ok "$1"
	else
		not_ok "$1"
		sed 's/^/# /' "$T/.d"
	fi
}

# clean DIR: every reader exited 0 and wrote nothing on stderr.
clean() {
	for c_f in "$1"/*.err; do
		[ "$(cat "$c_f")" = 'exit 0' ] || return 1
	done
}

# The journal's cache folder, and the list of its files.
cdir() {
	echo "$C"/*-*
}
cfiles() {
	(cd "$(cdir)" && ls -A)
}

# snap: remember the cache files (inode and bytes); kept: none of them
# was written again since.
snap() {
	rm -rf "$T/snap"
	mkdir "$T/snap"
	(cd "$(cdir)" && ls -i) >"$T/snap/.inodes"
	cp "$(cdir)"/* "$T/snap/"
}
kept() {
	[ "$(cd "$(cdir)" && ls -i)" = "$(cat "$T/snap/.inodes")" ] &&
	    for k_f in "$T"/snap/*; do
		cmp -s "$k_f" "$(cdir)/${k_f##*/}" || return 1
	    done
}

# mode PATH: its permissions as ls shows them.
mode() {
	ls -ld "$1" | cut -c1-10
}

example_copy "$T/j"
cd "$T/j" || exit 99

# 1. The example journal: off, on a cold cache, on a warm one.
off "$T/off"
check 'off: every reader exits 0, stderr empty' clean "$T/off"
r=
for f in summary.text summary.json agenda.text agenda.json actions.json \
    wins.text; do
	cmp -s "$TESTDATA/report/examples/$f" "$T/off/report-${f%.*}-${f#*.}.out" ||
	    r=1
done
check 'off: the reports are the golden ones' test -z "$r"
check 'the cache stays off: no cache folder' test ! -e "$C"

outputs "$T/cold"
check 'the first run makes the cache folder' test -d "$C"
while IFS='	' read -r n cmd; do
	check "$cmd: the same on a cold cache as off" sh -c \
	    'cmp "$1/off/$2.out" "$1/cold/$2.out" &&
	    cmp "$1/off/$2.err" "$1/cold/$2.err"' sh "$T" "$n"
done <"$READERS"
snap
outputs "$T/warm"
while IFS='	' read -r n cmd; do
	check "$cmd: the same on a warm cache as off" sh -c \
	    'cmp "$1/off/$2.out" "$1/warm/$2.out" &&
	    cmp "$1/off/$2.err" "$1/warm/$2.err"' sh "$T" "$n"
done <"$READERS"
check 'a warm run over an unchanged journal writes no cache file' kept

# 2. One private file a year folder (and one for people, one for goals),
# in a folder named by the journal.
ino=$(printf '%x' "$(ls -di "$T/j" | awk '{ print $1 }')")
check 'one cache folder, named <dev>-<inode> of the journal' sh -c \
    'i=$2; set -- "$1"/*; [ $# = 1 ] && case ${1##*/} in
    *[!0-9a-f-]*) false ;; *-"$i") true ;; *) false ;; esac' sh "$C" "$ino"
check 'the cache files: goals, log%2026, people' test \
    "$(cfiles | tr '\n' ' ')" = 'goals log%2026 people '
check 'the cache folders are private (700)' sh -c \
    '[ "$1" = drwx------ ] && [ "$2" = drwx------ ]' sh "$(mode "$C")" \
    "$(mode "$(cdir)")"
check 'the cache files are private (600)' sh -c \
    '[ "$(ls -l "$1" | grep -c "^-rw------- ")" -eq 3 ]' sh "$(cdir)"

# The same journal read from elsewhere with -C uses the same cache.
(cd "$T" && mentor-log -C j list -f tsv >"$T/c.out" 2>&1)
check '-C from another directory: the same output' cmp -s "$T/c.out" \
    "$T/off/log-list-tsv.out"
check '... from the same cache, left as it was' sh -c \
    '[ "$(ls "$1" | wc -l)" -eq 1 ]' sh "$C"
check '... not written again' kept

# mentor-check reads every record itself and touches no cache.
mkdir "$T/cc"
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 26 records
ERR
run 'mentor-check -C with a fresh cache folder' 0 \
    env MENTOR_CACHE_DIR="$T/cc" mentor-check -C "$T/j"
check '... leaves it empty' test -z "$(ls -A "$T/cc")"
rm -rf "$T/cc"
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 26 records
ERR
run 'mentor-check -C with a cache folder not yet made' 0 \
    env MENTOR_CACHE_DIR="$T/cc" mentor-check -C "$T/j"
check '... does not make it' test ! -e "$T/cc"

# 8. MENTOR_CACHE=off, 0 or no: no cache, no files.
for v in off 0 no; do
	rm -rf "$T/cc"
	(MENTOR_CACHE=$v MENTOR_CACHE_DIR=$T/cc; export MENTOR_CACHE \
	    MENTOR_CACHE_DIR; outputs "$T/o")
	check "MENTOR_CACHE=$v: the same output" sh -c \
	    'diff -r "$1" "$2" >/dev/null' sh "$T/off" "$T/o"
	check "MENTOR_CACHE=$v: no cache folder, no files" test ! -e "$T/cc"
done
rm -rf "$T/cc"
MENTOR_CACHE=yes MENTOR_CACHE_DIR=$T/cc mentor-log list >/dev/null 2>&1
check 'MENTOR_CACHE=yes: the cache is on' sh -c \
    'test -f "$1"/*-*/log%2026' sh "$T/cc"
rm -rf "$T/cc"

# Where the cache goes without MENTOR_CACHE_DIR.
mkdir "$T/home"
(unset MENTOR_CACHE_DIR; XDG_CACHE_HOME=$T/xdg HOME=$T/home; export \
    XDG_CACHE_HOME HOME; mentor-log list >/dev/null 2>&1)
check 'XDG_CACHE_HOME/mentor/<dev>-<inode>/log%2026' sh -c \
    'test -f "$1"/mentor/*-*/log%2026 && [ -z "$(ls -A "$2")" ]' \
    sh "$T/xdg" "$T/home"
(unset MENTOR_CACHE_DIR; XDG_CACHE_HOME=relative HOME=$T/home; export \
    XDG_CACHE_HOME HOME; mentor-log list >/dev/null 2>&1)
check 'a relative XDG_CACHE_HOME counts for nothing: HOME/.cache/mentor' \
    sh -c 'test -f "$1"/.cache/mentor/*-*/log%2026 && [ ! -e relative ]' \
    sh "$T/home"
(unset MENTOR_CACHE_DIR XDG_CACHE_HOME HOME; outputs "$T/o")
same 'no MENTOR_CACHE_DIR, XDG_CACHE_HOME or HOME: no cache, the same output' \
    "$T/off" "$T/o"
rm -rf "$T/xdg" "$T/home"

# Several readers at once on a cold cache.
rm -rf "$C"
mkdir "$T/par"
for i in 1 2 3 4 5 6; do
	mentor-report actions -f json >"$T/par/$i.out" 2>&1 &
done
MENTOR_THREADS=4 mentor-log list -f tsv >"$T/par/list.out" 2>&1 &
wait
r=
for i in 1 2 3 4 5 6; do
	cmp -s "$T/off/report-actions-json.out" "$T/par/$i.out" || r=1
done
cmp -s "$T/off/log-list-tsv.out" "$T/par/list.out" || r=1
check 'readers at once on a cold cache: the same output' test -z "$r"
check '... and the cache files, no temporary one left' test \
    "$(cfiles | tr '\n' ' ')" = 'goals log%2026 people '
(MENTOR_THREADS=4; export MENTOR_THREADS; outputs "$T/o")
same '... which the next run reads, with 4 threads' "$T/off" "$T/o"

# Entries of every shape, in a second year folder: a BOM and CRLF line
# ends, quoted and block scalars, non-ASCII text, task items before any
# heading, nested, with several people and tags, a bad due: date, every
# status.
mkdir log/2025
printf '\357\273\277---\r\ntitle: BOM and CRLF\r\ndate: 2025-12-01\r\nkind: note\r\nwith: [sam-lee]\r\n---\r\n## Items\r\n- [ ] Ask @sam-lee about CRLF due:2025-12-05 #crlf\r\n- [X] Upper-case done done:2025-12-02\r\n' \
    >log/2025/2025-12-01-bom-and-crlf.md
cat >log/2025/2025-12-02-quoted-and-folded.md <<'EOF'
---
title: "Caf\u00e9 \"quoted\" \x41 title"
date: '2025-12-02'
kind: 'meeting'
with:
  - jane-smith
  - "sam-lee"
goals: [ 'public-speaking' ]
ratings: { public-speaking: 3, "confidence": 2 }
tags: [caf, "two words"]
duration: 1h
private: false
author: >-
  A folded
  author
---
# Top
Body with café and 日本語.
EOF
cat >log/2025/2025-12-03-tasks-of-every-shape.md <<'EOF'
---
title: Tasks of every shape
date: 2025-12-03
kind: check-in
with: [jane-smith, sam-lee]
tags:
  - tasks
---
- [ ] Before any heading due:2025-12-10
- [/] Started by @jane-smith and @sam-lee #one #two #three due:2025-12-20
# Level one
## Level two
- [x] Done late done:2025-12-09 due:2025-12-04
  - [ ] Nested under it due:2025-12-31 #nested
- [-] Dropped one
### Level three
- [ ] A bad date due:2025-13-45 #bad
- [ ] Non-ASCII: résumé for @jane-smith — naïve #café
- [ ]
- [ ] Long xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx due:2026-01-02
EOF
mkdir log/2024
off "$T/off2"
check 'entries of every shape: the readers agree on them off' sh -c \
    'grep -q "Caf" "$1/log-list-tsv.out" &&
    grep -q "Before any heading" "$1/log-actions-json.out"' sh "$T/off2"
outputs "$T/o"
same 'entries of every shape: the same on a cold cache as off' \
    "$T/off2" "$T/o"
snap
outputs "$T/o"
same 'entries of every shape: the same on a warm cache as off' \
    "$T/off2" "$T/o"
check '... read from the cache: no file written again' kept
check 'one cache file a year folder with entries: log%2025 log%2026' \
    test "$(cfiles | tr '\n' ' ')" = 'goals log%2025 log%2026 people '
check 'all private (600)' sh -c \
    '[ "$(ls -l "$1" | grep -c "^-rw------- ")" -eq 4 ]' sh "$(cdir)"
rmdir log/2024

# 3. A change of content at the same size (and the same time stamp).
E=log/2026/2026-11-20-webinar-dry-run.md
cp "$E" "$T/e.orig"
sed 's/^title: Webinar dry run$/title: Webinar dry fun/' "$T/e.orig" >"$E"
touch -r "$T/e.orig" "$E"
check 'the edited entry has the same size' test \
    "$(wc -c <"$E")" -eq "$(wc -c <"$T/e.orig")"
outputs "$T/o"
off "$T/off3"
same 'a title changed at the same size: warm = off' "$T/off3" "$T/o"
printf '2026-11-20-webinar-dry-run\t2026-11-20\tfeedback\tjane-smith\tWebinar dry fun\n' \
    >"$T/line"
check '... and the list shows the new title' grep -qxF -f "$T/line" \
    "$T/o/log-list-tsv.out"
check '... and not the old one' sh -c \
    '! grep -q "Webinar dry run" "$1/log-list-tsv.out"' sh "$T/o"

cp "$E" "$T/e.orig"
sed 's/^- \[ \] Cut the live demo/- [x] Cut the live demo/' "$T/e.orig" >"$E"
touch -r "$T/e.orig" "$E"
check 'an item marked done in place: the same size' test \
    "$(wc -c <"$E")" -eq "$(wc -c <"$T/e.orig")"
outputs "$T/o"
off "$T/off3"
same 'an item marked done at the same size: warm = off' "$T/off3" "$T/o"
printf '2026-11-20-webinar-dry-run\tlog/2026/2026-11-20-webinar-dry-run.md\t22\tdone\tCut the live demo to five minutes due:2026-11-27 #webinar\t2026-11-27\t\twebinar\t2\tfalse\n' \
    >"$T/line"
check '... and actions --all shows it done' grep -qxF -f "$T/line" \
    "$T/o/log-actions-all.out"
check '... and the open items leave it out' sh -c \
    '! grep -q "Cut the live demo" "$1/log-actions-json.out"' sh "$T/o"

# A change in the second year folder alone.
F=log/2025/2025-12-03-tasks-of-every-shape.md
cp "$F" "$T/f.orig"
sed 's/^- \[-\] Dropped one$/- [ ] Dropped one/' "$T/f.orig" >"$F"
touch -r "$T/f.orig" "$F"
outputs "$T/o"
off "$T/off3"
same 'an item reopened in the other year folder: warm = off' \
    "$T/off3" "$T/o"
check '... and it is open' grep -q '"text":"Dropped one"' \
    "$T/o/log-actions-json.out"

# A person and a goal changed at the same size.
P=people/sam-lee.md
G=goals/sql-window-functions.md
cp "$P" "$T/p.orig"
cp "$G" "$T/g.orig"
sed 's/^name: Sam Lee$/name: Sam Lea/' "$T/p.orig" >"$P"
sed 's/^- \[ \] Present a running/- [x] Present a running/' "$T/g.orig" >"$G"
touch -r "$T/p.orig" "$P"
touch -r "$T/g.orig" "$G"
check 'a person and a goal edited at the same size' sh -c \
    '[ "$(wc -c <"$1")" -eq "$(wc -c <"$2")" ] &&
    [ "$(wc -c <"$3")" -eq "$(wc -c <"$4")" ]' sh "$P" "$T/p.orig" \
    "$G" "$T/g.orig"
outputs "$T/o"
off "$T/off3"
same 'a person renamed, a milestone done, at the same size: warm = off' \
    "$T/off3" "$T/o"
check '... and the people list shows the new name' grep -q \
    '^sam-lee	Sam Lea	peer	' "$T/o/people-list-tsv.out"
check '... and progress counts the milestone' grep -q \
    "^sql-window-functions	Master SQL window functions	active	3	4	Review three" \
    "$T/o/report-progress-tsv.out"

# 4. An entry deleted, one added, one renamed.
rm log/2026/2026-10-13-feedback-on-the-meetup-talk.md
want_out <<'OUT'
log/2026/2026-11-22-cache-check.md
OUT
run 'mentor-log add a new entry' 0 mentor-log add 'Cache check' --kind note \
    --with sam-lee -m '- [ ] Look at the cache due:2026-11-30 #cache'
mv log/2026/2026-08-26-window-functions-practice.md \
    log/2026/2026-08-26-window-function-practice.md
outputs "$T/o"
off "$T/off4"
same 'an entry deleted, one added, one renamed: warm = off' "$T/off4" "$T/o"
check '... the list has the new and renamed ones, not the deleted one' sh -c \
    'grep -q "^2026-11-22-cache-check	" "$1" &&
    grep -q "^2026-08-26-window-function-practice	" "$1" &&
    ! grep -q "feedback-on-the-meetup-talk" "$1"' sh "$T/o/log-list-tsv.out"
snap
outputs "$T/o"
same '... and again, warm' "$T/off4" "$T/o"
check '... from the cache written before' kept

# The same content under a second name.
cp log/2026/2026-11-22-cache-check.md log/2026/2026-11-22-cache-check-2.md
outputs "$T/o"
off "$T/off4"
same 'a copy of an entry under another name: warm = off' "$T/off4" "$T/o"
check '... both listed' test "$(grep -c '^2026-11-22-cache-check' \
    "$T/o/log-list-tsv.out")" -eq 2
rm log/2026/2026-11-22-cache-check-2.md
off "$T/off4"
outputs "$T/o"
same '... and removed again: warm = off' "$T/off4" "$T/o"

# 7. Errors are found again every time, never cached.
B=log/2026/2026-10-20-why-i-avoid-delegating.md
cp "$B" "$T/b.orig"
sed 's/^title: \(.*\)$/title: [\1/' "$T/b.orig" >"$B"
MENTOR_CACHE=off mentor-log list >"$T/b.out" 2>/dev/null
check 'with a broken entry the others are still listed' sh -c \
    '[ "$(wc -l <"$1")" -eq $(($(wc -l <"$2") - 2)) ] &&
    ! grep -q delegating.md "$1"' sh "$T/b.out" "$T/off4/log-list-tsv.out"
for w in 'a cold cache' 'a warm cache' 'a warm cache again' 'the cache off'; do
	[ "$w" = 'a cold cache' ] && rm -rf "$C"
	[ "$w" = 'the cache off' ] && MENTOR_CACHE=off && export MENTOR_CACHE
	want_out <"$T/b.out"
	want_err <<'ERR'
mentor-log: log/2026/2026-10-20-why-i-avoid-delegating.md:2:8: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
	run "bad YAML in an entry: list on $w reports it, 65" 65 mentor-log list
	want_out <"$T/off4/report-summary-text.out"
	want_err <<'ERR'
mentor-report: log/2026/2026-10-20-why-i-avoid-delegating.md:2:8: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
	run "... and mentor-report summary on $w" 65 mentor-report summary
done
unset MENTOR_CACHE
off "$T/off5"
outputs "$T/o"
same 'bad YAML in an entry: every reader the same, warm and off' \
    "$T/off5" "$T/o"
for w in warm fresh; do
	[ "$w" = fresh ] && mkdir "$T/cc" && MENTOR_CACHE_DIR=$T/cc
	want_out <<OUT
$T/j/log/2025/2025-12-03-tasks-of-every-shape.md:17:18: error: 'due:2025-13-45' is not a real date (want YYYY-MM-DD) [tasks]
$T/j/log/2026/2026-10-20-why-i-avoid-delegating.md:2:8: error: bad YAML: did not find expected ',' or ']' while parsing a flow sequence [syntax]
OUT
	want_err <<'ERR'
mentor-check: 2 errors, 0 warnings in 29 records
ERR
	run "mentor-check reports both errors, with a $w cache" 65 \
	    mentor-check -C "$T/j"
	MENTOR_CACHE_DIR=$C
done
check '... and makes no cache file' test -z "$(ls -A "$T/cc")"
rm -rf "$T/cc"

# A record that parses but breaks the rules (a date that is no date)
# comes from the cache; what readers make of it must not change.
sed 's/^date: 2026-10-20$/date: 2026-13-45/' "$T/b.orig" >"$B"
off "$T/off5"
rm -rf "$C"
outputs "$T/o"
same 'an entry with a bad date: cold = off' "$T/off5" "$T/o"
outputs "$T/o"
same 'an entry with a bad date: warm = off' "$T/off5" "$T/o"
cp "$T/b.orig" "$B"
off "$T/off5"
outputs "$T/o"
same 'the entry mended: warm = off' "$T/off5" "$T/o"
check '... and the same as before it broke' sh -c \
    'diff -r "$1" "$2" >/dev/null' sh "$T/off4" "$T/off5"

# 5. A damaged cache: never an error, always the same output, and the
# next run writes a good cache again.
outputs "$T/o"
check 'the journal as it is now: all readers clean' clean "$T/off5"
damage() {
	for d_f in "$(cdir)"/*; do
		case $1 in
		garbage)
			awk 'BEGIN { for (i = 0; i < 1000; i++)
			    printf "%c", 33 + (i * 7919) % 90 }' >"$d_f" ;;
		empty)
			: >"$d_f" ;;
		header)
			head -c 64 "$T/snap/${d_f##*/}" >"$d_f" ;;
		half)
			n=$(wc -c <"$T/snap/${d_f##*/}")
			head -c $((n / 2)) "$T/snap/${d_f##*/}" >"$d_f" ;;
		blobs)
			dd if=/dev/zero of="$d_f" bs=1 seek=100 count=300 \
			    conv=notrunc 2>/dev/null ;;
		index)
			n=$(wc -c <"$d_f")
			dd if=/dev/zero of="$d_f" bs=1 seek=$((n - 200)) \
			    count=100 conv=notrunc 2>/dev/null ;;
		magic)
			printf 'mentorX\n' | dd of="$d_f" conv=notrunc \
			    2>/dev/null ;;
		longer)
			printf 'trailing junk' >>"$d_f" ;;
		swapped)
			;;
		esac
	done
	if [ "$1" = swapped ]; then
		cp "$(cdir)/log%2025" "$T/swap"
		cp "$(cdir)/log%2026" "$(cdir)/log%2025"
		cp "$T/swap" "$(cdir)/log%2026"
		cp "$(cdir)/people" "$T/swap"
		cp "$(cdir)/goals" "$(cdir)/people"
		cp "$T/swap" "$(cdir)/goals"
	fi
}
for how in garbage empty header half blobs index magic longer swapped; do
	snap
	damage $how
	outputs "$T/o"
	same "a damaged cache ($how): the same output, no error" \
	    "$T/off5" "$T/o"
	snap
	outputs "$T/o"
	check "... and the run after it reads a cache written anew" kept
done

# One byte changed, at places spread over each cache file in turn: the
# checksums notice it wherever it is.
outputs "$T/o"
snap
flip() {
	f_b=$(od -An -tu1 -j "$2" -N 1 "$1" | tr -d ' ')
	printf "\\$(printf %o $(((f_b + 1) % 256)))" |
	    dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}
r=
for f in 'log%2026' goals people; do
	n=$(wc -c <"$T/snap/$f")
	k=1
	while [ $k -lt 40 ]; do
		at=$((n * k / 40))
		cp "$T/snap/$f" "$(cdir)/$f"
		flip "$(cdir)/$f" $at
		cmp -s "$T/snap/$f" "$(cdir)/$f" && r="$r $f:$at(unchanged)"
		for rd in log-actions-all report-progress-tsv people-list-tsv \
		    log-list-json; do
			cmd=$(grep "^$rd	" "$READERS" | cut -f2)
			eval "one \"\$T/o\" \"\$rd\" $cmd"
			cmp -s "$T/off5/$rd.out" "$T/o/$rd.out" &&
			    cmp -s "$T/off5/$rd.err" "$T/o/$rd.err" ||
			    r="$r $f:$at:$rd"
		done
		k=$((k + 1))
	done
	cp "$T/snap/$f" "$(cdir)/$f"
done
check 'one byte changed anywhere in a cache file: the same output' \
    test -z "$r"
[ -n "$r" ] && echo "# differs:$r"

# Unreadable cache files, a folder or a FIFO in their place.
snap
chmod 000 "$(cdir)"/*
outputs "$T/o"
same 'cache files mode 000: the same output, no error' "$T/off5" "$T/o"
chmod 600 "$(cdir)"/*
rm "$(cdir)/log%2026"
mkdir "$(cdir)/log%2026"
outputs "$T/o"
same 'a folder in the place of a cache file: the same output' \
    "$T/off5" "$T/o"
rmdir "$(cdir)/log%2026"

echo 'outside the cache' >"$T/outside"
ln -s "$T/outside" "$(cdir)/log%2026"
outputs "$T/o"
same 'a symbolic link in the place of a cache file: the same output' \
    "$T/off5" "$T/o"
check '... which is replaced, not written through' sh -c \
    '[ "$(cat "$1")" = "outside the cache" ] && [ -f "$2" ] &&
    [ ! -h "$2" ]' sh "$T/outside" "$(cdir)/log%2026"

rm "$(cdir)/log%2026"
if mkfifo "$(cdir)/log%2026" 2>/dev/null; then
	mentor-log list -f tsv >"$T/fifo.out" 2>&1 &
	pid=$!
	(sleep 10; kill "$pid") >/dev/null 2>&1 &
	dog=$!
	wait "$pid"
	st=$?
	kill "$dog" 2>/dev/null
	check 'a FIFO in the place of a cache file: no hang, the same output' \
	    sh -c '[ "$1" -eq 0 ] && cmp -s "$2" "$3"' sh "$st" \
	    "$T/fifo.out" "$T/off5/log-list-tsv.out"
	rm -f "$(cdir)/log%2026"
else
	skip 'mkfifo failed'
fi

# 6. A cache folder that cannot be had.
: >"$T/file"
(MENTOR_CACHE_DIR=$T/file; export MENTOR_CACHE_DIR; outputs "$T/o")
same 'MENTOR_CACHE_DIR a regular file: the same output, no error' \
    "$T/off5" "$T/o"
(MENTOR_CACHE_DIR=$T/file/cache; export MENTOR_CACHE_DIR; outputs "$T/o")
same 'MENTOR_CACHE_DIR below a regular file: the same output, no error' \
    "$T/off5" "$T/o"
check '... and the file is left alone' test ! -s "$T/file"

if [ -n "$ROOT" ]; then
	skip 'a read-only cache folder (root ignores modes)'
	skip 'a read-only journal cache folder (root ignores modes)'
	skip '... which stays as it was (root ignores modes)'
else
	mkdir "$T/ro"
	chmod 555 "$T/ro"
	(MENTOR_CACHE_DIR=$T/ro; export MENTOR_CACHE_DIR; outputs "$T/o")
	same 'MENTOR_CACHE_DIR read-only: the same output' "$T/off5" "$T/o"
	outputs "$T/o"
	snap
	echo 'One more line.' >>"$B"
	off "$T/off6"
	chmod 500 "$(cdir)"
	outputs "$T/o"
	chmod 700 "$(cdir)"
	same 'the journal cache folder read-only, an entry changed: warm = off' \
	    "$T/off6" "$T/o"
	check '... which stays as it was' kept
fi

done_testing
