#!/bin/sh
# autocommit: what a command writes committed as one commit (racing
# writers too, and a rename), paths given to git literally, refused
# outside git; a failed commit keeps the file and exits 74.
. "$(dirname "$0")/lib.sh"

if ! command -v git >/dev/null 2>&1; then
	echo "1..0 # SKIP git is not installed"
	exit 0
fi
plan 23

J=$T/j
mentor-init -q "$J" --owner 'Alex Doe'
sed 's/^autocommit: false/autocommit: true/' "$J/mentor.yaml" >"$T/y"
cp "$T/y" "$J/mentor.yaml"

want_err <<ERR
mentor-goals: autocommit is on in '$J/mentor.yaml', but the journal is not in a git work tree
ERR
run 'outside a git work tree a writer exits 64' 64 \
    mentor-goals -C "$J" add 'Learn SQL'
check '... and writes nothing' test -z "$(ls "$J/goals")"

git -C "$J" init -q
git -C "$J" config user.name Tester
git -C "$J" config user.email tester@example.com
git -C "$J" add mentor.yaml .gitattributes
git -C "$J" commit -q -m 'a journal'

want_out <<OUT
$J/goals/learn-sql.md
OUT
run 'add writes and commits' 0 mentor-goals -C "$J" add 'Learn SQL'
want_out <<OUT
$J/goals/learn-sql.md:8: [ ] Window functions due:2026-11-29
OUT
run 'milestone writes and commits' 0 \
    mentor-goals -C "$J" milestone learn 'Window functions' --due +1w
want_out <<OUT
$J/people/jane.md
OUT
run 'add and rename a person' 0 sh -c \
    'mentor-people -C "$1" -q add "Jane Smith" --status active &&
    mentor-people -C "$1" rename jane-smith jane' sh "$J"
want_out <<OUT
$J/log/2026/2026-11-22-note.md
OUT
run 'a log entry' 0 mentor-log -C "$J" add -m 'Talked.' --with jane

want_out <<'OUT'
mentor-log: add 2026-11-22-note
mentor-people: rename jane
mentor-people: add jane-smith
mentor-goals: milestone learn-sql
mentor-goals: add learn-sql
a journal
OUT
run 'one commit a write, named after the program, action and id' 0 \
    git -C "$J" log --format=%s
run 'nothing is left uncommitted' 0 git -C "$J" status --porcelain

# Writers racing on one goal: one commit each, holding its own change.
mentor-goals -C "$J" -q add Race
n0=$(git -C "$J" rev-list --count HEAD)
: >"$T/st"
for w in 1 2 3 4; do
	(
		i=0
		while [ $i -lt 5 ]; do
			i=$((i + 1))
			MENTOR_LOCK_TIMEOUT=30 mentor-goals -C "$J" -q \
			    milestone race "w$w $i" 2>>"$T/race.err"
			echo $? >>"$T/st"
		done
	) &
done
wait
check 'racing writers all exit 0' test "$(sort -u "$T/st")" = 0
check '... one commit each' \
    test "$(git -C "$J" rev-list --count HEAD)" -eq $((n0 + 20))
git -C "$J" log --format=%H -n 20 | while read -r c; do
	git -C "$J" show --format= --numstat "$c"
done | sort | uniq -c >"$T/numstat"
check '... each holding its own milestone and nothing else' \
    test "$(cat "$T/numstat")" = "     20 1	0	goals/race.md"
check '... every milestone is in the goal' \
    test "$(grep -c '^- \[ \] w[1-4] [1-5]$' "$J/goals/race.md")" -eq 20
check '... and nothing is left uncommitted' \
    test -z "$(git -C "$J" status --porcelain)"

# A rename rewrites records and moves one: one commit, which checks clean.
mentor-log -C "$J" -q add Chat --with jane --goal race -m x
mentor-log -C "$J" -q add Talk --goal race -m '- [ ] ask @jane'
want_out <<OUT
$J/people/jane-doe.md
OUT
run 'rename with autocommit' 0 mentor-people -C "$J" rename jane jane-doe
want_out <<'OUT'
mentor-people: rename jane-doe
A	people/jane-doe.md
D	people/jane.md
M	log/2026/2026-11-22-chat.md
M	log/2026/2026-11-22-note.md
M	log/2026/2026-11-22-talk.md
OUT
run '... is one commit of every file it touched' 0 sh -c \
    'git -C "$1" log -n 1 --format=%s &&
    git -C "$1" log -n 1 --format= --name-status --no-renames | sort' \
    sh "$J"
rm -rf "$T/head"
git -C "$J" worktree add -q --detach "$T/head" HEAD
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 6 records
ERR
run '... and the commit checks clean' 0 mentor-check -C "$T/head"
git -C "$J" worktree remove --force "$T/head"

# A rename interrupted after the move and one entry, run again: its one
# commit holds what both runs did.
printf 'rename person jane-doe jane\n' >"$J/.mentor-rename"
mv "$J/people/jane-doe.md" "$J/people/jane.md"
sed 's/jane-doe/jane/' "$J/log/2026/2026-11-22-chat.md" >"$T/chat"
cat "$T/chat" >"$J/log/2026/2026-11-22-chat.md"
want_out <<OUT
$J/people/jane.md
OUT
run 'an interrupted rename run again' 0 mentor-people -C "$J" rename jane-doe jane
want_out <<'OUT'
mentor-people: rename jane
A	people/jane.md
D	people/jane-doe.md
M	log/2026/2026-11-22-chat.md
M	log/2026/2026-11-22-note.md
M	log/2026/2026-11-22-talk.md
OUT
run '... is one commit of what both runs did' 0 sh -c \
    'git -C "$1" log -n 1 --format=%s &&
    git -C "$1" log -n 1 --format= --name-status --no-renames | sort' \
    sh "$J"
check '... nothing is left uncommitted' \
    test -z "$(git -C "$J" status --porcelain)"

# Paths go to git as they are, never as patterns.
cat >"$J/goals/a*.md" <<'EOF2'
---
title: Star
---
EOF2
git -C "$J" add -A && git -C "$J" commit -q -m 'a star'
printf '%s\n' '- [ ] not mine' >>"$J/goals/race.md"
cp "$J/goals/race.md" "$J/goals/ab.md"
want_out <<OUT
$J/goals/a*.md
OUT
run 'set on a record whose name holds a *' 0 \
    mentor-goals -C "$J" set 'a*' status=paused
want_out <<'OUT'
 M goals/race.md
?? goals/ab.md
OUT
run '... commits that record only' 0 git -C "$J" status --porcelain
rm "$J/goals/ab.md"
git -C "$J" checkout -q goals/race.md

printf '#!/bin/sh\necho "hook says no" >&2\nexit 1\n' \
    >"$J/.git/hooks/pre-commit"
chmod +x "$J/.git/hooks/pre-commit"
want_out <<OUT
$J/goals/other.md
OUT
want_err <<ERR
hook says no
mentor-goals: '$J/goals/other.md' is written, but git could not commit it
ERR
run 'a failed commit keeps the file and exits 74' 74 \
    mentor-goals -C "$J" add Other
check '... the file is there' test -f "$J/goals/other.md"

done_testing
