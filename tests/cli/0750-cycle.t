#!/bin/sh
# The mentoring cycle of the seed articles, end to end, with commands
# only: prospects found (field, known-for, connection), approached and
# followed up; an answer and the agreement (expectations, boundaries);
# short- and long-term goals with milestones; check-ins on a window
# cadence, the last one planned ahead from the agenda; feedback and action
# items done; a goal finished; ratings over time.  Five months, each
# command on its own day (MENTOR_TODAY).  Every number the reports give
# is written here by hand, counted on a calendar (see the comments).
. "$(dirname "$0")/lib.sh"
plan 24

J=$T/j
# On DAY, run a mentor command, printing nothing; the test stops if it fails.
on() {
	day=$1
	shift
	MENTOR_TODAY=$day mentor "$@" >/dev/null || {
		echo "Bail out! mentor $* on $day failed"
		exit 1
	}
}

# Wed 1 July 2026: a journal, what to grow, the prospects of the table.
mentor init -q "$J" --owner 'Alex Doe' || exit 99
cd "$J" || exit 99
on 2026-07-01 config set needs public-speaking,marketing scaling
on 2026-07-01 people add 'John Doe' --role mentor --field Technology \
    --known-for 'Scaling startups' \
    --connection 'Alumni from your university' --areas scaling
on 2026-07-01 people add 'Jane Smith' --role mentor --relationship formal \
    --field Marketing --known-for 'Cutting-edge campaigns' \
    --connection 'Speaker at a recent workshop' \
    --areas public-speaking,marketing --channel video
want_out <<'OUT'
I am writing to you because of what you are known for: Cutting-edge
campaigns.  How I know of you: Speaker at a recent workshop.
OUT
run 'the first message quotes her words as written' 0 sh -c \
    'MENTOR_TODAY=2026-07-01 mentor people outreach jane --mark |
    sed -n "/^I am writing/,/^\$/p" | sed "\$d"'
on 2026-07-01 people outreach john --mark
want_out <<'OUT'
jane-smith	Jane Smith	Marketing	Cutting-edge campaigns	Speaker at a recent workshop	contacted	2026-07-01	2026-07-08
john-doe	John Doe	Technology	Scaling startups	Alumni from your university	contacted	2026-07-01	2026-07-08
OUT
run 'both contacted, each followed up a week later' 0 env \
    MENTOR_TODAY=2026-07-06 mentor people list --prospects -f tsv --no-header

# Mon 6 July: Jane says yes; the agreement.  Thu 9 July: John has not
# answered, he gets the follow-up; on 20 July he says no.
on 2026-07-06 people answer jane yes --since 2026-07-08 \
    --cadence 'every 2-3 weeks' --expect '45 minutes on video' \
    --expect 'I send the agenda the day before' \
    --boundary 'No calls after 19:00'
want_out <<'OUT'
Subject: Re: A 30-minute conversation about Technology?

Hi John,

I wrote to you on 1 July 2026 to ask for a 30-minute conversation, and I
am following up in case my message got lost.
OUT
run 'the follow-up to John' 0 sh -c \
    'MENTOR_TODAY=2026-07-09 mentor people outreach john --follow-up --mark |
    sed 6q'
on 2026-07-20 people answer john no

# Wed 8 July: the goals, short and long term, with their milestones.
on 2026-07-08 goals add 'Speak confidently in public' --term long \
    --due 2027-06-30 --mentor jane --skill public-speaking
on 2026-07-08 goals milestone speak 'Complete first speaking engagement' \
    --due 2026-09-15
on 2026-07-08 goals milestone speak \
    'Host a webinar to engage a wider audience' --due 2026-11-15
on 2026-07-08 goals milestone speak \
    'Receive a speaker rating of 4/5 or higher' --due 2027-03-01
on 2026-07-08 goals add 'Learn campaign analytics' --term short \
    --due 2026-10-31 --mentor jane --skill marketing
on 2026-07-08 goals milestone learn 'Finish the analytics course' \
    --due 2026-08-31
on 2026-07-08 goals milestone learn 'Build a campaign dashboard' \
    --due 2026-10-15

# Check-ins with Jane every three weeks, on Wednesdays; feedback, wins,
# action items done, ratings.
on 2026-07-08 log add 'Kick-off with Jane' --kind meeting --with jane \
    --goal speak --rate public-speaking=2 --rate confidence=2 \
    -m '## Action items
- [ ] Draft the talk outline due:2026-07-22'
on 2026-07-20 log done 2026-07-08-kick-off-with-jane#1
on 2026-07-29 log add 'Check-in with Jane' --kind check-in --with jane \
    --rate public-speaking=2 -m 'The outline, section by section.'
on 2026-08-19 log add 'Check-in with Jane' --kind check-in --with jane \
    -m 'Course progress.'
on 2026-08-28 goals done learn#1
on 2026-09-09 log add 'Check-in with Jane' --kind check-in --with jane \
    --goal speak --rate public-speaking=3 --rate confidence=3 \
    -m 'A dry run of the talk.'
