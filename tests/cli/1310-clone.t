#!/bin/sh
# A journal in git: mentor-init --git in a clone registers the merge
# driver and touches no record; --hooks installs a pre-commit hook that
# runs mentor-check --index, which checks the staged records (read
# through git, not the work tree).
. "$(dirname "$0")/lib.sh"

need_git
plan 25
cd "$T" || exit 99

want_out <<'OUT'
j
OUT
run 'init --git: a new journal in a new repository' 0 \
    mentor-init --git j --owner 'Alex Doe'
want_out <<'OUT'
merge.mentor.name mentor journal records
merge.mentor.driver mentor-merge --marker-size=%L %O %A %B %P
OUT
run '... with the merge driver registered' 0 \
    git -C j config --get-regexp '^merge\.mentor\.'
check '... and no hook without --hooks' test ! -e j/.git/hooks/pre-commit
git -C j add -A && git -C j commit -q -m 'a journal'
example_copy ex
cp -R ex/people ex/goals ex/log j/
git -C j add -A && git -C j commit -q -m 'records'

# A clone: mentor.yaml is there, the driver is not (git keeps it in each
# clone's own config).
git clone -q j c
check 'a fresh clone has no driver' \
    test -z "$(git -C c config --get merge.mentor.driver)"
(cd c && find . -path ./.git -prune -o -type f -print | sort |
    xargs cksum) >before
want_out <<'OUT'
c
OUT
run 'init --git in a clone of a journal sets git up' 0 mentor-init --git c
want_out <<'OUT'
mentor-merge --marker-size=%L %O %A %B %P
OUT
run '... registers the driver in the clone' 0 \
    git -C c config merge.mentor.driver
(cd c && find . -path ./.git -prune -o -type f -print | sort |
    xargs cksum) >after
check '... and touches no file of the journal' cmp -s before after
check '... the work tree is clean' test -z "$(git -C c status --porcelain)"
run '... and again is fine' 0 mentor-init -q --git c
want_err <<'ERR'
mentor-init: 'c' is already a journal (mentor.yaml exists)
ERR
run 'without --git an existing journal is still refused' 73 mentor-init c

run 'init --hooks in the clone' 0 mentor-init -q --hooks c
check '... installs an executable pre-commit hook' \
    test -x c/.git/hooks/pre-commit
cat >want <<'EOF'
#!/bin/sh
# Check the staged records of the mentor journal before each
# commit (written by mentor-init --hooks; `git commit
# --no-verify` skips it).
exec mentor-check --index -C '.'
EOF
check '... that runs mentor-check --index' cmp -s want c/.git/hooks/pre-commit

# The hook at work: a staged problem stops the commit, whatever the work
# tree says; a staged fix lets it through, whatever the work tree says.
cd c || exit 99
printf -- '---\nname: Bad\nstatus: activ\n---\n' >people/bad.md
git add people/bad.md
printf -- '---\nname: Bad\nstatus: active\n---\n' >people/bad.md
want_out <<'OUT'
people/bad.md:3:9: error: status: unknown value 'activ' (one of: prospect, contacted, active, paused, ended) [enums]
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 27 records
ERR
run 'check --index: the staged record, not the work tree' 1 \
    mentor-check --index
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 27 records
ERR
run '... which mentor-check alone reads' 0 mentor-check
git commit -q -m bad >/dev/null 2>&1
check 'the hook stops the commit' test "$(git rev-list --count HEAD)" = 2
git add people/bad.md
printf 'not a record\n' >people/bad.md
git commit -q -m fixed >/dev/null 2>&1
check 'the hook lets a staged fix through' \
    test "$(git rev-list --count HEAD)" = 3
git checkout -q people/bad.md

# What the index holds and the work tree does not, and the other way.
git rm -q --cached goals/lead-a-team.md
mkdir -p log/2026/drafts
printf -- '---\ntitle: x\n---\n' >log/2026/drafts/a.md
: >people/jane-smith.md.lock
touch -t 202001010000 people/jane-smith.md.lock
mentor-check >out 2>/dev/null
check 'the work tree: the lock and the draft folder' \
    sh -c "grep -q 'locks\]' out && grep -q 'unread\]' out && ! grep -q 'refs\]' out"
git add log/2026/drafts/a.md
mentor-check --index >out 2>/dev/null
check 'the index: the goal it lacks, the draft staged, no lock' \
    sh -c "grep -q 'refs\]' out && grep -q 'drafts/a.md.*unread\]' out && ! grep -q 'locks\]' out"
git reset -q
rm -r people/jane-smith.md.lock log/2026/drafts

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 2 records
ERR
run 'check --index with records given: as staged' 0 \
    mentor-check --index people/bad.md goals/public-speaking.md
cd "$T" || exit 99

# A hook of another making is left alone.
git clone -q j d
printf '#!/bin/sh\nexit 0\n' >d/.git/hooks/pre-commit
want_err <<ERR
mentor-init: 'd/.git/hooks/pre-commit' exists: not replaced (add 'mentor-check --index' to it)
ERR
run 'init --hooks leaves another hook alone: 73' 73 mentor-init -q --hooks d
check '... untouched' test "$(cat d/.git/hooks/pre-commit)" = \
    "$(printf '#!/bin/sh\nexit 0')"

# A journal in a subfolder of a repository: the hook goes to the
# repository, and names the journal's folder.
mkdir -p outer/notes
git -C outer init -q
run 'init --hooks in a subfolder' 0 mentor-init -q --hooks outer/notes/j
check '... the hook checks that folder' \
    grep -q "^exec mentor-check --index -C 'notes/j'\$" \
    outer/.git/hooks/pre-commit

mentor-init -q plain
want_err <<'ERR'
mentor-check: 'plain' is not in a git work tree
ERR
run 'check --index outside git: exit 64' 64 mentor-check -C plain --index

done_testing
