#!/bin/sh
# mentor-people: every output of the example journal, check-in cadences
# on small journals, surgical and atomic edits, renames, bad input.
. "$(dirname "$0")/lib.sh"
plan 142

PD=$TESTDATA/people
CR=$(printf '\r')
TAB=$(printf '\t')
TMPDIR=$T/tmp
export TMPDIR
mkdir "$TMPDIR"

# The CRLF variant of a file, with a BOM in front.
crlf_bom() {
	printf '\357\273\277'
	sed "s/\$/$CR/" "$1"
}

# A writable copy of a file (the source tree may be read-only).
fresh() {
	rm -f "$2"
	cp "$1" "$2"
	chmod u+w "$2"
}

# The example journal: every format.
example_copy "$T/x"
cd "$T/x" || exit 99

want_out <<'OUT'
id            name          role    status     relationship  cadence   last        next        overdue
jane-smith    Jane Smith    mentor  active     formal        biweekly  2026-11-20  2026-12-04        0
maria-garcia  Maria Garcia  mentor  prospect   informal
sam-lee       Sam Lee       peer    active     peer          monthly   2026-10-14  2026-11-14        8
tom-becker    Tom Becker    mentor  contacted  virtual
OUT
run 'list -f text' 0 mentor-people list -f text

want_out <<'OUT'
people/jane-smith.md
people/maria-garcia.md
people/sam-lee.md
people/tom-becker.md
OUT
run 'list prints paths when stdout is not a terminal' 0 mentor-people list

want_out <<'OUT'
id	name	role	status	relationship	cadence	last	next	overdue
jane-smith	Jane Smith	mentor	active	formal	biweekly	2026-11-20	2026-12-04	0
maria-garcia	Maria Garcia	mentor	prospect	informal				
sam-lee	Sam Lee	peer	active	peer	monthly	2026-10-14	2026-11-14	8
tom-becker	Tom Becker	mentor	contacted	virtual				
OUT
run 'list -f tsv' 0 mentor-people list -f tsv

want_out <<'OUT'
[{"path":"people/jane-smith.md","id":"jane-smith","name":"Jane Smith","role":"mentor","status":"active","relationship":"formal","cadence":"biweekly","last":"2026-11-20","next":"2026-12-04","overdue":0},{"path":"people/maria-garcia.md","id":"maria-garcia","name":"Maria Garcia","role":"mentor","status":"prospect","relationship":"informal","cadence":null,"last":null,"next":null,"overdue":null},{"path":"people/sam-lee.md","id":"sam-lee","name":"Sam Lee","role":"peer","status":"active","relationship":"peer","cadence":"monthly","last":"2026-10-14","next":"2026-11-14","overdue":8},{"path":"people/tom-becker.md","id":"tom-becker","name":"Tom Becker","role":"mentor","status":"contacted","relationship":"virtual","cadence":null,"last":null,"next":null,"overdue":null}]
OUT
run 'list -f json' 0 mentor-people list -f json

want_out <<'OUT'
{"path":"people/jane-smith.md","id":"jane-smith","name":"Jane Smith","role":"mentor","status":"active","relationship":"formal","cadence":"biweekly","last":"2026-11-20","next":"2026-12-04","overdue":0}
{"path":"people/maria-garcia.md","id":"maria-garcia","name":"Maria Garcia","role":"mentor","status":"prospect","relationship":"informal","cadence":null,"last":null,"next":null,"overdue":null}
{"path":"people/sam-lee.md","id":"sam-lee","name":"Sam Lee","role":"peer","status":"active","relationship":"peer","cadence":"monthly","last":"2026-10-14","next":"2026-11-14","overdue":8}
{"path":"people/tom-becker.md","id":"tom-becker","name":"Tom Becker","role":"mentor","status":"contacted","relationship":"virtual","cadence":null,"last":null,"next":null,"overdue":null}
OUT
run 'list -f jsonl' 0 mentor-people list -f jsonl

want_out <<'OUT'
id            name          field                   known-for                                       connection                                                   status     contacted   follow-up
maria-garcia  Maria Garcia  Engineering management  Growing a platform team from 5 to 40 people     Alumni from my university; spoke at the alumni tech evening  prospect
tom-becker    Tom Becker    Product management      Stakeholder workshops that end with a decision  Introduced by Jane Smith after her October workshop          contacted  2026-11-10  2026-11-17
OUT
run 'list --prospects -f text' 0 mentor-people list --prospects -f text

want_out <<'OUT'
people/maria-garcia.md
people/tom-becker.md
OUT
run 'list --prospects (paths)' 0 mentor-people list --prospects

want_out <<'OUT'
id	name	field	known-for	connection	status	contacted	follow-up
maria-garcia	Maria Garcia	Engineering management	Growing a platform team from 5 to 40 people	Alumni from my university; spoke at the alumni tech evening	prospect		
tom-becker	Tom Becker	Product management	Stakeholder workshops that end with a decision	Introduced by Jane Smith after her October workshop	contacted	2026-11-10	2026-11-17
OUT
run 'list --prospects -f tsv' 0 mentor-people list --prospects -f tsv

want_out <<'OUT'
[{"path":"people/maria-garcia.md","id":"maria-garcia","name":"Maria Garcia","field":"Engineering management","known_for":"Growing a platform team from 5 to 40 people","connection":"Alumni from my university; spoke at the alumni tech evening","status":"prospect","contacted":null,"follow_up":null},{"path":"people/tom-becker.md","id":"tom-becker","name":"Tom Becker","field":"Product management","known_for":"Stakeholder workshops that end with a decision","connection":"Introduced by Jane Smith after her October workshop","status":"contacted","contacted":"2026-11-10","follow_up":"2026-11-17"}]
OUT
run 'list --prospects -f json' 0 mentor-people list --prospects -f json

want_out <<'OUT'
{"path":"people/maria-garcia.md","id":"maria-garcia","name":"Maria Garcia","field":"Engineering management","known_for":"Growing a platform team from 5 to 40 people","connection":"Alumni from my university; spoke at the alumni tech evening","status":"prospect","contacted":null,"follow_up":null}
{"path":"people/tom-becker.md","id":"tom-becker","name":"Tom Becker","field":"Product management","known_for":"Stakeholder workshops that end with a decision","connection":"Introduced by Jane Smith after her October workshop","status":"contacted","contacted":"2026-11-10","follow_up":"2026-11-17"}
OUT
run 'list --prospects -f jsonl' 0 mentor-people list --prospects -f jsonl

want_out <<'OUT'
jane-smith: Jane Smith
  active mentor, formal, by video
  field: Marketing
  known for: Cutting-edge campaigns
  connection: Speaker at a recent workshop
  areas: public-speaking, marketing, stakeholder-management
  contact: jane@example.com
  since: 2026-07-20
  cadence: biweekly
  last check-in: 2026-11-20
  next check-in due: 2026-12-04
  planned: 2026-12-04

