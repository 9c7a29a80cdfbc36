#!/bin/sh
# mentor-check: the named checks, formats, record selection, exit codes.
. "$(dirname "$0")/lib.sh"
plan 37

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 26 records
ERR
run 'the example journal is clean' 0 mentor-check -C "$EXAMPLES/journal"

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 26 records
ERR
run 'the example journal is clean under --strict' 0 \
    mentor-check --strict -C "$EXAMPLES/journal"

# A journal with one problem of each kind.
J=$T/j
mentor-init -q "$J" --owner 'Alex Doe'
mkdir -p "$J/log/2025" "$J/log/2026"
cat >"$J/people/jane-smith.md" <<'EOF2'
---
name: Jane Smith
role: mentor
status: active   # tracked
cadence: every 2-3 weeks
since: 2026-09-01
---
## Expectations
EOF2
cat >"$J/people/Bob Jones.md" <<'EOF2'
---
name: [Bob, Jones]
role: boss
relationship: formal
channel: pigeon
cadence: fortnightly
since: 2026-02-30
---
EOF2
cat >"$J/goals/speak.md" <<'EOF2'
---
title: Speak in public
term: long
status: active
mentor: jane-smth
created: 2026-09-01
due: 2027-06-30
skills: [public-speaking, public-speaking]
---
## Milestones
- [x] First talk due:2026-08-15 done:2026-10-12
- [ ] Webinar due:2026-12-15 done:2026-11-01
- [ ] Rating of 4/5 due:2027-13-01
EOF2
cat >"$J/log/2026/2026-11-21-check-in.md" <<'EOF2'
---
title: Check-in
date: 2026-11-20
kind: chat
with: [jane-smith, nobody]
goals: [speak, nothing]
duration: 3 hours
ratings: {speaking: 6, confidence: 4, focus: high}
private: maybe
mood: good
---
## Action items
- [ ] Send the draft to @jane-smith and @ghost due:2026-11-28
- [ ] Mail jane@example.com about #slides
EOF2
cat >"$J/log/2025/2026-11-21-check-in.md" <<'EOF2'
---
date: 2026-11-21
---
EOF2
cat >"$J/goals/nothing-here.md" <<'EOF2'
---
term: short
EOF2
printf 'x' >"$J/goals/speak.md.lock"
touch -d '2026-01-01 00:00' "$J/goals/speak.md.lock"

