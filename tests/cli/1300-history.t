#!/bin/sh
# mentor-report --at REV: the example journal made a repository of 14
# commits; every report in every format at HEAD~3 equals, byte for byte,
# the same report run in a copy of that commit's files; the work tree and
# the index are not touched; a journal in a subfolder; records given;
# what is not a commit or holds no journal.
. "$(dirname "$0")/lib.sh"

if ! command -v git >/dev/null 2>&1; then
	echo "1..0 # SKIP git is not installed"
	exit 0
fi
plan 24

GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.com
GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.com
GIT_CONFIG_NOSYSTEM=1 HOME=$T
export GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME \
    GIT_COMMITTER_EMAIL GIT_CONFIG_NOSYSTEM HOME

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
mentor-report: --journal and --journals take no records, no -C, no --with and no --at
ERR
run '--at is for one journal' 64 mentor-report --journal "$R" --at HEAD

done_testing
