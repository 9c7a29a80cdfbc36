# Run bash's completion of mentor as bash runs it on Tab:
#
#	bash complete.bash SCRIPT <lines
#
# loads SCRIPT, then for each command line read (the cursor at its end)
# splits it into COMP_WORDS as readline does (at blanks outside quotes,
# and at = and :), calls the function `complete -p` names for its first
# word, and prints what it put in COMPREPLY, sorted, then a line "--".
# A line "! command" runs the command in that shell instead (cd DIR).

. "$1" || exit 99

# Split $1 into COMP_WORDS as readline does.
split_line()
{
	local line=$1 w= q= c i

	COMP_WORDS=()
	for ((i = 0; i < ${#line}; i++)); do
		c=${line:i:1}
		if [[ -n $q ]]; then
			w+=$c
			[[ $c == "$q" ]] && q=
		elif [[ $c == [\"\'] ]]; then
			w+=$c
			q=$c
		elif [[ $c == [[:space:]] ]]; then
			[[ -n $w ]] && COMP_WORDS+=("$w")
			w=
		elif [[ $c == [=:] ]]; then
			[[ -n $w && $w != *[=:] ]] && COMP_WORDS+=("$w") && w=
			w+=$c
		else
			[[ $w == *[=:] ]] && COMP_WORDS+=("$w") && w=
			w+=$c
		fi
	done
	COMP_WORDS+=("$w")
}

while IFS= read -r line; do
	if [[ $line == '! '* ]]; then
		eval "${line#!}"
		continue
	fi
	split_line "$line"
	COMP_LINE=$line
	COMP_POINT=${#line}
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	spec=$(complete -p "${COMP_WORDS[0]##*/}" 2>/dev/null)
	func=${spec#*-F }
	func=${func%% *}
	COMPREPLY=()
	if [[ -n $spec ]]; then
		"$func" "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" \
		    "${COMP_WORDS[COMP_CWORD-1]}"
	else
		echo "no completion for ${COMP_WORDS[0]}"
	fi
	((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort
	echo --
done
