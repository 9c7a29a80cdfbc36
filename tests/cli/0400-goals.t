#!/bin/sh
# mentor-goals: surgical edits on hand-written goals, no lost updates under
# concurrent writers, bad input, pipes, and every output format.
. "$(dirname "$0")/lib.sh"
plan 184

GD=$TESTDATA/goals
CR=$(printf '\r')
TMPDIR=$T/tmp
export TMPDIR
mkdir "$TMPDIR"

# A writable copy of a fixture (the sources may be read-only: distcheck).
put() {
	rm -f "$2"
	cat "$1" >"$2"
}

# The CRLF variant of a file, with a BOM in front.
crlf_bom() {
	printf '\357\273\277'
	sed "s/\$/$CR/" "$1"
}

# A journal of hand-written goals (and jane-smith, their mentor).
J=$T/g
mentor-init -q "$J" --owner 'Alex Doe'
put "$EXAMPLES/journal/people/jane-smith.md" "$J/people/jane-smith.md"
cd "$J" || exit 99

# edit_case NAME OP STATUS command...: run the command (want_out/want_err
# set before) on a fresh copy of NAME.md, then compare the file byte for
# byte with NAME.OP.expected.  With CRLF=1, both are the CRLF+BOM variant.
edit_case() {
	name=$1
	op=$2
	st=$3
	shift 3
	if [ -n "${CRLF:-}" ]; then
		rm -f "$J/goals/$name.md"
		crlf_bom "$GD/$name.md" >"$J/goals/$name.md"
		crlf_bom "$GD/$name.$op.expected" >"$T/expected"
		what="$name (CRLF, BOM): $op"
	else
		put "$GD/$name.md" "$J/goals/$name.md"
		put "$GD/$name.$op.expected" "$T/expected"
		what="$name: $op"
	fi
	run "$what: output" "$st" "$@"
	check "$what: every other byte is as it was" \
	    cmp -s "$T/expected" "$J/goals/$name.md"
}

for CRLF in '' 1; do
	want_out <<'OUT'
goals/speak.md:26: [ ] Give a lightning talk — 5 min due:2027-01-15
OUT
	edit_case speak milestone 0 mentor-goals milestone speak \
	    '  Give a lightning talk — 5 min ' --due 2027-01-15

	want_out <<'OUT'
goals/speak.md:25: [x] Receive a speaker rating of 4/5 or higher due:2027-03-01 done:2026-11-22
OUT
	edit_case speak done 0 mentor-goals done speak --match RATING

	want_out <<'OUT'
goals/speak.md:20: [ ] Complete first speaking engagement due:2026-10-15
OUT
	edit_case speak reopen 0 mentor-goals reopen 'speak#1'

	want_out <<'OUT'
goals/speak.md:24: [/] Book the room
OUT
	edit_case speak start 0 mentor-goals start speak:24

	want_out <<'OUT'
goals/speak.md:23: [-] Host a webinar — für alle   due:2026-12-15
OUT
	edit_case speak drop 0 mentor-goals drop speak --match 'FÜR ALLE'

	want_out <<'OUT'
goals/speak.md
OUT
	edit_case speak set-change 0 mentor-goals set speak \
	    'title=Speak with confidence' due=+2w term=short

	want_out <<'OUT'
goals/speak.md
OUT
	edit_case speak set-list 0 mentor-goals set speak skills=a,b \
	    tags=data summary= author=alex

	want_out <<'OUT'
goals/speak.md
OUT
	want_err <<'ERR'
mentor-goals: unknown key 'summary' for a goal; written as given
ERR
	edit_case speak set-folded 0 mentor-goals set speak \
	    'summary=One line: now' created= mentor=

	want_out <<'OUT'
goals/speak.md
OUT
	edit_case speak status 0 mentor-goals done speak --force

	want_out <<'OUT'
goals/nested.md:13: [ ] Meet monthly due:2026-12-22
OUT
	edit_case nested milestone 0 mentor-goals milestone nested \
	    'Meet monthly' --due +1m

	want_out <<'OUT'
goals/nested.md
OUT
	edit_case nested status 0 mentor-goals drop nested
done
CRLF=

# No line ending on the last line, no Milestones section, no status key.
want_out <<'OUT'
goals/bare.md:8: [ ] First step
OUT
edit_case bare milestone 0 mentor-goals milestone bare 'First step'

want_out <<'OUT'
goals/bare.md
OUT
edit_case bare status 0 mentor-goals done bare

# Refusals leave the file as it was.
put "$GD/speak.md" goals/speak.md
want_err <<'ERR'
mentor-goals: goals/speak.md: 4 milestones are still open (mark them, or use --force):
  goals/speak.md:23: [/] Host a webinar — für alle   due:2026-12-15
  goals/speak.md:24: [ ] Book the room
  goals/speak.md:25: [ ] Receive a speaker rating of 4/5 or higher due:2027-03-01
  goals/speak.md:29: [ ] An item under another heading
ERR
run 'done GOAL with open milestones names them (1)' 1 mentor-goals done speak
check '... and leaves the goal as it was' cmp -s "$GD/speak.md" goals/speak.md

want_err <<'ERR'
mentor-goals: goals/speak.md: no task item #7 (it has 6)
ERR
run 'GOAL#N out of range is 1' 1 mentor-goals done 'speak#7'

want_err <<'ERR'
mentor-goals: goals/speak.md:3: not a task item
ERR
run 'GOAL:LINE that is not a milestone is 1' 1 mentor-goals done speak:3

