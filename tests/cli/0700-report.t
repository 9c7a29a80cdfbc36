#!/bin/sh
# mentor-report: every report in every format on the example journal
# (golden files in tests/data/report/examples), JSON fields, drawing in
# ASCII and UTF-8, 80 columns, periods, --with, records from arguments
# and standard input, --share against planted private strings, the agenda
# piped into mentor-log add, the program-wide report, exit codes; html
# pages, the due report and its calendar, all reports at once, prose in
# html made safe.
. "$(dirname "$0")/lib.sh"
plan 204

RD=$TESTDATA/report
PLANTED='Zebra secret plan
zebra-secret-plan
PLANTEDPRIVATEBODY
Quokka
Ibexprivate
walrus
Capybara
capybara-private-win
Pangolin
narwhal
Ocelot
Ibexpublic
Lynx
Meerkat
Tapir'

# A test that cannot run here still counts, as a skip.
skip() {
	test_n=$((test_n + 1))
	echo "ok $test_n # skip $1"
}

HAVE_JQ=
command -v jq >/dev/null 2>&1 && HAVE_JQ=1
U8=
for l in C.UTF-8 C.utf8 en_US.UTF-8; do
	if [ "$(LC_ALL=$l locale charmap 2>/dev/null)" = UTF-8 ]; then
		U8=$l
		break
	fi
done

# jqcheck 'description' 'filter' command...: the JSON the command prints
# makes the jq filter true.
jqcheck() {
	jdesc=$1
	jfilter=$2
	shift 2
	if [ -z "$HAVE_JQ" ]; then
		skip "$jdesc (no jq)"
		return
	fi
	if "$@" 2>/dev/null | jq -e "$jfilter" >/dev/null 2>&1; then
		ok "$jdesc"
	else
		not_ok "$jdesc"
	fi
}

# The lines of text reports wider than 80 columns (UTF-8 characters count
# one column each; the reports draw nothing wider).
wide() {
	LC_ALL=C tr -d '\200-\277' | LC_ALL=C awk 'length($0) > 80'
}

# The example journal: every report in every format.
example_copy "$T/x"
cd "$T/x" || exit 99
for r in summary progress cadence actions skills wins timeline agenda; do
	w=
	[ "$r" = agenda ] && w='--with jane-smith'
	for f in text md tsv json; do
		want_out <"$RD/examples/$r.$f"
		run "$r -f $f" 0 mentor-report $r $w -f $f
	done
done

want_out <"$RD/examples/summary.text"
run 'the default report is the summary, in text' 0 mentor-report

want_out <"$RD/examples/cadence.tsv"
run 'options after the report name' 0 mentor-report cadence -f tsv

# html: every report a page; due in every format and as a calendar; all
# reports at once.
for r in summary progress cadence actions skills wins timeline agenda due \
    all; do
	w=
	[ "$r" = agenda ] && w='--with jane-smith'
	want_out <"$RD/examples/$r.html"
	run "$r -f html" 0 mentor-report $r $w -f html
done
for f in text md tsv json ics; do
	want_out <"$RD/examples/due.$f"
	run "due -f $f" 0 mentor-report due -f $f
done
for f in text md json; do
	want_out <"$RD/examples/all.$f"
	run "all -f $f" 0 mentor-report all -f $f
done
jqcheck 'all -f json: the reports in order, each whole' \
    '.report == "all" and ([.reports[].report] == ["summary", "progress",
    "cadence", "skills", "wins", "actions", "due"]) and
    .reports[0].checkins.held == 12 and (.reports[6].events | length) == 20' \
    mentor-report all -f json
jqcheck 'all --with: the agenda comes last' \
    '[.reports[].report][-1] == "agenda" and .reports[-1].with == "sam-lee"' \
    mentor-report all --with sam -f json
jqcheck 'due -f json: uid, date, kind, summary, description of each event' \
    '.events | all(has("uid") and has("date") and has("kind") and
    has("summary") and has("description")) and (map(.uid) | unique |
    length) == 20' mentor-report due -f json
want_out <<'OUT'
date	kind	uid	summary	path	line	overdue_days
2026-12-04	check-in	checkin-jane-smith@mentor	Check-in with Jane Smith			
2026-12-05	action	action-2026-10-27-webinar-outline-9dc0aac5eb3053ad@mentor	Action: Build the webinar slide deck #webinar	log/2026/2026-10-27-webinar-outline.md	28	
OUT
run 'due --period: the events of the period' 0 \
    mentor-report due --since 2026-12-01 --until 2026-12-10 -f tsv
want_out <<'OUT'
date	kind	uid	summary	path	line	overdue_days
2026-11-07	action	action-2026-10-14-window-functions-review-with-sam-290d38acc6ff01d8@mentor	Action: Share the running-totals query with @sam-lee for review #sql	log/2026/2026-10-14-window-functions-review-with-sam.md	22	15
2026-11-14	check-in	checkin-sam-lee@mentor	Check-in with Sam Lee			8
OUT
run 'due --with: their check-in, and the goals they mentor' 0 \
    sh -c 'mentor-report due --with sam -f tsv | sed 3q'
want_err <<'ERR'
mentor-report: ics is the due report's format (mentor-report due -f ics)
ERR
run '-f ics of another report is 64' 64 mentor-report summary -f ics
want_err <<'ERR'
mentor-report: all prints text, md, json or html: tsv has a table a report
ERR
run 'all -f tsv is 64' 64 mentor-report all -f tsv
want_err <<'ERR'
mentor-log: unknown format 'html' (text, paths, tsv, json, jsonl, md)
ERR
run 'html is for mentor-report alone' 64 mentor-log list -f html

# html: prose from the journal is Markdown made HTML, its raw HTML
# escaped, images reduced to their text, links only to the web or mail;
# every other text escaped.
example_copy "$T/h"
cat >"$T/h/log/2026/2026-11-18-tags.md" <<'EOF'
---
title: A <b>bold</b> & "quoted" win
date: 2026-11-18
kind: win
---
## Encouragement
You *did* it <script>alert(1)</script> ![pic](https://example.com/a.png) [docs](javascript:alert(2)) [web](https://example.com/x?a=1&b=2) <img src=x onerror=alert(3)>
EOF
mentor-report -C "$T/h" wins -f html >"$T/h.html"
check 'html: raw HTML in prose is escaped text' sh -c \
    'grep -qF "&lt;script&gt;alert(1)&lt;/script&gt;" "$0" &&
    grep -qF "&lt;img src=x onerror=alert(3)&gt;" "$0"' "$T/h.html"
check 'html: Markdown in prose is rendered' grep -qF '<em>did</em>' "$T/h.html"
check 'html: no script, no image, no javascript: link' sh -c \
    '! grep -qiE "<script|<img|href=.javascript" "$0"' "$T/h.html"
check 'html: an image is its text, a web link is kept' sh -c \
    'grep -qF "<span class=\"img\">pic</span>" "$0" &&
    grep -qF "<a href=\"https://example.com/x?a=1&amp;b=2\">web</a>" "$0"' \
    "$T/h.html"
check 'html: a title is escaped text' grep -qF \
    'win: A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; win' "$T/h.html"

for r in summary progress cadence actions skills wins timeline agenda; do
	w=
	[ "$r" = agenda ] && w='--with jane-smith'
	sed 1d "$RD/examples/$r.tsv" >"$T/.want_out"
	run "$r --no-header" 0 mentor-report $r $w -f tsv --no-header
done

# JSON: one object a report, named by its sections, snake_case, null for
# what is absent, status words, YYYY-MM-DD dates.
for r in summary progress cadence actions skills wins timeline agenda; do
	w=
	[ "$r" = agenda ] && w='--with jane-smith'
	jqcheck "$r -f json: the report, period and today, snake_case keys" \
	    '.report == "'$r'" and (.period | has("since") and has("until"))
	    and .today == "2026-11-22" and ([paths | .[] | strings] |
	    all(test("^[a-z][a-z0-9_]*$")))' mentor-report $r $w -f json
done
jqcheck 'summary.people[]: id, name, cadence, last, next_due, overdue_days' \
    '.people | length == 2 and all(has("id") and has("name") and
    has("cadence") and has("last") and has("next_due") and
    has("overdue_days")) and .[1].overdue_days == 8' \
    mentor-report summary -f json
