#!/bin/sh
# mentor-check on malformed records.  tests/data/bad is a small journal: a
# valid mentor.yaml, person (jane-smith) and goal (public-speaking), and
# one bad record a case, each X.md with the exact expected stdout of
# `mentor-check -C . X.md` (run from the journal's root) in X.want
# (people/unknown-key.want: with --strict).
# Records that would be fragile or huge in git (a NUL byte, invalid UTF-8,
# over 16 MiB, 32 levels of nesting) are made here in the copy; their .want
# files are committed.
. "$(dirname "$0")/lib.sh"

plan 67

J=$T/journal
cp -R "$TESTDATA/bad" "$J" || exit 99
chmod -R u+w "$J" || exit 99
cd "$J" || exit 99

# pad N: N bytes of 'a' (no newline).
pad() {
	dd if=/dev/zero bs=1048576 count=17 2>/dev/null | tr '\0' a |
	    head -c "$1"
}
head_len=$(printf -- '---\nname: Sam Lee\n---\n' | wc -c)

printf -- '---\nname: Sam\000 Lee\n---\nA NUL byte in the name.\n' \
    >people/nul-byte.md
printf -- '---\nname: Sam Lee\nfield: Caf\303\050\n---\nInvalid UTF-8.\n' \
    >people/invalid-utf8.md
# 16 MiB is the limit: one byte more is refused, exactly 16 MiB is read.
{ printf -- '---\nname: Sam Lee\n---\n'; pad $((16777217 - head_len)); } \
    >people/too-big.md
{ printf -- '---\nname: Sam Lee\n---\n'; pad $((16777216 - head_len)); } \
    >people/exactly-16-mib.md
# 32 levels of nesting are read (the mapping and 31 lists), so this one is
# only a wrong shape for tags; goals/deep-nesting.md has 33.
{
	printf -- '---\ntitle: Nested 32 levels\ntags: '
	i=0
	while [ $i -lt 31 ]; do printf '['; i=$((i + 1)); done
	printf x
	i=0
	while [ $i -lt 31 ]; do printf ']'; i=$((i + 1)); done
	printf '\n---\n'
} >goals/nested-32-levels.md

if [ "$(wc -c <people/too-big.md)" -ne 16777217 ] ||
    [ "$(wc -c <people/exactly-16-mib.md)" -ne 16777216 ]; then
	echo "Bail out! cannot make the 16 MiB records"
	exit 1
fi

crashes=0

# Count a run that crashed: a signal, or a sanitizer's report on stderr.
note_crash() {
	if [ "$status" -ge 128 ] ||
	    grep -e Sanitizer -e 'runtime error' "$T/.err" >/dev/null; then
		crashes=$((crashes + 1))
		echo "# crashed (exit status $status): $*"
	fi
}

plural() {
	if [ "$1" -eq 1 ]; then
		echo "$1 $2"
	else
		echo "$1 $2s"
	fi
}

# bad_record DESCRIPTION STATUS ERRORS WARNINGS RECORD [OPTION ...]
bad_record() {
	br_desc=$1
	br_status=$2
	br_rec=$5
	echo "mentor-check: $(plural "$3" error), $(plural "$4" warning)" \
	    "in 1 record" | want_err
	shift 5
	want_out <"${br_rec%.md}.want"
	run "$br_rec: $br_desc" "$br_status" mentor-check "$@" -C . "$br_rec"
	note_crash "$br_rec"
}

# clean_record DESCRIPTION RECORD [OPTION ...]: no diagnostics, exit 0.
clean_record() {
	cr_desc=$1
	cr_rec=$2
	shift 2
	echo "mentor-check: 0 errors, 0 warnings in 1 record" | want_err
	run "$cr_rec: $cr_desc" 0 mentor-check "$@" -C . "$cr_rec"
	note_crash "$cr_rec"
}

# The valid records the bad ones refer to, and the limits' edges.
clean_record 'the valid person' people/jane-smith.md --strict
clean_record 'the valid goal' goals/public-speaking.md --strict
clean_record 'exactly 16 MiB is read' people/exactly-16-mib.md

# Records that cannot be parsed: exit 65.
bad_record 'bad indentation' 65 1 0 people/bad-indent.md
bad_record 'unclosed flow list' 65 1 0 people/unclosed-flow-list.md
bad_record 'unclosed quote' 65 1 0 people/unclosed-quote.md
bad_record 'colon in an unquoted value' 65 1 0 people/colon-in-value.md
bad_record 'no closing ---' 65 1 0 people/no-closing-line.md
bad_record 'no front matter' 65 1 0 people/no-front-matter.md
bad_record 'an alias' 65 1 0 people/alias.md
bad_record 'an anchor' 65 1 0 people/anchor.md
bad_record 'a tag on a scalar' 65 1 0 people/yaml-tag.md
bad_record 'a tag on a list' 65 1 0 goals/yaml-tag.md
bad_record 'a second YAML document' 65 1 0 \
    log/2026/2026-01-01-second-document.md
bad_record 'nested deeper than 32' 65 1 0 goals/deep-nesting.md
bad_record 'a duplicate key' 65 1 0 people/duplicate-key.md
bad_record 'front matter is a list' 65 1 0 people/list-front-matter.md
bad_record 'front matter is a scalar' 65 1 0 people/scalar-front-matter.md
bad_record 'tabs for indentation' 65 1 0 people/tab-indent.md
bad_record 'a NUL byte' 65 1 0 people/nul-byte.md
bad_record 'invalid UTF-8' 65 1 0 people/invalid-utf8.md
bad_record 'over 16 MiB' 65 1 0 people/too-big.md

