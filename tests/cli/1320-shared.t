#!/bin/sh
# A shared journal under real git merges: a bare repository and two
# clones, a mentee's and a mentor's, set up with mentor-init --hooks.  On
# the same day each adds an entry with the same title, completes another
# milestone of one goal, marks another action item of one entry done and
# changes another field of one person (adjacent lines); then both add a
# milestone to the same goal and change other keys of it.  Pulled and
# pushed in both orders: no conflict, and the journal is, byte for byte,
# what the same commands make run one after the other in one folder.
# Then a true conflict: markers, git's non-zero exit, mentor-check naming
# the places, the hook refusing the commit until they are resolved.
. "$(dirname "$0")/lib.sh"

need_git
plan 24
unset MENTOR_AUTHOR
git config --global pull.rebase false
git config --global init.defaultBranch main
cd "$T" || exit 99

# The journal everyone starts from: the example, shared.
example_copy seed
sed 's/^shared: false .*/shared: true/' seed/mentor.yaml >y &&
    cp y seed/mentor.yaml
git init -q seed
git -C seed add -A
git -C seed commit -q -m 'the journal'
git init -q --bare origin.git
git -C seed push -q "$T/origin.git" HEAD:main

for who in mentee mentor; do
	git clone -q origin.git "$who"
	mentor-init -q --hooks "$who"
done
git -C mentee config user.name 'Alex Doe'
git -C mentor config user.name 'Jane Smith'
# What both would have made in one folder, one command after the other.
cp -R mentee ref
git -C ref config user.name Ref

# as WHO CMD...: run a mentor command in WHO's clone (and in ref) as WHO.
as() {
	w=$1
	shift
	name=$(git -C "$w" config user.name)
	(cd "$w" && "$@") >/dev/null || echo "# $w: $* failed"
	(cd ref && MENTOR_AUTHOR=$name "$@") >/dev/null ||
	    echo "# ref: $* failed"
}
commit() {
	git -C "$1" add -A && git -C "$1" commit -q -m "$2" 2>/dev/null
}

(cd ref && mentor-report -f json summary) >before.json

# Round one: the same title the same day, other milestones, other items,
# other fields on adjacent lines.  The mentee pushes first.
as mentee mentor-log add 'Weekly check-in' --kind check-in \
    --with jane-smith --goal public-speaking -m 'Webinar slides.'
as mentee mentor-goals done 'public-speaking#2'
as mentee mentor-log done '2026-11-20-webinar#2'
as mentee mentor-people set jane-smith cadence=weekly
as mentor mentor-log add 'Weekly check-in' --kind check-in \
    --with jane-smith --goal public-speaking -m 'Mentor notes.'
as mentor mentor-goals done 'public-speaking#3'
as mentor mentor-log done '2026-11-20-webinar#3'
as mentor mentor-people set jane-smith channel=phone
commit mentee 'round one, mentee'
commit mentor 'round one, mentor'
check 'each clone named its entry after its author' \
    test -f mentee/log/2026/2026-11-22-weekly-check-in--alex-doe.md -a \
    -f mentor/log/2026/2026-11-22-weekly-check-in--jane-smith.md
run 'round one: the mentee pushes' 0 git -C mentee push -q origin HEAD
want_out <<'OUT'
Auto-merging goals/public-speaking.md
Auto-merging log/2026/2026-11-20-webinar-dry-run.md
Auto-merging people/jane-smith.md
OUT
run '... the mentor pulls: merged, no conflict' 0 \
    git -C mentor pull -q --no-edit origin main
run '... and pushes' 0 git -C mentor push -q origin HEAD
run '... the mentee pulls' 0 git -C mentee pull -q --no-edit origin main

# Round two, the other order: both add a milestone to the same goal and
# change other keys of it.
as mentee mentor-goals milestone public-speaking 'Give the talk at the guild' \
    --due 2027-01-15
as mentee mentor-goals set public-speaking due=2027-09-30
as mentor mentor-goals milestone public-speaking 'Record a practice talk' \
    --due 2027-01-10
as mentor mentor-goals set public-speaking term=short
commit mentee 'round two, mentee'
commit mentor 'round two, mentor'
run 'round two: the mentor pushes' 0 git -C mentor push -q origin HEAD
want_out <<'OUT'
Auto-merging goals/public-speaking.md
OUT
run '... the mentee pulls: merged, no conflict' 0 \
    git -C mentee pull -q --no-edit origin main
run '... and pushes' 0 git -C mentee push -q origin HEAD
run '... the mentor pulls' 0 git -C mentor pull -q --no-edit origin main