on 2026-09-16 log add 'First meetup talk' --kind win --goal speak \
    -m 'Forty people, three questions.'
on 2026-09-16 goals done speak --match 'first speaking'
on 2026-09-30 log add 'Feedback on the meetup talk' --kind feedback \
    --with jane --goal speak --rate public-speaking=3 -m '## Feedback
Went well: the opening story.
To improve: slides too dense.
Encouragement: you are ready for a bigger room.'
on 2026-10-14 goals done learn --match dashboard
on 2026-10-21 log add 'Check-in with Jane' --kind check-in --with jane \
    --goal speak --rate public-speaking=4 --rate confidence=4 \
    -m '## Action items
- [ ] Send the webinar draft to @jane-smith due:2026-11-04'
on 2026-10-28 goals done learn
on 2026-11-03 log done 2026-10-21-check-in-with-jane#1
on 2026-11-11 log add 'Check-in with Jane' --kind check-in --with jane \
    --goal speak -m '## Action items
- [ ] Book the room for the January talk due:2026-12-10'
on 2026-11-12 goals done speak --match webinar

# Fri 20 November: the next check-in planned from the agenda.
want_out <<'OUT'
log/2026/2026-12-02-check-in-with-jane.md
OUT
run 'the agenda, piped into the next entry, planned ahead' 0 sh -c \
    'MENTOR_TODAY=2026-11-20 mentor report agenda --with jane -f md |
    MENTOR_TODAY=2026-11-20 mentor log add "Check-in with Jane" \
    --kind check-in --with jane --date 2026-12-02 -F -'
check '... it says planned: true, and carries the open item' sh -c \
    'grep -q "^planned: true\$" log/2026/2026-12-02-check-in-with-jane.md &&
    grep -q "^- Book the room for the January talk" \
    log/2026/2026-12-02-check-in-with-jane.md'

# Wed 25 November: the reports.
MENTOR_TODAY=2026-11-25
export MENTOR_TODAY
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 13 records
ERR
run 'the journal checks clean: every record written by commands' 0 mentor check

# Jane's window, since 8 July, steps 21 days: 8 and 29 July, 19 August,
# 9 and 30 September, 21 October, 11 November are expected by today (the
# next, 2 December, is ahead); all seven were held, on time.  The win of
# 16 September is not with her.  Longest gap: 21 days; the last, 11
# November, makes the next due 25 November (2 weeks), late 2 December.
want_out <<'OUT'
jane-smith	Jane Smith	every 2-3 weeks	7	7	21	7	2026-11-11	2026-11-25	0
OUT
run 'cadence: 7 held of 7 expected, streak 7' 0 \
    mentor report cadence -f tsv --no-header
want_out <<'OUT'
jane-smith	Jane Smith	every 2-3 weeks	2	2	21	7	2026-11-11	2026-11-25	0
OUT
run '... over September: 9 and 30 September, both held' 0 \
    mentor report cadence --period 2026-09 -f tsv --no-header
want_out <<'OUT'
jane-smith	Jane Smith	every 2-3 weeks	2026-11-11	2026-11-25	0	7	7
OUT
run 'summary: the relationship' 0 mentor report summary -f tsv --no-header

# Goals: analytics done (2/2, done 28 October), speaking active with 2 of
# 3 milestones done (16 September, 12 November), next the rating in 2027.
# One open action item (the room, from 11 November, 14 days), none late.
# Wins: 1 win entry; milestones done 28 August, 16 September,
# 14 October, 12 November; 1 goal.
want_out <<'OUT'
Goals
  1 active, 0 paused, 1 done, 0 dropped
  Learn campaign analytics       ########## 2/2  done
  Speak confidently in public    #######... 2/3  active

Overdue milestones
  none

Action items
  1 open, 0 overdue, the oldest from 2026-11-11 (14 days)

Wins
  1 win entry, 4 milestones done, 1 goal done
OUT
run 'summary: goals, milestones, actions, wins' 0 sh -c \
    'mentor report summary | sed -n "/^Goals/,\$p"'
want_out <<'OUT'
Wins: all time, as of 2026-11-25

Goals achieved
  2026-10-28  Learn campaign analytics

Milestones achieved
  2026-08-28  Learn campaign analytics: Finish the analytics course
  2026-09-16  Speak confidently in public: Complete first speaking engagement
  2026-10-14  Learn campaign analytics: Build a campaign dashboard
  2026-11-12  Speak confidently in public: Host a webinar to engage a wider audience

Personal growth
  public-speaking rose from 2 to 4 (5 ratings)
  confidence rose from 2 to 4 (3 ratings)
  2026-09-16  win: First meetup talk

Encouragement
  2026-09-30  you are ready for a bigger room.
OUT
run 'wins: the goal finished, the milestones, the ratings that rose' 0 \
    mentor report wins
want_out <<'OUT'
Goals achieved
  none yet
OUT
run '... the goal is a win of October, not of November' 0 sh -c \
    'mentor report wins --period 2026-11 | sed -n 3,4p'