jqcheck 'progress.goals[]: id, title, done, total, next_due, overdue' \
    '.goals | length == 3 and all(has("id") and has("title") and
    has("done") and has("total") and has("next_due") and has("overdue"))
    and (map(.overdue) == [false, false, true])' \
    mentor-report progress -f json
jqcheck 'actions.items[]: path, line, text, due, age_days, overdue' \
    '.items | length == 11 and all(has("path") and (.line | type) ==
    "number" and has("text") and has("due") and has("age_days") and
    (.overdue | type) == "boolean" and (.status == "open" or
    .status == "started"))' mentor-report actions -f json
jqcheck 'skills.skills[]: name, first, last, change, count, series' \
    '.skills[0] | .name == "public-speaking" and .first == 2 and
    .last == 4 and .change == 2 and .count == 4 and (.series | length)
    == 4 and .series[3] == {"date": "2026-11-20", "rating": 4}' \
    mentor-report skills -f json
jqcheck 'cadence.people[]: id, expected, held, longest_gap_days, streak' \
    '[.people[] | [.id, .expected, .held, .longest_gap_days, .streak]] ==
    [["jane-smith", 9, 9, 15, 4], ["sam-lee", 4, 3, 39, 0]]' \
    mentor-report cadence -f json
jqcheck 'null for what is absent' \
    '(.people[1].planned == null) and (.period.since == null)' \
    mentor-report cadence -f json
jqcheck 'the agenda has no feedback with Tom: null' \
    '.feedback == null and .skills == [] and .milestones == []' \
    mentor-report agenda --with tom -f json

# Drawing: ASCII under the C locale (the golden files above), Unicode
# blocks under a UTF-8 one.
if [ -n "$U8" ]; then
	want_out <<'OUT'
Skills, rated 1 to 5: all time, as of 2026-11-22

  public-speaking        ▃▃▄▆  2 -> 4 (+2), 4 ratings
  confidence             ▃▄▆▆  2 -> 4 (+2), 4 ratings
  stakeholder-management ▃     2 -> 2 (+0), 1 rating
  delegation             ▄     3 -> 3 (+0), 1 rating
  sql                    ▄     3 -> 3 (+0), 1 rating
OUT
	run 'skills: sparklines in Unicode blocks under UTF-8' 0 \
	    env LC_ALL="$U8" mentor-report skills
	want_out <<'OUT'
Cadence: all time, as of 2026-11-22

A cell a week from 2025-11-24 to 2026-11-22, █ a week with a check-in.

Jane Smith, biweekly
  held 9 of 9 expected, longest gap 15 days, on-time streak 4
  last 2026-11-20, next due 2026-12-04
  ····································█·█·█·█·█·█·█·██

Sam Lee, monthly
  held 3 of 4 expected, longest gap 39 days, on-time streak 0
  last 2026-10-14, next due 2026-11-14, 8 days overdue
  ····································█····█····█·····
OUT
	run 'cadence: a calendar of week cells under UTF-8' 0 \
	    env LC_ALL="$U8" mentor-report cadence
	want_out <<'OUT'
  Lead a team of five            ███░░░░░░░ 1/4  active
  Speak confidently in public    ███░░░░░░░ 1/3  active
  Master SQL window functions    █████░░░░░ 2/4  active, overdue
OUT
	run 'summary: bars in Unicode blocks under UTF-8' 0 sh -c \
	    'LC_ALL=$0 mentor-report | sed -n 11,13p' "$U8"
	want_out <<'OUT'
Jane Smith
     69 days  [/] Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders
     overdue  log/2026/2026-09-14-stakeholder-mapping.md:25
OUT
	run 'actions: into a pipe no line is cut, under UTF-8 too' 0 sh -c \
	    'LC_ALL=$0 mentor-report actions | sed -n 3,5p' "$U8"
else
	for i in 1 2 3 4; do
		skip 'no UTF-8 locale'
	done
fi

# On a terminal 80 columns wide no text line is wider, in either locale;
# a line cut ends in an ellipsis.  Into a pipe nothing is cut.
if have_pty; then
	for r in summary progress cadence actions skills wins timeline \
	    'agenda --with jane' 'agenda --with sam' 'agenda --with tom' \
	    due all; do
		for l in C $U8; do
			for o in '' --share '--period 2026-Q4' \
			    '--since 2026-01-01'; do
				pty 80 "LC_ALL=$l NO_COLOR=1 mentor-report $r $o"
			done
		done
	done >"$T/all.text" 2>&1
	wide <"$T/all.text" >"$T/wide"
	check 'on an 80-column terminal every text report fits' \
	    test ! -s "$T/wide" -a -s "$T/all.text"
	pty 80 'NO_COLOR=1 mentor-report actions' >"$T/.out"
	check '... the actions report, cut with an ellipsis' \
	    cmp -s "$T/.out" "$RD/examples/actions-80.text"
	pty 200 'NO_COLOR=1 mentor-report actions' >"$T/.out"
	check '... and on a terminal wide enough nothing is cut' \
	    cmp -s "$T/.out" "$RD/examples/actions.text"
else
	for i in 1 2 3; do
		skip 'script(1) cannot make a pseudo-terminal here'
	done
fi
mentor-report actions | wide >"$T/pipe.wide"
check 'into a pipe nothing is cut: lines wider than 80 come whole' \
    grep -q 'due:2026-10-31 #stakeholders$' "$T/pipe.wide"
check '... and the check can fail' sh -c \
    'printf "%081d\n" 0 | LC_ALL=C awk "length(\$0) > 80" | grep -q .'

# Periods.
want_out <<'OUT'
id	name	cadence	last	next_due	overdue_days	held	expected
jane-smith	Jane Smith	biweekly	2026-11-20	2026-12-04	0	2	2
sam-lee	Sam Lee	monthly	2026-10-14	2026-11-14	8	1	1
OUT
run 'summary --since --until: check-ins held and expected in October' 0 \
    mentor-report summary --since 2026-10-01 --until 2026-10-31 -f tsv