want_out <<OUT
$J/people/Bob Jones.md:1:1: warning: file name 'Bob Jones.md' is not a slug (lowercase letters, digits and '-') [file-names]
$J/people/Bob Jones.md:2:7: error: name: want a single value, not a list [types]
$J/people/Bob Jones.md:3:7: error: role: unknown value 'boss' (one of: mentor, mentee, peer) [enums]
$J/people/Bob Jones.md:5:10: error: channel: unknown value 'pigeon' (one of: in-person, video, phone, email, chat) [enums]
$J/people/Bob Jones.md:6:10: error: cadence: 'fortnightly' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months) [cadence]
$J/people/Bob Jones.md:7:8: error: since: '2026-02-30' is not a real date (want YYYY-MM-DD) [dates]
$J/goals/nothing-here.md:1:1: error: front matter has no closing '---' line [syntax]
$J/goals/speak.md:5:9: error: mentor: 'jane-smth' names no person (did you mean 'jane-smith'?) [refs]
$J/goals/speak.md:8:27: warning: skills: 'public-speaking' is listed twice (first at line 8) [duplicates]
$J/goals/speak.md:11:18: error: milestone due 2026-08-15, before the goal was created (2026-09-01) [milestones]
$J/goals/speak.md:12:30: error: done: on an item that is open, not done [tasks]
$J/goals/speak.md:13:21: error: 'due:2027-13-01' is not a real date (want YYYY-MM-DD) [tasks]
$J/log/2025/2026-11-21-check-in.md:1:1: error: entry id '2026-11-21-check-in' is also used by 'log/2026/2026-11-21-check-in.md' [unique-ids]
$J/log/2025/2026-11-21-check-in.md:2:7: warning: date 2026-11-21 is not in the year folder 'log/2025' [log-names]
$J/log/2026/2026-11-21-check-in.md:1:1: error: entry id '2026-11-21-check-in' is also used by 'log/2025/2026-11-21-check-in.md' [unique-ids]
$J/log/2026/2026-11-21-check-in.md:3:7: warning: date 2026-11-20 disagrees with the file name '2026-11-21-check-in' [log-names]
$J/log/2026/2026-11-21-check-in.md:4:7: error: kind: unknown value 'chat' (one of: check-in, meeting, feedback, note, win, reflection) [enums]
$J/log/2026/2026-11-21-check-in.md:5:20: error: with: 'nobody' names no person [refs]
$J/log/2026/2026-11-21-check-in.md:6:16: error: goals: 'nothing' names no goal (did you mean 'nothing-here'?) [refs]
$J/log/2026/2026-11-21-check-in.md:7:11: error: duration: '3 hours' is not a duration (like 45m, 1h or 1h30m) [duration]
$J/log/2026/2026-11-21-check-in.md:8:21: error: rating 'speaking' must be a whole number from 1 to 5, not '6' [ratings]
$J/log/2026/2026-11-21-check-in.md:8:46: error: rating 'focus' must be a whole number from 1 to 5, not 'high' [ratings]
$J/log/2026/2026-11-21-check-in.md:9:10: error: private: want true or false, not 'maybe' [types]
$J/log/2026/2026-11-21-check-in.md:13:41: warning: @ghost names no person [mentions]
$J/goals/speak.md.lock:1:1: warning: stale lock left by an interrupted writer; remove it with: rm -- '$J/goals/speak.md.lock' [locks]
OUT
want_err <<'ERR'
mentor-check: 19 errors, 6 warnings in 6 records
ERR
run 'every check reports with path:line:col, severity and name' 65 \
    mentor-check -C "$J"

cd "$J" || exit 99
want_out <<'OUT'
log/2026/2026-11-21-check-in.md:5:20: error: with: 'nobody' names no person [refs]
log/2026/2026-11-21-check-in.md:6:16: error: goals: 'nothing' names no goal (did you mean 'nothing-here'?) [refs]
goals/speak.md:5:9: error: mentor: 'jane-smth' names no person (did you mean 'jane-smith'?) [refs]
OUT
want_err <<'ERR'
mentor-check: 3 errors, 0 warnings in 2 records
ERR
run '--check runs only the named checks, on the records given' 1 \
    mentor-check --check refs log/2026/2026-11-21-check-in.md speak

want_out <<'OUT'
log/2026/2026-11-21-check-in.md:10:1: warning: unknown key 'mood' [unknown-keys]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 1 warning in 1 record
ERR
run '--strict reports unknown keys and fails on warnings' 1 \
    mentor-check --strict --check unknown-keys log/2026/2026-11-21-check-in.md

want_err <<'ERR'
mentor-check: '2026-11-21-check-in' is ambiguous: log/2025/2026-11-21-check-in.md log/2026/2026-11-21-check-in.md
mentor-check: 0 errors, 0 warnings in 0 records
ERR
run 'an id in two year folders is ambiguous (64)' 64 \
    mentor-check 2026-11-21-check-in

want_err <<'ERR'
mentor-check: no record 'jane-smiht' (did you mean 'jane-smith'?)
mentor-check: 0 errors, 0 warnings in 0 records
ERR
run 'an unknown record is 66 with near matches' 66 mentor-check jane-smiht

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 1 record
ERR
run 'a unique prefix names a record' 0 mentor-check jane

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 1 record
ERR
run 'records from stdin: ids, paths, tsv and path:line: lines, each record once' 0 \
    sh -c 'printf "jane-smith\tJane\npeople/jane-smith.md:3: x\njane\n" | mentor-check -'