expectations:
  - 45 minutes on video every other week, usually Monday or Tuesday morning.
  - I send the agenda the day before; Jane reads it and may swap topics.
  - I come with one concrete question and one piece of work to look at.
  - Action items go in the shared notes within a day of the call.
  - Six months to start with; we review in January whether to go on.

boundaries:
  - What we discuss stays between us, including anything about my manager.
  - Email for anything that can wait; replies within three working days.
  - No calls after 19:00 or at weekends.
  - Jane gives advice, not introductions to her own clients.

goals they mentor:
  lead-a-team  Lead a team of five
  public-speaking  Speak confidently in public

last entries:
  2026-11-20  Webinar dry run  log/2026/2026-11-20-webinar-dry-run.md
  2026-11-09  Stakeholder review prep  log/2026/2026-11-09-stakeholder-review-prep.md
  2026-10-27  Webinar outline  log/2026/2026-10-27-webinar-outline.md
  2026-10-13  Feedback on the meetup talk  log/2026/2026-10-13-feedback-on-the-meetup-talk.md
  2026-09-29  Dry run of the meetup talk  log/2026/2026-09-29-dry-run-of-the-meetup-talk.md

open action items:
  log/2026/2026-09-14-stakeholder-mapping.md:25: [/] Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders  (overdue)
  log/2026/2026-10-27-webinar-outline.md:28: [/] Build the webinar slide deck due:2026-12-05 #webinar
  log/2026/2026-10-27-webinar-outline.md:29: [ ] Send the webinar draft to @jane-smith due:2026-11-28 #webinar
  log/2026/2026-11-09-stakeholder-review-prep.md:22: [ ] Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders  (overdue)
  log/2026/2026-11-09-stakeholder-review-prep.md:23: [ ] Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation
  log/2026/2026-11-20-webinar-dry-run.md:22: [ ] Cut the live demo to five minutes due:2026-11-27 #webinar
  log/2026/2026-11-20-webinar-dry-run.md:23: [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar
OUT
run 'show (text, by prefix)' 0 mentor-people show jane

want_out <<'OUT'
# Jane Smith

- active mentor, formal, by video
- field: Marketing
- known for: Cutting-edge campaigns
- connection: Speaker at a recent workshop
- areas: public-speaking, marketing, stakeholder-management
- contact: jane@example.com
- since: 2026-07-20
- cadence: biweekly
- last check-in: 2026-11-20
- next check-in due: 2026-12-04
- planned: 2026-12-04

## Expectations

- 45 minutes on video every other week, usually Monday or Tuesday morning.
- I send the agenda the day before; Jane reads it and may swap topics.
- I come with one concrete question and one piece of work to look at.
- Action items go in the shared notes within a day of the call.
- Six months to start with; we review in January whether to go on.

## Boundaries

- What we discuss stays between us, including anything about my manager.
- Email for anything that can wait; replies within three working days.
- No calls after 19:00 or at weekends.
- Jane gives advice, not introductions to her own clients.

## Goals they mentor

- [Lead a team of five](goals/lead-a-team.md)
- [Speak confidently in public](goals/public-speaking.md)

## Last entries

- 2026-11-20 [Webinar dry run](log/2026/2026-11-20-webinar-dry-run.md)
- 2026-11-09 [Stakeholder review prep](log/2026/2026-11-09-stakeholder-review-prep.md)
- 2026-10-27 [Webinar outline](log/2026/2026-10-27-webinar-outline.md)
- 2026-10-13 [Feedback on the meetup talk](log/2026/2026-10-13-feedback-on-the-meetup-talk.md)
- 2026-09-29 [Dry run of the meetup talk](log/2026/2026-09-29-dry-run-of-the-meetup-talk.md)

## Open action items

- [/] Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders **overdue** (log/2026/2026-09-14-stakeholder-mapping.md:25)
- [/] Build the webinar slide deck due:2026-12-05 #webinar (log/2026/2026-10-27-webinar-outline.md:28)
- [ ] Send the webinar draft to @jane-smith due:2026-11-28 #webinar (log/2026/2026-10-27-webinar-outline.md:29)
- [ ] Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders **overdue** (log/2026/2026-11-09-stakeholder-review-prep.md:22)
- [ ] Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation (log/2026/2026-11-09-stakeholder-review-prep.md:23)
- [ ] Cut the live demo to five minutes due:2026-11-27 #webinar (log/2026/2026-11-20-webinar-dry-run.md:22)
- [ ] Split the ROW_NUMBER slide into two due:2026-11-27 #webinar (log/2026/2026-11-20-webinar-dry-run.md:23)
OUT
run 'show -f md' 0 mentor-people show jane-smith -f md

want_out <<'OUT'
{"id":"jane-smith","path":"people/jane-smith.md","name":"Jane Smith","role":"mentor","relationship":"formal","status":"active","field":"Marketing","known_for":"Cutting-edge campaigns","connection":"Speaker at a recent workshop","areas":["public-speaking","marketing","stakeholder-management"],"since":"2026-07-20","cadence":"biweekly","channel":"video","contact":"jane@example.com","contacted":null,"follow_up":null,"tracked":true,"last":"2026-11-20","next_due":"2026-12-04","overdue_days":0,"planned":"2026-12-04","expectations":"- 45 minutes on video every other week, usually Monday or Tuesday morning.\n- I send the agenda the day before; Jane reads it and may swap topics.\n- I come with one concrete question and one piece of work to look at.\n- Action items go in the shared notes within a day of the call.\n- Six months to start with; we review in January whether to go on.","boundaries":"- What we discuss stays between us, including anything about my manager.\n- Email for anything that can wait; replies within three working days.\n- No calls after 19:00 or at weekends.\n- Jane gives advice, not introductions to her own clients.","goals":[{"id":"lead-a-team","path":"goals/lead-a-team.md","title":"Lead a team of five","status":"active"},{"id":"public-speaking","path":"goals/public-speaking.md","title":"Speak confidently in public","status":"active"}],"entries":[{"id":"2026-11-20-webinar-dry-run","path":"log/2026/2026-11-20-webinar-dry-run.md","date":"2026-11-20","title":"Webinar dry run"},{"id":"2026-11-09-stakeholder-review-prep","path":"log/2026/2026-11-09-stakeholder-review-prep.md","date":"2026-11-09","title":"Stakeholder review prep"},{"id":"2026-10-27-webinar-outline","path":"log/2026/2026-10-27-webinar-outline.md","date":"2026-10-27","title":"Webinar outline"},{"id":"2026-10-13-feedback-on-the-meetup-talk","path":"log/2026/2026-10-13-feedback-on-the-meetup-talk.md","date":"2026-10-13","title":"Feedback on the meetup talk"},{"id":"2026-09-29-dry-run-of-the-meetup-talk","path":"log/2026/2026-09-29-dry-run-of-the-meetup-talk.md","date":"2026-09-29","title":"Dry run of the meetup talk"}],"actions":[{"path":"log/2026/2026-09-14-stakeholder-mapping.md","line":25,"status":"started","text":"Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders","due":"2026-10-31","overdue":true},{"path":"log/2026/2026-10-27-webinar-outline.md","line":28,"status":"started","text":"Build the webinar slide deck due:2026-12-05 #webinar","due":"2026-12-05","overdue":false},{"path":"log/2026/2026-10-27-webinar-outline.md","line":29,"status":"open","text":"Send the webinar draft to @jane-smith due:2026-11-28 #webinar","due":"2026-11-28","overdue":false},{"path":"log/2026/2026-11-09-stakeholder-review-prep.md","line":22,"status":"open","text":"Draft the Q4 stakeholder review agenda due:2026-11-20 #stakeholders","due":"2026-11-20","overdue":true},{"path":"log/2026/2026-11-09-stakeholder-review-prep.md","line":23,"status":"open","text":"Ask Priya which Q1 epics she wants to own due:2026-12-11 #delegation","due":"2026-12-11","overdue":false},{"path":"log/2026/2026-11-20-webinar-dry-run.md","line":22,"status":"open","text":"Cut the live demo to five minutes due:2026-11-27 #webinar","due":"2026-11-27","overdue":false},{"path":"log/2026/2026-11-20-webinar-dry-run.md","line":23,"status":"open","text":"Split the ROW_NUMBER slide into two due:2026-11-27 #webinar","due":"2026-11-27","overdue":false}]}
OUT
run 'show -f json' 0 mentor-people show jane -f json

want_out <<'OUT'
tom-becker: Tom Becker
  contacted mentor, virtual, by video
  field: Product management
  known for: Stakeholder workshops that end with a decision
  connection: Introduced by Jane Smith after her October workshop
  areas: stakeholder-management
  contact: tom.becker@example.com
  contacted: 2026-11-10, follow up by 2026-11-17

expectations:
  - Asked for a 30-minute introductory call in late November.
  - If it goes well: a call every six weeks until the Q1 stakeholder review.

boundaries:
  - Mention Jane's introduction, but do not ask him to review internal documents.
  - Follow up once after two weeks, then let it rest.

goals they mentor:
  (none)

last entries:
  2026-11-10  Reached out to Tom Becker  log/2026/2026-11-10-reached-out-to-tom-becker.md

open action items:
  log/2026/2026-11-10-reached-out-to-tom-becker.md:19: [ ] Follow up with @tom-becker if there is no reply due:2026-11-24
OUT
run 'show a contacted prospect (text)' 0 mentor-people show tom

want_out <<'OUT'
# Tom Becker

- contacted mentor, virtual, by video
- field: Product management
- known for: Stakeholder workshops that end with a decision
- connection: Introduced by Jane Smith after her October workshop
- areas: stakeholder-management
- contact: tom.becker@example.com
- contacted: 2026-11-10, follow up by 2026-11-17

## Expectations

- Asked for a 30-minute introductory call in late November.
- If it goes well: a call every six weeks until the Q1 stakeholder review.

## Boundaries

- Mention Jane's introduction, but do not ask him to review internal documents.
- Follow up once after two weeks, then let it rest.

## Goals they mentor

(none)

## Last entries

- 2026-11-10 [Reached out to Tom Becker](log/2026/2026-11-10-reached-out-to-tom-becker.md)

## Open action items

- [ ] Follow up with @tom-becker if there is no reply due:2026-11-24 (log/2026/2026-11-10-reached-out-to-tom-becker.md:19)
OUT
run 'show a contacted prospect (md)' 0 mentor-people show tom -f md

want_out <<'OUT'
{"id":"tom-becker","path":"people/tom-becker.md","name":"Tom Becker","role":"mentor","relationship":"virtual","status":"contacted","field":"Product management","known_for":"Stakeholder workshops that end with a decision","connection":"Introduced by Jane Smith after her October workshop","areas":["stakeholder-management"],"since":null,"cadence":null,"channel":"video","contact":"tom.becker@example.com","contacted":"2026-11-10","follow_up":"2026-11-17","tracked":false,"last":null,"next_due":null,"overdue_days":null,"planned":null,"expectations":"- Asked for a 30-minute introductory call in late November.\n- If it goes well: a call every six weeks until the Q1 stakeholder review.","boundaries":"- Mention Jane's introduction, but do not ask him to review internal documents.\n- Follow up once after two weeks, then let it rest.","goals":[],"entries":[{"id":"2026-11-10-reached-out-to-tom-becker","path":"log/2026/2026-11-10-reached-out-to-tom-becker.md","date":"2026-11-10","title":"Reached out to Tom Becker"}],"actions":[{"path":"log/2026/2026-11-10-reached-out-to-tom-becker.md","line":19,"status":"open","text":"Follow up with @tom-becker if there is no reply due:2026-11-24","due":"2026-11-24","overdue":false}]}
OUT
run 'show a contacted prospect (json)' 0 mentor-people show tom -f json

want_out <<'OUT'
sam-lee: Sam Lee
  active peer, peer, in person
  field: Data engineering
  known for: Query tuning on the warehouse team
  connection: Sits two desks away; we started the same month
  areas: sql, data-modelling
  contact: sam.lee@example.com
  since: 2026-08-01
  cadence: monthly
  last check-in: 2026-10-14
  next check-in due: 2026-11-14 (8 days overdue)
OUT
run 'show says how overdue a check-in is' 0 sh -c \
    'mentor-people show sam | head -n 11'

want_err <<'ERR'
mentor-people: show prints text, json or md, not tsv
ERR
run 'show -f tsv is 64' 64 mentor-people show jane -f tsv

want_err <<'ERR'
mentor-people: no person 'jane-smth' (did you mean 'jane-smith'?)
ERR
run 'an unknown person is 66 with near matches' 66 \
    mentor-people show jane-smth

# outreach: the message, in each format.
cat >"$T/maria.msg" <<'OUT'
Subject: A 30-minute conversation about Engineering management?

Hi Maria,

My name is Alex Doe.  I am working on goals close to your field:

- Lead a team of five

I am writing to you because of what you are known for: Growing a
platform team from 5 to 40 people.  How I know of you: Alumni from my
university; spoke at the alumni tech evening.

Would you be open to a 30-minute conversation in the coming weeks?  I
would send a short agenda beforehand and keep to the time.  If now is
not a good moment, I understand completely.

Thank you for considering it.

Best regards,
Alex Doe
OUT
want_out <"$T/maria.msg"
run 'outreach (text)' 0 mentor-people outreach maria
want_out <"$T/maria.msg"
run 'outreach -f md is the same' 0 mentor-people outreach maria -f md
want_out <"$T/maria.msg"
run 'outreach -f text is the same' 0 mentor-people -f text outreach maria

want_out <<'OUT'
{"id":"tom-becker","path":"people/tom-becker.md","name":"Tom Becker","contact":"tom.becker@example.com","follow_up":false,"contacted":"2026-11-10","subject":"A 30-minute conversation about Product management?","body":"Hi Tom,\n\nMy name is Alex Doe.  I am working on goals close to your field:\n\n- Lead a team of five\n\nI am writing to you because of what you are known for: Stakeholder\nworkshops that end with a decision.  How I know of you: Introduced by\nJane Smith after her October workshop.\n\nWould you be open to a 30-minute conversation in the coming weeks?  I\nwould send a short agenda beforehand and keep to the time.  If now is\nnot a good moment, I understand completely.\n\nThank you for considering it.\n\nBest regards,\nAlex Doe\n"}
OUT
run 'outreach -f json' 0 mentor-people outreach tom -f json

want_err <<'ERR'
mentor-people: outreach prints text, json or md, not tsv
ERR
run 'outreach -f tsv is 64' 64 mentor-people outreach tom -f tsv

cp people/jane-smith.md "$T/jane.md"
want_err <<'ERR'
mentor-people: 'jane-smith' is active, not a prospect: not marked
ERR
run 'outreach --mark on an active mentor is 64, printing nothing' 64 \
    mentor-people outreach jane --mark
check '... and leaves her file alone' cmp -s "$T/jane.md" people/jane-smith.md

# coverage
want_out <<'OUT'
need                    covered  people      goals                 prospects
delegation              no                   lead-a-team           maria-garcia
public-speaking         yes      jane-smith  public-speaking
sql                     yes      sam-lee     sql-window-functions
stakeholder-management  yes      jane-smith  lead-a-team
OUT
run 'coverage: uncovered needs first, with prospects' 0 mentor-people coverage

want_out <<'OUT'
need	covered	people	goals	prospects
delegation	no		lead-a-team	maria-garcia
public-speaking	yes	jane-smith	public-speaking	
sql	yes	sam-lee	sql-window-functions	
stakeholder-management	yes	jane-smith	lead-a-team	
OUT
run 'coverage -f tsv' 0 mentor-people coverage -f tsv

want_out <<'OUT'
[{"need":"delegation","covered":false,"people":[],"goals":["lead-a-team"],"prospects":["maria-garcia"]},{"need":"public-speaking","covered":true,"people":["jane-smith"],"goals":["public-speaking"],"prospects":[]},{"need":"sql","covered":true,"people":["sam-lee"],"goals":["sql-window-functions"],"prospects":[]},{"need":"stakeholder-management","covered":true,"people":["jane-smith"],"goals":["lead-a-team"],"prospects":[]}]
OUT
run 'coverage -f json: arrays of ids' 0 mentor-people coverage -f json

want_out <<'OUT'
{"need":"delegation","covered":false,"people":[],"goals":["lead-a-team"],"prospects":["maria-garcia"]}
{"need":"public-speaking","covered":true,"people":["jane-smith"],"goals":["public-speaking"],"prospects":[]}
{"need":"sql","covered":true,"people":["sam-lee"],"goals":["sql-window-functions"],"prospects":[]}
{"need":"stakeholder-management","covered":true,"people":["jane-smith"],"goals":["lead-a-team"],"prospects":[]}
OUT
run 'coverage -f jsonl' 0 mentor-people coverage -f jsonl

want_err <<'ERR'
mentor-people: coverage prints text, tsv, json or jsonl, not paths
ERR
run 'coverage -f paths is 64' 64 mentor-people coverage -f paths

# Pause Jane: public-speaking loses its mentor, Tom would cover
# stakeholder-management only if Jane did not.
mentor-people -q set jane status=paused
want_out <<'OUT'
need                    covered  people   goals                 prospects
public-speaking         no                public-speaking
delegation              no                lead-a-team           maria-garcia
stakeholder-management  no                lead-a-team           tom-becker
sql                     yes      sam-lee  sql-window-functions
OUT
run 'coverage counts only active people' 0 mentor-people coverage
want_out <<'OUT'
jane-smith	Jane Smith	mentor	paused	formal	biweekly	2026-11-20		
OUT
run 'a paused person keeps a last check-in, nothing is due' 0 \
    mentor-people list -f tsv --no-header jane
cp "$T/jane.md" people/jane-smith.md

# Filters.
want_out <<'OUT'
people/jane-smith.md
people/maria-garcia.md
people/tom-becker.md
OUT
run 'list --role' 0 mentor-people list --role mentor

want_out <<'OUT'
people/maria-garcia.md
people/tom-becker.md
OUT
run 'list --status a,b' 0 mentor-people list --status prospect,contacted

want_out <<'OUT'
people/sam-lee.md
OUT
run 'list --relationship' 0 mentor-people list --relationship peer

run 'list --grep is case-sensitive' 1 mentor-people list --grep berlin

want_out <<'OUT'
people/tom-becker.md
OUT
run 'list --grep -i (the body)' 0 mentor-people list -i --grep berlin

want_out <<'OUT'
people/jane-smith.md
people/sam-lee.md
OUT
run 'list --grep matches name, field, known-for, connection' 0 \
    mentor-people list --grep '^(Jane|Data eng)'

run 'list --grep leaves keys and enum values out' 1 \
    mentor-people list --grep 'contacted|biweekly|informal'

want_out <<'OUT'
people/tom-becker.md
people/sam-lee.md
OUT
run 'list -r -n 2' 0 mentor-people list -r -n 2

want_out <<'OUT'
people/jane-smith.md
OUT
run 'filters combine (--role, --status, -n)' 0 \
    mentor-people list --role mentor --status active,contacted -n 1

run 'list -q: nothing matched is 1' 1 mentor-people list -q --role mentee
run 'list -q: a match is 0, printing nothing' 0 mentor-people list -q --role peer
run 'list -n 0 lists nothing (1)' 1 mentor-people list -n 0

want_out <<'OUT'
[]
OUT
run 'an empty json list is [] (1)' 1 mentor-people list -f json --role mentee

want_err <<'ERR'
mentor-people: --status: unknown value 'bogus' (one of: prospect, contacted, active, paused, ended)
ERR
run 'list --status with a bad value is 64' 64 \
    mentor-people list --status active,bogus

want_err <<'ERR'
mentor-people: --role: unknown value 'boss' (one of: mentor, mentee, peer)
ERR
run 'list --role with a bad value is 64' 64 mentor-people list --role boss

want_err <<'ERR'
mentor-people: --relationship: unknown value 'close' (one of: formal, informal, traditional, peer, reverse, group, virtual)
ERR
run 'list --relationship with a bad value is 64' 64 \
    mentor-people list --relationship close

# Pipes.
want_out <<'OUT'
tom-becker	Tom Becker	mentor	contacted	virtual				
jane-smith	Jane Smith	mentor	active	formal	biweekly	2026-11-20	2026-12-04	0
OUT
run 'list - reads ids and paths, keeping their order' 0 sh -c \
    'printf "tom\npeople/jane-smith.md\n" | mentor-people list -f tsv --no-header -'

mentor-people list -f tsv --no-header >"$T/tsv"
mentor-people list -f tsv --no-header - <"$T/tsv" >"$T/got"
check 'list -f tsv | list - gives the same list back' cmp -s "$T/tsv" "$T/got"

printf 'people/maria-garcia.md\0people/tom-becker.md\0' >"$T/want0"
mentor-people list -0 --prospects | mentor-people list -0 - >"$T/got0"
check 'list -0 | list -0 - (NUL-separated round trip)' \
    cmp -s "$T/want0" "$T/got0"

want_out <<'OUT'
sam-lee
jane-smith
OUT
run 'the most overdue first, with sort and cut' 0 sh -c \
    "mentor-people list -f tsv --no-header --status active | sort -t '$TAB' -k9,9nr | cut -f1"

if command -v jq >/dev/null 2>&1; then
	want_out <<'OUT'
sam-lee	8
OUT
	run 'list -f json | jq: overdue check-ins' 0 sh -c \
	    'mentor-people list -f json | jq -r ".[] | select(.overdue > 0) | \"\(.id)\t\(.overdue)\""'
	want_out <<'OUT'
tom-becker
OUT
	run 'list --prospects -f jsonl | jq: follow-ups due' 0 sh -c \
	    'mentor-people list --prospects -f jsonl | jq -r "select(.follow_up != null and .follow_up <= \"2026-11-22\") | .id"'
	want_out <<'OUT'
delegation: maria-garcia
OUT
	run 'coverage -f json | jq' 0 sh -c \
	    'mentor-people coverage -f json | jq -r ".[] | select(.covered | not) | \"\(.need): \(.prospects | join(\",\"))\""'
else
	ok 'list -f json | jq: overdue check-ins # SKIP no jq'
	ok 'list --prospects -f jsonl | jq: follow-ups due # SKIP no jq'
	ok 'coverage -f json | jq # SKIP no jq'
fi

want_out <<'OUT'
A 30-minute conversation about Engineering management?
Hi Maria,
OUT
run 'outreach is a mail: Subject, a blank line, the body' 0 sh -c \
    'mentor-people outreach maria | sed -n "1s/^Subject: //p;3p"'

# Cadences, on small journals built here, each day fixed.
# newj DIR: an empty journal with mentor.yaml's cadence monthly.
newj() {
	mentor-init -q "$1" --owner 'Alex Doe'
}
# person DIR ID FRONT-MATTER-LINES
person() {
	printf -- '---\nname: %s\n%b---\n' "$2" "$3" >"$1/people/$2.md"
}
# entry DIR DATE KIND WITH
entry() {
	mkdir -p "$1/log/${2%%-*}"
	printf -- '---\ntitle: %s with %s\ndate: %s\nkind: %s\nwith: %s\n---\n' \
	    "$3" "$4" "$2" "$3" "$4" >"$1/log/${2%%-*}/$2-$3-$(echo "$4" |
	    tr -dc 'a-z0-9-').md"
}

