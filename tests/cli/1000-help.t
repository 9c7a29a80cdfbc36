#!/bin/sh
# --help and the man pages say the same: every option --help lists has an
# entry in its man page's option lists (.It Fl ...), and every entry there
# is an option the program takes.  And each program's --help is on stdout,
# exit 0, names every command, and COMMAND --help works for each.
. "$(dirname "$0")/lib.sh"
: "${MANDIR:=$(cd "$(dirname "$0")/../../man" && pwd)}"
plan 22

# The options --help lists, one a line, sorted: "  -C, --directory dir"
# gives -C and --directory, "      --due date" gives --due.
help_opts() {
	"$@" --help | sed -n \
	    -e 's/^  \(-[A-Za-z0-9]\)\(, \(--[a-z-]*\)\)\{0,1\}.*/\1 \3/p' \
	    -e 's/^      \(--[a-z-]*\).*/\1/p' |
	    tr ' ' '\n' | sed '/^$/d' | sort -u
}

# The options a man page's option lists document.
man_opts() {
	grep '^\.It Fl' "$1" |
	    awk '{ for (i = 1; i < NF; i++) if ($i == "Fl") print "-" $(i + 1) }' |
	    sed 's/^-\\/-/; s/[,|]$//' | sort -u
}

for p in mentor mentor-init mentor-check mentor-goals mentor-log \
    mentor-people mentor-report mentor-config mentor-merge; do
	help_opts "$p" >"$T/help" 2>&1
	man_opts "$MANDIR/$p.1" >"$T/man"
	check "$p: --help and $p(1) list the same options" \
	    cmp -s "$T/help" "$T/man"
	if ! cmp -s "$T/help" "$T/man"; then
		diff "$T/help" "$T/man" | sed 's/^/# /'
	fi
done

# Every command of a program has its own --help: its usage first.
for p in mentor-goals mentor-log mentor-people mentor-config; do
	"$p" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z]*\) .*/\1/p' \
	    >"$T/cmds"
	bad=
	while read -r c; do
		"$p" "$c" --help >"$T/one" 2>&1 &&
		    head -n 1 "$T/one" | grep -q "^usage: $p $c" || bad="$bad $c"
	done <"$T/cmds"
	check "$p: each of its $(wc -l <"$T/cmds" | tr -d ' ') commands has its own --help" \
	    test -z "$bad" -a -s "$T/cmds"
done
for r in summary progress cadence actions skills wins agenda timeline; do
	mentor-report "$r" --help >"$T/one" 2>&1
	check "mentor-report $r --help" grep -q "^usage: mentor-report .*" "$T/one"
done

# --help goes to stdout with exit 0 even among other arguments.
mentor-log list --with nobody --help >"$T/out" 2>"$T/err"
rc=$?
check 'COMMAND --help wins over the rest: exit 0, stdout only' \
    sh -c "[ $rc = 0 ] && head -n 1 '$T/out' | grep -q '^usage: mentor-log list' && test ! -s '$T/err'"

done_testing