want_err <<'ERR'
mentor-goals: goals/speak.md:21: already done: Write the outline done:2026-09-20
ERR
run 'done on a done milestone is 1' 1 mentor-goals done 'speak#2'

want_err <<'ERR'
mentor-goals: goals/speak.md: 'o' matches 6 task items:
  goals/speak.md:20: [x] Complete first speaking engagement due:2026-10-15 done:2026-10-12
  goals/speak.md:21: [x] Write the outline done:2026-09-20
  goals/speak.md:23: [/] Host a webinar — für alle   due:2026-12-15
  goals/speak.md:24: [ ] Book the room
  goals/speak.md:25: [ ] Receive a speaker rating of 4/5 or higher due:2027-03-01
  goals/speak.md:29: [ ] An item under another heading
ERR
run '--match on several milestones is 1, listing them' 1 \
    mentor-goals start speak --match o

want_err <<'ERR'
mentor-goals: goals/speak.md: no task item matches 'nothing'
ERR
run '--match on nothing is 1' 1 mentor-goals drop speak --match nothing

want_err <<'ERR'
mentor-goals: bad date 'due:2026-13-01' in the milestone (want YYYY-MM-DD; --due takes relative dates)
ERR
run 'a milestone with a bad date is refused (64)' 64 \
    mentor-goals milestone speak 'Talk due:2026-13-01'

want_err <<'ERR'
mentor-goals: a new milestone is open: it cannot carry 'done:'
ERR
run 'a new milestone cannot be done already (64)' 64 \
    mentor-goals milestone speak 'Talk done:2026-11-01'

want_err <<'ERR'
mentor-goals: --force is for marking a whole goal
ERR
run '--force with one milestone is 64' 64 mentor-goals done 'speak#3' --force
check 'none of the refusals touched the goal' cmp -s "$GD/speak.md" goals/speak.md

# A reference set by prefix is written as the full id.
put "$GD/nested.md" goals/nested.md
want_out <<'OUT'
goals/nested.md
OUT
run 'set mentor=PREFIX' 0 mentor-goals set nested mentor=ja
check '... writes the full id' grep -qx 'mentor: jane-smith' goals/nested.md

# rename: the goal file, and every entry's goals: in every form.
rm goals/bare.md goals/nested.md
put "$GD/speak.md" goals/speak.md
put "$GD/bare.md" goals/speak-more.md
put "$GD/nested.md" goals/other.md
mkdir -p log/2026
put "$GD/entry-flow.md" log/2026/2026-10-01-flow.md
put "$GD/entry-block.md" log/2026/2026-10-02-block.md
put "$GD/entry-scalar.md" log/2026/2026-10-03-scalar.md
put "$GD/entry-none.md" log/2026/2026-10-04-none.md

want_err <<'ERR'
mentor-goals: 'spe' is ambiguous: speak speak-more
ERR
run 'an ambiguous prefix is 64, listing the candidates' 64 \
    mentor-goals show spe

want_err <<'ERR'
mentor-goals: 'Big Talk' is not a valid id (lowercase letters, digits and '-'; perhaps 'big-talk')
ERR
run 'rename to a bad id is 64' 64 mentor-goals rename speak 'Big Talk'

want_err <<'ERR'
mentor-goals: cannot rename to 'goals/other.md': a goal with that id exists
ERR
run 'rename to a taken id is 73' 73 mentor-goals rename speak other

printf -- '---\ndate: 2026-10-05\ngoals: [speak\n---\n' \
    >log/2026/2026-10-05-broken.md
want_err <<'ERR'
mentor-goals: log/2026/2026-10-05-broken.md:3:8: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
mentor-goals: nothing renamed
ERR
run 'rename with a broken entry is 65' 65 \
    mentor-goals rename speak public-talk
check '... and undoes everything: all or nothing' sh -c "
    test ! -e goals/public-talk.md &&
    cmp -s '$GD/speak.md' goals/speak.md &&
    cmp -s '$GD/entry-flow.md' log/2026/2026-10-01-flow.md &&
    cmp -s '$GD/entry-block.md' log/2026/2026-10-02-block.md &&
    cmp -s '$GD/entry-scalar.md' log/2026/2026-10-03-scalar.md"
rm log/2026/2026-10-05-broken.md

# A writer at work holds the journal lock (flock on its folder, shared);
# flock(1) stands in for one.  A rename needs the journal to itself.
if command -v flock >/dev/null 2>&1; then
	flock -s . sh -c ': >"$1"; while [ -e "$1" ]; do sleep 1; done' \
	    sh "$T/holding" &
	while [ ! -e "$T/holding" ]; do sleep 1; done
	want_err <<'ERR'
mentor-goals: the journal '.' is held by another writer (waited 0.2 s)
ERR
	run 'rename while another writer works is 75' 75 \
	    env MENTOR_LOCK_TIMEOUT=0.2 mentor-goals rename speak public-talk
	check '... and makes no new name' test ! -e goals/public-talk.md
	rm "$T/holding"
	wait
else
	ok '# SKIP no flock(1) to hold the journal lock'
	ok '# SKIP no flock(1) to hold the journal lock'
fi

# Holding the journal to itself, a rename knows that a lock on a record
# is left by an interrupted writer: it removes it.
: >goals/speak.md.lock
want_out <<'OUT'
goals/public-talk.md
OUT
want_err <<'ERR'
mentor-goals: removed 'goals/speak.md.lock', a lock left by an interrupted writer
ERR
run 'rename prints the new path' 0 mentor-goals rename speak public-talk
check '... the stale lock is gone' test ! -e goals/speak.md.lock
check 'the goal moved, its bytes unchanged' \
    sh -c "test ! -e goals/speak.md && cmp -s '$GD/speak.md' goals/public-talk.md"