C=$T/c1
newj "$C"
person "$C" jan 'status: active\ncadence: monthly\n'
person "$C" leap 'status: active\ncadence: monthly\n'
person "$C" apr 'status: active\ncadence: monthly\n'
person "$C" dec 'status: active\ncadence: monthly\n'
person "$C" feb 'status: active\ncadence: monthly\n'
person "$C" qtr 'status: active\ncadence: quarterly\n'
entry "$C" 2027-01-31 check-in '[jan]'
entry "$C" 2028-01-31 meeting '[leap]'
entry "$C" 2027-03-31 check-in '[apr]'
entry "$C" 2026-12-31 feedback '[dec]'
entry "$C" 2027-02-28 check-in '[feb]'
entry "$C" 2026-11-30 check-in '[qtr]'
want_out <<'OUT'
apr	apr		active		monthly			
dec	dec		active		monthly	2026-12-31	2027-01-31	29
feb	feb		active		monthly	2027-02-28	2027-03-28	0
jan	jan		active		monthly	2027-01-31	2027-02-28	1
leap	leap		active		monthly			
qtr	qtr		active		quarterly	2026-11-30	2027-02-28	1
OUT
run 'monthly from 31 January is due 28 February; quarterly too' 0 \
    env MENTOR_TODAY=2027-03-01 mentor-people -C "$C" list -f tsv --no-header

