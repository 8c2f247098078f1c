# drive.zsh SCRIPT LINE PATTERN [LINE PATTERN…]: an interactive zsh on a pseudo-terminal sources SCRIPT,
# then for each LINE types it and Tab, and prints "ok LINE" when what the terminal shows matches PATTERN
# within five seconds, "no LINE" and what it showed when not.
zmodload zsh/zpty || exit 3
zpty z zsh -f -i
expect() {
  local acc='' chunk
  repeat 50; do
    while zpty -r -t z chunk; do acc+=$chunk; done
    [[ $acc == $~1 ]] && return 0
    sleep 0.1
  done
  print -r -- "${acc//$'\e'/^[}"
  return 1
}
zpty -w z "PS1='> '; source ${(q)1} && echo LOAD''ED"
expect '*LOADED*' || { print "no load"; exit 1; }
shift
while (( $# >= 2 )); do
  zpty -w -n z "$1"$'\t'
  if expect "$2"; then print -r -- "ok $1"; else print -r -- "no $1"; fi
  zpty -w -n z $'\C-e\C-u'
  shift 2
done
zpty -d z
