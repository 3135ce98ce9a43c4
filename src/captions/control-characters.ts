/**
 * Unicode's control characters (C0, DEL, C1), tab aside (it is a space to us). Invisible on
 * screen, and in a message they act on the terminal that prints it (an ESC can clear it).
 * Global: use it with `replace` or `match`, never `test`, which keeps state between calls.
 */
// A plain class rather than `(?!\t)\p{Cc}` with the u flag: it runs on every line of every
// cue, and the class is several times faster.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\0-\x08\x0A-\x1F\x7F-\x9F]/g;

/** `U+001B`: how a control character is named in messages, as character tables name it. */
export const formatCodePoint = (char: string): string =>
	`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