check 'a flow list is rewritten, nothing else' \
    cmp -s "$GD/entry-flow.rename.expected" log/2026/2026-10-01-flow.md
check 'a block list with quoted items is rewritten, nothing else' \
    cmp -s "$GD/entry-block.rename.expected" log/2026/2026-10-02-block.md
check 'a single scalar (CRLF, BOM) is rewritten, nothing else' \
    cmp -s "$GD/entry-scalar.rename.expected" log/2026/2026-10-03-scalar.md
check 'an entry citing other goals is untouched' \
    cmp -s "$GD/entry-none.md" log/2026/2026-10-04-none.md
check 'the other goals are untouched' sh -c \
    "cmp -s '$GD/bare.md' goals/speak-more.md && cmp -s '$GD/nested.md' goals/other.md"
# The block list named speak twice, so it names public-talk twice.
want_out <<'OUT'
log/2026/2026-10-02-block.md:8:5: warning: goals: 'public-talk' is listed twice (first at line 6) [duplicates]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 1 warning in 8 records
ERR
run 'the renamed journal checks clean (the repeat it had is warned of)' 0 \
    mentor-check

# Broken front matter: 65 with path:line:col, the file untouched.
printf -- '---\ntitle: Broken\nstatus: [active\n---\n## Milestones\n- [ ] a\n' \
    >goals/broken.md
cp goals/broken.md "$T/broken.md"
for args in 'milestone broken x' 'done broken#1' 'done broken' \
    'set broken status=done'; do
	want_err <<'ERR'
mentor-goals: goals/broken.md:3:9: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
	# shellcheck disable=SC2086
	run "broken front matter: $args is 65" 65 mentor-goals $args
done
check '... and the broken goal is untouched' cmp -s "$T/broken.md" goals/broken.md

# A code block never closed: the new milestone would be code.  65, the
# line that opens it named, the goal untouched.  (One in a list item ends
# with the item: the milestone goes after it.)
printf -- '---\ntitle: Rust\n---\nNotes:\n```sh\ncargo new\n' \
    >goals/rust.md
cp goals/rust.md "$T/rust.md"
want_err <<'ERR'
mentor-goals: goals/rust.md:5: this code block is never closed, and the new item would be in it: close it with a fence line first
ERR
run 'milestone into a code block never closed is 65' 65 \
    mentor-goals milestone rust b
check '... and the goal is untouched' cmp -s "$T/rust.md" goals/rust.md
rm goals/rust.md

want_out <<'OUT'
goals/other.md
goals/public-talk.md
goals/speak-more.md
OUT
want_err <<'ERR'
mentor-goals: goals/broken.md:3:9: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
run 'list reports a broken goal, lists the rest, exits 65' 65 mentor-goals list
rm goals/broken.md

# A lock held by another writer: 75 naming it, nothing written.
cp goals/other.md "$T/other.md"
: >goals/other.md.lock
for args in 'milestone other x' 'done other#1' 'set other term=short' \
    'done other --force'; do
	want_err <<'ERR'
mentor-goals: 'goals/other.md.lock' is held by another writer (remove it if no mentor program is running)
ERR
	# shellcheck disable=SC2086
	run "a held lock: $args is 75" 75 env MENTOR_LOCK_TIMEOUT=0.2 \
	    mentor-goals $args
done
check '... the goal is untouched and the lock left alone' \
    sh -c "cmp -s '$T/other.md' goals/other.md && test -e goals/other.md.lock"
rm goals/other.md.lock

# Usage errors.
want_err <<'ERR'
mentor-goals: --due: bad date 'notadate' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'add --due with a bad date is 64' 64 mentor-goals add X --due notadate

want_err <<'ERR'
mentor-goals: --due: bad date '2026-02-30' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'milestone --due with a bad date is 64' 64 \
    mentor-goals milestone other x --due 2026-02-30

want_err <<'ERR'
mentor-goals: --term: unknown value 'medium' (one of: short, long)
ERR
run 'add --term with a bad value is 64' 64 mentor-goals add X --term medium

want_err <<'ERR'
mentor-goals: status: unknown value 'bogus' (one of: active, paused, done, dropped)
ERR
run 'set status=bogus is 64' 64 mentor-goals set other status=bogus

want_err <<'ERR'
mentor-goals: due: bad date 'notadate' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'set due=notadate is 64' 64 mentor-goals set other due=notadate

want_err <<'ERR'
mentor-goals: --status: unknown value 'bogus' (one of: active, paused, done, dropped)
ERR
run 'list --status with a bad value is 64' 64 mentor-goals list --status bogus

want_err <<'ERR'
mentor-goals: --due-before: bad date 'never' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'list --due-before with a bad date is 64' 64 \
    mentor-goals list --due-before never

want_err <<'ERR'
mentor-goals: --match does not go with milestone
try 'mentor-goals milestone --help'
ERR
run 'an option of another subcommand is 64' 64 \
    mentor-goals milestone other x --match y

want_err <<'ERR'
mentor-goals: --why does not go with list
try 'mentor-goals list --help'
ERR
run '... naming the option' 64 mentor-goals list --why because

