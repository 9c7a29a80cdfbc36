#!/bin/sh
# mentor-people from prospect to mentor: add with everything the seed
# table holds (field, known-for, connection, areas, contacted) and the
# agreement (expectations, boundaries); a second person of the same name;
# the first message in the user's own words, the follow-up, the answer;
# list --overdue.
. "$(dirname "$0")/lib.sh"
plan 44

J=$T/j
mentor-init -q "$J" --owner 'Alex Doe' || exit 99
cd "$J" || exit 99

# add: every field of the prospect table, and the agreement.
want_out <<'OUT'
people/priya-nair.md
OUT
run 'add takes areas, contacted, expectations and boundaries' 0 \
    mentor-people add 'Priya Nair' --role mentor --relationship virtual \
    --field 'Data engineering' --known-for 'TikTok explainers on SQL' \
    --connection 'Speaker at a recent workshop' \
    --areas 'sql, data-modelling' --areas sql,public-speaking \
    --contacted 2026-11-01 --contact priya@example.com \
    --expect '45 minutes every other week' \
    --expect 'I send the agenda the day before' \
    --boundary 'No calls after 19:00'
cat >"$T/expected" <<'EOF'
---
name: Priya Nair
role: mentor
relationship: virtual
status: contacted
field: Data engineering
known-for: TikTok explainers on SQL
connection: Speaker at a recent workshop
areas: [sql, data-modelling, public-speaking]
contact: priya@example.com
contacted: 2026-11-01
author: tester
---
## Expectations
- 45 minutes every other week
- I send the agenda the day before

## Boundaries
- No calls after 19:00
EOF
check '... each area once, in order; contacted makes the status contacted' \
    cmp -s "$T/expected" people/priya-nair.md

want_out <<'OUT'
people/ken-ito.md
OUT
run '--status wins over the status --contacted implies' 0 \
    mentor-people add 'Ken Ito' --contacted -3w --status prospect \
    --known-for 'Kubernetes operators' --field 'Platform engineering'
cat >"$T/expected" <<'EOF'
---
name: Ken Ito
status: prospect
field: Platform engineering
known-for: Kubernetes operators
contacted: 2026-11-01
author: tester
---
## Expectations

## Boundaries
EOF
check '... relative dates written as dates' cmp -s "$T/expected" people/ken-ito.md

want_out <<'OUT'
people/priya-nair-2.md
OUT
want_err <<'ERR'
mentor-people: people/priya-nair.md is named 'Priya Nair' too; added people/priya-nair-2.md
ERR
run 'a second Priya Nair is added, naming the first' 0 \
    mentor-people add 'PRIYA  nair'
printf -- '---\nname: priya nair\n---\n' >people/pn.md
want_out <<'OUT'
people/priya-nair-3.md
OUT
want_err <<'ERR'
mentor-people: people/pn.md is named 'priya nair' too; added people/priya-nair-3.md
mentor-people: people/priya-nair.md is named 'Priya Nair' too; added people/priya-nair-3.md
mentor-people: people/priya-nair-2.md is named 'PRIYA  nair' too; added people/priya-nair-3.md
ERR
run '... found by name, whatever their file is called' 0 \
    mentor-people add 'Priya Nair'
rm people/pn.md people/priya-nair-2.md people/priya-nair-3.md
want_out <<'OUT'
OUT
run '... and nothing is said of a new name' 0 sh -c \
    "mentor-people add 'Noor Haddad' >/dev/null; rm people/noor-haddad.md"

for a in "--expect ''" "--boundary '  '" "--areas ' , '"; do
	case $a in
	--expect*) msg='--expect is empty' ;;
	--boundary*) msg='--boundary is empty' ;;
	*) msg='--areas: no area given' ;;
	esac
	echo "mentor-people: $msg" | want_err
	run "add $a is 64, nothing written" 64 sh -c "mentor-people add Bad $a"
done
check '... no file was made' test ! -e people/bad.md
want_err <<'ERR'
mentor-people: --expect must be one line
ERR
run 'a two-line expectation is 64' 64 mentor-people add Bad --expect 'a
b'
want_err <<'ERR'
mentor-people: --contacted: bad date 'soon' (YYYY-MM-DD, today, +3d, friday, eom...)
ERR
run 'a bad --contacted is 64' 64 mentor-people add Bad --contacted soon
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 2 records
ERR
run 'what add wrote checks clean' 0 mentor-check

