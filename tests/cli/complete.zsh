# Run zsh's completion of mentor as zsh runs it on Tab:
#
#	zsh -f complete.zsh DIR <lines
#
# starts an interactive zsh on a pseudo-terminal (zpty) with compinit and
# DIR (holding _mentor) first in fpath, types each command line read and
# Tab, and prints the matches the completion added (compadd is wrapped to
# record them), sorted, then a line "--".  A match is printed after what
# the completion set aside before it (IPREFIX: -f, active,) from its last
# = on, as bash prints it.  A line "! command" runs the command in that
# shell instead (cd DIR).

zmodload zsh/zpty || exit 99
dir=$1
out=$(mktemp "${TMPDIR:-/tmp}/complete-zsh.XXXXXX") || exit 99
trap 'zpty -d comp 2>/dev/null; rm -f "$out" "$out.rc"' EXIT

# The shell's set-up, read from a file: no prompt, no listing (it could
# ask whether to show a long list), compadd recording the matches, ^T
# marking the end of a case.
cat >"$out.rc" <<EOF
PS1= PS2= RPS1=
unsetopt autolist automenu listbeep beep
fpath=(${(q)dir} \$fpath)
autoload -Uz compinit && compinit -u -D
compadd() {
	local -a __o __m
	zparseopts -E -a __o O: A: D:
	if (( \$#__o )); then
		builtin compadd "\$@"
		return
	fi
	builtin compadd -O __m "\$@"
	(( \$#__m )) && print -rl -- "\${(@)__m/#/\${IPREFIX##*=}}" >>${(q)out}
	builtin compadd "\$@"
}
mark() { print -r -- -- >>${(q)out} }
zle -N mark
bindkey '^T' mark
print -r -- -- >>${(q)out}
EOF
zpty comp zsh -f -i || exit 99
zpty -w comp ". ${(q)out}.rc"

# Wait until the marks in $out number $1 (10 s at most), reading what
# the shell echoes so that it never waits for its terminal.
await() {
	local i junk
	for (( i = 0; i < 1000; i++ )); do
		while zpty -rt comp junk 2>/dev/null; do :; done
		(( $(grep -c '^--$' "$out") >= $1 )) && return 0
		sleep 0.01
	done
	print -r -- "timed out" >&2
	return 1
}

await 1 || exit 99
: >"$out"
while IFS= read -r line; do
	if [[ $line == '! '* ]]; then
		zpty -w -n comp $'\C-u'"${line#!}"$'\n\C-t'
		await 1 || exit 99
		: >"$out"
		continue
	fi
	zpty -w -n comp $'\C-u'"$line"$'\t\C-t'
	await 1 || exit 99
	grep -v '^--$' "$out" | LC_ALL=C sort -u
	print -r -- --
	: >"$out"
done