# Options given twice (mentor-goals(1), OPTIONS GIVEN TWICE).
want_err <<'ERR'
mentor-goals: --due: given twice ('+1w', then '+2w')
ERR
run 'a single-valued option with two values is 64, naming it' 64 \
    mentor-goals milestone other x --due +1w --due +2w
want_err <<'ERR'
mentor-goals: --skill: given twice ('sql', then 'delegation')
ERR
run 'list takes one --skill (a second one is 64)' 64 \
    mentor-goals list --skill sql --skill delegation
mentor-goals list --skill sql >"$T/once"
run '... the same one twice is that one' 0 \
    sh -c 'mentor-goals list --skill sql --skill sql | cmp - "$1"' sh "$T/once"
want_err <<'ERR'
mentor-goals: --term: given twice ('short', then 'long')
ERR
run '... --term in add, nothing written' 64 \
    mentor-goals add Twice --term short --term long
check '... nothing written' test ! -e goals/twice.md

want_err <<'ERR'
mentor-goals: unknown command 'frobnicate' (add, milestone, done, start, drop, reopen, set, rename, list, show, edit)
try 'mentor-goals --help'
ERR
run 'an unknown subcommand is 64' 64 mentor-goals frobnicate

want_out <<'OUT'
usage: mentor-goals milestone goal text [--due date]

Add an open milestone to a goal.

Options:
      --due date          the due date (2027-06-30, +3m, eoy...)

And the options of every command: see 'mentor-goals --help'.
OUT
run 'SUBCOMMAND --help is its usage, what it does and its options' 0 \
    mentor-goals milestone --help

want_err <<'ERR'
mentor-goals: show prints text, json or md, not tsv
ERR
run 'show -f tsv is 64' 64 mentor-goals show other -f tsv

# add: the path, and the file exactly.
want_out <<'OUT'
goals/unicode-grosse-cafe-quoted-slash.md
OUT
run 'add prints the path of the new goal (a word given twice, once)' 0 mentor-goals add \
    'Ünïcode: Größe & café — “quoted” / slash.' --mentor ja --term short \
    --mentor jane-smith \
    --due +2w --skill public-speaking --skill 'story telling' --tag x \
    --skill public-speaking --tag x --why 'Because it matters.'
cat >"$T/expected" <<'EOF2'
---
title: "Ünïcode: Größe & café — “quoted” / slash."
term: short
status: active
mentor: jane-smith
created: 2026-11-22
due: 2026-12-06
skills: [public-speaking, story telling]
tags: [x]
author: tester
---
Because it matters.

## Milestones
EOF2
check '... with every field written, the mentor in full' \
    cmp -s "$T/expected" goals/unicode-grosse-cafe-quoted-slash.md

want_out <<'OUT'
goals/unicode-grosse-cafe-quoted-slash-2.md
OUT
run 'the same title again gives -2' 0 \
    mentor-goals add 'Ünïcode: Größe & café — “quoted” / slash.'
cat >"$T/expected" <<'EOF2'
---
title: "Ünïcode: Größe & café — “quoted” / slash."
status: active
created: 2026-11-22
author: tester
---
## Milestones
EOF2
check '... a minimal goal' \
    cmp -s "$T/expected" goals/unicode-grosse-cafe-quoted-slash-2.md

want_out <<'OUT'
goals/unicode-grosse-cafe-quoted-slash-2.md:8: [ ] Ask for feedback
OUT
run 'a milestone under an empty Milestones section' 0 \
    mentor-goals milestone unicode-grosse-cafe-quoted-slash-2 'Ask for feedback'
printf -- '- [ ] Ask for feedback\n' >>"$T/expected"
check '... goes right after the heading' \
    cmp -s "$T/expected" goals/unicode-grosse-cafe-quoted-slash-2.md

want_err <<'ERR'
mentor-goals: no person 'nobody'
ERR
run 'add --mentor with an unknown person is 66' 66 \
    mentor-goals add Y --mentor nobody
want_err <<'ERR'
mentor-goals: the title is empty
ERR
run 'add with an empty title is 64' 64 mentor-goals add '  '
check 'refused adds create nothing' test ! -e goals/y.md

want_out <<'OUT'
log/2026/2026-10-02-block.md:8:5: warning: goals: 'public-talk' is listed twice (first at line 6) [duplicates]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 1 warning in 10 records
ERR
run 'every goal written here checks clean' 0 mentor-check

# A journal whose goals/ folder git dropped: add makes it.
mentor-init -q "$T/e" --owner 'Alex Doe'
rmdir "$T/e/goals"
want_out <<OUT
$T/e/goals/first.md
OUT
run 'add makes a missing goals/; -C paths start with the -C value' 0 \
    mentor-goals -C "$T/e" add First

# edit: EDITOR scripts.
cat >"$T/ed-pause" <<'EOF2'
#!/bin/sh
sed 's/^status: active$/status: paused/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
cat >"$T/ed-break" <<'EOF2'
#!/bin/sh
sed 's/^status: .*/status: [paused/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
cat >"$T/ed-enum" <<'EOF2'
#!/bin/sh
sed 's/^status: .*/status: sleeping/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
cat >"$T/ed-race" <<'EOF2'
#!/bin/sh
mentor-goals -q set other term=long || exit 1
sed 's/^status: active$/status: paused/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
chmod +x "$T/ed-pause" "$T/ed-break" "$T/ed-enum" "$T/ed-race"

put "$GD/nested.md" goals/other.md
sed 's/^status: active$/status: paused/' "$GD/nested.md" >"$T/expected"
want_out <<'OUT'
goals/other.md
OUT
run 'edit replaces the goal with the edited copy' 0 \
    env EDITOR="$T/ed-pause" mentor-goals edit other </dev/null
