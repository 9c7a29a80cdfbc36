# Shared by the completion tests, after lib.sh.  The test defines
# complete_run, which reads command lines and prints what its shell's
# completion offers for each (complete.bash, complete.zsh), then calls:
#
#	completion_need WHY		skip the test saying why (fail it in CI)
#	completion_setup		the journals the cases complete in
#	completion_cases SHELL		a test a case of completion.cases
#	completion_values		a test an option with a fixed set of
#					values: the completion offers what the
#					program takes

HERE=$(cd "$(dirname "$0")" && pwd)
: "${COMPLETIONS:=$(cd "$HERE/../../cmd/completion" && pwd)}"

# Without what a test needs it is skipped, saying why; in CI, where
# .ci/setup installs it, that is a failure.
completion_need() {
	if [ "${CI:-}" = true ]; then
		echo "1..1"
		echo "not ok 1 - $1"
		exit 1
	fi
	echo "1..0 # SKIP $1"
	exit 0
}

completion_setup() {
	example_copy "$T/j"
	mentor-init -q --owner Olga "$T/other" &&
	    mentor-people -C "$T/other" add "Olga Other" >/dev/null &&
	    mentor-goals -C "$T/other" add "Other goal" >/dev/null &&
	    mentor-log -C "$T/other" add "Other entry" -m hi >/dev/null &&
	    ln -s other "$T/my journal" && ln -s other "$T/we[i]rd" || exit 99
	mkdir "$T/c"
	HOME=$T
	export HOME
}

# Run complete_run on the lines in $1 from @T@/j/log; its groups of
# matches go to $2.N, one file a case.
completion_run() {
	(cd "$T/j/log" && complete_run <"$1" >"$T/c/out") ||
	    not_ok "the completing shell ran through"
	awk -v out="$2" '
		{ f = out "." n + 1 }
		/^--$/ { close(f); n++; next }
		{ print >f }' "$T/c/out"
}

completion_cases() {
	sed "s|@T@|$T|g" "$TESTDATA/completion.cases" |
	    awk -v sh="$1" -v dir="$T/c" '
		/^#/ { next }
		/^! / { print >(dir "/in"); next }
		/^(bash|zsh)?\$ / {
			who = $0
			sub(/\$ .*/, "", who)
			line = substr($0, index($0, "$ ") + 2)
			sub(/<TAB>$/, "", line)
			want = ""
			if (who == "" || who == sh) {
				n++
				print line >(dir "/in")
				print line >(dir "/name." n)
				want = dir "/want." n
				printf "" >want
			}
			next
		}
		/^$/ { want = ""; next }
		want != "" { print >want }
		END { print n >(dir "/count") }'
	completion_run "$T/c/in" "$T/c/got"
	i=1
	while [ "$i" -le "$(cat "$T/c/count")" ]; do
		[ -f "$T/c/got.$i" ] || : >"$T/c/got.$i"
		if cmp -s "$T/c/want.$i" "$T/c/got.$i"; then
			ok "$1: $(cat "$T/c/name.$i")"
		else
			not_ok "$1: $(cat "$T/c/name.$i")"
			diff -u "$T/c/want.$i" "$T/c/got.$i" | sed 's/^/# /'
		fi
		i=$((i + 1))
	done
}

# The values a program names when given a bad one, one a line, sorted:
# "(one of: a, b)", "(a, b)" or "prints a, b or c, not x" in the first line
# of its message.  Values of more than one word (every N weeks) are left
# out.
program_values() {
	sed -n '1{
		s/.*(one of: \(.*\))$/\1/p
		t
		s/.* prints \(.*\), not [^ ]*$/\1/p
		t
		s/.*(\(.*\))$/\1/p
	}' | awk '{ gsub(/, | or /, "\n"); print }' | grep -v ' ' | LC_ALL=C sort
}

# Each option below takes one of a fixed set of values, which the
# completion lists: what it offers must be what the program names when
# given a value it does not take (bogus, or the one after |).  Dates,
# periods and checks are open sets: each word offered must be taken.
completion_values() {
	cat >"$T/c/vals" <<'EOF'
mentor-log list -f
mentor-log list --color=
mentor-log show 2026-11-21-four-months-in -f|tsv
mentor-people coverage -f|md
mentor-people outreach tom-becker -f|tsv
mentor-init --role
mentor-people add Sam --role
mentor-people add Sam --relationship
mentor-people add Sam --status
mentor-people add Sam --channel
mentor-people add Sam --cadence
mentor-people list --status
mentor-goals add Talk --term
mentor-goals list --status
mentor-log add --kind
mentor-log list --kind
EOF
	cat >"$T/c/open" <<'EOF'
mentor-log list --since
mentor-log actions --until
mentor-goals list --due-before
mentor-report --period
mentor-check --check
EOF
	sed 's/|.*//; s/[^=]$/& /' "$T/c/vals" "$T/c/open" >"$T/c/vin"
	completion_run "$T/c/vin" "$T/c/vgot"
	i=0
	while read -r line; do
		i=$((i + 1))
		case $line in
		*'|'*)	bad="${line%|*} ${line#*|}" line=${line%|*} ;;
		*=)	bad="${line}bogus" ;;
		*)	bad="$line bogus" ;;
		esac
		(cd "$T/j/log" && $bad) 2>&1 >/dev/null | program_values \
		    >"$T/c/want"
		[ -f "$T/c/vgot.$i" ] || : >"$T/c/vgot.$i"
		if [ -s "$T/c/want" ] && cmp -s "$T/c/want" "$T/c/vgot.$i"
		then
			ok "$line: the values the program takes"
		else
			not_ok "$line: the values the program takes"
			diff -u "$T/c/want" "$T/c/vgot.$i" | sed 's/^/# /'
		fi
	done <"$T/c/vals"
	while read -r line; do
		i=$((i + 1))
		bad=
		[ -s "$T/c/vgot.$i" ] || bad=' (none offered)'
		while read -r w; do
			(cd "$T/j/log" && $line "$w") >/dev/null 2>&1
			[ $? = 64 ] && bad="$bad $w"
		done <"$T/c/vgot.$i"
		check "$line: each value offered is taken${bad:+, not$bad}" \
		    test -z "$bad"
	done <"$T/c/open"
}
