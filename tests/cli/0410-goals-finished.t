#!/bin/sh
# mentor-goals: a goal done or dropped carries its date, and a done goal
# is a win of its period (wins, timeline, summary); list says what is
# overdue in a column, its JSON and its colours; --due-before eoy holds
# the goals due at the end of the year.
. "$(dirname "$0")/lib.sh"
plan 26

J=$T/j
mentor-init -q "$J" --owner 'Alex Doe' || exit 99
cd "$J" || exit 99
MENTOR_TODAY=2026-09-01 mentor-goals -q add 'Finish the course' \
    --term short --due 2026-10-31 || exit 99
MENTOR_TODAY=2026-09-01 mentor-goals -q milestone finish 'Chapter one' \
    --due 2026-09-30 || exit 99
MENTOR_TODAY=2026-09-01 mentor-goals -q add 'Run a book club' || exit 99
MENTOR_TODAY=2026-09-01 mentor-goals -q add 'Speak at a meetup' \
    --due eoy || exit 99

# done and drop stamp the day; start and reopen take it away.
want_out <<'OUT'
goals/finish-the-course.md
OUT
run 'done --force marks the goal done' 0 \
    env MENTOR_TODAY=2026-11-20 mentor-goals done finish --force
cat >"$T/expected" <<'EOF'
---
title: Finish the course
term: short
status: done
created: 2026-09-01
due: 2026-10-31
author: tester
done: 2026-11-20
---
## Milestones
- [ ] Chapter one due:2026-09-30
EOF
check '... and stamps done: with the day' cmp -s "$T/expected" \
    goals/finish-the-course.md
want_out <<'OUT'
goals/run-a-book-club.md
OUT
run 'drop marks the goal dropped' 0 \
    env MENTOR_TODAY=2026-11-21 mentor-goals drop run-a
check '... and stamps dropped: with the day' \
    grep -q '^dropped: 2026-11-21$' goals/run-a-book-club.md
mentor-goals -q reopen run-a || exit 99
check 'reopen takes the stamp away' \
    sh -c '! grep -q "^dropped:" goals/run-a-book-club.md &&
    grep -q "^status: active" goals/run-a-book-club.md'
mentor-goals -q drop run-a || exit 99
mentor-goals -q start run-a || exit 99
check 'so does start' sh -c '! grep -q "^dropped:" goals/run-a-book-club.md'
MENTOR_TODAY=2026-11-21 mentor-goals -q drop run-a || exit 99
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 3 records
ERR
run 'what done and drop write checks clean' 0 mentor-check

# A finished goal is a win of its period.
want_out <<'OUT'
Wins: 2026-11-01 to 2026-11-30, as of 2026-11-22

Goals achieved
  2026-11-20  Finish the course

Milestones achieved
  none yet

Personal growth
  nothing yet

Encouragement
  none noted
OUT
run 'wins: the goal done in the period' 0 mentor-report wins --period 2026-11
want_out <<'OUT'
Goals achieved
  none yet
OUT
run '... and not in another period' 0 sh -c \
    'mentor-report wins --period 2026-10 | sed -n 3,4p'
want_out <<'OUT'
goal	2026-11-20	finish-the-course	goals/finish-the-course.md		Finish the course
OUT
run '... a row of its tsv' 0 sh -c \
    'mentor-report wins -f tsv --no-header | grep "^goal"'
want_out <<'OUT'
2026-11-20 Fri  goal done: Finish the course
2026-11-21 Sat  goal dropped: Run a book club
OUT
run 'timeline: the day each goal was finished' 0 sh -c \
    'mentor-report timeline --since 2026-11-20 --until 2026-11-21 | sed 1,2d'
want_out <<'OUT'
2026-11-20	goal_done	finish-the-course	goals/finish-the-course.md		Finish the course
2026-11-21	goal_dropped	run-a-book-club	goals/run-a-book-club.md		Run a book club
OUT
run '... its tsv' 0 mentor-report timeline --since 2026-11-20 \
    --until 2026-11-21 -f tsv --no-header
want_out <<'OUT'
  0 win entries, 0 milestones done, 1 goal done
