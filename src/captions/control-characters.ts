/**
 * Unicode's control characters (C0, DEL, C1), tab aside (it is a space to us). Invisible on
 * screen, and in a message they act on the terminal that prints it (an ESC can clear it).
 * Global: use it with `replace` or `match`, never `test`, which keeps state between calls.
 */
export const CONTROL_CHARACTERS = /(?!\t)\p{Cc}/gu;

/** `U+001B`: how a control character is named in messages, as character tables name it. */
export const formatCodePoint = (char: string): string =>
	`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
