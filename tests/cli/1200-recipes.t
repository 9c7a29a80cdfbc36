#!/bin/sh
# The recipes of examples/recipes, each run as its comments say on a copy
# of examples/journal: what it prints, its exit status, and what it leaves
# in the journal.
. "$(dirname "$0")/lib.sh"
plan 28

R=$EXAMPLES/recipes
J=$T/j
example_copy "$J"
mentor-init -q --owner Olga "$T/other" || exit 99
mentor-goals -C "$T/other" add "Other goal" >/dev/null || exit 99
cd "$J" || exit 99

# weekly-review: this week's summary, the overdue items, the next seven
# days; with a journal's folder, that journal.
want_out <<'OUT'
# Summary for Alex Doe: 2026-11-16 to 2026-11-22, as of 2026-11-22

## Relationships

| person | cadence | last | next due | overdue |
| --- | --- | --- | --- | --- |
| Jane Smith | biweekly | 2026-11-20 | 2026-12-04 |  |
| Sam Lee | monthly | 2026-10-14 | 2026-11-14 | 8 days |

Check-ins: 1 held, 0 expected by the cadences.

## Goals

3 active, 0 paused, 0 done, 0 dropped

- Lead a team of five            ###....... 1/4  active
- Speak confidently in public    ###....... 1/3  active
- Master SQL window functions    #####..... 2/4  active, overdue

## Overdue milestones

- goals/sql-window-functions.md:18: [ ] Present a running-totals query to the analytics guild due:2026-11-15

## Action items

11 open, 3 overdue, the oldest from 2026-09-14 (69 days)

## Wins

0 win entries, 0 milestones done, 0 goals done

## Overdue action items

- log/2026/2026-09-14-stakeholder-mapping.md:25: [/] Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders
- log/2026/2026-10-14-window-functions-review-with-sam.md:22: [ ] Share the running-totals query with @sam-lee for review due:2026-11-07 #sql
- log/2026/2026-11-09-stakeholder-review-prep.md:22: [ ] Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders

# Timeline: 2026-11-23 to 2026-11-29, as of 2026-11-22

- 2026-11-23 Mon
- 2026-11-24 Tue  action due: Follow up with @tom-becker if there is no reply
- 2026-11-25 Wed  action due: Move the guild presentation to January and tell the guild lead #sql
- 2026-11-26 Thu
- 2026-11-27 Fri  action due: Cut the live demo to five minutes #webinar; action due: Split the ROW_NUMBER slide into two #webinar; action due: Book lunch with @sam-lee
- 2026-11-28 Sat  action due: Send the webinar draft to @jane-smith #webinar
- 2026-11-29 Sun
OUT
run 'weekly-review: the week as Markdown' 0 sh "$R/weekly-review"

sh "$R/weekly-review" "$T/other" >"$T/out" 2>&1
check 'weekly-review DIR: that journal, no overdue item' \
    grep -qx 'None.' "$T/out"
check 'weekly-review DIR: its summary' \
    grep -qx '# Summary for Olga: 2026-11-16 to 2026-11-22, as of 2026-11-22' \
    "$T/out"

sh "$R/weekly-review" >"$T/review" &&
    mentor-log add "Weekly review" --kind reflection -F - <"$T/review" \
    >"$T/out"
check 'weekly-review | mentor-log add: filed as a reflection' \
    sh -c "grep -qx 'log/2026/2026-11-22-weekly-review.md' '$T/out' &&
    tail -n +7 log/2026/2026-11-22-weekly-review.md | cmp -s - '$T/review'"
run 'weekly-review: the entry it filed adds no action item' 1 \
    mentor-log actions --all log/2026/2026-11-22-weekly-review.md

want_err <<'ERR'
usage: weekly-review [journal]
ERR
run 'weekly-review: usage' 64 sh "$R/weekly-review" a b

# next-meeting: the agenda in a new entry, dated when the next check-in
# is due (or tomorrow when that has passed, or the date given).
want_out <<'OUT'
log/2026/2026-12-04-check-in-with-jane-smith.md
OUT
run 'next-meeting jane: the new entry, dated when the check-in is due' 0 \
    sh "$R/next-meeting" jane
cat >"$T/want" <<'OUT'
---
title: Check-in with Jane Smith
date: 2026-12-04
kind: check-in
planned: true
with: [jane-smith]
author: tester
---
## Agenda

- Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders, started, **overdue**, from log/2026/2026-09-14-stakeholder-mapping.md:25
- Build the webinar slide deck due:2026-12-05 #webinar, started, from log/2026/2026-10-27-webinar-outline.md:28
- Send the webinar draft to @jane-smith due:2026-11-28 #webinar, from log/2026/2026-10-27-webinar-outline.md:29
- Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders, **overdue**, from log/2026/2026-11-09-stakeholder-review-prep.md:22
- Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation, from log/2026/2026-11-09-stakeholder-review-prep.md:23
- Cut the live demo to five minutes due:2026-11-27 #webinar, from log/2026/2026-11-20-webinar-dry-run.md:22
- Split the ROW_NUMBER slide into two due:2026-11-27 #webinar, from log/2026/2026-11-20-webinar-dry-run.md:23
- Speak confidently in public: Host a webinar to engage a wider audience due:2026-12-15, started, from goals/public-speaking.md:17

## Last feedback

> Went well: clear structure, and the poll question got Jane talking.
> To improve: slides too dense in part 2; the live demo took twelve minutes.
> Encouragement: you are ready for a bigger room.

## Skills to rate

- public-speaking (last 4)
- confidence (last 4)

## Notes

## Feedback

## Action items
OUT
check 'next-meeting: the entry holds the agenda' \
    cmp -s "$T/want" log/2026/2026-12-04-check-in-with-jane-smith.md

want_out <<'OUT'
log/2026/2026-11-23-check-in-with-sam-lee.md
OUT
run 'next-meeting sam: overdue, so tomorrow' 0 sh "$R/next-meeting" sam
want_out <<'OUT'
log/2026/2026-11-27-check-in-with-sam-lee.md
OUT
run 'next-meeting sam friday: the day given' 0 \
    sh "$R/next-meeting" sam friday
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 30 records
ERR
run 'next-meeting: the journal still checks clean' 0 mentor-check
want_err <<'ERR'
mentor-people: no person 'nobody'
ERR
run 'next-meeting: an unknown person' 66 sh "$R/next-meeting" nobody
want_err <<'ERR'
usage: next-meeting person [date]
ERR
run 'next-meeting: usage' 64 sh "$R/next-meeting"

# monthly-summary: last month, shared: no private entry, no prose.
want_out <<'OUT'
# Summary for Alex Doe: 2026-10-01 to 2026-10-31, as of 2026-11-22

## Relationships

| person | cadence | last | next due | overdue |
| --- | --- | --- | --- | --- |
| Jane Smith | biweekly | 2026-11-20 | 2026-12-04 |  |
| Sam Lee | monthly | 2026-10-14 | 2026-11-14 | 8 days |

Check-ins: 3 held, 3 expected by the cadences.

## Goals

3 active, 0 paused, 0 done, 0 dropped

- Lead a team of five            ###....... 1/4  active
- Speak confidently in public    ###....... 1/3  active
- Master SQL window functions    #####..... 2/4  active, overdue

## Overdue milestones

- goals/sql-window-functions.md:18: [ ] Present a running-totals query to the analytics guild due:2026-11-15

## Action items

11 open, 3 overdue, the oldest from 2026-09-14 (69 days)

## Wins

1 win entry, 2 milestones done, 0 goals done

# Wins: 2026-10-01 to 2026-10-31, as of 2026-11-22

## Goals achieved

- none yet

## Milestones achieved

- 2026-10-02  Master SQL window functions: Rewrite the churn report with ROW_NUMBER and LAG
- 2026-10-12  Speak confidently in public: Complete first speaking engagement

## Personal growth

- 2026-10-12  win: First meetup talk

## Encouragement

- (left out when sharing)
OUT
run 'monthly-summary: last month as Markdown' 0 sh "$R/monthly-summary"
sh "$R/monthly-summary" 2026-10 >"$T/out" 2>&1
check 'monthly-summary: the private entry of October is left out' \
    sh -c "! grep -i 'avoid delegating' '$T/out'"

# overdue-check-ins: silent and 0 when all is on time, else a line each
# and 1; a journal it cannot read is mentor-people's message and status.
want_out <<'OUT'
Sam Lee: check-in 8 days overdue, due 2026-11-14 (sam-lee)
OUT
run 'overdue-check-ins: who is overdue, exit 1' 1 sh "$R/overdue-check-ins"
run 'overdue-check-ins: all on time, silent' 0 \
    env MENTOR_TODAY=2026-11-12 sh "$R/overdue-check-ins"
cd "$T" || exit 99
want_err <<'ERR'
mentor-people: not inside a journal (no mentor.yaml here or above)
ERR
run 'overdue-check-ins: no journal' 66 sh "$R/overdue-check-ins"