# Wrong shapes and values: exit 1.
bad_record '32 levels are read' 1 1 0 goals/nested-32-levels.md
bad_record 'name is a list' 1 1 0 people/name-list.md
bad_record 'with is a mapping' 1 1 0 log/2026/2026-10-01-with-mapping.md
bad_record 'ratings is a list' 1 1 0 log/2026/2026-10-02-ratings-list.md
bad_record 'private: maybe' 1 1 0 log/2026/2026-10-03-private-maybe.md
bad_record 'unknown role' 1 1 0 people/bad-role.md
bad_record 'unknown relationship' 1 1 0 people/bad-relationship.md
bad_record 'unknown person status' 1 1 0 people/bad-status.md
bad_record 'unknown channel' 1 1 0 people/bad-channel.md
bad_record 'unknown channel after a BOM' 1 1 0 people/bom-bad-channel.md
bad_record 'unknown term' 1 1 0 goals/bad-term.md
bad_record 'unknown goal status' 1 1 0 goals/bad-goal-status.md
bad_record 'unknown kind' 1 1 0 log/2026/2026-10-04-bad-kind.md
bad_record 'since: 30 February' 1 1 0 people/bad-since.md
bad_record 'created: month 13' 1 1 0 goals/bad-created.md
bad_record 'due: 29 February 2025' 1 1 0 goals/bad-due.md
bad_record 'date: 31 April' 1 1 0 \
    log/2026/2026-04-30-april-thirty-first.md
bad_record 'milestone due:2026-11-31' 1 1 0 goals/bad-due-token.md
bad_record 'action item due:tomorrow' 1 1 0 \
    log/2026/2026-10-11-bad-action-due.md
bad_record 'done: on open and started items' 1 2 0 \
    log/2026/2026-10-09-done-on-open-item.md
bad_record 'with names nobody' 1 1 0 log/2026/2026-10-05-dangling-with.md
bad_record 'mentor misspelt' 1 1 0 goals/dangling-mentor.md
bad_record 'goals names no goal' 1 1 0 log/2026/2026-10-06-dangling-goal.md
bad_record 'bad cadence' 1 1 0 people/bad-cadence.md
bad_record 'bad duration' 1 1 0 log/2026/2026-10-07-bad-duration.md
bad_record 'ratings 0, 6, 3.5 and "high"' 1 4 0 \
    log/2026/2026-10-08-ratings-out-of-range.md
bad_record 'milestone due before the goal' 1 1 0 goals/early-milestone.md
bad_record 'person without a name' 1 1 0 people/no-name.md
bad_record 'goal without a title' 1 1 0 goals/no-title.md
bad_record 'entry without a date, in its file name either' 1 1 1 \
    log/2026/no-date.md
bad_record 'empty name' 1 1 0 people/empty-name.md
bad_record 'title is an empty string' 1 1 0 goals/empty-title.md

# Warnings only: exit 0, or 1 with --strict.
bad_record 'date disagrees with the file name' 0 0 1 \
    log/2026/2026-11-02-date-disagrees.md
bad_record 'entry in the wrong year folder' 0 0 1 \
    log/2025/2026-01-05-wrong-year.md
bad_record 'entry file name without a date' 0 0 1 log/2026/note.md
bad_record 'file name is not a slug' 0 0 1 'people/Bad Name.md'
bad_record '@mention names nobody' 0 0 1 \
    log/2026/2026-11-05-unknown-mention.md
bad_record 'unknown key with --strict' 1 0 1 people/unknown-key.md --strict
clean_record 'unknown key without --strict' people/unknown-key.md
clean_record 'no date key: the file name gives it' \
    log/2026/2026-10-10-dated-by-name.md --strict
clean_record 'a date with a time of day' log/2026/2026-10-11-jekyll-date.md \
    --strict

# The whole journal with --strict: every record is checked in order
# (people, goals, then entries, each by id), stdout is exactly the .want
# files in that order, and the exit status is 65 (65 wins over 1).
for dir in people goals log; do
	find "$dir" -name '*.want' | awk '{
		id = $0; sub(/.*\//, "", id); sub(/\.want$/, "", id)
		print id "\t" $0
	}' | sort -t "$(printf '\t')" -k1,1 -k2,2 | cut -f2-
done >"$T/wants"
while IFS= read -r w; do
	cat "$w"
done <"$T/wants" >"$T/whole.want"
want_out <"$T/whole.want"
echo "mentor-check: 55 errors, 7 warnings in 62 records" | want_err
run 'whole journal with --strict' 65 mentor-check --strict -C .
note_crash 'whole journal'
cp "$T/.out" "$T/whole.out"

missing=0
while IFS= read -r w; do
	if ! grep -F "${w%.want}.md:" "$T/whole.out" >/dev/null; then
		missing=$((missing + 1))
		echo "# not in the output: ${w%.want}.md"
	fi
done <"$T/wants"
check 'whole journal names every bad record' [ "$missing" -eq 0 ]
# None of the valid records has a diagnostic.
valid_silent() {
	! grep -F -e people/jane-smith.md: -e goals/public-speaking.md: \
	    -e people/exactly-16-mib.md: -e 2026-10-10-dated-by-name.md: \
	    -e 2026-10-11-jekyll-date.md: \
	    "$T/whole.out" >/dev/null
}
check 'whole journal names no valid record' valid_silent
check 'no run crashed' [ "$crashes" -eq 0 ]

done_testing