want_out <<'OUT'
jan	jan		active		monthly	2027-01-31	2027-02-28	0
feb	feb		active		monthly	2027-02-28	2027-03-28	0
OUT
run '... not overdue on the due day; from 28 February, 28 March' 0 \
    env MENTOR_TODAY=2027-02-28 mentor-people -C "$C" list -f tsv \
    --no-header jan feb

want_out <<'OUT'
leap	leap		active		monthly	2028-01-31	2028-02-29	1
apr	apr		active		monthly	2027-03-31	2027-04-30	306
OUT
run '... in a leap year 29 February; from 31 March, 30 April' 0 \
    env MENTOR_TODAY=2028-03-01 mentor-people -C "$C" list -f tsv \
    --no-header leap apr

C=$T/c2
newj "$C"
person "$C" wk 'status: active\ncadence: weekly\n'
person "$C" ten 'status: active\ncadence: every 10 days\n'
person "$C" m29 'status: active\ncadence: monthly\n'
person "$C" y29 'status: active\ncadence: every 12 months\n'
person "$C" win 'status: active\ncadence: every 2-3 weeks\n'
entry "$C" 2028-02-22 check-in '[wk]'
entry "$C" 2028-02-25 meeting '[ten]'
entry "$C" 2028-02-29 check-in '[m29, y29]'
entry "$C" 2028-02-15 check-in '[win]'
for today in 2028-03-01 2028-03-07 2028-03-10; do
	case $today in
	2028-03-01) o_m29=0 o_ten=0 o_win=0 o_wk=1 ;;
	2028-03-07) o_m29=0 o_ten=1 o_win=0 o_wk=7 ;;
	2028-03-10) o_m29=0 o_ten=4 o_win=3 o_wk=10 ;;
	esac
	want_out <<OUT