# The first message: their words as written, after a colon.
cat >"$T/priya.msg" <<'OUT'
Subject: A 30-minute conversation about Data engineering?

Hi Priya,

My name is Alex Doe.

I am writing to you because of what you are known for: TikTok explainers
on SQL.  How I know of you: Speaker at a recent workshop.

Would you be open to a 30-minute conversation in the coming weeks?  I
would send a short agenda beforehand and keep to the time.  If now is
not a good moment, I understand completely.

Thank you for considering it.

Best regards,
Alex Doe
OUT
want_out <"$T/priya.msg"
run 'outreach keeps the case of known-for and connection' 0 \
    mentor-people outreach priya
want_out <<'OUT'
I am writing to you because of what you are known for: Kubernetes
operators.
OUT
run '... Kubernetes stays Kubernetes' 0 sh -c \
    'mentor-people outreach ken | sed -n "/^I am writing/,/^\$/p" | sed "\$d"'
mentor-people -q set ken 'known-for=Are you sure?' \
    'connection=alumni of my university.' || exit 99
want_out <<'OUT'
I am writing to you because of what you are known for: Are you sure?
How I know of you: alumni of my university.
OUT
run '... no full stop after a question mark, none doubled' 0 sh -c \
    'mentor-people outreach ken | sed -n "/^I am writing/,/^\$/p" | sed "\$d"'
mentor-people -q set ken known-for= || exit 99
want_out <<'OUT'
How I know of you: alumni of my university.
OUT
run '... a connection alone reads as well' 0 sh -c \
    'mentor-people outreach ken | sed -n "/^How I know/,/^\$/p" | sed "\$d"'

# The follow-up.
cat >"$T/follow.msg" <<'OUT'
Subject: Re: A 30-minute conversation about Data engineering?

Hi Priya,

I wrote to you on 1 November 2026 to ask for a 30-minute conversation,
and I am following up in case my message got lost.

My name is Alex Doe.

If you have time in the coming weeks, I would be glad to talk for 30
minutes.  I would send a short agenda beforehand and keep to the time.
If now is not a good moment, I understand completely, and I will not
write again.

Thank you for considering it.

Best regards,
Alex Doe
OUT
want_out <"$T/follow.msg"
run 'outreach --follow-up: the reminder of the first message' 0 \
    mentor-people outreach priya --follow-up
want_out <<'OUT'
{"id":"priya-nair","follow_up":true,"contacted":"2026-11-01","subject":"Re: A 30-minute conversation about Data engineering?"}
OUT
run '... and in JSON' 0 sh -c "mentor-people outreach priya --follow-up \
    -f json | sed 's/\"path.*\"follow_up\"/\"follow_up\"/; s/,\"body.*/}/'"
want_err <<'ERR'
mentor-people: 'ken-ito' has no contacted date: nothing to follow up (outreach --mark records the first message)
ERR
mentor-people -q set ken contacted= || exit 99
run '--follow-up to someone never contacted is 64, printing nothing' 64 \
    mentor-people outreach ken --follow-up
mentor-people -q outreach ken --mark || exit 99
want_err <<'ERR'
mentor-people: 'ken-ito' was contacted on 2026-11-22: a follow-up is due from 2026-11-29
ERR
run '--follow-up before it is due: printed, with a warning' 0 sh -c \
    'mentor-people outreach ken --follow-up >/dev/null'
mkdir -p log/2026
printf -- '---\ntitle: Call\ndate: 2026-11-05\nkind: meeting\nwith: [priya-nair]\n---\nx\n' \
    >log/2026/2026-11-05-call.md
want_err <<'ERR'
mentor-people: an entry with 'priya-nair' is dated after 2026-11-01, when they were contacted: have they answered?
ERR
run '... after an entry with them: printed, with a warning' 0 sh -c \
    'mentor-people outreach priya --follow-up >/dev/null'
rm log/2026/2026-11-05-call.md
cp people/priya-nair.md "$T/priya.md"
want_out <"$T/follow.msg"
run 'outreach --follow-up --mark prints the follow-up' 0 \
    mentor-people outreach priya --follow-up --mark
sed 's/^contacted: 2026-11-01/contacted: 2026-11-22/' "$T/priya.md" \
    >"$T/expected"
check '... and makes contacted today, nothing else' \
    cmp -s "$T/expected" people/priya-nair.md
