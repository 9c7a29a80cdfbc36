#!/bin/sh
# autocommit: every write committed alone, refused outside git, a failed
# commit keeps the file and exits 74.
. "$(dirname "$0")/lib.sh"

if ! command -v git >/dev/null 2>&1; then
	echo "1..0 # SKIP git is not installed"
	exit 0
fi
plan 10

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
