#!/bin/sh
# Naming records: each record read once however often it is named; near
# matches for a typo; and mentor-check names every .md file under
# people/, goals/ and log/ that no reader reads.
. "$(dirname "$0")/lib.sh"
plan 12

example_copy "$T/x"
cd "$T/x" || exit 99

# log actions names an entry once for each of its open items.
mentor-log actions >"$T/items"
check 'log actions names some entries more than once' \
    test "$(cut -d: -f1 "$T/items" | sort | uniq -d | wc -l)" -gt 0
want_out <<'OUT'
log/2026/2026-09-14-stakeholder-mapping.md
log/2026/2026-10-14-window-functions-review-with-sam.md
log/2026/2026-10-27-webinar-outline.md
log/2026/2026-11-09-stakeholder-review-prep.md
log/2026/2026-11-10-reached-out-to-tom-becker.md
log/2026/2026-11-20-webinar-dry-run.md
log/2026/2026-11-21-four-months-in.md
OUT
run 'log actions | log list -: each entry once' 0 sh -c \
    'mentor-log actions | mentor-log list -'
want_out <<'OUT'
people/jane-smith.md
OUT
run 'people list: the same person named three ways, once' 0 \
    mentor-people list jane jane-smith people/jane-smith.md
want_out <<'OUT'
sam-lee	Sam Lee	peer	active	peer	monthly	2026-10-14	2026-11-14	8
OUT
run 'people list - : each record from stdin once' 0 sh -c \
    'printf "sam-lee\npeople/sam-lee.md\nsam\n" | mentor-people list - -f tsv --no-header'

# Near matches: a typo in a prefix, swapped letters, a word of the id.
want_err <<'ERR'
mentor-people: no person 'jnae' (did you mean 'jane-smith'?)
ERR
run "a typo at the start of an id: 'jnae' is near 'jane-smith'" 66 \
    mentor-people show jnae
want_err <<'ERR'
mentor-goals: no goal 'leed' (did you mean 'lead-a-team'?)
ERR
run "'leed' is near 'lead-a-team'" 66 mentor-goals show leed
want_err <<'ERR'
mentor-log: no person 'smiht' (did you mean 'jane-smith'?)
ERR
run "a word of the id: 'smiht' is near 'jane-smith'" 66 \
    mentor-log list --with smiht
want_err <<'ERR'
mentor-people: no person 'x'
ERR
run 'nothing is near a single letter' 66 mentor-people show x

# Files no reader reads.
mkdir -p log/misc people/old log/2026/drafts
printf -- '---\ntitle: Lost\ndate: 2026-01-02\n---\n' >log/misc/2026-01-02-lost.md
cp people/sam-lee.md people/old/sam.md
printf 'notes\n' >log/notes.md
printf 'draft\n' >log/2026/drafts/idea.md
printf 'not markdown\n' >log/misc/readme.txt
printf 'hidden\n' >log/.hidden.md
printf 'home\n' >README.md
want_out <<'OUT'
people/old/sam.md:1:1: warning: not read: records are people/ID.md, goals/ID.md and log/YYYY/ID.md [unread]
log/misc/2026-01-02-lost.md:1:1: warning: not read: records are people/ID.md, goals/ID.md and log/YYYY/ID.md [unread]
log/notes.md:1:1: warning: not read: records are people/ID.md, goals/ID.md and log/YYYY/ID.md [unread]
log/2026/drafts/idea.md:1:1: warning: not read: records are people/ID.md, goals/ID.md and log/YYYY/ID.md [unread]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 4 warnings in 26 records
ERR
run 'mentor-check names every .md under people/, goals/ and log/ it does not read' 0 \
    mentor-check
run '... as warnings: --strict makes them fail' 1 mentor-check -q --strict
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 1 record
ERR
run '... only when the whole journal is checked' 0 mentor-check sam-lee
want_out <<'OUT'
unread        warning   every .md file under people/, goals/ and log/ is where the tools read records
OUT
run '--list-checks lists unread' 0 sh -c 'mentor-check --list-checks | grep "^unread "'

done_testing