jqcheck 'summary --period 2026-10: the period, check-ins and wins' \
    '.period == {"since": "2026-10-01", "until": "2026-10-31"} and
    .checkins == {"held": 3, "expected": 3} and
    .wins == {"entries": 1, "milestones": 2, "goals": 0}' \
    mentor-report summary --period 2026-10 -f json
want_out <<'OUT'
part	date	name	path	line	text
milestone	2026-10-02	sql-window-functions	goals/sql-window-functions.md	17	Rewrite the churn report with ROW_NUMBER and LAG due:2026-09-30 done:2026-10-02
milestone	2026-10-12	public-speaking	goals/public-speaking.md	16	Complete first speaking engagement due:2026-10-15 done:2026-10-12
win	2026-10-12	2026-10-12-first-meetup-talk	log/2026/2026-10-12-first-meetup-talk.md		First meetup talk
encouragement	2026-10-12	2026-10-12-first-meetup-talk	log/2026/2026-10-12-first-meetup-talk.md		The organiser asked whether I would come back in spring.
encouragement	2026-10-12	2026-10-12-first-meetup-talk	log/2026/2026-10-12-first-meetup-talk.md		Sam was in the audience and said the LAG example was the clearest explanation he has heard.
encouragement	2026-10-13	2026-10-13-feedback-on-the-meetup-talk	log/2026/2026-10-13-feedback-on-the-meetup-talk.md		you are ready for a bigger room.
OUT
run 'wins --period 2026-10' 0 mentor-report wins --period 2026-10 -f tsv
want_out <<'OUT'
name	first	last	change	count	series
public-speaking	3	4	1	2	2026-10-13:3,2026-11-20:4
confidence	4	4	0	2	2026-10-13:4,2026-11-20:4
sql	3	3	0	1	2026-10-14:3
OUT
run 'skills --since: ratings from then on' 0 \
    mentor-report skills --since 2026-10-01 -f tsv
want_out <<'OUT'
id	title	status	done	total	next	next_due	overdue	due	days_left	evidence
lead-a-team	Lead a team of five	active	1	4	Run the quarterly stakeholder review without my manager due:2027-01-29	2027-01-29	false	2027-09-30	312	4
public-speaking	Speak confidently in public	active	1	3	Host a webinar to engage a wider audience due:2026-12-15	2026-12-15	false	2027-06-30	220	5
sql-window-functions	Master SQL window functions	active	2	4	Present a running-totals query to the analytics guild due:2026-11-15	2026-11-15	true	2026-12-31	39	3
OUT
run 'progress --period 2026-Q4: the evidence in the quarter' 0 \
    mentor-report progress --period 2026-Q4 -f tsv
want_out <<'OUT'
Cadence: 2026-10-01 to 2026-12-31, as of 2026-11-22

A cell a week from 2026-09-28 to 2026-11-22, # a week with a check-in.

Jane Smith, biweekly
  held 4 of 3 expected, longest gap 14 days, on-time streak 4
  last 2026-11-20, next due 2026-12-04
  ..#.#.##

Sam Lee, monthly
  held 1 of 2 expected, longest gap 39 days, on-time streak 0
  last 2026-10-14, next due 2026-11-14, 8 days overdue
  ..#.....
OUT
run 'cadence --period 2026-Q4: the calendar covers the quarter' 0 \
    mentor-report cadence --period 2026-Q4
jqcheck 'cadence: the calendar is the last 52 weeks by default' \
    '.calendar_from == "2025-11-24" and
    ([.people[].weeks | length] == [52, 52])' \
    mentor-report cadence -f json
jqcheck 'timeline: the last 30 days and the next 14 by default' \
    '.period == {"since": "2026-10-24", "until": "2026-12-06"} and
    (.days | length) == 44 and .days[0].date == "2026-10-24"' \
    mentor-report timeline -f json
jqcheck 'timeline --until: the 30 days up to it' \
    '.period == {"since": "2026-10-02", "until": "2026-10-31"} and
    (.days | length) == 30 and .days[0].milestones_done[0].goal ==
    "sql-window-functions"' mentor-report timeline --until 2026-10-31 -f json
want_out <<'OUT'
Timeline: 2026-11-16 to 2026-11-22, as of 2026-11-22

2026-11-16 Mon
2026-11-17 Tue
2026-11-18 Wed
2026-11-19 Thu
2026-11-20 Fri  feedback: Webinar dry run; action due: Draft the Q4 stakeholder review agenda #stakeholders
2026-11-21 Sat  note: Four months in
2026-11-22 Sun
OUT
run 'timeline --period 2026-W47: an ISO week' 0 \
    mentor-report timeline --period 2026-W47

# --with on each report.
want_out <<'OUT'
id	name	cadence	last	next_due	overdue_days	held	expected
sam-lee	Sam Lee	monthly	2026-10-14	2026-11-14	8	3	4
OUT
run 'summary --with: one relationship' 0 mentor-report summary --with sam -f tsv
jqcheck 'summary --with: the goals they mentor, their items' \
    '[.goals[].id] == ["sql-window-functions"] and .actions.open == 2' \
    mentor-report summary --with sam -f json
want_out <<'OUT'
id	title	status	done	total	next	next_due	overdue	due	days_left	evidence
sql-window-functions	Master SQL window functions	active	2	4	Present a running-totals query to the analytics guild due:2026-11-15	2026-11-15	true	2026-12-31	39	5
OUT
run 'progress --with: the goals they mentor' 0 \
    mentor-report progress --with sam-lee -f tsv
want_out <<'OUT'
id	name	cadence	expected	held	longest_gap_days	streak	last	next_due	overdue_days
jane-smith	Jane Smith	biweekly	9	9	15	4	2026-11-20	2026-12-04	0
OUT
run 'cadence --with' 0 mentor-report cadence --with jane -f tsv
want_out <<'OUT'
person	entry	path	line	status	text	date	due	age_days	overdue
tom-becker	2026-11-10-reached-out-to-tom-becker	log/2026/2026-11-10-reached-out-to-tom-becker.md	19	open	Follow up with @tom-becker if there is no reply due:2026-11-24	2026-11-10	2026-11-24	12	false
OUT
run 'actions --with a prospect' 0 mentor-report actions --with tom -f tsv
want_out <<'OUT'
name	first	last	change	count	series
sql	3	3	0	1	2026-10-14:3
OUT
run 'skills --with' 0 mentor-report skills --with sam -f tsv
want_out <<'OUT'
part	date	name	path	line	text
milestone	2026-09-24	lead-a-team	goals/lead-a-team.md	16	Hand the sprint demo over to Priya due:2026-09-25 done:2026-09-24
milestone	2026-10-12	public-speaking	goals/public-speaking.md	16	Complete first speaking engagement due:2026-10-15 done:2026-10-12
growth	2026-11-20	public-speaking			2 -> 4
growth	2026-11-20	confidence			2 -> 4
encouragement	2026-08-17	2026-08-17-outline-for-the-meetup-talk	log/2026/2026-08-17-outline-for-the-meetup-talk.md		you clearly know the material, the nerves are the only gap.
encouragement	2026-09-29	2026-09-29-dry-run-of-the-meetup-talk	log/2026/2026-09-29-dry-run-of-the-meetup-talk.md		the talk is already better than most meetup talks she has seen.
encouragement	2026-10-13	2026-10-13-feedback-on-the-meetup-talk	log/2026/2026-10-13-feedback-on-the-meetup-talk.md		you are ready for a bigger room.
encouragement	2026-11-20	2026-11-20-webinar-dry-run	log/2026/2026-11-20-webinar-dry-run.md		you are ready for a bigger room.
OUT
run 'wins --with' 0 mentor-report wins --with jane -f tsv
want_out <<'OUT'
date	event	id	path	line	text
2026-11-07	action_due	2026-10-14-window-functions-review-with-sam	log/2026/2026-10-14-window-functions-review-with-sam.md	22	Share the running-totals query with @sam-lee for review due:2026-11-07 #sql
2026-11-14	checkin_due	sam-lee			Sam Lee
2026-11-15	milestone_due	sql-window-functions	goals/sql-window-functions.md	18	Present a running-totals query to the analytics guild due:2026-11-15
2026-11-21	held	2026-11-21-four-months-in	log/2026/2026-11-21-four-months-in.md		Four months in
2026-11-27	action_due	2026-11-21-four-months-in	log/2026/2026-11-21-four-months-in.md	17	Book lunch with @sam-lee due:2026-11-27
OUT
run 'timeline --with' 0 mentor-report timeline --with sam -f tsv
want_out <<'OUT'
## Agenda