check '... exactly' cmp -s "$T/expected" goals/other.md

put "$GD/nested.md" goals/other.md
want_err <<'ERR'
mentor-goals: goals/other.md:3:9: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
mentor-goals: abandoned; 'goals/other.md' is unchanged
ERR
run 'a broken edit with no terminal is abandoned (1)' 1 \
    env EDITOR="$T/ed-break" mentor-goals edit other </dev/null
check '... and the goal is untouched' cmp -s "$GD/nested.md" goals/other.md

want_err <<'ERR'
mentor-goals: goals/other.md:3:9: error: status: unknown value 'sleeping' (one of: active, paused, done, dropped) [enums]
mentor-goals: abandoned; 'goals/other.md' is unchanged
ERR
run 'an edit that breaks a check is abandoned too (1)' 1 \
    env EDITOR="$T/ed-enum" mentor-goals edit other </dev/null
check '... and the goal is untouched' cmp -s "$GD/nested.md" goals/other.md

want_err <<'ERR'
mentor-goals: no changes to 'goals/other.md'
ERR
run 'EDITOR=true: no changes, 0' 0 env EDITOR=true mentor-goals edit other

want_err <<'ERR'
mentor-goals: no changes to 'goals/other.md'
ERR
run 'VISUAL wins over EDITOR' 0 \
    env VISUAL=true EDITOR="$T/ed-pause" mentor-goals edit other

want_err <<'ERR'
mentor-goals: the editor 'false' failed; nothing written
ERR
run 'a failing editor writes nothing (1)' 1 env EDITOR=false \
    mentor-goals edit other
check '... and the goal is untouched' cmp -s "$GD/nested.md" goals/other.md

awk '{ print } /^created: 2026-09-01$/ { print "term: long" }' \
    "$GD/nested.md" >"$T/expected"
env EDITOR="$T/ed-race" mentor-goals edit other >"$T/out" 2>"$T/err" \
    </dev/null
st=$?
kept=$(sed -n "s/^mentor-goals: your edit is kept in '\(.*\)'\$/\1/p" "$T/err")
check 'a goal changed during the edit is not overwritten (75)' \
    test "$st" = 75 -a ! -s "$T/out" -a -n "$kept"
check '... the other change stays, the edit is kept aside' sh -c \
    "cmp -s '$T/expected' goals/other.md && grep -q '^status: paused' '$kept'"
# The copy kept is alone in a folder of its own, under its own name.
rm -f "$kept"
rmdir "$(dirname "$kept")"
check 'edit leaves no temporary files' \
    test -z "$(ls "$TMPDIR")"

# No lost update: concurrent writers on one goal.
C=$T/c
mentor-init -q "$C" --owner 'Alex Doe'
cd "$C" || exit 99
MENTOR_LOCK_TIMEOUT=60
export MENTOR_LOCK_TIMEOUT
mentor-goals -q add 'Many milestones'
loop_milestones() {
	i=1
	while [ $i -le 100 ]; do
		mentor-goals -q milestone many "$1 $i" || echo "fail $1 $i"
		i=$((i + 1))
	done
}
loop_milestones alpha >"$T/a.log" 2>&1 &
pa=$!
loop_milestones beta >"$T/b.log" 2>&1 &
pb=$!
wait $pa
wait $pb
check 'two writers: no failures' test ! -s "$T/a.log" -a ! -s "$T/b.log"
check '... all 200 milestones are there' \
    test "$(grep -c '^- \[ \] ' goals/many-milestones.md)" = 200
i=1
missing=
while [ $i -le 100 ]; do
	for w in alpha beta; do
		[ "$(grep -cx -- "- \[ \] $w $i" goals/many-milestones.md)" = 1 ] ||
		    missing="$missing $w$i"
	done
	i=$((i + 1))
done
check '... each once' test -z "$missing"
want_out <<'OUT'
many-milestones	active			0/200		no	Many milestones
OUT
run '... and the goal reads back' 0 mentor-goals list -f tsv --no-header many

# Concurrent done on different milestones: lines stay put, none lost.
{
	printf -- '---\ntitle: Fifty steps\nstatus: active\n---\n## Milestones\n'
	i=1
	while [ $i -le 50 ]; do
		printf -- '- [ ] Step %d due:2027-01-%02d\n' $i $(((i - 1) % 28 + 1))
		i=$((i + 1))
	done
} >goals/fifty.md
sed 's/^- \[ \] \(.*\)$/- [x] \1 done:2026-11-22/' goals/fifty.md \
    >"$T/expected"
loop_done() {
	i=$1
	while [ $i -le $2 ]; do
		mentor-goals -q done "fifty#$i" || echo "fail $i"
		i=$((i + 1))
	done
}
loop_done 1 25 >"$T/a.log" 2>&1 &
pa=$!
loop_done 26 50 >"$T/b.log" 2>&1 &
pb=$!
wait $pa
wait $pb
check 'concurrent done: no failures' test ! -s "$T/a.log" -a ! -s "$T/b.log"
check '... every milestone done and stamped, nothing else changed' \
    cmp -s "$T/expected" goals/fifty.md

