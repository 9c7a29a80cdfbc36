#!/bin/sh
# Task items as GitHub reads them: a corpus built from the examples of the
# CommonMark and GFM specifications, with task items placed in every
# block context (tests/conform/corpus.awk), read by mentor and by
# cmark-gfm's tasklist extension.  Every item one reads the other reads,
# with the same status, except where mentor-journal(5) says mentor reads
# more: the items tests/conform/tasks marks 'm' (block quotes, markers
# after another container's, "[/]" and "[-]", a box at the end of its
# line, items nested deeper than CommonMark allows), and an item whose
# line holds "[x]" after an open box (cmark-gfm calls it done).
. "$(dirname "$0")/lib.sh"

if ! command -v cmark-gfm >/dev/null 2>&1; then
	if [ "${CI:-}" = true ]; then
		plan 1
		not_ok "cmark-gfm is missing (Debian package cmark-gfm; .ci/setup installs it)"
		exit 1
	fi
	echo "0910-conformance.t: SKIPPED: no cmark-gfm to compare task items with (Debian package cmark-gfm)" >&2
	echo "1..0 # SKIP no cmark-gfm to compare task items with: install the Debian package cmark-gfm"
	exit 0
fi
tasks=${BUILDDIR:-.}/tests/conform/tasks
plan 4

mkdir "$T/c"
if awk -v dir="$T/c" -f "$TESTDATA/../conform/corpus.awk" \
    "$TESTDATA/markdown/spec-examples.txt" \
    "$TESTDATA/markdown/extra-examples.txt" &&
    n=$(ls "$T/c" | wc -l) && [ "$n" -gt 6000 ]; then
	ok "a corpus of $n bodies"
else
	not_ok "a corpus of bodies"
fi

# FILE:LINE:STATUS, STATUS true (done) or false (open).
(cd "$T/c" && for f in *.md; do
	echo "@@ $f"
	cmark-gfm -e tasklist --sourcepos -t xml "$f"
done) | awk '
/^@@ / { f = $2; next }
/<tasklist sourcepos="/ {
	s = $0
	sub(/.*<tasklist sourcepos="/, "", s)
	l = s
	sub(/:.*/, "", l)
	c = s
	sub(/.*completed="/, "", c)
	sub(/".*/, "", c)
	print f ":" l ":" c
}' | sort >"$T/gfm"
(cd "$T/c" && ls | xargs "$tasks") >"$T/ours.raw" 2>"$T/ours.err"
awk -F: '$3 == " " || $3 == "x" || $3 == "X" {
	print $1 ":" $2 ":" ($3 == " " ? "false" : "true") ":" $4
}' "$T/ours.raw" | sort >"$T/ours"
awk -F: '$4 == "g" { print $1 ":" $2 ":" $3 }' "$T/ours" >"$T/ours.g"
awk -F: '$4 == "m" { print $1 ":" $2 ":" $3 }' "$T/ours" >"$T/ours.m"

# What GitHub reads that mentor does not: only cmark-gfm's "[x]" later
# in an open item's line.
comm -23 "$T/gfm" "$T/ours.g" >"$T/missed"
: >"$T/quirk"
: >"$T/wrong"
while IFS=: read -r f l c; do
	if [ "$c" = true ] && grep -q "^$f:$l:false:g\$" "$T/ours" &&
	    sed -n "${l}p" "$T/c/$f" | grep -q '\[ \].*\[[xX]\]'; then
		echo "$f:$l:" >>"$T/quirk"
	else
		echo "$f:$l:$c" >>"$T/wrong"
	fi
done <"$T/missed"
if [ -s "$T/ours.err" ] || [ -s "$T/wrong" ]; then
	not_ok "every task item GitHub reads, mentor reads alike"
	sed 's/^/# /' "$T/ours.err" "$T/wrong"
else
	ok "every task item GitHub reads, mentor reads alike"
fi

# What mentor reads as GitHub's that GitHub does not.
comm -13 "$T/gfm" "$T/ours.g" >"$T/extra"
: >"$T/extra.real"
while IFS=: read -r f l c; do
	grep -q "^$f:$l:" "$T/quirk" || echo "$f:$l:$c" >>"$T/extra.real"
done <"$T/extra"
if [ -s "$T/extra.real" ]; then
	not_ok "every task item mentor reads as GitHub's, GitHub reads"
	sed 's/^/# /' "$T/extra.real"
else
	ok "every task item mentor reads as GitHub's, GitHub reads"
fi

# mentor's own items are none of GitHub's.
comm -12 "$T/gfm" "$T/ours.m" >"$T/mislabelled"
if [ -s "$T/mislabelled" ]; then
	not_ok "the items only mentor reads are not GitHub's"
	sed 's/^/# /' "$T/mislabelled"
else
	ok "the items only mentor reads are not GitHub's"
fi
echo "# $(wc -l <"$T/gfm") items GitHub reads, $(wc -l <"$T/ours.m") more" \
    "only mentor does, $(wc -l <"$T/quirk") done only for cmark-gfm"
done_testing