m29	m29		active		monthly	2028-02-29	2028-03-29	$o_m29
ten	ten		active		every 10 days	2028-02-25	2028-03-06	$o_ten
win	win		active		every 2-3 weeks	2028-02-15	2028-02-29	$o_win
wk	wk		active		weekly	2028-02-22	2028-02-29	$o_wk
y29	y29		active		every 12 months	2028-02-29	2029-02-28	0
OUT
	run "leap days, every 10 days, a 2-3 week window on $today" 0 \
	    env MENTOR_TODAY=$today mentor-people -C "$C" list -f tsv --no-header
done

C=$T/c3
newj "$C"
person "$C" ten 'status: active\ncadence: every 10 days\nsince: 2026-09-01\n'
person "$C" new 'status: active\ncadence: biweekly\nsince: 2026-10-15\n'
person "$C" nodate 'status: active\ncadence: weekly\n'
person "$C" deflt 'status: active\nsince: 2026-08-31\n'
person "$C" today 'cadence: weekly\n'
person "$C" paused 'status: paused\ncadence: weekly\nsince: 2026-01-01\n'
person "$C" ended 'status: ended\nsince: 2026-01-01\n'
person "$C" prospect 'status: prospect\ncadence: weekly\n'
person "$C" bad 'status: active\ncadence: fortnightly\nsince: 2026-01-01\n'
entry "$C" 2026-10-20 check-in 'ten'
entry "$C" 2026-11-01 check-in '[ten, paused, ended, prospect, bad]'
entry "$C" 2026-11-05 note '[ten, new]'
entry "$C" 2026-11-06 win '[ten]'
entry "$C" 2026-11-30 check-in '[ten]'
entry "$C" 2026-10-31 meeting '[deflt]'
entry "$C" 2026-11-22 feedback '[today]'
# A cadence that is none: used as far as it goes, with a warning, by every
# reader of the journal.
BADCAD="mentor-people: $C/people/bad.md:4:10: warning: cadence: 'fortnightly' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months) [cadence]"
echo "$BADCAD" | want_err
want_out <<'OUT'
bad	bad		active		fortnightly	2026-11-01		
deflt	deflt		active		monthly	2026-10-31	2026-11-30	0
ended	ended		ended			2026-11-01		
new	new		active		biweekly		2026-10-29	24
nodate	nodate		active		weekly			
paused	paused		paused		weekly	2026-11-01		
prospect	prospect		prospect		weekly	2026-11-01		
ten	ten		active		every 10 days	2026-11-01	2026-11-11	11
today	today		active		weekly	2026-11-22	2026-11-29	0
OUT
run 'since, planned entries, kinds, fallback, untracked people' 0 \
    mentor-people -C "$C" list -f tsv --no-header