want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 1 record
ERR
run 'records from stdin NUL-separated with -0, each once' 0 \
    sh -c 'printf "jane\0./people/jane-smith.md\0" | mentor-check -0 -'

mkdir -p sub/dir
cd sub/dir || exit 99
want_out <<'OUT'
../../goals/speak.md:5:9: error: mentor: 'jane-smth' names no person (did you mean 'jane-smith'?) [refs]
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 1 record
ERR
run 'from a subfolder the journal is found above, paths lead back' 1 \
    mentor-check --check refs ../../goals/speak.md

want_out <<OUT
path	line	col	severity	check	message
$J/goals/speak.md	5	9	error	refs	mentor: 'jane-smth' names no person (did you mean 'jane-smith'?)
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 1 record
ERR
run '-f tsv with a header' 1 env MENTOR_JOURNAL="$J" \
    mentor-check -f tsv --check refs speak

want_out <<OUT
$J/goals/speak.md	5	9	error	refs	mentor: 'jane-smth' names no person (did you mean 'jane-smith'?)
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 1 record
ERR
run '--no-header; MENTOR_JOURNAL finds the journal' 1 \
    env MENTOR_JOURNAL="$J" mentor-check --no-header -f tsv --check refs speak

cd "$J" || exit 99
want_out <<'OUT'
{"diagnostics":[{"path":"goals/speak.md","line":5,"col":9,"severity":"error","check":"refs","message":"mentor: 'jane-smth' names no person (did you mean 'jane-smith'?)"}],"errors":1,"warnings":0,"records":1}
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 1 record
ERR
run '-f json is one document' 1 mentor-check -f json --check refs speak

want_out <<'OUT'
{"path":"goals/speak.md","line":5,"col":9,"severity":"error","check":"refs","message":"mentor: 'jane-smth' names no person (did you mean 'jane-smith'?)"}
{"path":"goals/speak.md","line":11,"col":18,"severity":"error","check":"milestones","message":"milestone due 2026-08-15, before the goal was created (2026-09-01)"}
OUT
want_err <<'ERR'
mentor-check: 2 errors, 0 warnings in 1 record
ERR
run '-f jsonl is one object a line' 1 \
    mentor-check -f jsonl --check refs,milestones speak

run '-q prints nothing and keeps the status' 65 mentor-check -q

want_err <<'ERR'
mentor-check: unknown check 'spelling' (see --list-checks)
ERR
run 'an unknown check is a usage error' 64 mentor-check --check spelling

mentor-check -f jsonl --check refs,milestones speak >"$T/both" 2>&1
run '--check given twice runs the checks of both' 0 sh -c \
    'mentor-check -f jsonl --check refs --check milestones speak 2>&1 |
    cmp - "$1"' sh "$T/both"
want_err <<'ERR'
mentor-check: -f: given twice ('json', then 'tsv')
ERR
run 'a shared option with two values is 64' 64 mentor-check -f json -f tsv

want_err <<'ERR'
mentor-check: mentor-check prints text, paths, tsv, json or jsonl, not md
ERR
run 'formats that make no sense are refused' 64 mentor-check -f md

want_out <<'OUT'
people/Bob Jones.md
goals/nothing-here.md
goals/speak.md
log/2025/2026-11-21-check-in.md
log/2026/2026-11-21-check-in.md
goals/speak.md.lock
OUT
want_err <<'ERR'
mentor-check: 19 errors, 6 warnings in 6 records
ERR
run '-f paths names each file with a problem once' 65 mentor-check -f paths

printf 'people/Bob Jones.md\0goals/nothing-here.md\0goals/speak.md\0log/2026/2026-11-21-check-in.md\0' >"$T/want0"
mentor-check -0 -f paths --check file-names,refs >"$T/got0" 2>/dev/null
check '-0 -f paths ends each path with NUL' cmp -s "$T/want0" "$T/got0"

mentor-check --list-checks >"$T/checks"
check '--list-checks names every check' \
    test "$(cut -c1-13 "$T/checks" | tr -d ' ' | tr '\n' ,)" = \
    'check,syntax,config,required,types,enums,dates,cadence,duration,ratings,refs,duplicates,mentions,tasks,milestones,log-names,unique-ids,locks,renames,unknown-keys,file-names,unread,finished,planned,conflicts,'