# Concurrent add of one title: 100 distinct, valid goals.
loop_add() {
	i=1
	while [ $i -le 50 ]; do
		mentor-goals add 'Same title' >>"$1" || echo fail >>"$1"
		i=$((i + 1))
	done
}
: >"$T/a.log"
: >"$T/b.log"
loop_add "$T/a.log" 2>&1 &
pa=$!
loop_add "$T/b.log" 2>&1 &
pb=$!
wait $pa
wait $pb
{
	echo goals/same-title.md
	i=2
	while [ $i -le 100 ]; do
		echo "goals/same-title-$i.md"
		i=$((i + 1))
	done
} | sort >"$T/expected"
sort "$T/a.log" "$T/b.log" >"$T/got"
check 'concurrent add: 100 paths printed, all distinct' \
    cmp -s "$T/expected" "$T/got"
ls goals/same-title*.md | sort >"$T/got"
check '... 100 files: same-title, same-title-2 ... same-title-100' \
    cmp -s "$T/expected" "$T/got"
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 102 records
ERR
run '... each a valid goal' 0 mentor-check

# A rename racing with writers: every milestone reported written is in
# the goal under its new name, and the old name never comes back.
mentor-goals -q add 'Old name'
loop_race() {
	i=1
	while [ $i -le 40 ]; do
		if mentor-goals -q milestone goals/old-name.md "race $i" \
		    2>/dev/null; then
			echo "race $i"
		fi
		i=$((i + 1))
	done
}
loop_race >"$T/race.log" &
pa=$!
i=0
until [ -s "$T/race.log" ] || [ $i -ge 500 ]; do
	i=$((i + 1))
done
mentor-goals -q rename old-name new-name
st=$?
wait $pa
sed -n 's/^- \[ \] //p' goals/new-name.md >"$T/got"
check 'rename among writers: done, the old name gone' \
    test "$st" = 0 -a ! -e goals/old-name.md
check '... every milestone written is under the new name' \
    cmp -s "$T/race.log" "$T/got"
unset MENTOR_LOCK_TIMEOUT

# The example journal: every format, filters and pipes.
example_copy "$T/j"
cd "$T/j" || exit 99

want_err <<'ERR'
mentor-goals: no goal 'pubic-speaking' (did you mean 'public-speaking'?)
ERR
run 'an unknown goal is 66 with near matches' 66 \
    mentor-goals milestone pubic-speaking 'x'

want_out <<'OUT'
id                    status  term   due         progress  next        overdue  title
lead-a-team           active  long   2027-09-30  1/4       2027-01-29  no       Lead a team of five
public-speaking       active  long   2027-06-30  1/3       2026-12-15  no       Speak confidently in public
sql-window-functions  active  short  2026-12-31  2/4       2026-11-15  yes      Master SQL window functions
OUT
run 'list -f text' 0 mentor-goals list -f text

want_out <<'OUT'
goals/lead-a-team.md
goals/public-speaking.md
goals/sql-window-functions.md
OUT
run 'list prints paths when stdout is not a terminal' 0 mentor-goals list

want_out <<'OUT'
goals/lead-a-team.md
goals/public-speaking.md
goals/sql-window-functions.md
OUT
run 'list -f paths' 0 mentor-goals list -f paths

want_out <<'OUT'
id	status	term	due	progress	next	overdue	title
lead-a-team	active	long	2027-09-30	1/4	2027-01-29	no	Lead a team of five
public-speaking	active	long	2027-06-30	1/3	2026-12-15	no	Speak confidently in public
sql-window-functions	active	short	2026-12-31	2/4	2026-11-15	yes	Master SQL window functions
OUT
run 'list -f tsv' 0 mentor-goals list -f tsv

want_out <<'OUT'
[{"path":"goals/lead-a-team.md","id":"lead-a-team","status":"active","term":"long","due":"2027-09-30","progress":"1/4","next":"2027-01-29","overdue":false,"title":"Lead a team of five"},{"path":"goals/public-speaking.md","id":"public-speaking","status":"active","term":"long","due":"2027-06-30","progress":"1/3","next":"2026-12-15","overdue":false,"title":"Speak confidently in public"},{"path":"goals/sql-window-functions.md","id":"sql-window-functions","status":"active","term":"short","due":"2026-12-31","progress":"2/4","next":"2026-11-15","overdue":true,"title":"Master SQL window functions"}]
OUT
run 'list -f json' 0 mentor-goals list -f json

want_out <<'OUT'
{"path":"goals/lead-a-team.md","id":"lead-a-team","status":"active","term":"long","due":"2027-09-30","progress":"1/4","next":"2027-01-29","overdue":false,"title":"Lead a team of five"}
{"path":"goals/public-speaking.md","id":"public-speaking","status":"active","term":"long","due":"2027-06-30","progress":"1/3","next":"2026-12-15","overdue":false,"title":"Speak confidently in public"}
{"path":"goals/sql-window-functions.md","id":"sql-window-functions","status":"active","term":"short","due":"2026-12-31","progress":"2/4","next":"2026-11-15","overdue":true,"title":"Master SQL window functions"}
OUT
run 'list -f jsonl' 0 mentor-goals list -f jsonl

want_out <<'OUT'
sql-window-functions: Master SQL window functions
  status active, short term, mentor sam-lee
  created 2026-08-05, due 2026-12-31 (39 days left)
  skills sql
  tags data
  progress 2/4, overdue

milestones:
  goals/sql-window-functions.md:16: [x] Finish the window functions chapter of the course due:2026-08-31 done:2026-08-28
  goals/sql-window-functions.md:17: [x] Rewrite the churn report with ROW_NUMBER and LAG due:2026-09-30 done:2026-10-02
  goals/sql-window-functions.md:18: [ ] Present a running-totals query to the analytics guild due:2026-11-15  (overdue)
  goals/sql-window-functions.md:19: [-] Pass the vendor SQL certification due:2026-12-15
  goals/sql-window-functions.md:20: [ ] Review three teammates' queries that use window functions due:2026-12-20