echo "$BADCAD" | want_err
want_out <<'OUT'
ten	ten		active		every 10 days	2026-11-30	2026-12-10	0
new	new		active		biweekly		2026-10-29	32
OUT
run 'a planned check-in counts on its day' 0 env MENTOR_TODAY=2026-11-30 \
    mentor-people -C "$C" list -f tsv --no-header ten new

echo "$BADCAD" | want_err
want_out <<'OUT'
ten: ten
  active
  since: 2026-09-01
  cadence: every 10 days
  last check-in: 2026-11-01
  next check-in due: 2026-11-11 (11 days overdue)
  planned: 2026-11-30
OUT
run 'show names the planned check-in' 0 sh -c \
    "mentor-people -C '$C' show ten | head -n 7"

echo "$BADCAD" | want_err
want_out <<'OUT'
paused: paused
  paused
  since: 2026-01-01
  cadence: weekly (not tracked: paused)
  last check-in: 2026-11-01
OUT
run 'show: a paused person is not tracked' 0 sh -c \
    "mentor-people -C '$C' show paused | head -n 5"

echo "$BADCAD" | want_err
want_out <<'OUT'
{"tracked":false,"last":"2026-11-01","next_due":null,"overdue_days":null}
OUT
run 'show -f json: not tracked' 0 sh -c \
    "mentor-people -C '$C' show paused -f json | sed 's/.*\(\"tracked\":[a-z]*,\"last\":[^,]*,\"next_due\":[^,]*,\"overdue_days\":[^,]*\).*/{\1}/'"

# add: the file exactly, slugs, -2, refusals.
J=$T/a
newj "$J"
cd "$J" || exit 99
want_out <<'OUT'
people/maria-jose-o-brien.md
OUT
# shellcheck disable=SC1112
run 'add prints the path of the new person' 0 mentor-people add \
    '  María José O’Brien ' --role mentor --relationship formal \
    --status active --field 'Data: science' --known-for 'Talks at #conf' \
    --connection "Met at the O'Reilly meetup" --cadence 'every 2-3 weeks' \
    --channel video --contact 'mjob@example.com' --since -1w
cat >"$T/expected" <<'EOF2'
---
name: María José O’Brien
role: mentor
relationship: formal
status: active
field: "Data: science"
known-for: "Talks at #conf"
connection: Met at the O'Reilly meetup
since: 2026-11-15
cadence: every 2-3 weeks
channel: video
contact: mjob@example.com
author: tester
---
## Expectations

## Boundaries
EOF2
check '... with every field written, quoted only where YAML needs it' \
    cmp -s "$T/expected" people/maria-jose-o-brien.md

want_out <<'OUT'
people/maria-jose-o-brien-2.md
OUT
want_err <<'ERR'
mentor-people: people/maria-jose-o-brien.md is named 'María José O’Brien' too; added people/maria-jose-o-brien-2.md
ERR
# shellcheck disable=SC1112
run 'the same name again gives -2, naming the other' 0 \
    mentor-people add 'María José O’Brien'
cat >"$T/expected" <<'EOF2'
---
name: María José O’Brien
status: prospect
author: tester
---
## Expectations

## Boundaries
EOF2
check '... a prospect by default, nothing else' \
    cmp -s "$T/expected" people/maria-jose-o-brien-2.md

want_out <<'OUT'
people/person-26ee51.md
OUT
run 'a name without a letter or digit: person and a stable suffix' 0 \
    mentor-people add '日本'
want_out <<'OUT'
people/person-5f5ce7.md
OUT
run '... another such name gets another suffix, not person-2' 0 \
    mentor-people add '日本語'

run 'add -q writes, printing nothing' 0 mentor-people -q add 'Quiet One'
check '... the file is there' test -f people/quiet-one.md

for a in '--role boss' '--relationship close' '--status sleeping' \
    '--channel pigeon'; do
	# shellcheck disable=SC2086
	set -- $a
	case $1 in
	--role) vals='mentor, mentee, peer' ;;
	--relationship) vals='formal, informal, traditional, peer, reverse, group, virtual' ;;
	--status) vals='prospect, contacted, active, paused, ended' ;;
	--channel) vals='in-person, video, phone, email, chat' ;;
	esac
	want_err <<ERR
mentor-people: $1: unknown value '$2' (one of: $vals)
ERR
	# shellcheck disable=SC2086
	run "add $a is 64 naming the option" 64 mentor-people add Bad $a
done

want_err <<'ERR'
mentor-people: --role: given twice ('mentor', then 'peer')
ERR
run 'add with an option given two values is 64, naming it' 64 \
    mentor-people add Twice --role mentor --role peer
check '... nothing written' test ! -e people/twice.md

want_err <<'ERR'
mentor-people: --cadence: 'fortnightly' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months)
ERR
run 'add --cadence with a bad cadence is 64' 64 \
    mentor-people add Bad --cadence fortnightly