- Share the running-totals query with @sam-lee for review due:2026-11-07 #sql, **overdue**, from log/2026/2026-10-14-window-functions-review-with-sam.md:22
- Book lunch with @sam-lee due:2026-11-27, from log/2026/2026-11-21-four-months-in.md:17
- Master SQL window functions: Present a running-totals query to the analytics guild due:2026-11-15, **overdue**, from goals/sql-window-functions.md:18
- Master SQL window functions: Review three teammates' queries that use window functions due:2026-12-20, from goals/sql-window-functions.md:20

## Skills to rate

- sql (last 3)

## Notes

## Feedback

## Action items
OUT
run 'agenda -f md: an overdue check-in is due today' 0 \
    mentor-report agenda --with sam -f md
want_out <<'OUT'
Agenda with Tom Becker for 2026-11-22

Carried over
  2026-11-24  [ ] Follow up with @tom-becker if there is no reply
              log/2026/2026-11-10-reached-out-to-tom-becker.md:19

Milestones due by 2026-11-22
  none
OUT
run 'agenda with someone not tracked' 0 mentor-report agenda --with tom

# Records from arguments and standard input: just those.
want_out <<'OUT'
id	name	cadence	expected	held	longest_gap_days	streak	last	next_due	overdue_days
sam-lee	Sam Lee	monthly	4	3	39	0	2026-10-14	2026-11-14	8
OUT
run 'mentor-log list --with ID | mentor-report cadence -' 0 sh -c \
    'mentor-log list --with sam-lee | mentor-report cadence - -f tsv'
want_out <<'OUT'
Summary for Alex Doe: all time, as of 2026-11-22

Relationships
  person   cadence  last        next due    overdue
  Sam Lee  monthly  2026-10-14  2026-11-14  8 days
  check-ins: 3 held, 4 expected by the cadences

Goals
  1 active, 0 paused, 0 done, 0 dropped
  Master SQL window functions    #####..... 2/4  active, overdue

Overdue milestones
  goals/sql-window-functions.md:18: [ ] Present a running-totals query to the analytics guild due:2026-11-15

Action items
  1 open, 1 overdue, the oldest from 2026-10-14 (39 days)

Wins
  0 win entries, 2 milestones done, 0 goals done
OUT
run 'summary - : the people and goals the entries name' 0 sh -c \
    'mentor-log list --with sam-lee | mentor-report summary -'
want_out <<'OUT'
id	title	status	done	total	next	next_due	overdue	due	days_left	evidence
sql-window-functions	Master SQL window functions	active	2	4	Present a running-totals query to the analytics guild due:2026-11-15	2026-11-15	true	2026-12-31	39	6
OUT
run 'progress GOAL (a prefix): that goal, every entry' 0 \
    mentor-report progress sql -f tsv
want_out <<'OUT'
id	name	cadence	expected	held	longest_gap_days	streak	last	next_due	overdue_days
sam-lee	Sam Lee	monthly	4	3	39	0	2026-10-14	2026-11-14	8
OUT
run 'cadence PERSON-PATH' 0 mentor-report cadence people/sam-lee.md -f tsv
want_out <<'OUT'
person	entry	path	line	status	text	date	due	age_days	overdue
tom-becker	2026-11-10-reached-out-to-tom-becker	log/2026/2026-11-10-reached-out-to-tom-becker.md	19	open	Follow up with @tom-becker if there is no reply due:2026-11-24	2026-11-10	2026-11-24	12	false
OUT
run 'actions from path:line: lines on stdin' 0 sh -c \
    'echo log/2026/2026-11-10-reached-out-to-tom-becker.md:19: | mentor-report actions - -f tsv'

# -q: nothing printed; 0 when the report has something, 1 when not.
run '-q actions: something open' 0 mentor-report -q actions
run '-q actions --with someone with nothing open' 1 \
    mentor-report -q actions --with maria
run '-q agenda with nothing to carry' 1 mentor-report -q agenda --with maria

# The agenda in md is the body of the next check-in's notes: carried
# items are plain bullets, feedback is quoted, nothing is tracked twice.
mentor-report agenda --with jane-smith -f md >"$T/agenda.md"
want_out <<'OUT'
log/2026/2026-12-04-check-in-with-jane-2.md
OUT
run 'agenda -f md | mentor-log add -F -' 0 sh -c \
    'mentor-report agenda --with jane-smith -f md | mentor-log add "Check-in with Jane" --kind check-in --with jane-smith --date 2026-12-04 -F -'
N=log/2026/2026-12-04-check-in-with-jane-2.md
check '... the new entry holds the agenda' sh -c \
    "awk 'f; /^---\$/ && ++n == 2 { f = 1 }' $N | cmp -s - '$T/agenda.md'"
check '... and every carried item ends in its path:line' sh -c \
    "grep '^- ' '$T/agenda.md' | sed -n 1,8p | grep -vc ', from [a-z/0-9-]*\.md:[0-9]*\$' | grep -qx 0"
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 27 records
ERR
run '... mentor-check passes it' 0 mentor-check
run '... it has no task items' 1 mentor-log actions "$N"
want_out <"$RD/examples/actions.tsv"
run '... the open action items are the same' 0 mentor-report actions -f tsv
want_out <"$RD/examples/wins.tsv"
run '... and the quoted feedback is no new encouragement' 0 \
    mentor-report wins -f tsv
cd "$T" || exit 99

# --share: plant private strings (a private entry's title, text, action
# item and feedback; a private win; a contact; body prose; an entry with
# no title key) and look for them in every report in every format.
example_copy "$T/s"
cd "$T/s" || exit 99
cat >log/2026/2026-11-15-zebra-secret-plan.md <<'EOF'
---
title: Zebra secret plan
date: 2026-11-15
kind: check-in
with: [jane-smith]
goals: [public-speaking]
ratings: {public-speaking: 5}
private: true
---
## Notes
PLANTEDPRIVATEBODY about my manager.

