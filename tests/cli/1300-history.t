#!/bin/sh
# mentor-report --at REV: the example journal made a repository of 14
# commits; every report in every format at HEAD~3 equals, byte for byte,
# the same report run in a copy of that commit's files; the work tree and
# the index are not touched; a journal in a subfolder; records given;
# what is not a commit or holds no journal.
. "$(dirname "$0")/lib.sh"

need_git
plan 33

R=$T/repo
example_copy "$R"
git -C "$R" init -q
commit() {
	msg=$1
	shift
	git -C "$R" add -- "$@" && git -C "$R" commit -q -m "$msg"
}
# A dozen commits as a journal grows: people and goals, then the entries
# a month or so at a time, then edits through the tools.
commit 'a journal' mentor.yaml .gitattributes people
commit goals goals
for m in 2026-08 2026-09-0 2026-09-[12] 2026-10-1 2026-10-2 2026-11-0 \
    2026-11-1 2026-11-2 2026-12; do
	commit "entries $m" "log/2026/$m*"
done
mentor-goals -C "$R" done public-speaking#2 >/dev/null
commit 'a milestone done' goals
mentor-people -C "$R" set sam-lee cadence=biweekly >/dev/null
commit 'a cadence' people
mentor-log -C "$R" add 'Planning the webinar' --with jane-smith \
    --kind check-in -m '- [ ] Book the room due:2026-11-30' >/dev/null
commit 'an entry' log
check 'the repository has 14 commits' \
    test "$(git -C "$R" rev-list --count HEAD)" = 14

# The files of HEAD~3, as a checkout would have them.
CO=$T/co
mkdir "$CO"
git -C "$R" archive HEAD~3 | tar -x -C "$CO"
git -C "$R" status --porcelain >"$T/status.before"
git -C "$R" ls-files -s >"$T/index.before"