# rollup: every journal under a folder (none inside .git), then totals;
# options go to mentor-report.
mkdir -p "$T/cohort/olga/.git"
example_copy "$T/cohort/alex"
cp -R "$T/other/." "$T/cohort/olga/"
cp -R "$T/other" "$T/cohort/olga/.git/other"
want_out <<'OUT'
Program report: all time, as of 2026-11-22

journal      people  check-ins  goals  milestones  late  open  overdue  wins
cohort/alex       2      12/13      3        4/11     1    11        3     2
cohort/olga       0        0/0      1         0/0     0     0        0     0
total             2      12/13      4        4/11     1    11        3     2

check-ins: held/expected; milestones: done/all; late: overdue milestones;
open, overdue: action items; goals: active ones
OUT
run 'rollup: a line a journal, then the totals' 0 sh "$R/rollup" cohort
TAB=$(printf '\t')
want_out <<OUT
journal${TAB}owner${TAB}people${TAB}held${TAB}expected${TAB}goals${TAB}milestones_done${TAB}milestones${TAB}overdue_milestones${TAB}open_actions${TAB}overdue_actions${TAB}wins
cohort/alex${TAB}Alex Doe${TAB}2${TAB}3${TAB}3${TAB}3${TAB}4${TAB}11${TAB}1${TAB}11${TAB}3${TAB}1
cohort/olga${TAB}Olga${TAB}0${TAB}0${TAB}0${TAB}1${TAB}0${TAB}0${TAB}0${TAB}0${TAB}0${TAB}0
total${TAB}${TAB}2${TAB}3${TAB}3${TAB}4${TAB}4${TAB}11${TAB}1${TAB}11${TAB}3${TAB}1
OUT
run 'rollup: with mentor-report options' 0 \
    sh "$R/rollup" cohort --period 2026-10 -f tsv
want_err <<'ERR'
rollup: no journal under 'cohort/alex/log'
ERR
run 'rollup: no journal' 66 sh "$R/rollup" cohort/alex/log

# pre-commit: the staged records, as staged, in a repository whose
# journal is a subfolder; then one whose journal is the top folder.
HOME=$T GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com
GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
export HOME GIT_CONFIG_NOSYSTEM GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL \
    GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
G=$T/repo
mkdir "$G"
example_copy "$G/notes"
cd "$G" && git init -q && git add -A && git commit -qm start || exit 99
cp "$R/pre-commit" .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit

run 'pre-commit: nothing staged, nothing said' 0 sh "$R/pre-commit"

printf -- '---\nname: Bad\nstatus: activ\n---\n' >notes/people/bad.md
git add notes/people/bad.md
want_out <<'OUT'
notes/people/bad.md:3:9: error: status: unknown value 'activ' (one of: prospect, contacted, active, paused, ended) [enums]
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 1 record
ERR
run 'pre-commit: a staged record with a problem' 1 sh "$R/pre-commit"
git commit -qm bad >/dev/null 2>&1
check 'pre-commit: as the hook, it stops the commit' \
    test "$(git rev-list --count HEAD)" = 1

printf -- '---\nname: Bad\nstatus: active\n---\n' >notes/people/bad.md
git commit -qm bad >/dev/null 2>&1
check 'pre-commit: a fix not staged does not count' \
    test "$(git rev-list --count HEAD)" = 1

git add notes/people/bad.md
printf 'not a record\n' >notes/people/bad.md
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 1 record
ERR
run 'pre-commit: the staged fix is checked, not the working tree' 0 \
    sh "$R/pre-commit"
git commit -qm fixed >/dev/null 2>&1
check 'pre-commit: as the hook, it lets the commit through' \
    test "$(git rev-list --count HEAD)" = 2

G=$T/top
example_copy "$G"
cd "$G" && git init -q && git add -A && git commit -qm start || exit 99
sed 's/^kind: check-in/kind: chat/' log/2026/2026-12-04-check-in-with-jane.md \
    >"$T/e" && cp "$T/e" log/2026/2026-12-04-check-in-with-jane.md
git add log
want_out <<'OUT'
log/2026/2026-12-04-check-in-with-jane.md:4:7: error: kind: unknown value 'chat' (one of: check-in, meeting, feedback, note, win, reflection) [enums]
OUT
want_err <<'ERR'
mentor-check: 1 error, 0 warnings in 1 record
ERR
run 'pre-commit: a journal at the top of the repository' 1 \
    sh "$R/pre-commit"

done_testing