## Feedback
Ibexprivate feedback.
Encouragement: walrus praise.

## Action items
- [ ] Quokka private task for @jane-smith due:2026-11-18
EOF
cat >log/2026/2026-11-16-capybara-private-win.md <<'EOF'
---
title: Capybara private win
date: 2026-11-16
kind: win
goals: [lead-a-team]
private: true
---
## Encouragement
Pangolin private cheer.
EOF
cat >log/2026/2026-11-17-untitled.md <<'EOF'
---
date: 2026-11-17
kind: feedback
with: [sam-lee]
goals: [sql-window-functions]
---
## Meerkat heading prose

Ocelot public prose in the body.

## Feedback
Ibexpublic feedback that is prose.

## Encouragement
- Lynx cheer for sharing.

## Action items
- [ ] Public action for @sam-lee due:2026-11-30
EOF
sed 's/^contact: .*/contact: narwhal@example.com/' people/jane-smith.md \
    >"$T/jane" && cat "$T/jane" >people/jane-smith.md
printf '\n## Notes\nTapir notes about Sam.\n' >>people/sam-lee.md
for r in summary progress cadence actions skills wins timeline \
    'agenda --with jane' 'agenda --with sam'; do
	for f in text md tsv json; do
		for l in C $U8; do
			LC_ALL=$l mentor-report $r --share -f $f
			LC_ALL=$l mentor-report $r --share -f $f --period 2026-11
		done
	done
done >"$T/shared" 2>&1
for l in C $U8; do
	for r in summary progress cadence actions skills wins timeline \
	    'agenda --with jane' 'agenda --with sam' due all 'all --with jane'; do
		LC_ALL=$l mentor-report $r --share -f html
	done
	for f in text md tsv json ics; do
		LC_ALL=$l mentor-report due --share -f $f
	done
	for f in text md json; do
		LC_ALL=$l mentor-report all --with sam --share -f $f
	done
done >>"$T/shared" 2>&1
printf '%s\n' "$PLANTED" >"$T/planted"
check 'the planted strings are in the html page without --share' sh -c \
    'mentor-report all --with jane -f html | grep -ci -f "$0" | grep -qv "^0\$"' \
    "$T/planted"
check '... and in the calendar' sh -c \
    'mentor-report due -f ics | grep -ci -f "$0" | grep -qv "^0\$"' "$T/planted"
check 'the planted strings are there without --share' sh -c \
    'for r in progress actions wins timeline "agenda --with jane" "agenda --with sam"; do mentor-report $r; done | grep -ci -f "$0" | grep -qv "^0\$"' \
    "$T/planted"
while read -r s; do
	check "--share: '$s' appears in no report" sh -c \
	    '! grep -qiF -- "$0" "$1"' "$s" "$T/shared"
done <"$T/planted"
check '--share: the shared reports are not empty' \
    test "$(wc -l <"$T/shared")" -gt 500
jqcheck '--share: a private item still counts, without id, path or text' \
    '[.items[] | select(.entry == null)] | length == 1 and
    (.[0] | .path == null and .line == null and .text == null and
    .person == "jane-smith" and .overdue == true)' \
    mentor-report actions --share -f json
for r in summary progress cadence; do
	if [ -z "$HAVE_JQ" ]; then
		skip "--share: $r counts the same (no jq)"
		continue
	fi
	mentor-report $r -f json |
	    jq -S 'del(.goals[]?.evidence[]?.id, .goals[]?.evidence[]?.path,
	    .goals[]?.evidence[]?.title)' >"$T/a" 2>/dev/null
	mentor-report $r --share -f json |
	    jq -S 'del(.goals[]?.evidence[]?.id, .goals[]?.evidence[]?.path,
	    .goals[]?.evidence[]?.title)' >"$T/b" 2>/dev/null
	check "--share: $r counts private entries the same" cmp -s "$T/a" "$T/b"
done
want_out <<'OUT'
Timeline: 2026-11-14 to 2026-12-06, as of 2026-11-22

2026-11-14 Sat
2026-11-15 Sun  check-in: (a private entry); milestone due: Present a running-totals query to the analytics guild
2026-11-16 Mon  win: (a private entry)
2026-11-17 Tue  feedback: 2026-11-17-untitled
2026-11-18 Wed  action due: (an item of a private entry)
2026-11-19 Thu
2026-11-20 Fri  feedback: Webinar dry run; action due: Draft the Q4 stakeholder review agenda #stakeholders
2026-11-21 Sat  note: Four months in
2026-11-22 Sun
2026-11-23 Mon
2026-11-24 Tue  action due: Follow up with @tom-becker if there is no reply
2026-11-25 Wed  action due: Move the guild presentation to January and tell the guild lead #sql
2026-11-26 Thu
2026-11-27 Fri  action due: Cut the live demo to five minutes #webinar; action due: Split the ROW_NUMBER slide into two #webinar; action due: Book lunch with @sam-lee
2026-11-28 Sat  action due: Send the webinar draft to @jane-smith #webinar
2026-11-29 Sun
2026-11-30 Mon  action due: Public action for @sam-lee
2026-12-01 Tue
2026-12-02 Wed
2026-12-03 Thu
2026-12-04 Fri  planned check-in: Check-in with Jane; check-in due: Jane Smith
2026-12-05 Sat  action due: Build the webinar slide deck #webinar
2026-12-06 Sun
OUT
run 'timeline --share: private entries and prose titles held back' 0 \
    mentor-report timeline --share --since 2026-11-14
want_out <<'OUT'

Personal growth
  public-speaking rose from 2 to 4 (5 ratings)
  confidence rose from 2 to 4 (4 ratings)
  2026-09-24  win: Priya ran the sprint demo
  2026-10-12  win: First meetup talk
  2026-11-16  win: (a private entry)

Encouragement
  (left out when sharing)
OUT
run 'wins --share: private wins count, encouragement is left out' 0 \
    sh -c 'mentor-report wins --share | sed 1,10d'
cd "$T" || exit 99

# A small journal: a window cadence, the journal's default cadence,
# weeks starting on Sunday, a paused goal, encouragement in its forms.
cp -R "$RD/small" "$T/k"
chmod -R u+w "$T/k"
cd "$T/k" || exit 99
want_out <<'OUT'
Cadence: all time, as of 2026-11-22

A cell a week from 2025-11-30 to 2026-11-22, # a week with a check-in.

Ana Silva, every 2-3 weeks
  held 2 of 3 expected, longest gap 25 days, on-time streak 0
  last 2026-11-10, next due 2026-11-24
  .............................................#...#..

Bo Chen, weekly
  held 2 of 0 expected, longest gap 10 days, on-time streak 0
  last 2026-11-20, next due 2026-11-27
  .................................................##.
OUT
run 'cadence: a window, the default cadence, Sunday weeks' 0 \
    mentor-report cadence
want_out <<'OUT'
Summary for Kim Park: all time, as of 2026-11-22

Relationships
  person     cadence          last        next due    overdue
  Ana Silva  every 2-3 weeks  2026-11-10  2026-11-24
  Bo Chen    weekly           2026-11-20  2026-11-27
  check-ins: 4 held, 3 expected by the cadences

