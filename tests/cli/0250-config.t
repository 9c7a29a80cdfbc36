#!/bin/sh
# mentor-config: get, set and unset the settings of mentor.yaml,
# surgically, each value checked, the whole file checked as mentor-check
# checks it, atomically, committed with autocommit.
. "$(dirname "$0")/lib.sh"
plan 40

J=$T/j
mentor-init -q "$J" --owner 'Alex Doe' || exit 99
cd "$J" || exit 99
cp mentor.yaml "$T/init.yaml"

# get: the value the programs use.
want_out <<'OUT'
Alex Doe
OUT
run 'get owner' 0 mentor-config get owner
want_out <<'OUT'
monthly
OUT
run 'get cadence' 0 mentor-config get cadence
run 'get needs, empty: nothing, exit 1' 1 mentor-config get needs
want_out <<'OUT'
false
OUT
run 'get shared' 0 mentor-config get shared
run 'get -q: 0 with a value' 0 mentor-config -q get owner
run 'get -q: 1 without' 1 mentor-config -q get needs
want_err <<'ERR'
mentor-config: unknown key 'colour' (one of: owner, role, cadence, week-start, needs, shared, autocommit)
ERR
run 'get an unknown key is 64' 64 mentor-config get colour
want_err <<'ERR'
mentor-config: get prints text or json, not tsv
ERR
run 'get -f tsv is 64' 64 mentor-config get owner -f tsv

# set: surgical, checked, the path printed.
want_out <<'OUT'
mentor.yaml
OUT
run 'set needs: items, comma-separated and as arguments' 0 \
    mentor-config set needs 'public-speaking, delegation' sql
want_out <<'OUT'
mentor.yaml
OUT
run 'set cadence' 0 mentor-config set cadence 'every 2-3 weeks'
run 'set week-start' 0 mentor-config -q set week-start Sunday
run 'set shared: a boolean, written as YAML reads it' 0 \
    mentor-config -q set shared yes
run "set owner: quoted as YAML needs" 0 mentor-config -q set owner 'Alex: Doe'
cat >"$T/expected" <<'EOF'
owner: "Alex: Doe"  # whose journal
role: mentee  # mentee | mentor | coordinator
cadence: every 2-3 weeks  # for active people who have none of their own
week-start: Sunday
needs: [public-speaking, delegation, sql]  # what I want to grow, e.g. [public-speaking, sql]
shared: true  # true: several people write to clones of this
autocommit: false  # true: every write is committed to git
EOF
check '... every other byte as it was, comments too' \
    cmp -s "$T/expected" mentor.yaml
want_out <<'OUT'
public-speaking
delegation
sql
OUT
run 'get needs: an item a line' 0 mentor-config get needs
printf 'public-speaking\0delegation\0sql\0' >"$T/want0"
mentor-config -0 get needs >"$T/got0"
check 'get -0: NUL after each' cmp -s "$T/want0" "$T/got0"
want_out <<'OUT'
["public-speaking","delegation","sql"]
OUT
run 'get needs -f json: an array' 0 mentor-config get needs -f json
want_out <<'OUT'
true
OUT
run 'get shared -f json: a boolean' 0 mentor-config get shared -f json
want_out <<'OUT'
sunday
OUT
run 'get week-start: the day the programs use' 0 mentor-config get week-start
want_out <<'OUT'
public-speaking
delegation
sql
OUT
run '... and the programs use them' 0 sh -c \
    'mentor-people coverage -f tsv --no-header | cut -f1'

# Refusals write nothing.
cp mentor.yaml "$T/before"
want_err <<'ERR'
mentor-config: cadence: 'sometimes' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months)
ERR
run 'a bad cadence is 64' 64 mentor-config set cadence sometimes
want_err <<'ERR'
mentor-config: role: unknown value 'boss' (one of: mentee, mentor, coordinator)
ERR
run 'a bad role is 64' 64 mentor-config set role boss
want_err <<'ERR'
mentor-config: week-start: 'someday' is not a weekday
ERR
run 'a bad week-start is 64' 64 mentor-config set week-start someday
want_err <<'ERR'
mentor-config: autocommit: want true or false, not 'maybe'
ERR
run 'a bad boolean is 64' 64 mentor-config set autocommit maybe
want_err <<'ERR'
mentor-config: 'owner' takes one value
try 'mentor-config set --help'
ERR
run 'two values for one is 64' 64 mentor-config set owner Alex Doe
want_err <<'ERR'
mentor-config: owner: a value is one line of UTF-8 text
ERR
run 'a value of two lines is 64' 64 mentor-config set owner 'a
b'
want_err <<'ERR'
mentor-config: needs: no value given
ERR
run 'needs without an item is 64' 64 mentor-config set needs ' , '
check '... mentor.yaml untouched by every refusal' cmp -s "$T/before" mentor.yaml

# A file with an error: nothing that leaves it is written.
sed 's/^role: mentee/role: boss/' "$T/before" >mentor.yaml
cp mentor.yaml "$T/bad"
want_err <<'ERR'
mentor-config: mentor.yaml:2:7: error: role: unknown value 'boss' (one of: mentee, mentor, coordinator) [config]
mentor-config: mentor.yaml would not check: nothing written
ERR
run 'set on a file left with an error is 65' 65 mentor-config set owner Alex
check '... nothing written' cmp -s "$T/bad" mentor.yaml
want_err <<'ERR'
mentor-config: mentor.yaml:2:7: warning: role: unknown value 'boss' (one of: mentee, mentor, coordinator) [config]
ERR
want_out <<'OUT'
boss
OUT
run 'get warns as every reader does' 0 mentor-config get role
want_out <<'OUT'
mentor.yaml
OUT
run 'set that mends it is written' 0 mentor-config set role mentor
check '... the value replaced' grep -q '^role: mentor  # mentee' mentor.yaml

# unset: the default applies.
want_out <<'OUT'
mentor.yaml
OUT
run 'unset week-start' 0 mentor-config unset week-start
want_out <<'OUT'
monday
OUT
run '... the default applies' 0 mentor-config get week-start
run 'unset a key that is not there: unchanged' 0 mentor-config -q unset week-start
check '... the line gone, the rest as it was' \
    sh -c "grep -v '^week-start:' '$T/before' | sed 's/^role: mentee/role: mentor/' |
    cmp -s - mentor.yaml"

# autocommit: on needs git, and is its own first commit.
cp mentor.yaml "$T/before"
want_err <<ERR
mentor-config: autocommit is on in 'mentor.yaml', but the journal is not in a git work tree
ERR
run 'autocommit on outside git is 64' 64 mentor-config set autocommit true
check '... nothing written' cmp -s "$T/before" mentor.yaml
if command -v git >/dev/null 2>&1; then
	git init -q && git config user.name Tester &&
	    git config user.email tester@example.com &&
	    git add -A && git commit -q -m 'a journal' || exit 99
	mentor-config -q set autocommit on
	mentor-config -q set owner 'Sam Roe'
	want_out <<'OUT'
mentor-config: set mentor.yaml
mentor-config: set mentor.yaml
a journal
OUT
	run 'autocommit: turning it on is its first commit, then each change' \
	    0 git log --format=%s
else
	ok '# skip git is not installed'
fi

done_testing
