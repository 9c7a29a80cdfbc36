#!/bin/sh
# mentor-init: making a journal.
. "$(dirname "$0")/lib.sh"
plan 18

cd "$T" || exit 99

want_out <<'OUT'
j
OUT
run 'init makes a journal and prints its path' 0 mentor-init j --owner 'Alex Doe'

cat >"$T/want.yaml" <<'YAML'
owner: Alex Doe  # whose journal
role: mentee  # mentee | mentor | coordinator
cadence: monthly  # for active people who have none of their own
week-start: monday
needs: []  # what I want to grow, e.g. [public-speaking, sql]
shared: false  # true: several people write to clones of this
autocommit: false  # true: every write is committed to git
YAML
check 'mentor.yaml is as documented' cmp -s want.yaml j/mentor.yaml
printf '*.md -text merge=mentor diff=markdown\n' >want.attr
check '.gitattributes sets the merge driver and diff' \
    cmp -s want.attr j/.gitattributes
check 'people/, goals/ and log/ exist' \
    test -d j/people -a -d j/goals -a -d j/log
check 'no lock or temporary file is left' \
    test -z "$(find j -name '*.lock')"

cp j/mentor.yaml before.yaml
want_err <<'ERR'
mentor-init: 'j' is already a journal (mentor.yaml exists)
ERR
run 'an existing journal is refused with 73' 73 mentor-init j --owner Someone
check 'the refused journal is untouched' cmp -s before.yaml j/mentor.yaml

want_err <<'ERR'
mentor-init: --owner: given twice ('A', then 'B')
ERR
run 'an option given two values is a usage error' 64 \
    mentor-init k --owner A --owner B
mentor-init -q k2 --owner A --owner A --role mentor --role mentor
check '... the same value twice is that value' \
    grep -q '^owner: A  # whose journal$' k2/mentor.yaml

want_err <<'ERR'
mentor-init: bad --role 'boss' (mentee, mentor, coordinator)
ERR
run 'a bad role is a usage error' 64 mentor-init k --role boss
check 'nothing is made for a usage error' test ! -e k

run 'the owner defaults to MENTOR_AUTHOR; -q prints nothing' 0 \
    mentor-init -q deep/er/journal --role coordinator
check 'missing parent folders are made' \
    grep -q '^owner: tester  # whose journal$' deep/er/journal/mentor.yaml
check 'the role is written' \
    grep -q '^role: coordinator  #' deep/er/journal/mentor.yaml

mentor-init -q quoted --owner 'Doe: Alex #1'
check 'an owner YAML would misread is quoted' \
    grep -q '^owner: "Doe: Alex #1"  # whose journal$' quoted/mentor.yaml

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 0 records
ERR
run 'a new journal passes mentor-check' 0 mentor-check -C quoted

if command -v git >/dev/null 2>&1; then
	run 'init --git makes a git repository' 0 mentor-init -q --git g
	check 'the repository exists' test -d g/.git
else
	ok '# SKIP git is not installed'
	ok '# SKIP git is not installed'
fi

done_testing