OUT
run 'summary: the goals done in the period' 0 sh -c \
    'mentor-report summary --period 2026-11 | tail -n 1'
want_out <<'OUT'
  0 win entries, 0 milestones done, 0 goals done
OUT
run '... none in another' 0 sh -c \
    'mentor-report summary --period 2026-10 | tail -n 1'
want_out <<'OUT'
  created 2026-09-01, due 2026-10-31
  done 2026-11-20
OUT
run 'show: the day it was done, no days overdue' 0 sh -c \
    'mentor-goals show finish | sed -n 3,4p'

# A stamp its status belies is warned about and not read.
mentor-goals -q set finish status=active || exit 99
want_out <<'OUT'
goals/finish-the-course.md:8:7: warning: done: on a goal whose status is active, not done [finished]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 1 warning in 3 records
ERR
run 'mentor-check: done: on an active goal' 0 mentor-check
want_err <<'ERR'
mentor-report: goals/finish-the-course.md:8:7: warning: done: on a goal whose status is active, not done [finished]
ERR
want_out <<'OUT'
Goals achieved
  none yet
OUT
run '... readers warn, and it is no win' 0 sh -c \
    'mentor-report wins | sed -n 3,4p'
mentor-goals -q set finish done= || exit 99

# list: what is overdue, in a column, its JSON and in red.
want_out <<'OUT'
id                 status   term   due         progress  next        overdue  title
finish-the-course  active   short  2026-10-31  0/1       2026-09-30  yes      Finish the course
run-a-book-club    dropped                     0/0                   no       Run a book club
speak-at-a-meetup  active          2026-12-31  0/0                   no       Speak at a meetup
OUT
run 'list: an overdue column' 0 mentor-goals list -f text
want_out <<'OUT'
[{"path":"goals/finish-the-course.md","id":"finish-the-course","status":"active","term":"short","due":"2026-10-31","progress":"0/1","next":"2026-09-30","overdue":true,"title":"Finish the course"}]
OUT
run '... and an overdue field' 0 mentor-goals list -f json finish
ESC=$(printf '\033')
want_out <<OUT
finish-the-course  active  short  ${ESC}[31m2026-10-31${ESC}[0m  0/1  ${ESC}[31m2026-09-30${ESC}[0m  ${ESC}[31myes${ESC}[0m  Finish the course
OUT
run '... in colour, the late due date and the late milestone are red' 0 \
    sh -c 'mentor-goals list -f text --color=always --no-header finish'
mentor-goals -q set finish due=2027-06-30 || exit 99
want_out <<OUT
finish-the-course  active  short  2027-06-30  0/1  ${ESC}[31m2026-09-30${ESC}[0m  ${ESC}[31myes${ESC}[0m  Finish the course
OUT
run '... a late milestone alone: its date red, not the goal due date' 0 \
    sh -c 'mentor-goals list -f text --color=always --no-header finish'
mentor-goals -q done finish#1 || exit 99
mentor-goals -q set finish due=2026-10-31 || exit 99
want_out <<OUT
finish-the-course  active  short  ${ESC}[31m2026-10-31${ESC}[0m  1/1    ${ESC}[31myes${ESC}[0m  Finish the course
OUT
run '... the goal due date alone: it is red' 0 \
    sh -c 'mentor-goals list -f text --color=always --no-header finish'

# --due-before eoy holds the goal due on the year's last day.
want_out <<'OUT'
goals/finish-the-course.md
goals/speak-at-a-meetup.md
OUT
run '--due-before eoy holds a goal made with --due eoy' 0 \
    mentor-goals list --due-before eoy
want_out <<'OUT'
goals/finish-the-course.md
OUT
run '... a date is still a strict bound' 0 \
    mentor-goals list --due-before 2026-12-31
want_out <<'OUT'
goals/finish-the-course.md
OUT
run '... and so is eom, inclusive of its own last day' 0 \
    env MENTOR_TODAY=2026-10-05 mentor-goals list --due-before EOM
want_out <<'OUT'
goals/finish-the-course.md
goals/speak-at-a-meetup.md
OUT
run '... eoq holds the quarter' 0 mentor-goals list --due-before eoq

done_testing