want_err <<'ERR'
mentor-people: --cadence: 'every 3-2 weeks' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months)
ERR
run 'add --cadence with a window backwards is 64' 64 \
    mentor-people add Bad --cadence 'every 3-2 weeks'

want_err <<'ERR'
mentor-people: --since: bad date '2026-02-30' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'add --since with a bad date is 64' 64 \
    mentor-people add Bad --since 2026-02-30

want_err <<'ERR'
mentor-people: the name is empty
ERR
run 'add with a blank name is 64' 64 mentor-people add '   '

want_err <<'ERR'
mentor-people: --field must be one line
ERR
run 'add with a text of two lines is 64' 64 mentor-people add Bad \
    --field "$(printf 'a\nb')"

want_err <<'ERR'
mentor-people: --mark does not go with add
try 'mentor-people add --help'
ERR
run 'an option of another command is 64, naming it' 64 \
    mentor-people add Bad --mark

check 'refused adds create nothing' test ! -e people/bad.md
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 5 records
ERR
run 'every person added here checks clean' 0 mentor-check

# set and outreach --mark: surgical, validated, atomic.
fresh "$PD/prospect.md" people/maria-garcia.md
want_out <<'OUT'
people/maria-garcia.md
OUT
run 'set several keys' 0 mentor-people set maria-garcia role=peer \
    'cadence=every 2-3 weeks' since=-1w channel= areas=a,' b ' \
    'known-for=Platform: teams' 'name=María García'
check '... each value replaced in place, nothing else changed' \
    cmp -s "$PD/prospect.set.expected" people/maria-garcia.md

fresh "$PD/prospect.md" people/maria-garcia.md
for a in status=sleeping role=boss 'cadence=every fortnight' \
    since=2026-13-01 contacted=soon name= =x nokey; do
	case $a in
	status=*) msg="status: unknown value 'sleeping' (one of: prospect, contacted, active, paused, ended)" ;;
	role=*) msg="role: unknown value 'boss' (one of: mentor, mentee, peer)" ;;
	cadence=*) msg="cadence: 'every fortnight' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months)" ;;
	since=*) msg="since: bad date '2026-13-01' (YYYY-MM-DD, today, +3d, friday, eom...)" ;;
	contacted=*) msg="contacted: bad date 'soon' (YYYY-MM-DD, today, +3d, friday, eom...)" ;;
	name=) msg="'name' cannot be removed: a person needs one" ;;
	*) msg="bad assignment '$a' (want key=value)" ;;
	esac
	want_err <<ERR
mentor-people: $msg
ERR
	run "set $a is 64" 64 mentor-people set maria-garcia role=mentee "$a"
done
check '... and none of them touched the file' \
    cmp -s "$PD/prospect.md" people/maria-garcia.md

want_err <<'ERR'
mentor-people: no person 'maria-garcai' (did you mean 'maria-garcia'?)
ERR
run 'set on an unknown person is 66' 66 \
    mentor-people set maria-garcai status=active

mentor-people -q add 'Maria Gómez'
want_err <<'ERR'
mentor-people: 'maria-g' is ambiguous: maria-garcia maria-gomez
ERR
run 'an ambiguous prefix is 64, listing the candidates' 64 \
    mentor-people set maria-g status=active
rm people/maria-gomez.md

cat >"$T/maria.msg" <<'OUT'
Subject: A 30-minute conversation about Engineering management?

Hi Maria,

My name is Alex Doe.

I am writing to you because of what you are known for: Growing a
platform team from 5 to 40 people.  How I know of you: Alumni from my
university: spoke at the alumni tech evening.

Would you be open to a 30-minute conversation in the coming weeks?  I
would send a short agenda beforehand and keep to the time.  If now is
not a good moment, I understand completely.

Thank you for considering it.

Best regards,
Alex Doe
OUT
want_out <"$T/maria.msg"
run 'outreach --mark prints the message' 0 mentor-people outreach maria-garcia --mark
check '... and sets status and contacted, surgically' \
    cmp -s "$PD/prospect.mark.expected" people/maria-garcia.md

want_out <<'OUT'
maria-garcia	Maria Garcia	Engineering management	Growing a platform team from 5 to 40 people	Alumni from my university: spoke at the alumni tech evening.	contacted	2026-11-22	2026-11-29
OUT
run '... so she is followed up in a week' 0 \
    mentor-people list --prospects -f tsv --no-header maria-garcia

entry "$J" 2026-11-25 note '[maria-garcia]'
want_out <<'OUT'
maria-garcia	Maria Garcia	Engineering management	Growing a platform team from 5 to 40 people	Alumni from my university: spoke at the alumni tech evening.	contacted	2026-11-22	
OUT
run '... unless an entry with her is dated after it' 0 \
    mentor-people list --prospects -f tsv --no-header maria-garcia

# CRLF and a BOM survive --mark.
rm -f people/maria-garcia.md
crlf_bom "$PD/prospect.md" >people/maria-garcia.md
crlf_bom "$PD/prospect.mark.expected" >"$T/expected"
run 'outreach -q --mark on a CRLF file with a BOM' 0 \
    mentor-people -q outreach maria-garcia --mark
check '... keeps the CRLF and the BOM' \
    cmp -s "$T/expected" people/maria-garcia.md

# Broken front matter: 65 with path:line:col, the file untouched.
printf -- '---\nname: Broken\nstatus: [active\n---\n## Expectations\n' \
    >people/broken.md
cp people/broken.md "$T/broken.md"
for args in 'set broken status=active' 'show broken' 'outreach broken' \
    'outreach broken --mark'; do
	want_err <<'ERR'
mentor-people: people/broken.md:3:9: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
	# shellcheck disable=SC2086
	run "broken front matter: $args is 65" 65 mentor-people $args
done
check '... and the broken person is untouched' \
    cmp -s "$T/broken.md" people/broken.md

want_out <<'OUT'
people/maria-garcia.md
people/maria-jose-o-brien.md
people/maria-jose-o-brien-2.md
OUT
want_err <<'ERR'
mentor-people: people/broken.md:3:9: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
run 'list reports a broken person, lists the rest, exits 65' 65 \
    mentor-people list --grep Mar

cp "$EXAMPLES/journal/mentor.yaml" mentor.yaml
want_out <<'OUT'
need                    covered  people  goals  prospects
public-speaking         no
delegation              no                      maria-garcia
sql                     no
stakeholder-management  no
OUT
want_err <<'ERR'
mentor-people: people/broken.md:3:9: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
ERR
run 'coverage reports a broken person too (65)' 65 mentor-people coverage
rm people/broken.md

# A lock held by another writer: 75 naming it, nothing written.
cp people/maria-garcia.md "$T/maria.md"
: >people/maria-garcia.md.lock
want_err <<'ERR'
mentor-people: 'people/maria-garcia.md.lock' is held by another writer (remove it if no mentor program is running)
ERR
run 'a held lock: set is 75' 75 env MENTOR_LOCK_TIMEOUT=0.2 \
    mentor-people set maria-garcia status=active