entries citing it, newest first:
  2026-11-21  Four months in  log/2026/2026-11-21-four-months-in.md
  2026-10-27  Webinar outline  log/2026/2026-10-27-webinar-outline.md
  2026-10-14  Window functions review with Sam  log/2026/2026-10-14-window-functions-review-with-sam.md
  2026-09-09  SQL check-in with Sam  log/2026/2026-09-09-sql-check-in-with-sam.md
  2026-08-26  Window functions practice  log/2026/2026-08-26-window-functions-practice.md
  2026-08-05  SQL study plan with Sam  log/2026/2026-08-05-sql-study-plan-with-sam.md
OUT
run 'show (text, by prefix)' 0 mentor-goals show sql

want_out <<'OUT'
{"id":"sql-window-functions","path":"goals/sql-window-functions.md","title":"Master SQL window functions","status":"active","term":"short","mentor":"sam-lee","created":"2026-08-05","due":"2026-12-31","days_left":39,"done_on":null,"dropped_on":null,"skills":["sql"],"tags":["data"],"done":2,"total":4,"overdue":true,"next_due":"2026-11-15","milestones":[{"line":16,"status":"done","text":"Finish the window functions chapter of the course due:2026-08-31 done:2026-08-28","due":"2026-08-31","done":"2026-08-28","overdue":false},{"line":17,"status":"done","text":"Rewrite the churn report with ROW_NUMBER and LAG due:2026-09-30 done:2026-10-02","due":"2026-09-30","done":"2026-10-02","overdue":false},{"line":18,"status":"open","text":"Present a running-totals query to the analytics guild due:2026-11-15","due":"2026-11-15","done":null,"overdue":true},{"line":19,"status":"dropped","text":"Pass the vendor SQL certification due:2026-12-15","due":"2026-12-15","done":null,"overdue":false},{"line":20,"status":"open","text":"Review three teammates' queries that use window functions due:2026-12-20","due":"2026-12-20","done":null,"overdue":false}],"entries":[{"id":"2026-11-21-four-months-in","path":"log/2026/2026-11-21-four-months-in.md","date":"2026-11-21","title":"Four months in"},{"id":"2026-10-27-webinar-outline","path":"log/2026/2026-10-27-webinar-outline.md","date":"2026-10-27","title":"Webinar outline"},{"id":"2026-10-14-window-functions-review-with-sam","path":"log/2026/2026-10-14-window-functions-review-with-sam.md","date":"2026-10-14","title":"Window functions review with Sam"},{"id":"2026-09-09-sql-check-in-with-sam","path":"log/2026/2026-09-09-sql-check-in-with-sam.md","date":"2026-09-09","title":"SQL check-in with Sam"},{"id":"2026-08-26-window-functions-practice","path":"log/2026/2026-08-26-window-functions-practice.md","date":"2026-08-26","title":"Window functions practice"},{"id":"2026-08-05-sql-study-plan-with-sam","path":"log/2026/2026-08-05-sql-study-plan-with-sam.md","date":"2026-08-05","title":"SQL study plan with Sam"}]}
OUT
run 'show -f json' 0 mentor-goals show sql -f json

want_out <<'OUT'
# Master SQL window functions

- status: active
- term: short
- mentor: sam-lee
- created: 2026-08-05
- due: 2026-12-31 (39 days left)
- skills: sql
- tags: data
- progress: 2/4 milestones done

## Milestones

- [x] Finish the window functions chapter of the course due:2026-08-31 done:2026-08-28
- [x] Rewrite the churn report with ROW_NUMBER and LAG due:2026-09-30 done:2026-10-02
- [ ] Present a running-totals query to the analytics guild due:2026-11-15 **overdue**
- [-] Pass the vendor SQL certification due:2026-12-15
- [ ] Review three teammates' queries that use window functions due:2026-12-20

## Entries

- 2026-11-21 [Four months in](log/2026/2026-11-21-four-months-in.md)
- 2026-10-27 [Webinar outline](log/2026/2026-10-27-webinar-outline.md)
- 2026-10-14 [Window functions review with Sam](log/2026/2026-10-14-window-functions-review-with-sam.md)
- 2026-09-09 [SQL check-in with Sam](log/2026/2026-09-09-sql-check-in-with-sam.md)
- 2026-08-26 [Window functions practice](log/2026/2026-08-26-window-functions-practice.md)
- 2026-08-05 [SQL study plan with Sam](log/2026/2026-08-05-sql-study-plan-with-sam.md)
OUT
run 'show -f md' 0 mentor-goals show sql -f md

# Filters.
want_out <<'OUT'
goals/sql-window-functions.md
OUT
run 'list --term short' 0 mentor-goals list --term short

want_out <<'OUT'
goals/sql-window-functions.md
OUT
run 'list --mentor by prefix' 0 mentor-goals list --mentor sam

want_out <<'OUT'
goals/lead-a-team.md
OUT
run 'list --skill' 0 mentor-goals list --skill delegation

want_out <<'OUT'
goals/public-speaking.md
goals/sql-window-functions.md
OUT
run 'list --due-before (a date, before it)' 0 \
    mentor-goals list --due-before 2027-07-01

want_out <<'OUT'
goals/sql-window-functions.md
OUT
run 'list --due-before (a relative date)' 0 \
    mentor-goals list --due-before +2m

