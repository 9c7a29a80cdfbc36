#!/bin/sh
# Writers that lose nothing: interrupted renames finished by running them
# again, renames racing other writers, a folder swapped for a link while
# a writer waits, records near the size limit, and never writing what
# mentor-check calls an error.  (tests/stress/ repeats the races at size.)
. "$(dirname "$0")/lib.sh"
plan 46

# A journal: a goal cited by entries, and a person.
J=$T/j
mentor-init -q "$J" --owner 'Alex Doe'
cd "$J" || exit 99
cat >goals/speak.md <<'EOF2'
---
title: Speak in public
status: active
created: 2026-09-01
---
## Milestones
- [ ] First talk due:2026-12-01
EOF2
cat >goals/other.md <<'EOF2'
---
title: Other
status: active
---
EOF2
mkdir -p log/2026
for n in 1 2 3; do
	cat >"log/2026/2026-10-0$n-e$n.md" <<EOF2
---
date: 2026-10-0$n
goals: [speak, other]   # entry $n
---
Talked.
EOF2
done
cp -R "$J" "$T/before"

# The journal after 'rename speak talk', byte for byte.
cp -R "$J" "$T/after"
mv "$T/after/goals/speak.md" "$T/after/goals/talk.md"
for f in "$T"/after/log/2026/*.md; do
	sed 's/^goals: \[speak, other\]/goals: [talk, other]/' "$f" >"$T/x"
	cat "$T/x" >"$f"
done

same() {
	diff -r "$1" "$J" >"$T/diff" 2>&1
}

# -- An interrupted rename: mentor-check names it, running it again
# finishes it, whatever step was interrupted.

# Interrupted after writing down what it was about to do.
printf 'rename goal speak talk\n' >.mentor-rename
want_out <<OUT
.mentor-rename:1:1: error: the rename of goal 'speak' to 'talk' did not finish; run 'mentor-goals rename speak talk' to finish it [renames]
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 5 records
ERR
run 'mentor-check names an unfinished rename' 1 mentor-check
want_err <<'ERR'
mentor-goals: the rename of goal 'speak' to 'talk' did not finish: run 'mentor-goals rename speak talk' first
ERR
run '... another rename waits for it (75)' 75 mentor-goals rename other x
want_out <<'OUT'
goals/talk.md
OUT
run '... running it again finishes it' 0 mentor-goals rename speak talk
check '... the journal is as a whole rename leaves it' same "$T/after"
check '... and the note is gone' test ! -e .mentor-rename

# Interrupted after the move and one entry: the old id is gone, yet the
# same command finishes it.
rm -rf "$J"
cp -R "$T/before" "$J"
cd "$J" || exit 99
printf 'rename goal speak talk\n' >.mentor-rename
mv goals/speak.md goals/talk.md
cp "$T/after/log/2026/2026-10-01-e1.md" log/2026/
: >goals/talk.md.lock
mentor-check >"$T/out" 2>&1
check 'mentor-check names the rename and the references left' sh -c "
    grep -q 'did not finish; run .mentor-goals rename speak talk. to finish it \[renames\]' '$T/out' &&
    test \$(grep -c \"goals: 'speak' names no goal\" '$T/out') = 2"
want_out <<'OUT'
goals/talk.md
OUT
want_err <<'ERR'
mentor-goals: removed 'goals/talk.md.lock', a lock left by an interrupted writer
ERR
run '... running it again finishes it (and clears the lock it left)' 0 \
    mentor-goals rename speak talk
check '... the journal is as a whole rename leaves it' same "$T/after"
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 5 records
ERR
run '... and checks clean' 0 mentor-check

# A note naming records that are both gone: nothing to finish.
printf 'rename goal gone away\n' >.mentor-rename
want_err <<'ERR'
mentor-goals: no goal 'gone'
ERR
run 'a note of a rename whose records are gone is 66' 66 \
    mentor-goals rename gone away
check '... and is removed' test ! -e .mentor-rename
: >.mentor-rename
want_out <<OUT
.mentor-rename:1:1: error: a rename was interrupted before it changed anything; remove this note, or run the rename again [renames]
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 5 records
ERR
run 'an empty note: a rename killed as it began' 1 mentor-check
want_out <<'OUT'
goals/speak.md
OUT
run '... any rename goes ahead' 0 mentor-goals rename talk speak
check '... and removes it' test ! -e .mentor-rename
mentor-goals -q rename speak talk
printf 'nonsense\n' >.mentor-rename
want_err <<'ERR'
mentor-goals: '.mentor-rename' is not a rename mentor can finish (remove it)
ERR
run 'a note mentor cannot read stops a rename (65)' 65 \
    mentor-goals rename talk speak
rm .mentor-rename

# -- A rename in the middle of other writers: through either id, a write
# lands in the record or is refused; none is lost with exit 0.
rm -rf "$J"
cp -R "$T/before" "$J"
cd "$J" || exit 99
MENTOR_LOCK_TIMEOUT=20
export MENTOR_LOCK_TIMEOUT
: >"$T/ok"
writer() {
	i=0
	while [ $i -lt 15 ]; do
		i=$((i + 1))
		for id in speak talk; do
			if mentor-goals -q milestone "$id" "m $1 $i $id" \
			    2>/dev/null; then
				echo "m $1 $i $id" >>"$T/ok"
			fi
		done
	done
}
renamer() {
	i=0
	while [ $i -lt 10 ]; do
		i=$((i + 1))
		mentor-goals -q rename speak talk 2>/dev/null
		mentor-goals -q rename talk speak 2>/dev/null
	done
}
writer a &
writer b &
renamer &
wait
unset MENTOR_LOCK_TIMEOUT
g=$(ls goals | grep -v other.md)
check 'after the race the goal is under one name' test "$(echo "$g" | wc -l)" -eq 1
sort "$T/ok" >"$T/ok.sorted"
sed -n 's/^- \[ \] \(m .*\)/\1/p' "goals/$g" | sort >"$T/in"
check 'every milestone written with exit 0 is in the goal, once' \
    cmp -s "$T/ok.sorted" "$T/in"
check '... some went through (the race ran)' test -s "$T/in"
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 5 records
ERR
run '... and the journal checks clean' 0 mentor-check

# -- A folder swapped for a link out of the journal while a writer waits
# for a record's lock: the write lands in the folder it found.  (A writer
# that starts only after the swap, on a loaded machine, is refused: then
# the round is tried again.)
swap_round() {
	rm -rf "$J" "$T/outside"
	cp -R "$T/before" "$J"
	cd "$J" || exit 99
	mkdir "$T/outside"
	cp goals/other.md "$T/outside/other.md"
	: >goals/other.md.lock
	MENTOR_LOCK_TIMEOUT=10 mentor-goals set other status=paused \
	    >"$T/w.out" 2>"$T/w.err" &
	sleep 1
	mv goals goals.real
	ln -s "$T/outside" goals
	rm goals.real/other.md.lock
	wait $!
}
round=0
while :; do
	round=$((round + 1))
	swap_round
	st=$?
	[ "$st" -eq 74 ] && [ $round -lt 5 ] || break
done
check 'the writer wrote in the journal' \
    grep -q '^status: paused$' goals.real/other.md
check '... nothing landed outside' sh -c "
    cmp -s '$T/outside/other.md' '$T/before/goals/other.md' &&
    test \"\$(ls -A '$T/outside')\" = other.md"
rm goals
mv goals.real goals
want_err <<ERR
mentor-goals: refusing to write 'goals/out.md': a symbolic link on the way leads out of the journal
ERR
ln -s "$T/outside/other.md" goals/out.md
run 'updating a record through a link out of the journal is 74' 74 \
    mentor-goals set out status=done
check '... the file outside is untouched' \
    cmp -s "$T/outside/other.md" "$T/before/goals/other.md"
rm goals/out.md
ln -s ../goals/other.md goals/inside.md
want_out <<'OUT'
goals/inside.md
OUT
run 'a link to a record inside the journal is written at its target' 0 \
    mentor-goals set inside term=short
check '... the target changed, the link is a link' sh -c \
    "grep -q '^term: short' goals/other.md && test -L goals/inside.md"
rm goals/inside.md

# -- Records at the size limit: a write that would pass 16 MiB is
# refused before anything is written.
n=$(( (16777216 - 900) / 107 ))
awk -v n="$n" 'BEGIN {
	print "---"; print "title: Big"; print "---"; print "## Milestones"
	line = sprintf("%0100d", 0)
	for (i = 0; i < n; i++) print "- [x] " line
}' >goals/big.md
size=$(wc -c <goals/big.md)
check 'a goal just under 16 MiB' \
    test "$size" -lt 16777216 -a "$size" -gt 16775000
cp goals/big.md "$T/big.md"
mentor-goals milestone big "$(awk 'BEGIN { printf "%01000d", 0 }')" \
    >"$T/out" 2>"$T/err"
check 'a milestone that would pass 16 MiB is 65' test $? -eq 65
check '... saying so' grep -q "^mentor-goals: 'goals/big.md' would be larger than 16 MiB ([0-9]* bytes); nothing written\$" "$T/err"
check '... and the goal is untouched' cmp -s "$T/big.md" goals/big.md
check '... with no lock left' test ! -e goals/big.md.lock
want_out <<OUT
goals/big.md:$((n + 5)): [ ] Small
OUT
run 'a milestone that fits is written' 0 mentor-goals milestone big Small
rm goals/big.md

# -- A writer never writes what mentor-check calls an error.
want_err <<'ERR'
mentor-log: log/2026/2026-11-22-chat.md:7:27: error: done: on an item that is open, not done [tasks]
mentor-log: 'log/2026/2026-11-22-chat.md' would not pass mentor-check; nothing written
ERR
run 'add with a done: on an open item is 65' 65 \
    mentor-log add Chat -m '- [ ] Read due:2026-11-10 done:2026-11-12'
check '... nothing written' test ! -e log/2026/2026-11-22-chat.md
mkdir -p log/2025
printf -- '---\ndate: 2026-11-22\n---\n' >log/2025/2026-11-22-dup.md
want_err <<'ERR'
mentor-log: log/2026/2026-11-22-dup.md:1:1: error: entry id '2026-11-22-dup' is also used by 'log/2025/2026-11-22-dup.md' [unique-ids]
mentor-log: 'log/2026/2026-11-22-dup.md' would not pass mentor-check; nothing written
ERR
run 'add of an id another year folder has is 65' 65 mentor-log add Dup -m x
rm -r log/2025
cp goals/speak.md "$T/speak.md"
want_err <<'ERR'
mentor-goals: goals/speak.md:7:18: error: milestone due 2026-12-01, before the goal was created (2027-01-01) [milestones]
mentor-goals: 'goals/speak.md' would not pass mentor-check; nothing written
ERR
run 'set that would put a milestone before its goal is 65' 65 \
    mentor-goals set speak created=2027-01-01
check '... the goal is untouched' cmp -s "$T/speak.md" goals/speak.md
cat >goals/broken-ref.md <<'EOF2'
---
title: Broken
mentor: nobody
created: 2026-06-01
---
## Milestones
EOF2
want_out <<'OUT'
goals/broken-ref.md:7: [ ] Still possible
OUT
run 'a record with an error already can still be changed' 0 \
    mentor-goals milestone broken-ref 'Still possible'
want_err <<'ERR'
mentor-goals: goals/broken-ref.md:8:17: error: milestone due 2026-01-01, before the goal was created (2026-06-01) [milestones]
mentor-goals: 'goals/broken-ref.md' would not pass mentor-check; nothing written
ERR
run '... but not given a new error' 65 \
    mentor-goals milestone broken-ref 'Too early' --due 2026-01-01
rm goals/broken-ref.md
# A reference is checked against the people listed under the lock.
cat >people/sam-lee.md <<'EOF2'
---
name: Sam Lee
---
EOF2
cat >"$T/ed-mentor" <<'EOF2'
#!/bin/sh
printf 'mentor: %s\n' "$MENTOR" >"$1.new" && sed 1d "$1" >>"$1.new" &&
    { echo ---; cat "$1.new"; } >"$1" && rm "$1.new"
EOF2
chmod +x "$T/ed-mentor"
cp goals/speak.md "$T/speak.md"
want_err <<'ERR'
mentor-goals: goals/speak.md:2:9: error: mentor: 'sam-le' names no person (did you mean 'sam-lee'?) [refs]
mentor-goals: abandoned; 'goals/speak.md' is unchanged
ERR
run 'an edit naming no one is abandoned (1)' 1 \
    env MENTOR=sam-le EDITOR="$T/ed-mentor" mentor-goals edit speak </dev/null
check '... and the goal is untouched' cmp -s "$T/speak.md" goals/speak.md
# The person's file goes while the editor runs: the write looks again.
cat >"$T/ed-gone" <<'EOF2'
#!/bin/sh
"$(dirname "$0")/ed-mentor" "$1" && rm people/sam-lee.md
EOF2
chmod +x "$T/ed-gone"
mkdir "$T/tmp"
env TMPDIR="$T/tmp" MENTOR=sam-lee EDITOR="$T/ed-gone" \
    mentor-goals edit speak </dev/null >"$T/out" 2>"$T/err"
check 'an edit whose person went meanwhile is not written (65)' test $? -eq 65
sed "s|'$T/tmp/mentor-[^/]*/speak.md'|'TMP/speak.md'|" "$T/err" >"$T/err.tmp"
cat >"$T/want" <<'ERR'
mentor-goals: goals/speak.md:2:9: error: mentor: 'sam-lee' names no person [refs]
mentor-goals: 'goals/speak.md' would not pass mentor-check; nothing written
mentor-goals: your edit is kept in 'TMP/speak.md'
ERR
check '... saying why' cmp -s "$T/want" "$T/err.tmp"
check '... and the goal is untouched' cmp -s "$T/speak.md" goals/speak.md
want_out <<'OUT'
goals/speak.md
OUT
cat >people/sam-lee.md <<'EOF2'
---
name: Sam Lee
---
EOF2
run 'an edit naming someone is written' 0 \
    env MENTOR=sam-lee EDITOR="$T/ed-mentor" mentor-goals edit speak </dev/null
check '... with the mentor' grep -q '^mentor: sam-lee$' goals/speak.md
cp "$T/speak.md" goals/speak.md
rm people/sam-lee.md

# -- Exit codes: 73 only for a new record.
want_err <<'ERR'
mentor-goals: cannot rename to 'goals/other.md': a goal with that id exists
ERR
run 'rename to a taken id is 73 (a new name)' 73 \
    mentor-goals rename speak other

done_testing