Goals
  1 active, 1 paused, 0 done, 0 dropped
  Run 10 km                      ###....... 1/3  active, overdue
  Write a book                   #####..... 1/2  paused

Overdue milestones
  goals/run-10k.md:10: [/] Run 8 km due:2026-11-01

Action items
  3 open, 1 overdue, the oldest from 2026-10-16 (37 days)

Wins
  0 win entries, 2 milestones done, 0 goals done
OUT
run 'summary: an ended mentor is not tracked, a paused goal not overdue' 0 \
    mentor-report summary
want_out <<'OUT'
Progress: all time, as of 2026-11-22

Run 10 km
  #######............. 1/3 milestones, active, due 2026-11-20, 2 days over
  next: Run 8 km, due 2026-11-01
  overdue: goals/run-10k.md:10: Run 8 km due:2026-11-01
  evidence: 2 entries
    2026-11-10  Second call with Ana
    2026-11-20  Run with Bo

Write a book
  ##########.......... 1/2 milestones, paused, due 2026-11-01
  next: First chapter, due 2026-11-15
  evidence: 2 entries
    2026-10-16  First call with Ana
    2026-11-10  Second call with Ana
OUT
run 'progress: days over, a dropped milestone left out' 0 \
    mentor-report progress
want_out <<'OUT'
Open action items, oldest first, as of 2026-11-22

Ana Silva
     37 days  [ ] Send chapter one to @ana-silva due:2026-11-05
     overdue  log/2026/2026-10-16-first-call-with-ana.md:30
     12 days  [ ] [sic] a bracket first due:2026-11-30
              log/2026/2026-11-10-second-call-with-ana.md:11

Bo Chen
     12 days  [/] Ask @bo-chen for a running plan
              log/2026/2026-11-10-second-call-with-ana.md:10
OUT
run 'actions: grouped under the person named, by name' 0 mentor-report actions
jqcheck 'actions: an item without a due date has due null' \
    '.items[2] | .status == "started" and .due == null and
    .overdue == false and .person == "bo-chen"' \
    mentor-report actions -f json
want_out <<'OUT'
Wins: all time, as of 2026-11-22

Goals achieved
  none yet

Milestones achieved
  2026-10-14  Run 10 km: Run 5 km
  2026-10-20  Write a book: Outline

Personal growth
  writing rose from 2 to 4 (2 ratings)
  running rose from 3 to 4 (2 ratings)

Encouragement
  2026-10-16  Your outline is the best she has seen this year.
  2026-10-16  Keep the voice you have.
  2026-10-16  A paragraph of praise over two lines.
  2026-10-16  a bulleted note.
OUT
run 'wins: notes under the heading, and Encouragement: lines' 0 \
    mentor-report wins
want_out <<'OUT'
## Agenda

- Send chapter one to @ana-silva due:2026-11-05, **overdue**, from log/2026/2026-10-16-first-call-with-ana.md:30
- Ask @bo-chen for a running plan, started, from log/2026/2026-11-10-second-call-with-ana.md:10
- \[sic] a bracket first due:2026-11-30, from log/2026/2026-11-10-second-call-with-ana.md:11

## Last feedback

> Good outline.
>
> Needs a sharper first page.

## Skills to rate

- writing (last 4)
- running (last 3)

## Notes

## Feedback

## Action items
OUT
run 'agenda -f md: a leading [ is escaped, feedback paragraphs kept' 0 \
    mentor-report agenda --with ana -f md
want_out <<'OUT'
part	path	line	text	due	rating
action	log/2026/2026-10-16-first-call-with-ana.md	30	Send chapter one to @ana-silva due:2026-11-05	2026-11-05	
action	log/2026/2026-11-10-second-call-with-ana.md	10	Ask @bo-chen for a running plan		
action	log/2026/2026-11-10-second-call-with-ana.md	11	[sic] a bracket first due:2026-11-30	2026-11-30	
feedback			Good outline.\n\nNeeds a sharper first page.		
skill			writing		4
skill			running		3
OUT
run 'agenda -f tsv' 0 mentor-report agenda --with ana -f tsv
cd "$T" || exit 99

# The program-wide report: a line a journal, and totals.
want_out <<'OUT'
Program report: all time, as of 2026-11-22

journal  people  check-ins  goals  milestones  late  open  overdue  wins
x             2      12/13      3        4/11     1    11        3     2
k             2        4/3      1         2/5     1     3        1     0
total         4      16/16      4        6/16     2    14        4     2

check-ins: held/expected; milestones: done/all; late: overdue milestones;
open, overdue: action items; goals: active ones
OUT
run '--journal twice' 0 mentor-report --journal x --journal k
want_out <<'OUT'
journal	owner	people	held	expected	goals	milestones_done	milestones	overdue_milestones	open_actions	overdue_actions	wins
x	Alex Doe	2	12	13	3	4	11	1	11	3	2
k	Kim Park	2	4	3	1	2	5	1	3	1	0
total		4	16	16	4	6	16	2	14	4	2
OUT
run '--journals - reads the folders from stdin' 0 sh -c \
    'printf "x\nk\n" | mentor-report --journals - -f tsv'
want_out <<'OUT'
# Program report: all time, as of 2026-11-22

| journal | people | check-ins | goals | milestones | late | open | overdue | wins |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| x | 2 | 12/13 | 3 | 4/11 | 1 | 11 | 3 | 2 |
| k | 2 | 4/3 | 1 | 2/5 | 1 | 3 | 1 | 0 |
OUT
run '--journals -0 -f md' 0 sh -c \
    'printf "x\0k\0" | mentor-report -0 --journals - -f md | sed 6q'
jqcheck '--journal -f json: journals and totals' \
    '[.journals[].journal] == ["x", "k"] and .totals.held == 16 and
    .totals.open_actions == 14 and .report == "program"' \
    mentor-report --journal x --journal k -f json
want_out <<'OUT'
journal	owner	people	held	expected	goals	milestones_done	milestones	overdue_milestones	open_actions	overdue_actions	wins
x	Alex Doe	2	3	3	3	4	11	1	11	3	1
total		2	3	3	3	4	11	1	11	3	1
OUT
run '--journal --period' 0 mentor-report --journal x --period 2026-10 -f tsv
want_err <<'ERR'
mentor-report: --journals - and - both read standard input
ERR
run '--journals - with - is 64' 64 sh -c \
    'echo x | mentor-report --journals - -'
want_err <<'ERR'
mentor-report: --journal and --journals take no records, no -C, --with, --at or --author
ERR
run '--journal with records is 64' 64 mentor-report --journal x summary k
want_err <<'ERR'
mentor-report: a program-wide report is a summary, not cadence
ERR
run '--journal with another report is 64' 64 \
    mentor-report --journal x cadence
want_out <<'OUT'
journal	owner	people	held	expected	goals	milestones_done	milestones	overdue_milestones	open_actions	overdue_actions	wins
x	Alex Doe	2	12	13	3	4	11	1	11	3	2
total		2	12	13	3	4	11	1	11	3	2
OUT
want_err <<'ERR'
mentor-report: 'nowhere' is not a journal (no mentor.yaml there)
ERR
run '--journal that is no journal: 66, the others reported' 66 \
    mentor-report --journal x --journal nowhere -f tsv

