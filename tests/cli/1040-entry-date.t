#!/bin/sh
# An entry's file follows its date: 'set ENTRY date=...' and an edit that
# changes the date move it to the name and year folder of the new date,
# in one step (one commit with autocommit), saying so; a name taken gets
# a suffix; a move interrupted is finished by setting the date again.
. "$(dirname "$0")/lib.sh"
plan 14

J=$T/j
example_copy "$J"
cd "$J" || exit 99
E=log/2026/2026-08-03-kick-off-with-jane.md
sed 's/^date: .*/date: 2025-12-30/' "$E" >"$T/want"

want_out <<'OUT'
log/2025/2025-12-30-kick-off-with-jane.md
OUT
want_err <<'ERR'
mentor-log: log/2026/2026-08-03-kick-off-with-jane.md: dated 2025-12-30, moved to log/2025/2025-12-30-kick-off-with-jane.md
ERR
run 'set date= moves the entry to its new name and year, saying so' 0 \
    mentor-log set 2026-08-03-kick-off-with-jane date=2025-12-30
check '... the old name is gone' test ! -e "$E"
check '... the file is the old one with the new date, byte for byte' \
    cmp -s "$T/want" log/2025/2025-12-30-kick-off-with-jane.md
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 26 records
ERR
run '... and mentor-check finds no misnamed entry' 0 mentor-check

want_out <<'OUT'
log/2025/2025-12-30-kick-off-with-jane.md
OUT
run 'setting the same date again moves nothing' 0 \
    mentor-log set 2025-12-30-kick-off-with-jane date=2025-12-30

# A name taken: the next free one, as a new entry's would be.
E=log/2026/2026-08-05-sql-study-plan-with-sam.md
sed 's/^date: .*/date: 2026-08-06/' "$E" >log/2026/2026-08-06-sql-study-plan-with-sam.md
want_out <<'OUT'
log/2026/2026-08-06-sql-study-plan-with-sam-2.md
OUT
want_err <<'ERR'
mentor-log: log/2026/2026-08-05-sql-study-plan-with-sam.md: dated 2026-08-06, moved to log/2026/2026-08-06-sql-study-plan-with-sam-2.md
ERR
run 'a name taken: the entry gets the next free one' 0 \
    mentor-log set 2026-08-05-sql-study-plan-with-sam date=2026-08-06
check '... the other entry is left alone' \
    cmp -s log/2026/2026-08-06-sql-study-plan-with-sam.md \
    log/2026/2026-08-06-sql-study-plan-with-sam-2.md

# A name without a date keeps its name and changes folder.
mkdir -p log/2026
printf -- '---\ntitle: Notes\ndate: 2026-03-01\n---\nx\n' >log/2026/notes.md
want_out <<'OUT'
log/2027/notes.md
OUT
want_err <<'ERR'
mentor-log: log/2026/notes.md: dated 2027-01-04, moved to log/2027/notes.md
ERR
run 'a name without a date keeps it, in the new year folder' 0 \
    mentor-log set log/2026/notes.md date=2027-01-04

# A move that did not happen (a crash after the date was written): the
# entry is misnamed, mentor-check names it, setting the date moves it.
E=log/2026/2026-09-14-stakeholder-mapping.md
sed 's/^date: .*/date: 2026-09-15/' "$E" >"$T/e" && cp "$T/e" "$E"
run 'an entry left misnamed: mentor-check warns' 0 \
    sh -c 'mentor-check --check log-names 2>/dev/null | grep -q "2026-09-14-stakeholder-mapping.md:.*log-names"'
want_out <<'OUT'
log/2026/2026-09-15-stakeholder-mapping.md
OUT
want_err <<'ERR'
mentor-log: log/2026/2026-09-14-stakeholder-mapping.md: dated 2026-09-15, moved to log/2026/2026-09-15-stakeholder-mapping.md
ERR
run '... setting the same date again finishes the move' 0 \
    mentor-log set 2026-09-14-stakeholder-mapping date=2026-09-15

# An edit that changes the date moves the entry too.
cat >"$T/ed" <<'EOF2'
#!/bin/sh
sed 's/^date: .*/date: 2026-10-13/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
chmod +x "$T/ed"
want_out <<'OUT'
log/2026/2026-10-13-first-meetup-talk.md
OUT
want_err <<'ERR'
mentor-log: log/2026/2026-10-12-first-meetup-talk.md: dated 2026-10-13, moved to log/2026/2026-10-13-first-meetup-talk.md
ERR
EDITOR=$T/ed
export EDITOR
run 'edit changing the date moves the entry' 0 \
    mentor-log edit 2026-10-12-first-meetup-talk
unset EDITOR

# With autocommit: the new date and the move are one commit.
if command -v git >/dev/null 2>&1; then
	need_git
	sed 's/^autocommit: false/autocommit: true/' mentor.yaml >"$T/y" &&
	    cp "$T/y" mentor.yaml
	git init -q && git add -A && git commit -q -m journal
	want_out <<'OUT'
log/2026/2026-11-02-stakeholder-review-prep.md
OUT
	want_err <<'ERR'
mentor-log: log/2026/2026-11-09-stakeholder-review-prep.md: dated 2026-11-02, moved to log/2026/2026-11-02-stakeholder-review-prep.md
ERR
	run 'with autocommit' 0 \
	    mentor-log set 2026-11-09-stakeholder-review-prep date=2026-11-02
	want_out <<'OUT'
A	log/2026/2026-11-02-stakeholder-review-prep.md
D	log/2026/2026-11-09-stakeholder-review-prep.md
OUT
	run '... one commit holds the move' 0 \
	    git -c diff.renames=false show --name-status --format= HEAD
	check '... and nothing is left out of it' \
	    test -z "$(git status --porcelain)"
else
	ok '# SKIP git is not installed'
	ok '# SKIP git is not installed'
	ok '# SKIP git is not installed'
fi
done_testing