cat >"$J/mentor.yaml" <<'EOF2'
owner: [Alex]
role: boss
cadence: sometimes
week-start: someday
shared: perhaps
EOF2
want_out <<'OUT'
mentor.yaml:1:8: error: owner: want a single value, not a list [types]
mentor.yaml:2:7: error: role: unknown value 'boss' (one of: mentee, mentor, coordinator) [config]
mentor.yaml:3:10: error: cadence: 'sometimes' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months) [config]
mentor.yaml:4:13: error: week-start: 'someday' is not a weekday [config]
mentor.yaml:5:9: error: shared: want true or false, not 'perhaps' [config]
people/Bob Jones.md:2:7: error: name: want a single value, not a list [types]
goals/nothing-here.md:1:1: error: front matter has no closing '---' line [syntax]
log/2026/2026-11-21-check-in.md:9:10: error: private: want true or false, not 'maybe' [types]
OUT
want_err <<'ERR'
mentor-check: 8 errors, 0 warnings in 6 records
ERR
run 'mentor.yaml is checked; syntax errors always show' 65 \
    mentor-check --check types,config

printf 'owner: [unclosed\n' >"$J/mentor.yaml"
mentor-check >"$T/out" 2>/dev/null
check 'a broken mentor.yaml is a syntax error' \
    grep -q "^mentor.yaml:1:8: error: bad YAML: did not find expected ',' or ']' while parsing a flow sequence \[syntax\]$" "$T/out"

cd "$T" || exit 99
want_err <<'ERR'
mentor-check: not inside a journal (no mentor.yaml here or above)
ERR
run 'outside a journal is 66' 66 mentor-check

# Stale locks in a year folder (met while entry ids are read) and in
# another folder under log/; a fresh one is no warning.
example_copy "$T/lk"
mkdir "$T/lk/log/misc"
touch -t 202001010000 "$T/lk/log/2026/2026-01-01-x.md.lock" \
    "$T/lk/log/misc/old.lock"
touch "$T/lk/log/2026/fresh.md.lock"
want_out <<OUT
$T/lk/log/2026/2026-01-01-x.md.lock:1:1: warning: stale lock left by an interrupted writer; remove it with: rm -- '$T/lk/log/2026/2026-01-01-x.md.lock' [locks]
$T/lk/log/misc/old.lock:1:1: warning: stale lock left by an interrupted writer; remove it with: rm -- '$T/lk/log/misc/old.lock' [locks]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 2 warnings in 26 records
ERR
run 'stale locks in log/YYYY and in log/misc, not a fresh one' 0 \
    mentor-check -C "$T/lk"

# Problems go out by path, whatever order a folder lists its files in
# (made here in reverse): 40 entries, every fifth with an empty date.  Named
# records go out in the order given.
mentor-init -q "$T/ord" --owner 'Alex Doe'
mkdir -p "$T/ord/log/2026"
i=40
while [ $i -gt 0 ]; do
	d=$(printf '2026-03-%02d' $(( (i - 1) % 28 + 1 )))
	f="$T/ord/log/2026/$d-entry-$i.md"
	if [ $((i % 5)) -eq 0 ]; then
		printf -- '---\ntitle: E %s\ndate: ~\n---\n' "$i" >"$f"
	else
		printf -- '---\ntitle: E %s\ndate: %s\n---\n' "$i" "$d" >"$f"
	fi
	i=$((i - 1))