# same REPORT FORMAT... [-- ARGS]: each format of the report at HEAD~3
# and in the copy: stdout, stderr and status all alike.
same() {
	rep=$1
	shift
	fmts=
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		fmts="$fmts $1"
		shift
	done
	[ $# -gt 0 ] && shift
	bad=
	for f in $fmts; do
		(cd "$R" && mentor-report --at HEAD~3 "$rep" -f "$f" "$@") \
		    >"$T/at.out" 2>"$T/at.err"
		echo $? >>"$T/at.out"
		(cd "$CO" && mentor-report "$rep" -f "$f" "$@") \
		    >"$T/co.out" 2>"$T/co.err"
		echo $? >>"$T/co.out"
		if ! cmp -s "$T/at.out" "$T/co.out" ||
		    ! cmp -s "$T/at.err" "$T/co.err"; then
			bad="$bad $f"
			diff -u "$T/co.out" "$T/at.out" | sed 's/^/# /' |
			    head -n 20
		fi
	done
	if [ -z "$bad" ]; then
		ok "--at HEAD~3 $rep:$fmts: as a checkout of it"
	else
		not_ok "--at HEAD~3 $rep: differs in$bad"
	fi
}
same summary text md tsv json html
same progress text md tsv json html
same cadence text md tsv json html
same actions text md tsv json html
same skills text md tsv json html
same wins text md tsv json html
same agenda text md tsv json html -- --with jane-smith
same timeline text md tsv json html
same due text md tsv json html ics
same all text md json html
same progress text json -- public-speaking
same summary text json -- --share --period 2026-Q4

(cd "$CO" && mentor-report -f json all) >"$T/co.json"
check '... which differs from HEAD indeed' \
    sh -c "cd '$R' && ! mentor-report -f json all | cmp -s - '$T/co.json'"

git -C "$R" status --porcelain >"$T/status.after"
git -C "$R" ls-files -s >"$T/index.after"
check 'the work tree is as it was' cmp -s "$T/status.before" \
    "$T/status.after"
check '... and the index' cmp -s "$T/index.before" "$T/index.after"

# A record that changed since: read as it was, not as it is.
(cd "$CO" && mentor-report progress -f json public-speaking) >"$T/want"
(cd "$R" && mentor-report --at HEAD~3 progress -f json goals/public-speaking.md) \
    >"$T/got"
check 'a path given reads the file as it was' cmp -s "$T/want" "$T/got"

# changes: what happened between two commits.
cd "$R" || exit 99
want_out <<'OUT'
Changes from HEAD~3 (@A@) to HEAD (@B@)

Records added
  record                                       change  what
  log/2026/2026-11-22-planning-the-webinar.md  added   Planning the webinar

Records removed
  none

Statuses changed
  none

Milestones
  record                       change           what
  goals/public-speaking.md:17  started -> done  Host a webinar to engage a wider audience due:2026-12-15 done:2026-11-22

Action items
  none
OUT
A=$(git rev-parse --short=7 HEAD~3)
B=$(git rev-parse --short=7 HEAD)
sed "s/@A@/$A/; s/@B@/$B/" "$T/.want_out" >"$T/w" && mv "$T/w" "$T/.want_out"
cp "$T/.want_out" "$T/changes.text"
run 'changes A..B: an entry added, a milestone done' 0 \
    mentor-report changes HEAD~3..HEAD
cp "$T/changes.text" "$T/.want_out"
run 'changes A: from A to HEAD' 0 mentor-report changes HEAD~3
want_out <<'OUT'
change	type	id	path	line	field	from	to	text
removed	entry	2026-11-22-planning-the-webinar	log/2026/2026-11-22-planning-the-webinar.md					Planning the webinar
milestone	goal	public-speaking	goals/public-speaking.md	17	status	done	started	Host a webinar to engage a wider audience due:2026-12-15
OUT
run 'changes backwards, in tsv: removed, and the milestone started again' \
    0 mentor-report changes HEAD..HEAD~3 -f tsv
want_out <<'OUT'
change	type	id	path	line	field	from	to	text
added	goal	lead-a-team	goals/lead-a-team.md					Lead a team of five
added	goal	public-speaking	goals/public-speaking.md					Speak confidently in public
added	goal	sql-window-functions	goals/sql-window-functions.md					Master SQL window functions
milestone	goal	lead-a-team	goals/lead-a-team.md	16	status		done	Hand the sprint demo over to Priya due:2026-09-25 done:2026-09-24
milestone	goal	public-speaking	goals/public-speaking.md	16	status		done	Complete first speaking engagement due:2026-10-15 done:2026-10-12
milestone	goal	sql-window-functions	goals/sql-window-functions.md	16	status		done	Finish the window functions chapter of the course due:2026-08-31 done:2026-08-28
milestone	goal	sql-window-functions	goals/sql-window-functions.md	17	status		done	Rewrite the churn report with ROW_NUMBER and LAG due:2026-09-30 done:2026-10-02
OUT
run '... new goals, their milestones already done' 0 \
    mentor-report changes HEAD~13..HEAD~12 -f tsv
FULL=$(git rev-parse HEAD~2)
want_out <<OUT
{"report":"changes","period":{"since":null,"until":null},"today":"2026-11-22","from":{"rev":"HEAD~2","commit":"$FULL"},"to":{"rev":"HEAD~1","commit":"$(git rev-parse HEAD~1)"},"added":[],"removed":[],"statuses":[],"milestones":[],"actions":[]}
OUT
run '... in json: a commit that changed no status' 0 \
    mentor-report changes HEAD~2..HEAD~1 -f json
mentor-report changes HEAD~3..HEAD -f md >"$T/md" 2>&1 &&
    mentor-report changes HEAD~3..HEAD -f html >"$T/html" 2>&1
check '... in md and html too' sh -c "grep -q '^## Milestones' '$T/md' &&
    grep -q 'Planning the webinar' '$T/html'"
want_err <<'ERR'
mentor-report: changes takes A..B, not 'HEAD~3...HEAD'
ERR
run 'changes A...B is a usage error' 64 mentor-report changes HEAD~3...HEAD
want_err <<'ERR'
mentor-report: changes takes one range of commits: A..B, or A for A..HEAD
try 'mentor-report --help'
ERR
run '... and so is no range' 64 mentor-report changes
want_err <<'ERR'
mentor-report: unknown revision 'nope'
ERR
run '... an unknown revision is too' 64 mentor-report changes nope..HEAD
cd "$T" || exit 99

# A journal in a subfolder of the repository, named with -C.
S=$T/outer
mkdir -p "$S/notes"
git -C "$S" init -q
example_copy "$S/notes/journal"
git -C "$S" add notes
git -C "$S" commit -q -m journal
rm "$S/notes/journal/goals/lead-a-team.md"
mentor-report -C "$S/notes/journal" --at HEAD~0 -f json progress \
    >"$T/got" 2>&1
(cd "$S" && git stash -q)
mentor-report -C "$S/notes/journal" -f json progress >"$T/want" 2>&1
check 'a journal in a subfolder: its own files at the commit' \
    cmp -s "$T/want" "$T/got"
check '... the file gone from the work tree among them' \
    grep -q '"id":"lead-a-team"' "$T/got"

want_err <<'ERR'
mentor-report: unknown revision 'HEAD~40'
ERR
run 'a revision that is not there: exit 64' 64 \
    mentor-report -C "$R" --at HEAD~40
want_err <<'ERR'
mentor-report: unknown revision '--all'
ERR
run '... nor is an option' 64 mentor-report -C "$R" --at=--all
example_copy "$T/plain"
want_err <<ERR
mentor-report: '$T/plain' is not in a git work tree
ERR
run 'a journal outside git: exit 64' 64 mentor-report -C "$T/plain" \
    --at HEAD
git -C "$S" commit -q --allow-empty -m empty
git -C "$S" rm -q -r notes
git -C "$S" commit -q -m gone
mkdir -p "$S/notes/journal"
echo 'owner: x' >"$S/notes/journal/mentor.yaml"
want_err <<ERR
mentor-report: no journal in '$S/notes/journal' at HEAD (no mentor.yaml)
ERR
run 'a commit that holds no journal there: exit 66' 66 \
    mentor-report -C "$S/notes/journal" --at HEAD
want_err <<'ERR'
mentor-report: --journal and --journals take no records, no -C, --with, --at or --author
ERR
run '--at is for one journal' 64 mentor-report --journal "$R" --at HEAD

done_testing