# Errors.
cd "$T/x" || exit 99
printf -- '---\ntitle: [broken\ndate: 2026-11-01\n---\nx\n' \
    >log/2026/2026-11-01-broken.md
sed 1d "$RD/examples/summary.tsv" >"$T/.want_out"
want_err <<'ERR'
mentor-report: log/2026/2026-11-01-broken.md:2:8: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
run 'a broken entry: reported, 65, the report still printed' 65 \
    mentor-report -f tsv --no-header
want_err <<'ERR'
mentor-report: log/2026/2026-11-01-broken.md:2:8: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
run '... also with -q' 65 mentor-report -q actions
rm log/2026/2026-11-01-broken.md
want_err <<'ERR'
mentor-report: --period: bad period '2026-13' (2026, 2026-11, 2026-Q4, 2026-W47, this-month, last-week...)
ERR
run 'a bad period is 64' 64 mentor-report --period 2026-13
want_err <<'ERR'
mentor-report: --since: bad date '2026-02-30' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'a bad date is 64' 64 mentor-report cadence --since 2026-02-30
want_err <<'ERR'
mentor-report: --period does not go with --since or --until
ERR
run '--period with --since is 64' 64 \
    mentor-report --period 2026 --since 2026-01-01
want_err <<'ERR'
mentor-report: reports print text, md, tsv, json or html, not paths
ERR
run '-f paths is 64' 64 mentor-report -f paths
want_err <<'ERR'
mentor-report: the agenda is for one person: give --with ID
ERR
run 'agenda without --with is 64' 64 mentor-report agenda
want_err <<'ERR'
mentor-report: unknown report 'progres' (summary, progress, cadence, actions, skills, wins, agenda, timeline, due, all, changes)
ERR
run 'a mistyped report is 64' 64 mentor-report progres
want_err <<'ERR'
mentor-report: no record 'nosuch'
ERR
want_out <<'OUT'
id	name	cadence	last	next_due	overdue_days	held	expected
OUT
run 'an unknown record is 66' 66 mentor-report summary nosuch -f tsv
want_err <<'ERR'
mentor-report: no person 'jane-smth' (did you mean 'jane-smith'?)
ERR
run 'an unknown --with is 66' 66 mentor-report agenda --with jane-smth
want_err <<'ERR'
mentor-report: --journals takes '-' (folders on standard input)
try 'mentor-report --help'
ERR
run '--journals DIR is 64' 64 mentor-report --journals x
want_err <<'ERR'
mentor-report: --with: given twice ('jane-smith', then 'sam-lee')
ERR
run '--with two people is 64, naming it' 64 \
    mentor-report agenda --with jane --with sam
mentor-report agenda --with jane-smith >"$T/once"
run '... one person by two names is that person' 0 sh -c \
    'mentor-report agenda --with jane --with jane-smith | cmp - "$1"' sh \
    "$T/once"
want_err <<'ERR'
mentor-report: --period: given twice ('2026', then '2025')
ERR
run '--period with two values is 64' 64 mentor-report --period 2026 --period 2025
mkdir "$T/nowhere"
cd "$T/nowhere" || exit 99
want_err <<'ERR'
mentor-report: not inside a journal (no mentor.yaml here or above)
ERR
run 'outside a journal is 66' 66 mentor-report
cd "$T" || exit 99
want_out <<'OUT'
usage: mentor-report [options] [report] [record ... | -]

Reports over a mentor journal, or a summary over many.

Reports:
  summary      people, check-ins, goals, open items and wins (the default)
  progress     each goal: milestones, the next one, the entries that are its
               evidence
  cadence      each relationship: check-ins held against expected, weeks with
               one
  actions      the open action items by person, oldest first
  skills       each skill's ratings over time
  wins         goals and milestones done, skills that rose, win entries,
               encouragement
  agenda       the next meeting's agenda: open items, last feedback and ratings
  timeline     a day a line: entries held and planned, what falls due (30 days
               back, 14 ahead)
  due          what falls due: next check-ins, milestones, action items (-f
               ics: a calendar)
  all          every report on one page (-f html) or in one JSON object
  changes      what happened between two git commits: records added, items
               done, statuses changed

Options:
  -C, --directory dir     use the journal in dir (else $MENTOR_JOURNAL, else
                          the folder holding mentor.yaml)
  -f, --format format     print text, paths, tsv, json, jsonl, md, html or ics
                          (those the command prints)
  -0, --null              records read and paths printed end with a NUL, not a
                          newline
  -q, --quiet             print nothing; exit 0 when anything matched or was
                          done, 1 when not
      --color[=when]      colour: auto (a terminal, no NO_COLOR), always or
                          never
      --no-header         no header line in tsv
  -h, --help              print this help
      --version           print the version
      --period period     within a period: 2026, 2026-Q4, 2026-11, 2026-W47,
                          this-month...
      --since date        from date on
      --until date        up to date
      --with person       about one person
      --author name       only the entries whose author is name
      --share             for sending: no prose, private entries reduced to
                          their numbers
      --at rev            the journal as it was at a git commit (HEAD~3, a tag,
                          an id), read from git
      --journal dir       a program-wide summary over journals, repeatable
      --journals -        the journals' folders from standard input

Run 'mentor-report report --help' for one report.
OUT
run '--help: usage, the reports and every option' 0 mentor-report --help
want_out <<'OUT'
id	name	cadence	expected	held	longest_gap_days	streak	last	next_due	overdue_days
ana-silva	Ana Silva	every 2-3 weeks	3	2	25	0	2026-11-10	2026-11-24	0
bo-chen	Bo Chen	weekly	0	2	10	0	2026-11-20	2026-11-27	0
OUT
run '-C DIR' 0 mentor-report -C k cadence -f tsv

# Encouragement: lines in every form outside the section, with the lines
# that look like them but are not notes; an agenda reads feedback only.
cp -R "$RD/small" "$T/enc"
chmod -R u+w "$T/enc"
cd "$T/enc" || exit 99
cat >log/2026/2026-11-18-notes-of-praise.md <<'EOF'
---
title: Notes of praise
date: 2026-11-18
with: [ana-silva]
---
## Feedback
Kind words.

## Notes
encouragement: lower case counts.
  ENCOURAGEMENT:   upper case, indented.
+ Encouragement: a plus bullet.
-Encouragement: no blank after the dash, no bullet.
- encouragement without its colon is no note.
Some Encouragement: not at the start.
~~~
Encouragement: fenced with tildes.
~~~
   ```
Encouragement: fenced, indented fence.
   ```
	Encouragement: after a tab, indented code.
 Encouragement: after a blank.
EOF
want_out <<'OUT'
Encouragement
  2026-10-16  Your outline is the best she has seen this year.
  2026-10-16  Keep the voice you have.
  2026-10-16  A paragraph of praise over two lines.
  2026-10-16  a bulleted note.
  2026-11-18  lower case counts.
  2026-11-18  upper case, indented.
  2026-11-18  a plus bullet.
  2026-11-18  after a blank.