snap() {
	(cd "$1" && find . -path ./.git -prune -o -type f -print | sort |
	    xargs cksum)
}
snap ref >ref.sum
snap mentee >mentee.sum
snap mentor >mentor.sum
check 'both clones hold the same journal' cmp -s mentee.sum mentor.sum
check '... the one the commands make one after the other' \
    cmp -s ref.sum mentee.sum
if ! cmp -s ref.sum mentee.sum; then
	diff -r -x .git ref mentee | sed 's/^/# /' | head -n 40
fi
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 28 records
ERR
run '... and it is clean' 0 mentor-check -C mentee

# The summary counts what both did: two check-ins held, two milestones
# done, two action items done.
(cd mentee && mentor-report -f json summary) >after.json
(cd mentor && mentor-report -f json summary) >after2.json
(cd ref && mentor-report -f json summary) >ref.json
check 'the summary is the same in both clones and as made in one' \
    sh -c 'cmp -s after.json after2.json && cmp -s after.json ref.json'
# has FILE TEXT...: the JSON holds each text.
has() {
	f=$1
	shift
	for x in "$@"; do
		grep -qF -- "$x" "$f" || { echo "# $f lacks $x"; return 1; }
	done
}
check '... before: 12 check-ins, 11 open action items, 4 milestones done' \
    has before.json '"checkins":{"held":12,' '"actions":{"open":11,' \
    '"done":1,"total":3' '"wins":{"entries":2,"milestones":4,"goals":0}'
check '... after: both check-ins, the cadence one side set' \
    has after.json '"checkins":{"held":14,' \
    '{"id":"jane-smith","name":"Jane Smith","cadence":"weekly",'
check '... both action items done, both milestones done and both added' \
    has after.json '"actions":{"open":9,' \
    '"id":"public-speaking","title":"Speak confidently in public","done":3,"total":5' \
    '"wins":{"entries":2,"milestones":6,"goals":0}'

# --author: what one of them wrote.
want_out <<'OUT'
log/2026/2026-11-22-weekly-check-in--jane-smith.md
OUT
run 'log list --author: the entries one side wrote' 0 \
    sh -c 'cd mentor && mentor-log list --author "Jane Smith"'
(cd mentee && mentor-report -f json summary --author 'Alex Doe') \
    >alex.json
check 'report --author: the check-ins of that author'"'"'s entries alone' \
    has alex.json '"checkins":{"held":1,' '"actions":{"open":0,' \
    '"cadence":"weekly"'
mentor-init -q authors
(cd authors && MENTOR_AUTHOR='Alex Doe' mentor-goals add 'Speak up' &&
    MENTOR_AUTHOR='Jane Smith' mentor-goals add 'Coach well' &&
    MENTOR_AUTHOR='Alex Doe' mentor-people add 'Sam Lee' &&
    MENTOR_AUTHOR='Jane Smith' mentor-people add 'Priya Patel') >/dev/null
want_out <<'OUT'
authors/goals/coach-well.md
OUT
run 'goals list --author' 0 mentor-goals -C authors list --author 'Jane Smith' \
    -f paths
want_out <<'OUT'
authors/people/sam-lee.md
OUT
run 'people list --author' 0 mentor-people -C authors list --author 'Alex Doe' \
    -f paths

# A true conflict: one key changed two ways, one item changed two ways.
as mentee mentor-goals set public-speaking status=paused
as mentee mentor-log drop '2026-11-20-webinar#1'
as mentor mentor-goals set public-speaking status=done
as mentor mentor-log reopen '2026-11-20-webinar#1'
commit mentee 'conflict, mentee'
commit mentor 'conflict, mentor'
git -C mentor push -q origin HEAD
git -C mentee pull -q --no-edit origin main >out 2>&1
check 'a true conflict: git pull fails' test $? -ne 0
check '... the goal keeps the mentee'"'"'s status, the other commented' \
    grep -q '^# status: done$' mentee/goals/public-speaking.md
want_out <<'OUT'
goals/public-speaking.md:4:1: error: a conflict of a merge is left here: keep one side, remove the markers [conflicts]
log/2026/2026-11-20-webinar-dry-run.md:21:1: error: a conflict of a merge is left here: keep one side, remove the markers [conflicts]
OUT
want_err <<'ERR'
mentor-check: 2 errors, 0 warnings in 28 records
ERR
run '... and mentor-check names both places' 1 sh -c 'cd mentee && mentor-check'
git -C mentee add -A
git -C mentee commit -q -m merged >/dev/null 2>&1
check '... the hook refuses to commit them' \
    test -n "$(git -C mentee diff --cached --name-only)"

done_testing