# Ratings: public-speaking 2, 2, 3, 3, 4 (8 and 29 July, 9 and 30
# September, 21 October); confidence 2, 3, 4.
want_out <<'OUT'
public-speaking	2	4	2	5	2026-07-08:2,2026-07-29:2,2026-09-09:3,2026-09-30:3,2026-10-21:4
confidence	2	4	2	3	2026-07-08:2,2026-09-09:3,2026-10-21:4
OUT
run 'skills: ratings over time' 0 mentor report skills -f tsv --no-header
# Evidence for speaking: the entries citing it held by today: 8 July,
# 9 and 16 and 30 September, 21 October, 11 November (the planned one of
# 2 December is none).
want_out <<'OUT'
learn-campaign-analytics	Learn campaign analytics	done	2	2			false	2026-10-31	-25	0
speak-confidently-in-public	Speak confidently in public	active	2	3	Receive a speaker rating of 4/5 or higher due:2027-03-01	2027-03-01	false	2027-06-30	217	6
OUT
run 'progress: each goal, its next milestone, its evidence' 0 \
    mentor report progress -f tsv --no-header
# The timeline, 27 October to 9 December: the goal done, the last
# check-in, the webinar milestone (line 13 of its goal), Jane's next
# check-in due and the planned one (the webinar draft, done before its
# day, is due no more).
want_out <<'OUT'
2026-10-28	goal_done	learn-campaign-analytics	goals/learn-campaign-analytics.md		Learn campaign analytics
2026-11-11	held	2026-11-11-check-in-with-jane	log/2026/2026-11-11-check-in-with-jane.md		Check-in with Jane
2026-11-12	milestone_done	speak-confidently-in-public	goals/speak-confidently-in-public.md	13	Host a webinar to engage a wider audience due:2026-11-15 done:2026-11-12
2026-11-25	checkin_due	jane-smith			Jane Smith
2026-12-02	planned	2026-12-02-check-in-with-jane	log/2026/2026-12-02-check-in-with-jane.md		Check-in with Jane
OUT
run 'timeline: 30 days back and 14 ahead, the planned check-in and the one due' \
    0 mentor report timeline -f tsv --no-header
want_out <<'OUT'
learn-campaign-analytics	done	short	2026-10-31	2/2		no	Learn campaign analytics
speak-confidently-in-public	active	long	2027-06-30	2/3	2027-03-01	no	Speak confidently in public
OUT
run 'goals list: progress, next, nothing overdue' 0 \
    mentor goals list -f tsv --no-header
want_out <<'OUT'
jane-smith	Jane Smith	mentor	active	formal	every 2-3 weeks	2026-11-11	2026-11-25	0
john-doe	John Doe	mentor	ended					
OUT
run 'people: Jane a mentor, John ended' 0 mentor people list -f tsv --no-header
run 'people list --overdue: no one' 1 mentor people list --overdue
want_out <<'OUT'
expectations:
  - 45 minutes on video
  - I send the agenda the day before

boundaries:
  - No calls after 19:00
OUT
run 'people show: the agreement' 0 sh -c \
    'mentor people show jane | sed -n "/^expectations:/,/^\$/p;/^boundaries:/,/^  -.*19/p"'
want_out <<'OUT'
scaling	no			
public-speaking	yes	jane-smith	speak-confidently-in-public	
marketing	yes	jane-smith	learn-campaign-analytics	
OUT
run 'coverage: scaling uncovered, John having said no' 0 \
    mentor people coverage -f tsv --no-header
want_out <<'OUT'
log/2026/2026-11-11-check-in-with-jane.md:10: [ ] Book the room for the January talk due:2026-12-10
OUT
run 'actions: the one open item' 0 mentor log actions

# Wed 2 December: the planned check-in is held once written up.
cat >"$T/notes.sh" <<'EOF'
#!/bin/sh
printf '\nWe chose the venue.\n' >>"$1"
EOF
chmod +x "$T/notes.sh"
want_err <<'ERR'
mentor-log: log/2026/2026-12-02-check-in-with-jane.md: written up: no longer planned
ERR
want_out <<'OUT'
log/2026/2026-12-02-check-in-with-jane.md
OUT
run 'written up on its day: held' 0 env MENTOR_TODAY=2026-12-02 \
    EDITOR="$T/notes.sh" mentor log edit 2026-12-02
# Expected by 2 December: the seven, and 2 December itself; held: eight.
want_out <<'OUT'
jane-smith	Jane Smith	every 2-3 weeks	8	8	21	8	2026-12-02	2026-12-16	0
OUT
run '... 8 held of 8 expected' 0 env MENTOR_TODAY=2026-12-02 \
    mentor report cadence -f tsv --no-header
want_out <<'OUT'
mentor: A 30-minute conversation about Marketing?
OUT
run 'and the outreach subject still reads her field as written' 0 sh -c \
    'mentor people outreach jane | sed -n "1s/^Subject: /mentor: /p"'

done_testing