OUT
run 'wins: Encouragement: lines in every form, and what is not one' 0 \
    sh -c 'mentor-report wins | sed -n "/^Encouragement/,\$p"'
want_out <<'OUT'
## Last feedback

> Kind words.
OUT
run 'agenda: the last feedback, whatever else the entry says' 0 \
    sh -c 'mentor-report agenda --with ana-silva -f md |
    sed -n "/^## Last feedback/,/^> /p"'

# The actions report's order (person, no one last; entry date; id; path;
# line), against sort(1), on three journals: items in entry order (most
# journals), an entry filed under another year (out of date order), and
# items for 70 people (more than the quick way takes).
cp -R "$RD/small" "$T/ord"
chmod -R u+w "$T/ord"
cat >"$T/ord/log/2026/2026-11-19-loose-ends.md" <<'EOF'
---
title: Loose ends
date: 2026-11-19
---
- [ ] An item for no one
- [ ] An item for @bo-chen
- [ ] Another for no one
EOF
# By id, this one comes second; by path ("-2.md" < ".md"), first.
cat >"$T/ord/log/2026/2026-11-19-loose-ends-2.md" <<'EOF'
---
title: Loose ends again
date: 2026-11-19
---
- [ ] A second day's item for no one
EOF
cp -R "$T/ord" "$T/ord-misfiled"
mkdir -p "$T/ord-misfiled/log/2025"
cat >"$T/ord-misfiled/log/2025/2026-11-05-misfiled.md" <<'EOF'
---
title: Filed under 2025
date: 2026-11-05
with: [ana-silva]
---
- [ ] From the misfiled entry
- [ ] And for @bo-chen
EOF
cp -R "$T/ord" "$T/ord-many"
{
	printf -- '---\ntitle: Many people\ndate: 2026-11-02\n---\n'
	i=70
	while [ $i -gt 0 ]; do
		printf -- '- [ ] Ask person %d @p%02d\n' $i $i
		i=$((i - 1))
	done
} >"$T/ord-many/log/2026/2026-11-02-many-people.md"
# Who first, with no one ("") after everyone, as item_cmp has it.
by_cmp() {
	awk -F '\t' 'BEGIN { OFS = FS } { print ($1 == "" ? "1" : "0") $1, $0 }' |
	    LC_ALL=C sort -t "$(printf '\t')" -k1,1 -k8,8 -k3,3 -k4,4 -k5,5n |
	    cut -f 2-
}
for j in ord ord-misfiled ord-many; do
	mentor-report -C "$T/$j" actions -f tsv --no-header >"$T/$j.tsv"
	by_cmp <"$T/$j.tsv" | want_out
	run "actions in order: $j" 0 \
	    mentor-report -C "$T/$j" actions -f tsv --no-header
done
# Ages: one day (singular), and a planned entry's, below zero.
cp -R "$RD/small" "$T/ages"
chmod -R u+w "$T/ages"
printf -- '---\ntitle: Yesterday\ndate: 2026-11-21\n---\n- [ ] From yesterday\n' \
    >"$T/ages/log/2026/2026-11-21-yesterday.md"
printf -- '---\ntitle: Planned\ndate: 2026-11-25\n---\n- [ ] Planned ahead\n' \
    >"$T/ages/log/2026/2026-11-25-planned.md"
want_out <<'OUT'
(no one named)
       1 day  [ ] From yesterday
              log/2026/2026-11-21-yesterday.md:5
     -3 days  [ ] Planned ahead
              log/2026/2026-11-25-planned.md:5
OUT
run 'actions: an age of one day, and of a planned entry' 0 \
    sh -c 'cd "$1" && mentor-report actions | sed -n "/^(no one/,\$p"' sh \
    "$T/ages"
check 'the orders tested: no one, a misfiled entry, over 64 people' \
    sh -c 'grep -c "^	" "$1/ord.tsv" | grep -qx 3 &&
    grep -q "misfiled" "$1/ord-misfiled.tsv" &&
    test "$(cut -f 1 "$1/ord-many.tsv" | sort -u | wc -l)" -gt 64' sh "$T"

# A journal with no one in it: no table, not even its header, in md.
mentor-init -q --owner Alex "$T/empty"
want_out <<'OUT'
# Summary for Alex: all time, as of 2026-11-22

## Relationships

no one active with a cadence

Check-ins: 0 held, 0 expected by the cadences.

## Goals

0 active, 0 paused, 0 done, 0 dropped

## Overdue milestones

- none

## Action items

0 open, 0 overdue

## Wins

0 win entries, 0 milestones done, 0 goals done
OUT
run 'summary -f md of an empty journal: no empty table' 0 \
    mentor-report -C "$T/empty" -f md

# A skill rated more often than a sparkline shows: the view keeps the last
# 24 ratings (and not the series), the data every rating.
mentor-init -q "$T/sk" --owner 'Alex Doe'
mkdir -p "$T/sk/log/2026"
k=1
while [ $k -le 30 ]; do
	d=$(printf %02d $k)
	printf -- '---\ndate: 2026-01-%s\nratings: {sql: %d}\n---\nPractised.\n' \
	    "$d" $((k % 5 + 1)) >"$T/sk/log/2026/2026-01-$d-sql.md"
	k=$((k + 1))
done
want_out <<'OUT'
Skills, rated 1 to 5: all time, as of 2026-11-22

  sql                    345123451234512345123451  2 -> 1 (-1), 30 ratings
OUT
run 'skills: a sparkline of the last 24 of 30 ratings' 0 \
    mentor-report -C "$T/sk" skills
want_out <<'OUT'
# Skills, rated 1 to 5: all time, as of 2026-11-22

- sql                    345123451234512345123451  2 -> 1 (-1), 30 ratings
OUT
run '... and in md' 0 mentor-report -C "$T/sk" skills -f md
jqcheck '... every one of them in the JSON series' \
    '.skills[0] | .count == 30 and (.series | length) == 30 and
    .first == 2 and .last == 1 and .series[0].rating == 2 and
    .series[29].date == "2026-01-30" and .series[29].rating == 1' \
    mentor-report -C "$T/sk" skills -f json
want_out <<'OUT'
name	first	last	change	count	series
sql	2	1	-1	30	2026-01-01:2,2026-01-02:3,2026-01-03:4,2026-01-04:5,2026-01-05:1,2026-01-06:2,2026-01-07:3,2026-01-08:4,2026-01-09:5,2026-01-10:1,2026-01-11:2,2026-01-12:3,2026-01-13:4,2026-01-14:5,2026-01-15:1,2026-01-16:2,2026-01-17:3,2026-01-18:4,2026-01-19:5,2026-01-20:1,2026-01-21:2,2026-01-22:3,2026-01-23:4,2026-01-24:5,2026-01-25:1,2026-01-26:2,2026-01-27:3,2026-01-28:4,2026-01-29:5,2026-01-30:1
OUT
run '... and in the tsv' 0 mentor-report -C "$T/sk" skills -f tsv
mentor-report -C "$T/sk" skills -f html >"$T/sk.html" 2>&1
check '... and in the html chart, the first six too' \
    test "$(grep -o '2026-01-0[1-6]' "$T/sk.html" | sort -u | wc -l)" -eq 6

done_testing