check '... the file is untouched and the lock left alone' \
    sh -c "cmp -s '$T/maria.md' people/maria-garcia.md && test -e people/maria-garcia.md.lock"
rm people/maria-garcia.md.lock

# rename: every reference, all or nothing.
R=$T/r
cp -R "$PD/rename" "$R"
chmod -R u+w "$R"
cd "$R" || exit 99
crlf_bom "$PD/rename/log/2026/2026-10-03-scalar.md" \
    >log/2026/2026-10-03-scalar.md
cp -R "$R" "$T/r.before"

want_err <<'ERR'
mentor-people: cannot rename to 'people/sam-lee.md': a person with that id exists
ERR
run 'rename to a taken id is 73' 73 mentor-people rename jane-smith sam-lee
check '... and changes nothing' diff -r "$T/r.before" "$R"

want_err <<'ERR'
mentor-people: 'Jane Doe' is not a valid id (lowercase letters, digits and '-'; perhaps 'jane-doe')
ERR
run 'rename to a bad id is 64' 64 mentor-people rename jane-smith 'Jane Doe'

printf -- '---\ndate: 2026-12-31\nwith: [jane-smith\n---\n' \
    >log/2026/2026-12-31-broken.md
cp log/2026/2026-12-31-broken.md "$T/r.before/log/2026/"
: >log/2026/2026-10-02-block.md.lock
want_err <<'ERR'
mentor-people: removed 'log/2026/2026-10-02-block.md.lock', a lock left by an interrupted writer
mentor-people: log/2026/2026-12-31-broken.md:3:7: bad YAML: did not find expected ',' or ']' while parsing a flow sequence
mentor-people: nothing renamed
ERR
run 'rename stopped by a broken entry is 65 (a stale lock is removed)' \
    65 mentor-people rename jane-smith jane-doe
check '... and puts back what it had rewritten' diff -r "$T/r.before" "$R"
rm log/2026/2026-12-31-broken.md "$T/r.before/log/2026/2026-12-31-broken.md"

want_out <<'OUT'
people/jane-doe.md
OUT
run 'rename prints the new path' 0 mentor-people rename jane-smith jane-doe
crlf_bom "$PD/rename.expected/log/2026/2026-10-03-scalar.md" \
    >"$T/scalar.expected"
check 'with, mentor and @id rewritten (quotes kept), nothing else' sh -c \
    "diff -r -x 2026-10-03-scalar.md '$PD/rename.expected' '$R'"
check 'a quoted single value in a CRLF file with a BOM' \
    cmp -s "$T/scalar.expected" log/2026/2026-10-03-scalar.md
want_out <<'OUT'
goals/speak.md:14:40: warning: @jane-smith-x names no person [mentions]
OUT
want_err <<'ERR'
mentor-check: 0 errors, 1 warning in 9 records
ERR
run 'the renamed journal checks as before' 0 mentor-check

# edit: EDITOR scripts.
cat >"$T/ed-active" <<'EOF2'
#!/bin/sh
sed 's/^status: prospect$/status: active/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
cat >"$T/ed-enum" <<'EOF2'
#!/bin/sh
sed 's/^status: .*/status: sleeping/' "$1" >"$1.new" && mv "$1.new" "$1"
EOF2
chmod +x "$T/ed-active" "$T/ed-enum"
cp people/jane-smithson.md "$T/js.md"
sed 's/^status: prospect$/status: active/' "$T/js.md" >"$T/expected"
want_out <<'OUT'
people/jane-smithson.md
OUT
run 'edit replaces the file with the edited copy' 0 \
    env EDITOR="$T/ed-active" mentor-people edit jane-smithson </dev/null
check '... exactly' cmp -s "$T/expected" people/jane-smithson.md
cp "$T/js.md" people/jane-smithson.md
want_err <<'ERR'
mentor-people: people/jane-smithson.md:4:9: error: status: unknown value 'sleeping' (one of: prospect, contacted, active, paused, ended) [enums]
mentor-people: abandoned; 'people/jane-smithson.md' is unchanged
ERR
run 'an edit that breaks a check is abandoned (1)' 1 \
    env EDITOR="$T/ed-enum" mentor-people edit jane-smithson </dev/null
check '... and the file is untouched' cmp -s "$T/js.md" people/jane-smithson.md
check 'edit leaves no temporary files' test -z "$(ls "$TMPDIR")"

# Usage.
want_err <<'ERR'
mentor-people: unknown command 'frobnicate' (add, list, show, set, rename, outreach, answer, coverage, edit)
try 'mentor-people --help'
ERR
run 'an unknown command is 64' 64 mentor-people frobnicate

want_out <<'OUT'
usage: mentor-people outreach person [--follow-up] [--mark] [-f text|json|md]

Draft a first message to a prospect, or a follow-up.

Options:
      --mark              record that it went: status contacted, contacted:
                          today
      --follow-up         a follow-up to the first message, for one not
                          answered

And the options of every command: see 'mentor-people --help'.
OUT
run 'COMMAND --help is its usage, what it does and its options' 0 \
    mentor-people outreach --help

want_err <<'ERR'
mentor-people: --prospects does not go with show
try 'mentor-people show --help'
ERR
run 'list options do not go with show' 64 mentor-people show jane --prospects

want_err <<'ERR'
mentor-people: -n: bad number 'x'
ERR
run 'a bad -n is 64' 64 mentor-people list -n x

want_err <<'ERR'
mentor-people: rename: missing arguments (want a person and their new id)
try 'mentor-people rename --help'
ERR
run 'rename with one argument is 64, saying what is missing' 64 \
    mentor-people rename jane-doe

cd "$T" || exit 99
mkdir "$T/nowhere"
want_err <<'ERR'
mentor-people: not inside a journal (no mentor.yaml here or above)
ERR
run 'outside a journal is 66' 66 sh -c 'cd nowhere && mentor-people list'

newj "$T/noneeds"
want_err <<'ERR'
mentor-people: mentor.yaml lists no needs (needs: [public-speaking, sql])
ERR
run 'coverage without needs is 1' 1 mentor-people -C "$T/noneeds" coverage

want_out <<OUT
$T/noneeds/people/first.md
OUT
run 'add -C: the path starts with the -C value' 0 \
    mentor-people -C "$T/noneeds" add First

# A person's own @id mentions follow the rename too.
example_copy "$T/own"
printf -- '- [ ] ask @sam-lee about the course\n' >>"$T/own/people/sam-lee.md"
want_out <<OUT
$T/own/people/samuel-lee.md
OUT
run 'rename rewrites the own @id mentions of the record' 0 \
    mentor-people -C "$T/own" rename sam-lee samuel-lee
check '... in the file at its new name' \
    grep -q '^- \[ \] ask @samuel-lee about the course$' \
    "$T/own/people/samuel-lee.md"

done_testing
