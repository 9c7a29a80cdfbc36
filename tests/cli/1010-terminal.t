#!/bin/sh
# On a terminal, lists and reports fit its width (a column cut with an
# ellipsis, the least useful left out) and take colour; into a pipe or a
# file every line comes whole and plain.  The terminal is a pseudo-terminal
# made by script(1), COLUMNS wide.
. "$(dirname "$0")/lib.sh"
plan 15

example_copy "$T/x"
cd "$T/x" || exit 99

# The widest line, in columns (the C locale: ASCII drawing and ellipses).
widest() {
	LC_ALL=C awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }'
}

if ! have_pty; then
	i=0
	while [ $i -lt 15 ]; do
		echo "ok $((i + 1)) # skip script(1) cannot make a pseudo-terminal here"
		i=$((i + 1))
	done
	exit 0
fi

want_out <<'OUT'
id            known-for    status     contacted   follow-up
maria-garcia  Growing...   prospect
tom-becker    Stakehol...  contacted  2026-11-10  2026-11-17
OUT
run 'people list --prospects at 60 columns: known-for cut, name, field and connection left out' 0 \
    pty 60 'NO_COLOR=1 mentor-people list --prospects'

want_out <<'OUT'
id                    due         progress  overdue  title
lead-a-team           2027-09-30  1/4       no       Lead a team of five
public-speaking       2027-06-30  1/3       no       Speak confidentl...
sql-window-functions  2026-12-31  2/4       yes      Master SQL windo...
OUT
run 'goals list at 72 columns: the title cut, term, status and next left out' 0 \
    pty 72 'NO_COLOR=1 mentor-goals list'

for c in 'mentor-people list' 'mentor-people list --prospects' \
    'mentor-log list' 'mentor-log actions' 'mentor-goals list'; do
	for w in 50 80 100; do
		pty $w "NO_COLOR=1 $c" >"$T/out"
		[ "$(widest <"$T/out")" -le $w ] && [ -s "$T/out" ] ||
		    echo "$c at $w: $(widest <"$T/out")"
	done
done >"$T/over"
check 'every list fits terminals of 50, 80 and 100 columns' test ! -s "$T/over"
sed 's/^/# /' "$T/over"

pty 60 'NO_COLOR=1 mentor-log actions' >"$T/out"
check 'log actions: a line a terminal cannot hold ends in an ellipsis' \
    grep -q '^log/2026/2026-09-14-stakeholder-mapping.md:25: \[/\] Set up\.\.\.$' \
    "$T/out"
pty 300 'NO_COLOR=1 mentor-log actions' >"$T/out"
check '... and on a terminal wide enough it comes whole' \
    grep -q '^log/2026/2026-09-14-stakeholder-mapping.md:25: \[/\] Set up monthly 1:1s with the finance lead due:2026-10-31 #stakeholders$' \
    "$T/out"

# Into a pipe: whole lines.
check 'people list --prospects -f text into a pipe: 194 columns, whole' \
    test "$(mentor-people list --prospects -f text | widest)" = 194
check 'log list -f text into a pipe: whole' \
    test "$(mentor-log list -f text | widest)" = 113
check 'log actions into a pipe: whole' \
    test "$(mentor-log actions | widest)" = 139
check 'goals list -f text into a pipe: whole' \
    test "$(mentor-goals list -f text | widest)" = 107
mentor-people list --prospects -f text >"$T/file"
check '... and into a file' test "$(widest <"$T/file")" = 194

# Colour: on a terminal unless NO_COLOR or --color=never; never in a pipe
# unless --color=always.
esc=$(printf '\033')
pty 120 'TERM=xterm mentor-people list' >"$T/out"
check 'colour on a terminal: the header in bold' \
    grep -q "^${esc}\[1mid  " "$T/out"
pty 120 'TERM=xterm NO_COLOR=1 mentor-people list' >"$T/out"
check '... none with NO_COLOR' sh -c "! grep -q '$esc' '$T/out'"
pty 120 'TERM=xterm mentor-people list --color=never' >"$T/out"
check '... none with --color=never' sh -c "! grep -q '$esc' '$T/out'"
TERM=xterm mentor-people list -f text >"$T/out"
check 'none into a pipe' sh -c "! grep -q '$esc' '$T/out'"
TERM=xterm mentor-people list -f text --color=always >"$T/out"
check '... unless --color=always' grep -q "$esc" "$T/out"

done_testing