done
cd "$T/ord" || exit 99
want_out <<'OUT'
log/2026/2026-03-02-entry-30.md:3:7: error: 'date' is empty (an entry needs one) [required]
log/2026/2026-03-05-entry-5.md:3:7: error: 'date' is empty (an entry needs one) [required]
log/2026/2026-03-07-entry-35.md:3:7: error: 'date' is empty (an entry needs one) [required]
log/2026/2026-03-10-entry-10.md:3:7: error: 'date' is empty (an entry needs one) [required]
log/2026/2026-03-12-entry-40.md:3:7: error: 'date' is empty (an entry needs one) [required]
log/2026/2026-03-15-entry-15.md:3:7: error: 'date' is empty (an entry needs one) [required]
log/2026/2026-03-20-entry-20.md:3:7: error: 'date' is empty (an entry needs one) [required]
log/2026/2026-03-25-entry-25.md:3:7: error: 'date' is empty (an entry needs one) [required]
OUT
want_err <<'ERR'
mentor-check: 8 errors, 0 warnings in 40 records
ERR
run 'problems in path order over a folder listed in another' 1 \
    mentor-check

want_out <<'OUT'
log/2026/2026-03-20-entry-20.md:3:7: error: 'date' is empty (an entry needs one) [required]
log/2026/2026-03-05-entry-5.md:3:7: error: 'date' is empty (an entry needs one) [required]
OUT
want_err <<'ERR'
mentor-check: 2 errors, 0 warnings in 3 records
ERR
run 'named records in the order given' 1 \
    mentor-check log/2026/2026-03-20-entry-20.md \
    log/2026/2026-03-01-entry-1.md log/2026/2026-03-05-entry-5.md

# Stale locks: older than 10 lock timeouts (20 s by default), and a
# removal command that works whatever the name holds.
S=$T/stale
mentor-init -q "$S"
: >"$S/goals/fresh.md.lock"
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 0 records
ERR
run 'a fresh lock is not stale' 0 mentor-check -C "$S"
rm "$S/goals/fresh.md.lock"
NL='
'
ESC=$(printf '\033')
for name in "it's.md.lock" '-dash $(x) `y` "q" \ %s.md.lock' \
    "new${NL}line${ESC}[31m.md.lock"; do
	: >"$S/goals/$name"
	touch -d '2026-01-01 00:00' "$S/goals/$name"
done
mentor-check -C "$S" >"$T/locks" 2>/dev/null
check 'stale locks are reported (warnings: exit 0)' \
    test "$(grep -c 'stale lock left by an interrupted writer; remove it with: rm -- ' "$T/locks")" = 3
want_out <<OUT
$S/goals/it's.md.lock:1:1: warning: stale lock left by an interrupted writer; remove it with: rm -- '$S/goals/it'\\''s.md.lock' [locks]
OUT
run "a quote in the name is quoted for sh" 0 \
    sh -c 'mentor-check -C "$1" 2>/dev/null | grep "/it'"'"'s"' sh "$S"
want_out <<OUT
rm -- "\$(printf '$S/goals/new\\012line\\033[31m.md.lock')"
OUT
run "control characters are written as printf escapes" 0 \
    sh -c 'mentor-check -C "$1" 2>/dev/null | sed -n "s/.*remove it with: \(rm -- \"\$(printf .*)\"\) \[locks\]\$/\1/p"' sh "$S"
mentor-check -C "$S" 2>/dev/null |
    sed -n 's/.*remove it with: \(.*\) \[locks\]$/\1/p' >"$T/rm.sh"
check '... three commands' test "$(wc -l <"$T/rm.sh")" -eq 3
run 'each command, pasted into sh, removes its lock and nothing else' 0 \
    sh "$T/rm.sh"
check '... every lock is gone, the folder kept' \
    test "$(ls -A "$S/goals" | wc -l)" -eq 0
: >"$S/goals/x.md.lock"
touch -d '2026-11-22 00:00' "$S/goals/x.md.lock"
want_out <<OUT
$S/goals/x.md.lock:1:1: warning: stale lock left by an interrupted writer; remove it with: rm -- '$S/goals/x.md.lock' [locks]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 1 warning in 0 records
ERR
run 'the age follows MENTOR_LOCK_TIMEOUT (10 times it)' 0 \
    env MENTOR_LOCK_TIMEOUT=0.1 mentor-check -C "$S"

done_testing