want_out <<'OUT'
goals/sql-window-functions.md
OUT
run 'list --overdue' 0 mentor-goals list --overdue

run 'list --grep is case-sensitive' 1 mentor-goals list --grep 'row_number'

want_out <<'OUT'
goals/sql-window-functions.md
OUT
run 'list --grep -i' 0 mentor-goals list -i --grep 'row_number'

want_out <<'OUT'
goals/lead-a-team.md
goals/public-speaking.md
OUT
run 'list --grep matches titles and bodies' 0 \
    mentor-goals list --grep '^(Lead|Why it matters: I want to present)'

want_out <<'OUT'
goals/sql-window-functions.md
goals/public-speaking.md
OUT
run 'list -r -n 2' 0 mentor-goals list -r -n 2

run 'list -q: nothing matched is 1' 1 mentor-goals list -q --status done
run 'list -q: a match is 0, printing nothing' 0 mentor-goals list -q --overdue

# Pipes.
want_out <<'OUT'
goals/sql-window-functions.md
OUT
run 'list --overdue | xargs grep -l data' 0 \
    sh -c 'mentor-goals list --overdue | xargs grep -l data'
run 'list --overdue | xargs grep -l career: none overdue yet' 123 \
    sh -c 'mentor-goals list --overdue | xargs grep -l career'

want_out <<'OUT'
sql-window-functions
public-speaking
lead-a-team
OUT
run 'tsv sorts by due date and cuts to ids' 0 sh -c \
    'mentor-goals list -f tsv --no-header | sort -t "$(printf "\t")" -k4 | cut -f1'

mentor-goals list -f tsv --no-header >"$T/tsv"
mentor-goals list -f tsv --no-header - <"$T/tsv" >"$T/got"
check 'list -f tsv | list - gives the same list back' cmp -s "$T/tsv" "$T/got"

want_out <<'OUT'
sql-window-functions	active	short	2026-12-31	2/4	2026-11-15	yes	Master SQL window functions
public-speaking	active	long	2027-06-30	1/3	2026-12-15	no	Speak confidently in public
OUT
run 'list - reads ids and path:line: lines, keeping their order' 0 sh -c \
    'printf "sql\ngoals/public-speaking.md:17: [/] x\n" | mentor-goals list -f tsv --no-header -'

printf 'goals/lead-a-team.md\0goals/public-speaking.md\0goals/sql-window-functions.md\0' \
    >"$T/want0"
mentor-goals list -0 -f paths >"$T/got0"
check 'list -0 -f paths ends each path with NUL' cmp -s "$T/want0" "$T/got0"

printf 'goals/lead-a-team.md\0goals/public-speaking.md\0' >"$T/want0"
mentor-goals list -0 --term long | mentor-goals list -0 - >"$T/got0"
check 'list -0 | list -0 - (NUL-separated round trip)' \
    cmp -s "$T/want0" "$T/got0"

if command -v jq >/dev/null 2>&1; then
	want_out <<'OUT'
lead-a-team
public-speaking
sql-window-functions
OUT
	run 'list -f json | jq' 0 sh -c \
	    'mentor-goals list -f json | jq -r ".[].id"'

	want_out <<'OUT'
lead-a-team
public-speaking
OUT
	run 'list -f jsonl | jq' 0 sh -c \
	    'mentor-goals list -f jsonl | jq -r "select(.term == \"long\") | .id"'

	want_out <<'OUT'
18
OUT
	run 'show -f json | jq' 0 sh -c \
	    'mentor-goals show sql -f json | jq -r ".milestones[] | select(.overdue) | .line"'
else
	ok 'list -f json | jq # SKIP no jq'
	ok 'list -f jsonl | jq # SKIP no jq'
	ok 'show -f json | jq # SKIP no jq'
fi

# Now make public-speaking overdue: the career pipe finds it.
want_out <<'OUT'
goals/public-speaking.md
OUT
run 'set due=yesterday' 0 mentor-goals set public due=yesterday
check '... written absolute' grep -qx 'due: 2026-11-21' goals/public-speaking.md
want_out <<'OUT'
goals/public-speaking.md
OUT
run 'list --overdue | xargs grep -l career' 0 \
    sh -c 'mentor-goals list --overdue | xargs grep -l career'

want_out <<'OUT'
public-speaking: Speak confidently in public
  status active, long term, mentor jane-smith
  created 2026-08-01, due 2026-11-21 (1 day overdue)
OUT
run 'show says how long a goal is overdue' 0 sh -c \
    'mentor-goals show public | head -n 3'

want_out <<'OUT'
goals/public-speaking.md
OUT
run 'done GOAL --force' 0 mentor-goals done public --force
want_out <<'OUT'
goals/public-speaking.md
OUT
run 'list --status done,dropped' 0 mentor-goals list --status done,dropped
run 'a done goal is not overdue' 0 sh -c \
    'test "$(mentor-goals list --overdue)" = goals/sql-window-functions.md'
want_err <<'ERR'
mentor-goals: goals/public-speaking.md: already done
ERR
run 'done on a done goal is 1' 1 mentor-goals done public
want_out <<'OUT'
goals/public-speaking.md
OUT
run 'reopen GOAL makes it active again' 0 mentor-goals reopen public
check '... surgically' sh -c \
    "sed 's/^due: 2026-11-21\$/due: 2027-06-30/' goals/public-speaking.md | cmp -s - '$EXAMPLES/journal/goals/public-speaking.md'"

done_testing