want_out <<'OUT'
priya-nair	Priya Nair	Data engineering	TikTok explainers on SQL	Speaker at a recent workshop	contacted	2026-11-22	2026-11-29
OUT
run '... so the next follow-up is a week later' 0 \
    mentor-people list --prospects -f tsv --no-header priya

# The answer.
cp people/ken-ito.md "$T/ken.md"
want_out <<'OUT'
people/ken-ito.md
OUT
run 'answer no ends it' 0 mentor-people answer ken no
sed 's/^status: contacted/status: ended/' "$T/ken.md" >"$T/expected"
check '... status ended, contacted kept' cmp -s "$T/expected" people/ken-ito.md
want_err <<'ERR'
mentor-people: 'ken-ito' is ended, not a prospect: no answer to record
ERR
run '... a second answer is 64' 64 mentor-people answer ken yes
want_out <<'OUT'
people/priya-nair.md
OUT
run 'answer yes --cadence' 0 \
    mentor-people answer priya yes --cadence 'every 2-3 weeks' --since monday
cat >"$T/expected" <<'EOF'
---
name: Priya Nair
role: mentor
relationship: virtual
status: active
field: Data engineering
known-for: TikTok explainers on SQL
connection: Speaker at a recent workshop
areas: [sql, data-modelling, public-speaking]
contact: priya@example.com
contacted: 2026-11-22
author: tester
since: 2026-11-23
cadence: every 2-3 weeks
---
## Expectations
- 45 minutes every other week
- I send the agenda the day before

## Boundaries
- No calls after 19:00
EOF
check '... makes her active from --since, with the cadence' \
    cmp -s "$T/expected" people/priya-nair.md
want_err <<'ERR'
mentor-people: answer is yes or no, not 'maybe'
try 'mentor-people answer --help'
ERR
run 'answer maybe is 64' 64 mentor-people answer ken maybe
want_err <<'ERR'
mentor-people: --since, --cadence, --expect and --boundary go with yes
try 'mentor-people answer --help'
ERR
run 'answer no --cadence is 64' 64 mentor-people answer ken no --cadence weekly
want_err <<'ERR'
mentor-people: --cadence: 'fortnightly' is not a cadence (daily, weekly, biweekly, monthly, quarterly, every N days|weeks|months, every N-M days|weeks|months)
ERR
mentor-people -q add Lee --status prospect || exit 99
cp people/lee.md "$T/lee.md"
run 'answer yes with a bad cadence is 64, nothing written' 64 \
    mentor-people answer lee yes --cadence fortnightly
check '... the file untouched' cmp -s "$T/lee.md" people/lee.md
want_out <<'OUT'
people/lee.md
OUT
run 'answer yes --expect --boundary: the agreement into its sections' 0 \
    mentor-people answer lee yes --expect 'A call a month' \
    --expect ' Notes shared the day after ' --boundary 'Not on Fridays'
cat >"$T/expected" <<'EOF'
---
name: Lee
status: active
author: tester
since: 2026-11-22
---
## Expectations
- A call a month
- Notes shared the day after

## Boundaries
- Not on Fridays
EOF
check '... since today, each bullet trimmed, after its section' \
    cmp -s "$T/expected" people/lee.md
want_err <<'ERR'
mentor-check: 0 errors, 0 warnings in 3 records
ERR
run 'what outreach and answer wrote checks clean' 0 mentor-check

# list --overdue: tracked and late only.
example_copy "$T/x"
cd "$T/x" || exit 99
want_out <<'OUT'
sam-lee	Sam Lee	peer	active	peer	monthly	2026-10-14	2026-11-14	8
OUT
run 'list --overdue: the people whose check-in is overdue' 0 \
    mentor-people list --overdue -f tsv --no-header
run '... none on the day before Sam fell due: exit 1' 1 \
    env MENTOR_TODAY=2026-11-14 mentor-people list --overdue
want_out <<'OUT'
people/sam-lee.md
OUT
run '... with the other filters' 0 mentor-people list --overdue --role peer
run '... none matching all: exit 1' 1 mentor-people list --overdue --role mentor
want_err <<'ERR'
mentor-people: --prospects and --overdue do not go together: prospects are not tracked
ERR
run '--overdue --prospects is 64' 64 mentor-people list --overdue --prospects
want_err <<'ERR'
mentor-people: --overdue does not go with add
try 'mentor-people add --help'
ERR
run '--overdue is for list' 64 mentor-people add X --overdue

done_testing
